/**
 * Everything the readers and validation can report about a team's data, as codes with
 * parameters (never sentences): src/i18n/languages/<tag>/data.ts words each one, and
 * `renderDataProblem` puts the place (file or table, row, column) in front.
 *
 * An `error` refuses the data: nothing is generated or written. A `warning` is shown with what
 * was recognised and does not stop generation.
 */
import type { TableKind } from './fields';
import type { PeriodId } from './model';

/** What kind of value a cell had to hold, for "blank" and "not a …" messages. */
export type ValueKind = 'text' | 'amount' | 'date' | 'period' | 'year' | 'share' | 'count' | 'score' | 'stage' | 'status' | 'level' | 'currency' | 'rate';

/** A place the user can find: the file or table, and the row (and header) when it is about one cell. */
export interface Place {
  /** The file, "file › sheet", or the workbook table or range. */
  source: string;
  row?: number;
  column?: string;
}

export interface DataProblems {
  // Files
  fileNotFound: { file: string };
  fileUnreadable: { file: string; detail: string };
  encodingUnreadable: { file: string };
  legacyXls: { file: string };
  notXlsx: { file: string };
  unknownFileType: { file: string };
  /** A workbook table or range that is no longer there. */
  sourceMissing: { source: string };
  unterminatedQuote: { line: number };
  emptyFile: Record<string, never>;
  // Tables and headers
  tableUnrecognised: { headers: string[]; closest: TableKind | null; missing: string[] };
  sheetIgnored: { headers: string[] };
  missingFields: { kind: TableKind; missing: string[] };
  mappedHeaderAbsent: { header: string };
  mappingConflict: { header: string; kinds: TableKind[] };
  mappingWrongKind: { header: string; field: string; kind: TableKind };
  unknownField: { mapping: string };
  badMapping: { mapping: string };
  noDataRows: { kind: TableKind };
  noDeals: Record<string, never>;
  // Cells
  blank: { expected: ValueKind };
  notValue: { expected: ValueKind; value: string };
  dateOutOfRange: { value: string; min: number; max: number };
  ambiguousDate: { value: string };
  /** `deal`: a deal's amount, where a return or cancellation is recorded otherwise. */
  negative: { value: string; deal: boolean };
  scoreOutOfRange: { value: string };
  notWhole: { value: string };
  extraCells: { cells: number; headers: number };
  // Rows together
  duplicateDealId: { id: string; first: Place };
  splitNeedsId: Record<string, never>;
  sharesDontAddUp: { id: string; total: string };
  shareOutOfRange: { value: string };
  splitRowsDisagree: { id: string; column: string; first: Place };
  repTwiceInDeal: { id: string; rep: string };
  cancelledBeforeDate: { cancelled: string; date: string };
  collectedExceedsAmount: { collected: string; amount: string };
  /** Rows of a deals table whose stage is not won (lost, open): left out, counted by stage as written. */
  dealsNotWon: { rows: number; stages: string };
  repNotInRoster: { rep: string };
  duplicateRep: { rep: string; first: Place };
  managerNotInRoster: { manager: string };
  endBeforeStart: { start: string; end: string };
  teamNotInRoster: { team: string };
  teamNeedsRoster: { team: string };
  regionUnknown: { region: string };
  duplicateQuota: { name: string; period: string; first: Place };
  duplicateActivity: { rep: string; period: PeriodId; first: Place };
  quotaPeriodNoDeals: { period: PeriodId; first: PeriodId; last: PeriodId };
  quotaPeriodAhead: { period: PeriodId; last: PeriodId };
  totalRowSkipped: { label: string };
  // Collections and exchange rates
  collectionDealUnknown: { id: string };
  collectionCustomerUnknown: { customer: string };
  collectionsExceedDeal: { id: string; collected: string; amount: string };
  collectionUnapplied: { customer: string; amount: string };
  collectedDiffers: { id: string; collected: string; dated: string };
  duplicateRate: { currency: string; period: PeriodId; first: Place };
  rateMissing: { currency: string; period: PeriodId; company: string };
  // The period
  badPeriod: { value: string };
}

export type DataCode = keyof DataProblems;
export type Severity = 'error' | 'warning';

export type DataProblem = {
  [C in DataCode]: { code: C; params: DataProblems[C]; severity: Severity; at?: Place };
}[DataCode];

export function problem<C extends DataCode>(code: C, params: DataProblems[C], at?: Place, severity: Severity = 'error'): DataProblem {
  return { code, params, severity, ...(at ? { at } : {}) } as DataProblem;
}

export const warning = <C extends DataCode>(code: C, params: DataProblems[C], at?: Place): DataProblem => problem(code, params, at, 'warning');

export const hasErrors = (problems: readonly DataProblem[]): boolean => problems.some((p) => p.severity === 'error');

/** How many problems a message lists before "and N more". */
export const PROBLEMS_SHOWN = 50;
