/**
 * Carries out one planned sheet (src/sheets/writePlan) in an exceljs workbook: the same cells,
 * number formats, fonts, tables, lists and rules the Office.js writer puts in Excel. Charts are
 * drawn afterwards into the package (package.ts), as exceljs cannot write them.
 * - Literal text is always a string cell (shared string) with the '@' format, never a formula:
 *   "=cmd|…" stays text.
 * - Formulas carry the core's value as the cached result, and newer functions the _xlfn. prefix.
 */
import type ExcelJS from 'exceljs';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import type { Cell, HeaderFooterSpec, PrintSpec } from '../sheets/model';
import { isFormula } from '../sheets/model';
import { formatOf, GENERAL } from '../sheets/writePlan/cells';
import { intersects, parseRange, rectAddress } from '../sheets/writePlan/refs';
import type { PlannedSheet, Rect } from '../sheets/writePlan/types';
import { addFunctionPrefixes } from './formulaText';

const ERRORS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);

/** The cell value exceljs should write. */
export function cellValue(cell: Cell): ExcelJS.CellValue {
  if (!isFormula(cell)) return cell === '' ? null : cell;
  const formula = addFunctionPrefixes(cell.formula);
  const v = cell.value;
  if (v === undefined || v === null) return { formula } as ExcelJS.CellFormulaValue;
  const result = typeof v === 'string' && ERRORS.has(v) ? { error: v as ExcelJS.CellErrorValue['error'] } : v;
  return { formula, result } as ExcelJS.CellFormulaValue;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const bare = (a: string): string => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();

/** A spreadsheet value as a host shows it (dates as serial numbers, formulas as their result). */
export function shownValue(v: ExcelJS.CellValue | undefined): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Math.round(((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000) * 1e9) / 1e9;
  if (typeof v === 'object') {
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return shownValue((v as { result?: ExcelJS.CellValue }).result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return v.error;
    if ('text' in v) return String(v.text);
  }
  return v;
}

function eachCell(r: Rect, fn: (row: number, col: number) => void): void {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(r.row + i + 1, r.col + j + 1);
}

/** Addresses of the cells within `rects` that hold something. */
export function typedIn(ws: ExcelJS.Worksheet, rects: readonly Rect[]): string[] {
  const out: string[] = [];
  for (const r of rects) {
    for (let i = 0; i < r.rows; i++) {
      const row = ws.findRow(r.row + i + 1);
      if (!row) continue;
      for (let j = 0; j < r.cols; j++) {
        const v = row.findCell(r.col + j + 1)?.value;
        if (v !== null && v !== undefined && v !== '') out.push(rectAddress({ row: r.row + i, col: r.col + j, rows: 1, cols: 1 }));
      }
    }
  }
  return out;
}

type Validations = { model: Record<string, ExcelJS.DataValidation>; add(range: string, v: ExcelJS.DataValidation): void };
type TableModel = { name: string; tableRef: string; autoFilterRef?: string; columns: { name: string; filterButton?: boolean }[] };

/** Writes everything a planned sheet says into `ws`. */
export function writePlannedSheet(ws: ExcelJS.Worksheet, sheet: PlannedSheet, language: Language): void {
  const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  // 1. The add-in's old rules, color scales and lists, and the areas it no longer uses.
  if (sheet.rules.remove.length + sheet.scales.remove.length > 0) {
    const ours = new Set(sheet.rules.remove.map((r) => `${bare(r.range)}\u0000${addFunctionPrefixes(r.formula)}`));
    const scales = new Set(sheet.scales.remove.map((c) => bare(c.range)));
    for (const cf of cfs) {
      cf.rules = cf.rules.filter((r) =>
        r.type === 'colorScale' ? !scales.has(bare(cf.ref)) : !ours.has(`${bare(cf.ref)}\u0000${'formulae' in r && r.formulae ? String(r.formulae[0]) : ''}`),
      );
    }
    (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings = cfs.filter((cf) => cf.rules.length > 0);
  }
  const validations = (ws as unknown as { dataValidations: Validations }).dataValidations;
  for (const range of sheet.lists.clear) {
    const r = parseRange(range);
    for (const key of Object.keys(validations.model)) {
      const k = key.replace(/^range:/, '');
      try {
        if (intersects(parseRange(k), r)) delete validations.model[key];
      } catch {
        // A key exceljs could not parse either: left alone.
      }
    }
  }
  for (const r of sheet.clears) {
    eachCell(r, (row, col) => {
      const c = ws.getCell(row, col);
      c.value = null;
      c.style = {};
    });
  }
  // 2. Tables the refresh grows keep their name, style and columns; new columns are added at the right.
  for (const t of sheet.tables) {
    if (t.existingId === undefined) continue;
    const table = ws.getTable(t.name) as unknown as { table: TableModel } | undefined;
    if (!table) continue;
    const model = table.table;
    model.tableRef = rectAddress(t.rect);
    if (model.autoFilterRef) model.autoFilterRef = rectAddress(t.rect);
    while (model.columns.length < t.rect.cols) model.columns.push({ name: `Column${model.columns.length + 1}`, filterButton: true });
  }
  // 3. Cells: number format first (text '@'), then the value.
  for (const region of sheet.regions) {
    region.cells.forEach((line, i) => {
      line.forEach((cell, j) => {
        const c = ws.getCell(region.row + i + 1, region.col + j + 1);
        c.numFmt = formatOf(cell, region.formats[j] ?? GENERAL);
        c.value = cellValue(cell);
      });
    });
  }
  for (const f of sheet.fonts) {
    eachCell(f.rect, (row, col) => {
      const c = ws.getCell(row, col);
      c.font = { ...(c.font ?? {}), ...(f.bold ? { bold: true } : {}), ...(f.size ? { size: f.size } : {}) };
    });
  }
  // 4. New tables, on the cells just written.
  for (const t of sheet.tables) {
    if (t.existingId !== undefined) {
      // A table grown over new columns takes their headers.
      const table = ws.getTable(t.name) as unknown as { table: TableModel } | undefined;
      if (table) table.table.columns.forEach((col, j) => (col.name = String(shownValue(ws.getCell(t.rect.row + 1, t.rect.col + j + 1).value) || col.name)));
      continue;
    }
    const { row, col, cols } = t.rect;
    const at = (r: number, c: number) => ws.getCell(row + r + 1, col + c + 1).value;
    // The rows are on the sheet already (step 3, or straight in the XML: bulkCells.ts): exceljs
    // would store every one of them again, so the table is added on its header and given its range.
    const added = ws.addTable({
      name: t.name,
      ref: rectAddress({ row, col, rows: 1, cols: 1 }),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: Array.from({ length: cols }, (_, c) => ({ name: String(shownValue(at(0, c))), filterButton: true })),
      rows: [],
    }) as unknown as { table: TableModel };
    added.table.tableRef = rectAddress(t.rect);
    added.table.autoFilterRef = rectAddress(t.rect);
  }
  for (const [col, w] of Object.entries(sheet.widths)) ws.getColumn(Number(col) + 1).width = w;
  if (sheet.freeze) ws.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  // 5. Lists and rules.
  const title = catalogue(language).workbookWrite.listAlertTitle;
  for (const v of sheet.lists.set) {
    validations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: title,
      error: v.errorMessage,
    });
  }
  for (const r of sheet.rules.add) {
    // exceljs writes stopIfTrue but does not declare it.
    const rule = {
      type: 'expression',
      priority: r.priority,
      ...(r.stopIfTrue ? { stopIfTrue: true } : {}),
      formulae: [addFunctionPrefixes(r.formula)],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(r.fill) } },
        ...(r.fontColor ? { font: { color: { argb: argb(r.fontColor) } } } : {}),
      },
    } as ExcelJS.ConditionalFormattingRule;
    ws.addConditionalFormatting({ ref: r.range, rules: [rule] });
  }
  // Color scales after the formula rules: lowest value the first color, highest the last, a middle one at the 50th percentile.
  const base = sheet.rules.add.reduce((p, r) => Math.max(p, r.priority), 0);
  sheet.scales.add.forEach((scale, k) => {
    const three = scale.colors.length === 3;
    ws.addConditionalFormatting({
      ref: scale.range,
      rules: [
        {
          type: 'colorScale',
          priority: base + 1 + k,
          cfvo: three ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }] : [{ type: 'min' }, { type: 'max' }],
          color: scale.colors.map((c) => ({ argb: argb(c) })),
        },
      ],
    });
  });
  for (const n of sheet.notes) ws.getCell(n.cell).note = n.text;
  // No password: the protection stops a slip of the keyboard, not finance (Review › Unprotect Sheet).
  // exceljs's protect is synchronous without a password, whatever its signature says.
  if (sheet.protect === true) void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  else if (sheet.protect === false) ws.unprotect();
  if (sheet.print) writePrint(ws, sheet.print);
}

/** Header and footer codes: &L, &C and &R open the three parts; each part's text is already escaped. */
const headerFooter = (h: HeaderFooterSpec): string => `&L${h.left}&C${h.center}&R${h.right}`;

/**
 * The page setup, as the Office.js writer sets it: orientation, paper, fit to pages (a height of 0
 * is automatic), print titles and area, header and footer, and the page breaks (the sheet's old
 * manual breaks replaced, so breaks follow the blocks they keep together).
 */
function writePrint(ws: ExcelJS.Worksheet, p: PrintSpec): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    // OOXML paper 9 is A4; without one the file's paper is Letter (1), which exceljs does not name.
    paperSize: p.paper === 'a4' ? (9 as ExcelJS.PaperSize) : undefined,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printTitlesRow: p.repeatRows ? `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` : undefined,
    // exceljs writes "$" before each corner it is given: "A$1:K$9" becomes the absolute "$A$1:$K$9".
    printArea: p.area?.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: headerFooter(p.header), oddFooter: headerFooter(p.footer) };
  const breaks = ws as unknown as { rowBreaks: unknown[] };
  breaks.rowBreaks = [];
  // A break above row r is stored after row r - 1 (exceljs numbers rows from 1).
  for (const row of p.rowBreaks) ws.getRow(row).addPageBreak();
}
