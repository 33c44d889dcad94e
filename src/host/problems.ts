/**
 * What a workbook host (Excel, or preview mode in a browser) tells the pane: refusals, skipped
 * features, renames, failures. Hosts emit a code with its parameters and never a sentence; the
 * pane renders it in its own language through the catalogue's `host` section. A sheet, table or
 * source name is a parameter: a notice that concerns one sheet says so in `sheet`, and nobody
 * searches sentences for names.
 */
import type { ClosingProblem } from '../core/close/problems';
import type { SheetNotice } from '../data/notices';
import type { DataProblem } from '../data/problems';
import type { WriteNotice, WriteProblem } from '../sheets/writePlan/notices';

/** A part of the Excel API an action of the pane needs. */
export type HostFeature = 'generate' | 'selection' | 'templateStorage' | 'conditionalFormats' | 'dataValidation' | 'charts';

/** Every code a host can report, with the parameters its text needs. */
export interface HostProblems {
  /** This Excel lacks the API set an action needs (the reason next to a disabled action). */
  unavailable: { feature: HostFeature; version: string };
  /** Refreshing the add-in's tables in place needs `requirement` (e.g. "ExcelApi 1.13"). */
  refreshUnavailable: { requirement: string };
  /** A Generate cannot be undone in one step without `requirement`. */
  undoUnavailable: { requirement: string };
  busy: Record<string, never>;
  /** What writing the workbook noticed (a rename, a refresh left alone, a part this Excel lacks …). */
  writeNotice: { notice: WriteNotice };
  /** Writing the workbook failed (the run's sheets were put back). */
  writeFailed: { problem: WriteProblem };
  noSelection: Record<string, never>;
  tableMissing: { table: string };
  columnMissing: { column: string; where: string };
  thresholds: Record<string, never>;
  elapsed: Record<string, never>;
  /** The team's data was refused: `errors` problems in all, the first of them in `problems`. */
  dataRefused: { errors: number; problems: DataProblem[] };
  /** No statements could be made, so there is no payroll file (the sheet notices say why). */
  payrollUnavailable: Record<string, never>;
  templateInvalid: Record<string, never>;
  sheetMissing: { sheet: string };
  previewNoConditionalFormats: Record<string, never>;
  previewNoSelection: Record<string, never>;
  previewNoStorage: Record<string, never>;
  /** What building the sheets found in the data (a sheet left out, a split that fell back …). */
  sheetNotice: { notice: SheetNotice };
  /** A month could not be closed or reopened (already closed, a later month closed …). */
  closing: { problem: ClosingProblem };
  /** Something the host did not expect; `detail` is the platform's own message, shown as is. */
  unexpected: { detail: string };
}

export type HostCode = keyof HostProblems;
export type HostProblem = { [C in HostCode]: { code: C; params: HostProblems[C] } }[HostCode];

export const hostProblem = <C extends HostCode>(code: C, params: HostProblems[C]): HostProblem => ({ code, params }) as HostProblem;

/** What a generate run is doing, for the progress bar's label. */
export type ProgressStep =
  | { kind: 'starting' }
  | { kind: 'reading'; source: string }
  /** A table read in chunks: data rows read so far of its `total`. */
  | { kind: 'readingRows'; source: string; done: number; total: number }
  | { kind: 'loading' }
  | { kind: 'preparingData' }
  | { kind: 'buildingSheets' }
  | { kind: 'sheet'; name: string }
  | { kind: 'done' };
