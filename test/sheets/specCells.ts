/** Test helpers: every cell of a SheetSpec by position, and value comparison with a tolerance. */
import type { Cell, FormulaCell, Scalar, SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { isFormula } from '../../src/sheets/model';

export interface PlacedCell {
  row: number;
  col: number;
  cell: Cell;
}

/** Tables (header row, then rows) and blocks, in writing order (later cells win, as in the writers). */
export function sheetCells(sheet: SheetSpec): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const b of sheet.blocks) b.cells.forEach((line, r) => line.forEach((cell, c) => out.push({ row: b.origin.row + r, col: b.origin.col + c, cell })));
  for (const t of sheet.tables) {
    t.columns.forEach((col, c) => out.push({ row: t.origin.row, col: t.origin.col + c, cell: col.header }));
    t.rows.forEach((line, r) => line.forEach((cell, c) => out.push({ row: t.origin.row + 1 + r, col: t.origin.col + c, cell })));
  }
  return out;
}

export function formulaCells(sheet: SheetSpec): (PlacedCell & { cell: FormulaCell })[] {
  return sheetCells(sheet).filter((p): p is PlacedCell & { cell: FormulaCell } => isFormula(p.cell));
}

/** Equal as a spreadsheet shows them: numbers to 1e-9 relative, blanks and "" alike. */
export function sameValue(actual: unknown, expected: Scalar | undefined): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(expected)) return blank(actual);
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof expected === 'boolean') return actual === expected || actual === (expected ? 1 : 0);
  return actual === expected;
}

/** The string literals inside a formula ("…", with "" for a quote). */
export const formulaStrings = (formula: string): string[] => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

/**
 * Every piece of text a user can see in the workbook, with where it is: sheet names, cells (and
 * the texts formulas show), table headers, notes, chart titles and series, drop-down lists and
 * their messages, page headers and footers.
 */
export function specTexts(spec: WorkbookSpec): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const s of spec.sheets) {
    out.push({ where: 'sheet name', text: s.name });
    for (const { row, col, cell } of sheetCells(s)) {
      const where = `${s.name}!R${row + 1}C${col + 1}`;
      if (typeof cell === 'string') out.push({ where, text: cell });
      else if (isFormula(cell)) {
        for (const text of formulaStrings(cell.formula)) out.push({ where: `${where} formula`, text });
        if (typeof cell.value === 'string') out.push({ where, text: cell.value });
      }
    }
    for (const n of s.notes) out.push({ where: `${s.name} note ${n.cell}`, text: n.text });
    for (const c of s.charts) out.push({ where: `${s.name} chart`, text: c.title }, ...c.series.map((x) => ({ where: `${s.name} chart series`, text: x.name })));
    for (const v of s.validations) out.push(...v.list.map((text) => ({ where: `${s.name} list ${v.range}`, text })), { where: `${s.name} list message`, text: v.errorMessage });
    for (const part of [s.print?.header, s.print?.footer]) if (part) out.push(...Object.values(part).map((text) => ({ where: `${s.name} page header/footer`, text })));
  }
  return out;
}
