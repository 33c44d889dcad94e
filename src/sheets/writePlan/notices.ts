/**
 * What writing a workbook tells the user, as codes with parameters: the write plan and both
 * writers emit these, and whoever shows them renders them through the catalogue's `workbookWrite`
 * section in the workbook's or pane's language (src/i18n/languages/<tag>/workbookWrite.ts).
 * Sheet, table and name are parameters, so a layer that sorts notices by sheet reads `sheet`.
 */

/** A part of a sheet a host may be unable to write. */
export type WriteFeature = 'conditionalFormats' | 'dataValidation' | 'charts' | 'notes' | 'freeze' | 'print';

export interface WriteNotices {
  /** The asked sheet name was taken by a sheet the add-in does not own. */
  sheetRenamed: { sheet: string; wanted: string };
  /** The asked table name was taken. */
  tableRenamed: { sheet: string; wanted: string; actual: string };
  /** A defined name the formulas read exists but is not the add-in's: formulas use another. */
  nameTaken: { wanted: string; actual: string };
  /** The host lacks what a part of the sheet needs (`requirement` names it, e.g. "ExcelApi 1.6"). */
  featureSkipped: { sheet: string; feature: WriteFeature; requirement: string };
  /** A drop-down list longer than Excel accepts inline (255 characters) or holding a comma. */
  listTooLong: { sheet: string; range: string };
  /** Rows whose key left the data: kept with the user's text and flagged. */
  rowsFlagged: { sheet: string; table: string; rows: number };
  /** A refresh would have to write over cells the user typed: the sheet was left as it was. */
  refreshBlocked: { sheet: string; cells: string };
  /** A key column of the add-in's table is gone (deleted or renamed): its rows cannot be matched. */
  refreshKeyMissing: { sheet: string; table: string; column: string };
  /** The add-in's table was moved: the sheet was left as it was. */
  refreshMoved: { sheet: string; table: string };
  /** Settings on the workbook's Settings sheet differ from the pane's: the workbook's were used. */
  settingsKept: { sheet: string; names: string[] };
  /** A Settings cell holds a value the add-in cannot use: the cell is kept, the pane's value computed. */
  settingUnreadable: { sheet: string; name: string; value: string };
  /** Refresh was asked on a host that cannot resize tables: new sheets were generated instead. */
  refreshUnavailable: { requirement: string };
}

export type WriteNoticeCode = keyof WriteNotices;
export type WriteNotice = { [C in WriteNoticeCode]: { code: C } & WriteNotices[C] }[WriteNoticeCode];

/** Why writing failed, as the error a writer throws. */
export interface WriteProblems {
  /**
   * A step failed: `error` is the host's message, `cause` the writer's own reason when it has one.
   * `restored` says whether everything was put back as it was before the run; when it was not,
   * `restoreError` says why.
   */
  failed: { sheet: string; error: string; cause?: { code: 'rowTooLarge' } & RowTooLarge; restored: boolean; restoreError?: string };
  /** One row holds more than a host accepts in one request. */
  rowTooLarge: RowTooLarge;
}

interface RowTooLarge {
  sheet: string;
  row: number;
  bytes: number;
}

export type WriteProblemCode = keyof WriteProblems;
export type WriteProblem = { [C in WriteProblemCode]: { code: C } & WriteProblems[C] }[WriteProblemCode];

/** The error the writers throw: a code and its parameters, rendered by whoever shows it. */
export class WriteError extends Error {
  constructor(readonly problem: WriteProblem) {
    super(`${problem.code} ${JSON.stringify(problem)}`);
    this.name = 'WriteError';
  }
}

export const isWriteError = (e: unknown): e is WriteError => e instanceof WriteError;

/** The sheet a notice is about ('' when it is about the workbook). */
export const noticeSheet = (n: WriteNotice): string => ('sheet' in n ? n.sheet : '');
