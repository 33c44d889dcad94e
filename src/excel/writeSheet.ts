/**
 * Puts one SheetSpec into a worksheet through Office.js, queuing everything on a byte-budgeted
 * Batch (see batch.ts). No sync happens here except the ones the Batch makes when a request
 * would exceed its budget: the caller syncs once per sheet, so a sheet costs a constant number of
 * syncs whatever its row count.
 *
 * How cells are written:
 * - each block (a free block, a table's header, a table's body) is written as 2-D arrays, one
 *   `formulas` assignment per contiguous column run (split by rows only when a run would exceed
 *   the request budget); formulas get their "=", literals go as they are;
 * - number formats are set BEFORE the values. Every non-empty text literal gets the text format
 *   '@', so Excel stores it as typed: "=cmd|' /C calc'!A0", "+1", "-1", "@x", "001" or
 *   "2024-01" stay text and are never parsed as a formula, number or date;
 * - with ExcelApi 1.9, a column whose formula is the same in every row (relative references
 *   shifted) is written in the first row and copied down with `copyFrom(…, 'Formulas')`, and a
 *   body whose rows share one row of number formats gets it in the first row and
 *   `copyFrom(…, 'Formats')` below, so the request carries only the literal data per row;
 * - the table (ListObject) is added after its cells are written, on the full address.
 */
import type { Cell, ChartSpec, ConditionalFormatSpec, ListValidationSpec, NoteSpec, SheetSpec, TableSpec } from '../sheets/model';
import { a1, a1Range, columnLetter, isFormula, quoteSheet } from '../sheets/model';
import type { Language } from '../i18n/language';
import type { XlRange, XlWorkbook, XlWorksheet } from './api';
import { Batch, cost, OP_OVERHEAD, utf8Length } from './batch';
import { intersects, isFillable, parseAddress, parseRange, type RangeRect } from './formulas';
import { message } from './messages';
import { writeColorScales } from './writeColorScales';
import type { Support } from './support';

export const TEXT_FORMAT = '@';
const GENERAL = 'General';

export interface WriteContext {
  batch: Batch;
  workbook: XlWorkbook;
  support: Support;
  language: Language;
  /** Messages about parts skipped on this host, for the report. */
  skipped: string[];
}

/** Characters (Excel's column width unit) → points, for Calibri 11: 7 px a character + 5 px padding, 0.75 pt a pixel. */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line', pie: 'Pie' } as const;

/** The text a cell is written with through `range.formulas`. */
function cellInput(c: Cell | undefined): string | number | boolean {
  if (c === undefined || c === null) return '';
  if (isFormula(c)) return `=${c.formula}`;
  if (typeof c === 'number') return Number.isFinite(c) ? c : '';
  return c;
}

const isEmpty = (c: Cell | undefined): boolean => c === undefined || c === null || c === '';
const isText = (c: Cell | undefined): c is string => typeof c === 'string' && c !== '';

/**
 * A column's base format: '@' when its literals are all text (empty cells included, so a notes
 * column is text throughout), else its declared format ('@' declared on a column holding
 * numbers or formulas falls back to General: Excel would show those as text).
 */
function columnBase(cells: Cell[][], c: number, declared: string | null | undefined): string {
  let text = false;
  let other = false;
  for (const r of cells) {
    const x = r[c];
    if (isText(x)) text = true;
    else if (!isEmpty(x)) other = true;
    if (other) break;
  }
  if (text && !other) return TEXT_FORMAT;
  const f = declared ?? GENERAL;
  return f === TEXT_FORMAT && other ? GENERAL : f;
}

/** The number format a cell gets: text literals always '@' (never parsed), everything else its column's base. */
const cellFormat = (c: Cell | undefined, base: string): string => (isText(c) ? TEXT_FORMAT : base);

export interface Region {
  row: number;
  col: number;
  cells: Cell[][];
  /** Per-column number formats (null = General). */
  formats?: (string | null | undefined)[];
}

/**
 * Queues a rectangular array of rows as range writes of at most the batch's budget each: rows are
 * packed greedily, so a block of B bytes becomes ⌈B ÷ budget⌉ writes (one for anything up to the budget).
 */
async function writeRows(
  cx: WriteContext,
  ws: XlWorksheet,
  row0: number,
  col0: number,
  rows: unknown[][],
  property: 'formulas' | 'numberFormat',
  sheetName: string,
): Promise<void> {
  if (rows.length === 0 || rows[0].length === 0) return;
  const width = rows[0].length;
  const full = cx.batch.budget - OP_OVERHEAD - 2;
  // The first chunk fills what is left of the current request; later ones a whole request each.
  let limit = Math.max(cx.batch.room - OP_OVERHEAD - 2, Math.min(full, 64 * 1024));
  let start = 0;
  let bytes = 0;
  const flush = async (end: number): Promise<void> => {
    const chunk = rows.slice(start, end);
    const address = a1Range(row0 + start, col0, row0 + end - 1, col0 + width - 1);
    await cx.batch.put(bytes + OP_OVERHEAD + 2, () => {
      ws.getRange(address)[property] = chunk;
    });
    start = end;
    bytes = 0;
    limit = full;
  };
  for (let i = 0; i < rows.length; i++) {
    const b = utf8Length(JSON.stringify(rows[i])) + 1;
    if (b > full) throw new RangeError(message(cx.language, 'rowTooLarge', { row: row0 + i + 1, sheet: sheetName, bytes: b }));
    if (i > start && bytes + b > limit) await flush(i);
    bytes += b;
  }
  await flush(rows.length);
}

/** Writes a region: number formats first (text cells '@'), then formulas/values; fills down where it can. */
export async function writeRegion(cx: WriteContext, ws: XlWorksheet, region: Region, sheetName: string): Promise<void> {
  const n = region.cells.length;
  const w = region.cells.reduce((m, r) => Math.max(m, r.length), 0);
  if (n === 0 || w === 0) return;
  const at = (i: number, c: number): Cell | undefined => region.cells[i][c];
  const bases = Array.from({ length: w }, (_, c) => columnBase(region.cells, c, region.formats?.[c]));
  const fmt = (i: number, c: number): string => cellFormat(at(i, c), bases[c]);
  const fill = cx.support.fill && n > 1;
  const { row, col } = region;

  // 1. Number formats.
  const first = Array.from({ length: w }, (_, c) => fmt(0, c));
  let overrides: { i: number; c: number; f: string }[] | null = null;
  if (fill) {
    overrides = [];
    for (let i = 1; i < n && overrides.length <= (n * w) / 8; i++) {
      for (let c = 0; c < w; c++) {
        const f = fmt(i, c);
        if (f !== first[c]) overrides.push({ i, c, f });
      }
    }
    if (overrides.length > (n * w) / 8) overrides = null;
  }
  if (overrides) {
    const all = first.every((f) => f === GENERAL) && overrides.length === 0;
    if (!all) {
      await cx.batch.put(cost([first]), () => {
        ws.getRange(a1Range(row, col, row, col + w - 1)).numberFormat = [first];
      });
      const source = a1Range(row, col, row, col + w - 1);
      await cx.batch.put(cost(source), () => {
        ws.getRange(a1Range(row + 1, col, row + n - 1, col + w - 1)).copyFrom(source, 'Formats');
      });
      for (const o of overrides) {
        await cx.batch.put(cost([[o.f]]), () => {
          ws.getRange(a1(row + o.i, col + o.c)).numberFormat = [[o.f]];
        });
      }
    }
  } else {
    const matrix = region.cells.map((_, i) => Array.from({ length: w }, (_, c) => fmt(i, c)));
    if (!matrix.every((r) => r.every((f) => f === GENERAL))) await writeRows(cx, ws, row, col, matrix, 'numberFormat', sheetName);
  }

  // 2. Formulas and values, by runs of columns: filled-down formula columns vs written columns.
  const fillable = Array.from({ length: w }, (_, c) => {
    if (!fill) return false;
    const f0 = at(0, c);
    if (!isFormula(f0 ?? null)) return false;
    for (let i = 1; i < n; i++) if (!isFormula(at(i, c) ?? null)) return false;
    const formulaAt = (i: number): string => (at(i, c) as { formula: string }).formula;
    return isFillable(formulaAt(0), formulaAt, n);
  });
  let c = 0;
  while (c < w) {
    let e = c;
    while (e + 1 < w && fillable[e + 1] === fillable[c]) e++;
    if (fillable[c]) {
      const firstRow = [Array.from({ length: e - c + 1 }, (_, k) => cellInput(at(0, c + k)))];
      const source = a1Range(row, col + c, row, col + e);
      await cx.batch.put(cost(firstRow), () => {
        ws.getRange(source).formulas = firstRow;
      });
      await cx.batch.put(cost(source), () => {
        ws.getRange(a1Range(row + 1, col + c, row + n - 1, col + e)).copyFrom(source, 'Formulas');
      });
    } else {
      const rows = region.cells.map((r) => {
        const out: (string | number | boolean)[] = new Array(e - c + 1);
        for (let k = c; k <= e; k++) out[k - c] = cellInput(r[k]);
        return out;
      });
      await writeRows(cx, ws, row, col + c, rows, 'formulas', sheetName);
    }
    c = e + 1;
  }
}

/** The table's full rectangle (header + rows), 0-based. */
export const tableRect = (t: TableSpec): RangeRect => ({ row: t.origin.row, col: t.origin.col, rows: t.rows.length + 1, cols: t.columns.length });

/** Writes a table's header and rows, then adds the ListObject on the full address with the given name. */
export async function writeTable(cx: WriteContext, ws: XlWorksheet, t: TableSpec, name: string, sheetName: string): Promise<void> {
  const { row, col } = t.origin;
  await writeRegion(cx, ws, { row, col, cells: [t.columns.map((h) => h.header)] }, sheetName);
  await writeRegion(cx, ws, { row: row + 1, col, cells: t.rows, formats: t.columns.map((h) => h.numberFormat ?? null) }, sheetName);
  // A table needs at least one data row: an empty one is left blank under the header.
  const address = a1Range(row, col, row + Math.max(t.rows.length, 1), col + t.columns.length - 1);
  await cx.batch.put(cost([address, name, t.style ?? 'TableStyleMedium2']), () => {
    const table = ws.tables.add(address, true);
    table.name = name;
    table.style = t.style ?? 'TableStyleMedium2';
  });
}

export function skip(cx: WriteContext, sheet: string, feature: 'featureConditionalFormats' | 'featureDataValidation' | 'featureCharts' | 'featureNotes' | 'featureFreeze', version: string): void {
  const reason = message(cx.language, 'needs', { feature: message(cx.language, feature), version });
  const line = message(cx.language, 'skippedOn', { sheet, reason });
  if (!cx.skipped.includes(line)) cx.skipped.push(line);
}

export async function writeValidations(cx: WriteContext, ws: XlWorksheet, list: ListValidationSpec[], sheetName: string, clearFirst: boolean): Promise<void> {
  if (list.length === 0) return;
  if (!cx.support.dataValidation) return skip(cx, sheetName, 'featureDataValidation', '1.8');
  const title = message(cx.language, 'validationTitle');
  for (const v of list) {
    const source = v.list.join(',');
    if (source.length > 255 || v.list.some((x) => x.includes(','))) {
      cx.skipped.push(message(cx.language, 'skippedOn', { sheet: sheetName, reason: message(cx.language, 'listTooLong', { range: v.range }) }));
      continue;
    }
    await cx.batch.put(cost([v.range, source, v.errorMessage, title]), () => {
      const dv = ws.getRange(v.range).dataValidation;
      if (clearFirst) dv.clear();
      dv.rule = { list: { inCellDropDown: true, source } };
      dv.errorAlert = { message: v.errorMessage, showAlert: true, style: 'Stop', title };
    });
  }
}

/** Adds custom (formula) rules; added from the last priority to the first, as each new rule goes on top. */
export async function writeConditionalFormats(cx: WriteContext, ws: XlWorksheet, list: ConditionalFormatSpec[], sheetName: string): Promise<void> {
  if (list.length === 0) return;
  if (!cx.support.conditionalFormats) return skip(cx, sheetName, 'featureConditionalFormats', '1.6');
  const ordered = [...list].sort((a, b) => b.priority - a.priority);
  for (const r of ordered) {
    await cx.batch.put(cost([r.range, r.formula, r.fill, r.fontColor ?? '', r.stopIfTrue ?? false]), () => {
      addCustomRule(ws.getRange(r.range), r.formula, r.fill, r.fontColor, r.stopIfTrue);
    });
  }
}

export function addCustomRule(range: XlRange, formula: string, fill: string, fontColor?: string, stopIfTrue?: boolean): void {
  const cf = range.conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${formula}`;
  cf.custom.format.fill.color = fill;
  if (fontColor) cf.custom.format.font.color = fontColor;
  if (stopIfTrue) cf.stopIfTrue = true;
}

function rangeOn(cx: WriteContext, ws: XlWorksheet, address: string): XlRange {
  const { sheet } = parseAddress(address);
  if (!sheet) return ws.getRange(address);
  return cx.workbook.worksheets.getItemOrNullObject(sheet).getRange(address.slice(address.lastIndexOf('!') + 1));
}

export async function writeCharts(cx: WriteContext, ws: XlWorksheet, charts: ChartSpec[], sheetName: string): Promise<void> {
  if (charts.length === 0) return;
  if (!cx.support.charts) return skip(cx, sheetName, 'featureCharts', '1.7');
  for (const spec of charts) {
    if (spec.series.length === 0) continue;
    const end = a1(spec.anchor.row + spec.size.rows - 1, spec.anchor.col + spec.size.cols - 1);
    await cx.batch.put(cost(spec), () => {
      const chart = ws.charts.add(CHART_TYPES[spec.type], rangeOn(cx, ws, spec.series[0].values), 'Columns');
      chart.title.text = spec.title;
      spec.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        if (i === 0) series.name = s.name;
        else series.setValues(rangeOn(cx, ws, s.values));
        series.setXAxisValues(rangeOn(cx, ws, spec.categories));
      });
      chart.setPosition(a1(spec.anchor.row, spec.anchor.col), end);
    });
  }
}

export async function writeNotes(cx: WriteContext, ws: XlWorksheet, notes: NoteSpec[], sheetName: string): Promise<void> {
  if (notes.length === 0) return;
  if (!cx.support.notes && !cx.support.comments) return skip(cx, sheetName, 'featureNotes', '1.18 / 1.10');
  for (const note of notes) {
    await cx.batch.put(cost([note.cell, note.text]), () => {
      if (cx.support.notes) ws.notes.add(note.cell, note.text);
      else ws.comments.add(`${quoteSheet(sheetName)}!${note.cell}`, note.text);
    });
  }
}

/** Everything of a new sheet: blocks, tables (data, then ListObject), widths, frozen panes, rules, charts, notes. */
export async function writeSheet(cx: WriteContext, ws: XlWorksheet, spec: SheetSpec, tableNames: ReadonlyMap<string, string>, sheetName: string): Promise<void> {
  for (const b of spec.blocks) {
    await writeRegion(cx, ws, { row: b.origin.row, col: b.origin.col, cells: b.cells, formats: b.numberFormats }, sheetName);
    const w = b.cells.reduce((m, r) => Math.max(m, r.length), 0);
    if ((b.bold || b.fontSize) && b.cells.length > 0 && w > 0) {
      const address = a1Range(b.origin.row, b.origin.col, b.origin.row + b.cells.length - 1, b.origin.col + w - 1);
      await cx.batch.put(cost([address, b.bold ?? false, b.fontSize ?? 0]), () => {
        const font = ws.getRange(address).format.font;
        if (b.bold) font.bold = true;
        if (b.fontSize) font.size = b.fontSize;
      });
    }
  }
  for (const t of spec.tables) await writeTable(cx, ws, t, tableNames.get(t.name) ?? t.name, sheetName);
  await writeColumnWidths(cx, ws, spec);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0) && !cx.support.freeze) skip(cx, sheetName, 'featureFreeze', '1.7');
  else if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows, cols } = spec.freeze;
    await cx.batch.put(cost([rows, cols]), () => {
      if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(a1Range(0, 0, rows - 1, cols - 1));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else ws.freezePanes.freezeColumns(cols);
    });
  }
  await writeValidations(cx, ws, spec.validations, sheetName, false);
  await writeConditionalFormats(cx, ws, spec.conditionalFormats, sheetName);
  await writeColorScales(cx, ws, spec.colorScales ?? [], sheetName);
  await writeCharts(cx, ws, spec.charts, sheetName);
  await writeNotes(cx, ws, spec.notes, sheetName);
}

async function writeColumnWidths(cx: WriteContext, ws: XlWorksheet, spec: SheetSpec): Promise<void> {
  const widths = new Map<number, number>();
  for (const [k, v] of Object.entries(spec.columnWidths ?? {})) widths.set(Number(k), v);
  for (const t of spec.tables) t.columns.forEach((c, i) => c.width !== undefined && widths.set(t.origin.col + i, c.width));
  for (const [colIndex, chars] of widths) {
    const letter = columnLetter(colIndex);
    await cx.batch.put(cost([letter, chars]), () => {
      ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars);
    });
  }
}

/** The rules and lists of a sheet that fall on a refreshed table's new area. */
export function rulesOnTable(spec: SheetSpec, t: TableSpec): { validations: ListValidationSpec[]; conditionalFormats: ConditionalFormatSpec[] } {
  const rect = tableRect(t);
  const on = (address: string): boolean => {
    try {
      const p = parseAddress(address);
      return !p.sheet && intersects(parseRange(address), rect);
    } catch {
      return false;
    }
  };
  return { validations: spec.validations.filter((v) => on(v.range)), conditionalFormats: spec.conditionalFormats.filter((r) => on(r.range)) };
}
