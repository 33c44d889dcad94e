/**
 * Page setup for a generated sheet: portrait or landscape by the width of what it holds, scaled to
 * one page wide (as many pages tall as the rows need unless the sheet says otherwise), its table
 * header repeated on every page, a header with the sheet's title, period and company, a footer
 * with the report date and "page x of y", and page breaks that keep a block together.
 */
import type { Language } from '../core/language';
import { serialToIso } from '../data/calendar';
import { catalogue } from '../i18n';
import { a1Range, type HeaderFooterSpec, type PrintSpec, type SheetSpec } from './model';
import { fitColumns } from './widths';

/** Printable width of a portrait A4 / Letter page at 100 %, in pixels (96 dpi) of column width. */
const PORTRAIT_PX = 680;
/** Excel's column width in characters → pixels for the default 11 pt font. */
const columnPx = (chars: number): number => chars * 7 + 5;

/** A text in a header or footer: "&" is a code there, so a literal one is doubled; Excel allows 255 characters per section. */
export const headerText = (text: string): string => text.replace(/&/g, '&&').slice(0, 80);

export interface PrintOptions {
  language: Language;
  /** Title, period and company (the team's, when the data says) for the page header. */
  title: string;
  period: string;
  company?: string | null;
  asOf: number;
  /** Rows repeated at the top of each page (a table's header row). */
  repeatRows?: { first: number; last: number };
  rowBreaks?: number[];
  /** Pages tall to fit into; 0 (default): as many as the rows need. */
  fitToHeight?: number;
  orientation?: PrintSpec['orientation'];
  area?: string;
}

/** Total width in pixels of the columns the sheet uses (widths already fitted). */
export function sheetWidthPx(sheet: SheetSpec): number {
  const widths = sheet.columnWidths ?? {};
  const cols = Object.keys(widths).map(Number);
  if (cols.length === 0) return 0;
  let px = 0;
  for (let c = 0; c <= Math.max(...cols); c++) px += columnPx(widths[c] ?? 8.43);
  return px;
}

/** The sheet's extent as an A1 range (cells, tables and the charts beside them), or null when empty. */
export function usedArea(sheet: SheetSpec): string | null {
  let rows = 0;
  let cols = 0;
  const reach = (r: number, c: number) => {
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  };
  for (const b of sheet.blocks) reach(b.origin.row + b.cells.length, b.origin.col + Math.max(0, ...b.cells.map((l) => l.length)));
  for (const t of sheet.tables) reach(t.origin.row + 1 + Math.max(1, t.rows.length), t.origin.col + t.columns.length);
  for (const c of sheet.charts) reach(c.anchor.row + c.size.rows, c.anchor.col + c.size.cols);
  return rows === 0 ? null : a1Range(0, 0, rows - 1, cols - 1);
}

export function printSpec(sheet: SheetSpec, o: PrintOptions): PrintSpec {
  // A spreadsheet fits the cells it prints to the page; charts past the last cell would spill onto a page of their own.
  const area = o.area ?? (sheet.charts.length > 0 ? usedArea(sheet) : null);
  const words = catalogue(o.language).print;
  const header: HeaderFooterSpec = { left: headerText(o.title), center: headerText(o.period), right: headerText(o.company ?? '') };
  const footer: HeaderFooterSpec = { left: headerText(words.reportDate(serialToIso(o.asOf))), center: words.pageOf('&P', '&N'), right: '' };
  return {
    orientation: o.orientation ?? (sheetWidthPx(sheet) > PORTRAIT_PX ? 'landscape' : 'portrait'),
    paper: o.language === 'en-US' ? 'letter' : 'a4',
    fitToWidth: 1,
    fitToHeight: o.fitToHeight ?? 0,
    ...(o.repeatRows ? { repeatRows: o.repeatRows } : {}),
    rowBreaks: [...new Set(o.rowBreaks ?? [])].filter((r) => r > 0).sort((a, b) => a - b),
    ...(area ? { area } : {}),
    header,
    footer,
  };
}

/** What finishing a sheet needs to know about the run. */
export interface SheetRun {
  language: Language;
  period: { label: string };
  asOf: number;
  company?: string | null;
}

/** The last step of every builder: widths that fit, then the page setup (which reads them). */
export function finishSheet(sheet: SheetSpec, run: SheetRun, title: string, options: Omit<PrintOptions, 'language' | 'title' | 'period' | 'company' | 'asOf'> = {}): SheetSpec {
  fitColumns(sheet);
  sheet.print = printSpec(sheet, { ...options, language: run.language, title, period: run.period.label, company: run.company ?? null, asOf: run.asOf });
  return sheet;
}
