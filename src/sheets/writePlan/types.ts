/**
 * The write plan's input (what a writer found in the workbook) and output (what both writers
 * execute). Coordinates are 0-based like the rest of src/sheets/model.ts.
 */
import type {
  Cell,
  ChartSpec,
  ColorScaleSpec,
  ConditionalFormatSpec,
  DefinedNameSpec,
  ListValidationSpec,
  NoteSpec,
  PrintSpec,
  SheetKind,
} from '../model';
import type { WriteFeature, WriteNotice } from './notices';
import type { OwnedRule, OwnedScale, OwnedSheet, Ownership } from './ownership';
import type { RangeRect } from './refs';

export type Rect = RangeRect;

/** A workbook as a writer found it, in the shape the plan reads. */
export interface ExistingWorkbook {
  /** Every sheet, in order, with the host's id (and in .xlsx the token of its hidden marker, if any). */
  sheets: { id: string; name: string; token?: string }[];
  /** Every table: the host's id, name, sheet and full rectangle (header row included). */
  tables: { id: string; name: string; sheetId: string; rect: Rect }[];
  /** Every defined name, with what it refers to ("=Settings!$B$3", "#REF!" when broken). */
  names: { name: string; refersTo: string }[];
  ownership: Ownership;
  /**
   * The values of the add-in's tables on the sheets a refresh rewrites, header row first, as the
   * host shows them (numbers, text, booleans, '' for empty; dates as serial numbers). Filled in a
   * second read, for the table ids `tablesToRead` lists.
   */
  contents: ReadonlyMap<string, unknown[][]>;
}

/** What a host can write; a missing part is skipped with a notice naming the requirement. */
export type HostFeatures = Record<WriteFeature, true | { requirement: string }> & {
  /** Whether the host can grow a table in place (Office.js: ExcelApi 1.13); without it a refresh makes new sheets. */
  resizeTables: true | { requirement: string };
};

/** Cells written as one rectangle: formulas are final (renames and moves applied). */
export interface PlannedRegion {
  row: number;
  col: number;
  cells: Cell[][];
  /**
   * Each column's number format; a text literal is always written with '@' (formatOf), so typed
   * text that looks like a formula, number or date stays text.
   */
  formats: string[];
}

export interface PlannedTable {
  /** The builders' name (TableSpec.name) and the name it has or gets in the workbook. */
  spec: string;
  name: string;
  /** The table's full rectangle after writing (header row included). */
  rect: Rect;
  style: string;
  /** The existing table the refresh resizes, or none for a new one. */
  existingId?: string;
  /** The rectangle it had before (refresh only). */
  before?: Rect;
  /** What to record: the add-in's headers and the keys of the rows it wrote. */
  headers: string[];
  keys: string[];
  /** Data rows after writing. */
  rows: number;
}

export interface PlannedSheet {
  kind: SheetKind;
  slot: string;
  /** The name the builders asked for, and the one the sheet has or gets. */
  asked: string;
  name: string;
  /** new: a sheet this run adds; refresh: the add-in's sheet rewritten in place. */
  mode: 'new' | 'refresh';
  existingId?: string;
  /** Rectangles whose cells (values and formats) are cleared first: the add-in's areas it no longer uses. */
  clears: Rect[];
  regions: PlannedRegion[];
  fonts: { rect: Rect; bold?: boolean; size?: number }[];
  tables: PlannedTable[];
  lists: { set: ListValidationSpec[]; clear: string[] };
  rules: { add: ConditionalFormatSpec[]; remove: OwnedRule[] };
  /** Color scales (heat maps): a kind of conditional format of their own. */
  scales: { add: ColorScaleSpec[]; remove: OwnedScale[] };
  /** Charts to add, and the add-in's existing charts to point at new ranges (by the host's id). */
  charts: { add: ChartSpec[]; update: { id: string; chart: ChartSpec }[] };
  notes: NoteSpec[];
  /** Column widths in characters, by 0-based column. */
  widths: Record<number, number>;
  freeze?: { rows: number; cols: number };
  /** true: protect the sheet after writing it; false: lift the protection first (SheetSpec.protect). */
  protect?: boolean;
  /**
   * Page setup, new and refreshed sheets alike: its page breaks follow the blocks they keep
   * together, so a refresh that moves a block moves its break (old manual breaks are removed first).
   */
  print?: PrintSpec;
  /**
   * Refresh only: rectangles the add-in never wrote that this refresh would write. A writer checks
   * them before anything changes; a cell typed there blocks the sheet's refresh (refreshBlocked).
   */
  mustBeEmpty: Rect[];
  /** Data rows written (all tables). */
  rows: number;
  /** What to record for the sheet (ids of what this run creates are filled in by the writer). */
  record: Omit<OwnedSheet, 'id' | 'tables' | 'charts'>;
}

export interface WritePlan {
  sheets: PlannedSheet[];
  /** Names to create (formulas final). Existing names are never repointed, except one of the add-in's that is broken (#REF!). */
  names: (DefinedNameSpec & { replace: boolean })[];
  /** The add-in's names after the run. */
  ownedNames: string[];
  notices: WriteNotice[];
  /** The ownership records of the sheets no spec sheet refreshes (kept as they are). */
  keep: OwnedSheet[];
}
