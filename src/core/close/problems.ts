/**
 * Why a period cannot be closed or reopened, as codes with parameters (src/i18n renders them in
 * the pane's or the command line's language).
 */
export interface ClosingProblems {
  /** The period is not a month of the run (before the data starts, or after the report date). */
  periodNotInRun: { period: string; first: string; last: string };
  alreadyClosed: { period: string; snapshot: string; closedAt: string };
  noStatements: { period: string };
  notClosed: { period: string };
  /** Reopening only the latest closed period keeps every later statement's adjustments true. */
  laterClosed: { period: string; later: string };
  /** The closed statement could not be written: cells a user typed lie where it goes. Nothing was closed. */
  sheetBlocked: { period: string; sheet: string };
  /**
   * The closed statement was written but the record of closed periods could not be saved, so the
   * month is not closed; `unlocked` says whether the sheet's protection was lifted again.
   */
  recordNotSaved: { period: string; sheet: string; unlocked: boolean };
  /** The workbook's record of closed periods cannot be read: nothing is generated over it. */
  recordUnreadable: { reason: 'notJson' | 'notARecord' };
}

export type ClosingCode = keyof ClosingProblems;
export type ClosingProblem = { [C in ClosingCode]: { code: C; params: ClosingProblems[C] } }[ClosingCode];

export const closingProblem = <C extends ClosingCode>(code: C, params: ClosingProblems[C]): ClosingProblem => ({ code, params }) as ClosingProblem;
