/**
 * Carries out one planned sheet (src/sheets/writePlan) through Office.js, queuing everything on a
 * byte-budgeted Batch (see batch.ts). No sync happens here except the ones the Batch makes when a
 * request would exceed its budget: the caller syncs once per sheet, so a sheet costs a constant
 * number of syncs whatever its row count. Nothing is decided here: the plan says what to write.
 *
 * How cells are written:
 * - each planned region is written as 2-D arrays, one `formulas` assignment per contiguous column
 *   run (split by rows only when a run would exceed the request budget); formulas get their "=",
 *   literals go as they are;
 * - number formats are set BEFORE the values, each cell's from the plan (formatOf): a text literal
 *   gets '@', so Excel stores it as typed: "=cmd|' /C calc'!A0", "+1", "-1", "@x", "001" or
 *   "2024-01" stay text and are never parsed as a formula, number or date;
 * - with ExcelApi 1.9, a column whose formula is the same in every row (relative references
 *   shifted) is written in the first row and copied down with `copyFrom(…, 'Formulas')`, and a
 *   region whose rows share one row of number formats gets it in the first row and
 *   `copyFrom(…, 'Formats')` below, so the request carries only the literal data per row;
 * - a new table (ListObject) is added after its cells are written, on the full address; a
 *   refreshed one is resized in place (ExcelApi 1.13), so it keeps its id, name and style.
 */
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import type { Cell, ChartSpec, PrintSpec } from '../sheets/model';
import { a1, a1Range, columnLetter, isFormula, quoteSheet } from '../sheets/model';
import { formatOf, GENERAL } from '../sheets/writePlan/cells';
import { WriteError } from '../sheets/writePlan/notices';
import { isFillable, parseAddress, rectAddress } from '../sheets/writePlan/refs';
import type { PlannedRegion, PlannedSheet } from '../sheets/writePlan/types';
import type { XlChart, XlConditionalFormat, XlRange, XlTable, XlWorkbook, XlWorksheet } from './api';
import { Batch, cost, OP_OVERHEAD, utf8Length } from './batch';
import type { Support } from './support';
import { addColorScale } from './writeColorScales';

export interface WriteContext {
  batch: Batch;
  workbook: XlWorkbook;
  support: Support;
  language: Language;
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

/**
 * Queues a rectangular array of rows as range writes of at most the batch's budget each: rows are
 * packed greedily, so a block of B bytes becomes ⌈B ÷ budget⌉ writes (one for anything up to the budget).
 */
export async function writeRows(cx: WriteContext, ws: XlWorksheet, row0: number, col0: number, rows: unknown[][], property: 'formulas' | 'numberFormat', sheetName: string): Promise<void> {
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
    if (b > full) throw new WriteError({ code: 'rowTooLarge', sheet: sheetName, row: row0 + i + 1, bytes: b });
    if (i > start && bytes + b > limit) await flush(i);
    bytes += b;
  }
  await flush(rows.length);
}

/**
 * Writes a region: number formats first (text cells '@'), then formulas/values; fills down where it
 * can. On a new sheet (`blankSheet`) formats that are all General are not sent: the cells have them.
 */
export async function writeRegion(cx: WriteContext, ws: XlWorksheet, region: PlannedRegion, sheetName: string, blankSheet = false): Promise<void> {
  const n = region.cells.length;
  const w = region.cells.reduce((m, r) => Math.max(m, r.length), 0);
  if (n === 0 || w === 0) return;
  const at = (i: number, c: number): Cell | undefined => region.cells[i][c];
  const fmt = (i: number, c: number): string => formatOf(at(i, c), region.formats[c] ?? GENERAL);
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
  if (blankSheet && (overrides ? overrides.length === 0 && first.every((f) => f === GENERAL) : region.cells.every((_, i) => first.every((_, c) => fmt(i, c) === GENERAL)))) {
    // Nothing to set.
  } else if (overrides) {
    const source = a1Range(row, col, row, col + w - 1);
    await cx.batch.put(cost([first]), () => {
      ws.getRange(source).numberFormat = [first];
    });
    await cx.batch.put(cost(source), () => {
      ws.getRange(a1Range(row + 1, col, row + n - 1, col + w - 1)).copyFrom(source, 'Formats');
    });
    for (const o of overrides) {
      await cx.batch.put(cost([[o.f]]), () => {
        ws.getRange(a1(row + o.i, col + o.c)).numberFormat = [[o.f]];
      });
    }
  } else {
    await writeRows(cx, ws, row, col, region.cells.map((_, i) => Array.from({ length: w }, (_, c) => fmt(i, c))), 'numberFormat', sheetName);
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

/** Points an existing chart of the add-in at the plan's ranges (its position and formatting stay the user's). */
function pointChart(cx: WriteContext, ws: XlWorksheet, chart: XlChart, spec: ChartSpec, seriesBefore: number): void {
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const series = i < seriesBefore ? chart.series.getItemAt(i) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeOn(cx, ws, s.values));
    series.setXAxisValues(rangeOn(cx, ws, spec.categories));
  });
}

function addChart(cx: WriteContext, ws: XlWorksheet, spec: ChartSpec): XlChart {
  const end = a1(spec.anchor.row + spec.size.rows - 1, spec.anchor.col + spec.size.cols - 1);
  const chart = ws.charts.add(CHART_TYPES[spec.type], rangeOn(cx, ws, spec.series[0].values), 'Columns');
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(rangeOn(cx, ws, s.values));
    series.setXAxisValues(rangeOn(cx, ws, spec.categories));
  });
  chart.setPosition(a1(spec.anchor.row, spec.anchor.col), end);
  return chart;
}

/**
 * The page setup: orientation, paper, fit to pages (a height of 0 is left automatic), the rows
 * repeated on every page, the print area, header and footer, and the page breaks (a refreshed
 * sheet's old manual breaks go first, so breaks follow the blocks they keep together).
 */
function writePrint(ws: XlWorksheet, p: PrintSpec, refresh: boolean): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = p.paper === 'a4' ? 'A4' : 'Letter';
  layout.zoom = { horizontalFitToPages: p.fitToWidth, ...(p.fitToHeight > 0 ? { verticalFitToPages: p.fitToHeight } : {}) };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
  if (p.area) layout.setPrintArea(p.area);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = p.header.left;
  hf.centerHeader = p.header.center;
  hf.rightHeader = p.header.right;
  hf.leftFooter = p.footer.left;
  hf.centerFooter = p.footer.center;
  hf.rightFooter = p.footer.right;
  if (refresh) ws.horizontalPageBreaks.removePageBreaks();
  for (const row of p.rowBreaks) ws.horizontalPageBreaks.add(a1(row, 0));
}

/** What a refreshed sheet's writing needs from the read before it: the add-in's rules and charts there. */
export interface SheetHandles {
  /** The add-in's conditional formats (formula rules, color scales) the plan replaces. */
  oldRules: XlConditionalFormat[];
  oldScales: XlConditionalFormat[];
  /** The add-in's charts by id, with how many series each has. */
  charts: Map<string, { chart: XlChart; series: number }>;
}

/** What writing created, whose ids the ownership record needs once the request has run. */
export interface Created {
  tables: { spec: string; table: XlTable }[];
  charts: { chart: XlChart; spec: ChartSpec }[];
}

/** Queues everything a planned sheet writes. */
export async function writePlannedSheet(cx: WriteContext, ws: XlWorksheet, sheet: PlannedSheet, handles: SheetHandles): Promise<Created> {
  const created: Created = { tables: [], charts: [] };
  const put = (value: unknown, queue: () => void) => cx.batch.put(cost(value), queue);
  for (const cf of handles.oldRules) await put('cf', () => cf.delete());
  for (const cf of handles.oldScales) await put('cf', () => cf.delete());
  for (const range of sheet.lists.clear) await put(range, () => ws.getRange(range).dataValidation.clear());
  // A reopened period's sheet: Excel refuses every write to a protected sheet.
  if (sheet.protect === false && sheet.mode === 'refresh') await put(['unprotect', sheet.name], () => ws.protection.unprotect());
  for (const r of sheet.clears) {
    const address = rectAddress(r);
    await put(address, () => ws.getRange(address).clear('All'));
  }
  for (const t of sheet.tables) {
    if (t.existingId === undefined || (t.before && rectAddress(t.before) === rectAddress(t.rect))) continue;
    const address = rectAddress(t.rect);
    const id = t.existingId;
    await put([id, address], () => cx.workbook.tables.getItemOrNullObject(id).resize(address));
  }
  for (const region of sheet.regions) await writeRegion(cx, ws, region, sheet.name, sheet.mode === 'new');
  for (const f of sheet.fonts) {
    const address = rectAddress(f.rect);
    await put([address, f], () => {
      const font = ws.getRange(address).format.font;
      if (f.bold) font.bold = true;
      if (f.size) font.size = f.size;
    });
  }
  for (const t of sheet.tables) {
    if (t.existingId !== undefined) continue;
    const address = rectAddress(t.rect);
    await put([address, t.name, t.style], () => {
      const table = ws.tables.add(address, true);
      table.name = t.name;
      table.style = t.style;
      table.load('id');
      created.tables.push({ spec: t.spec, table });
    });
  }
  for (const [col, chars] of Object.entries(sheet.widths)) {
    const letter = columnLetter(Number(col));
    await put([letter, chars], () => {
      ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars);
    });
  }
  if (sheet.freeze) {
    const { rows, cols } = sheet.freeze;
    await put([rows, cols], () => {
      if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(a1Range(0, 0, rows - 1, cols - 1));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else ws.freezePanes.freezeColumns(cols);
    });
  }
  if (sheet.print) {
    const p = sheet.print;
    await put(p, () => writePrint(ws, p, sheet.mode === 'refresh'));
  }
  const title = catalogue(cx.language).workbookWrite.listAlertTitle;
  for (const v of sheet.lists.set) {
    const source = v.list.join(',');
    await put([v.range, source, v.errorMessage, title], () => {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source } };
      dv.errorAlert = { message: v.errorMessage, showAlert: true, style: 'Stop', title };
    });
  }
  // Each new rule goes on top, so they are added from the last priority to the first, color scales after them.
  for (const r of [...sheet.rules.add].sort((a, b) => b.priority - a.priority)) {
    await put([r.range, r.formula, r.fill, r.fontColor ?? '', r.stopIfTrue ?? false], () => addCustomRule(ws.getRange(r.range), r.formula, r.fill, r.fontColor, r.stopIfTrue));
  }
  for (const c of sheet.scales.add) await put([c.range, ...c.colors], () => addColorScale(ws.getRange(c.range), c));
  for (const { id, chart } of sheet.charts.update) {
    const found = handles.charts.get(id);
    await put(chart, () => {
      if (found) pointChart(cx, ws, found.chart, chart, found.series);
      else {
        const c = addChart(cx, ws, chart);
        c.load('id');
        created.charts.push({ chart: c, spec: chart });
      }
      if (found) created.charts.push({ chart: found.chart, spec: chart });
    });
  }
  for (const spec of sheet.charts.add) {
    await put(spec, () => {
      const chart = addChart(cx, ws, spec);
      chart.load('id');
      created.charts.push({ chart, spec });
    });
  }
  for (const note of sheet.notes) {
    await put([note.cell, note.text], () => {
      if (cx.support.notes) ws.notes.add(note.cell, note.text);
      else ws.comments.add(`${quoteSheet(sheet.name)}!${note.cell}`, note.text);
    });
  }
  // Last, so everything above could still be written (ExcelApi 1.2; no password, as in the .xlsx).
  if (sheet.protect === true) await put(['protect', sheet.name], () => ws.protection.protect({ allowFormatColumns: false, allowFormatRows: false }));
  return created;
}
