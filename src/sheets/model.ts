/**
 * What a generated sheet is, as data. Builders (one per sheet) produce a SheetSpec from the core
 * and the user's settings; the write plan (src/sheets/writePlan/) decides how it goes into a
 * given workbook, and two writers carry the plan out: src/excel/ (Office.js, inside Excel) and
 * src/xlsx/ (exceljs, outside Excel). Neither writer decides anything about content.
 *
 * Coordinates are 0-based (row, col) on the sheet; ranges in formulas, validations, conditional
 * formats and charts are A1 strings on the same sheet unless they name another sheet. Formulas
 * are in Excel's invariant (en-US) syntax without the leading "=" and use only A1 references and
 * defined names, so HyperFormula, LibreOffice and Excel all read them the same way.
 */
import type { Language } from '../core/language';
import type { SheetKind } from '../core/sheetKinds';

export type Scalar = string | number | boolean | null;

/** A formula, with the value the core computed for it (written as the cached result in .xlsx). */
export interface FormulaCell {
  formula: string;
  value?: Scalar;
}

/** A literal is always written as a literal: text that starts with "=" stays text. */
export type Cell = Scalar | FormulaCell;

export const isFormula = (c: Cell): c is FormulaCell => typeof c === 'object' && c !== null && 'formula' in c;

export interface ColumnSpec {
  header: string;
  /** Excel number format code, e.g. '#,##0.00', '0.0%', 'yyyy-mm-dd', '@' (text). */
  numberFormat?: string;
  /** Width in characters. */
  width?: number;
}

/** An Excel table (ListObject): header row at `origin`, then the rows. */
export interface TableSpec {
  /**
   * The table's name as the builders know it (prefixed "SPK_"). Writers take a free name when it
   * is taken and recognise their own tables by a stored id, never by this name.
   */
  name: string;
  origin: { row: number; col: number };
  columns: ColumnSpec[];
  rows: Cell[][];
  style?: string;
  /**
   * Columns (indexes into `columns`) whose values identify a row from one refresh to the next
   * (rep and period, customer, deal …). A refresh rewrites the add-in's columns of a row whose key
   * is still in the data, appends rows with new keys, keeps rows the user appended and flags rows
   * whose key left the data. Empty: the table is the user's once written (a plan they edit), and a
   * refresh leaves its rows alone.
   */
  key: readonly number[];
  /**
   * Columns that are the user's (notes, measures, what finance paid): filled for a row the add-in
   * adds, never rewritten afterwards. Every other column is the add-in's.
   */
  userColumns?: readonly number[];
}

/** A free block of cells (title, settings area, funnel, agenda, notes). */
export interface BlockSpec {
  origin: { row: number; col: number };
  cells: Cell[][];
  /** Per-column number formats for the block (null = General). */
  numberFormats?: (string | null)[];
  bold?: boolean;
  /** Font size in points for the whole block (titles). */
  fontSize?: number;
  /**
   * Columns of the block that are the user's (a setting's value): written where the add-in never
   * wrote before, kept on every later refresh. The other cells of a block are the add-in's.
   */
  userColumns?: readonly number[];
}

export interface ListValidationSpec {
  /** A1 range on this sheet the drop-down applies to. */
  range: string;
  /** Allowed values (each becomes a drop-down entry). */
  list: string[];
  /** Message shown when a typed value is not in the list. */
  errorMessage: string;
}

/** A formula-based rule: it keeps working when data changes and without the add-in. */
export interface ConditionalFormatSpec {
  range: string;
  /** Formula relative to the top-left cell of `range`, e.g. 'AND($G2<>"",$G2<TODAY())'. */
  formula: string;
  fill: string;
  fontColor?: string;
  /** Lower runs first; rules on the same range stop at the first match when set. */
  priority: number;
  stopIfTrue?: boolean;
}

/**
 * A color scale over a range (a heat map): each cell colored by its value between the lowest
 * (first color) and the highest (last color), through the middle color when there are three.
 * Kept apart from the formula rules: writers add it as its own kind of conditional format.
 */
export interface ColorScaleSpec {
  range: string;
  colors: readonly [string, string] | readonly [string, string, string];
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie';

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** A1 range of the category labels (on this sheet). */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left cell the chart is anchored to, and size in columns × rows. */
  anchor: { row: number; col: number };
  size: { cols: number; rows: number };
}

export interface NoteSpec {
  /** A1 cell the note belongs to. */
  cell: string;
  text: string;
}

export { SHEET_KINDS, type SheetKind } from '../core/sheetKinds';

/** Three parts of a page header or footer, in Excel's header/footer codes (&P page, &N pages, && a literal &). */
export interface HeaderFooterSpec {
  left: string;
  center: string;
  right: string;
}

/**
 * How a sheet prints (src/sheets/print.ts makes it): both writers carry it out as page setup, so
 * a sheet prints the same from Excel and from the .xlsx file.
 */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  paper: 'a4' | 'letter';
  /** Scaled to fit this many pages wide and tall; 0 tall: as many pages as the rows need. */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows printed at the top of every page (0-based, inclusive): a table's header row. */
  repeatRows?: { first: number; last: number };
  /** Rows (0-based) that start a new page, so a block (a rep's statement, a chart with its table) is never split. */
  rowBreaks: number[];
  /** The printed range (A1), when not everything the sheet holds. */
  area?: string;
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
}

export interface SheetSpec {
  kind: SheetKind;
  /**
   * Which sheet of its kind this is, when a workbook can hold several (a statement's period);
   * a refresh rewrites the add-in's sheet of the same kind and slot. Omitted: one per kind.
   */
  slot?: string;
  /** Desired sheet name (≤ 31 characters, localised); writers pick a free name if it is taken. */
  name: string;
  tables: TableSpec[];
  blocks: BlockSpec[];
  validations: ListValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Color scales (heat maps); absent on sheets that have none. */
  colorScales?: ColorScaleSpec[];
  charts: ChartSpec[];
  notes: NoteSpec[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  /** Column widths in characters for columns not covered by a table's ColumnSpec. */
  columnWidths?: Record<number, number>;
  /**
   * Protected once written (a closed period's statement): Excel then refuses edits to its cells,
   * and the add-in never writes it again unless the period is reopened. false: the protection is
   * lifted before writing (the sheet of a reopened period); absent: left as it is.
   */
  protect?: boolean;
  /** Page setup; every generated sheet has one (buildWorkbook fits widths and sets it last). */
  print?: PrintSpec;
}

/** A workbook-level name (e.g. SPK_RiskGreen → Settings!$B$5) that formulas read thresholds from. */
export interface DefinedNameSpec {
  name: string;
  /** Absolute reference, e.g. "'Settings'!$B$5" (the sheet name as generated). */
  refersTo: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: DefinedNameSpec[];
  /** The sheets' language: what a writer adds to them (a refresh's status column) is in it too. */
  language?: Language;
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, col) → A1 address, optionally absolute ($A$1). */
export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** A1 range from two 0-based corners. */
export function a1Range(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return `${a1(r1, c1, absolute)}:${a1(r2, c2, absolute)}`;
}

/** Sheet name quoted for use in a reference ('Sales Q1'!A1). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
