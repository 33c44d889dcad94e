/**
 * Test helper: everything a user could see in the fake's workbook, as plain data, so "exactly as
 * before" is one deep equality: sheets in order with every cell (kind, value, number format),
 * fonts, rules, lists, charts, notes, frozen panes, widths and page setup; tables; names; settings; parts.
 */
import type { WorkbookState } from './fakeExcel';

export function stateOf(state: WorkbookState) {
  return {
    sheets: state.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      cells: [...s.cells].filter(([, c]) => c.kind !== 'empty' || c.numberFormat !== 'General').sort(([a], [b]) => a - b),
      fonts: [...s.fonts].sort(([a], [b]) => a - b),
      cfs: s.cfs.map(({ rect, formula, fill, fontColor, stopIfTrue }) => ({ rect, formula, fill, fontColor, stopIfTrue })),
      validations: s.validations.map((v) => ({ ...v })),
      charts: s.charts.map((c) => JSON.parse(JSON.stringify(c))),
      notes: [...s.notes],
      comments: [...s.comments],
      freeze: s.freeze,
      widths: [...s.columnWidths].sort(([a], [b]) => a - b),
      page: JSON.parse(JSON.stringify(s.page)),
    })),
    tables: state.tables.map((t) => ({ id: t.id, name: t.name, sheet: t.sheet.name, rect: { ...t.rect }, style: t.style })),
    names: [...state.names.values()].map((n) => ({ ...n })).sort((a, b) => a.name.localeCompare(b.name)),
    settings: [...state.settings],
    parts: state.xmlParts.map((p) => ({ ...p })),
  };
}
