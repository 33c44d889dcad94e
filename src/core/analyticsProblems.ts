/**
 * The problems the custom functions' argument readers and the analytics core (targets, scores,
 * risk, customers, RFM, funnel) report, by code with parameters; src/i18n renders them in the
 * workbook's language. `arg` is an argument name as the function signature spells it (the same in
 * both languages), `value` a short description of a cell made by the argument reader.
 */
export type Position = 'row' | 'cell' | 'stage' | 'criterion';

export interface AnalyticsProblems {
  required: { arg: string };
  notANumber: { arg: string; value: string };
  notSingleValue: { arg: string };
  notBoolean: { arg: string; value: string };
  notText: { arg: string; value: string };
  notARange: { arg: string };
  notRowOrColumn: { arg: string };
  notSingleColumn: { arg: string };
  emptyRange: { arg: string };
  blankAt: { arg: string; at: number; unit: Position };
  notANumberAt: { arg: string; at: number; unit: Position; value: string };
  notTextOrNumberAt: { arg: string; at: number; value: string };
  tableColumns: { arg: string; expected: number; got: number };
  rowPartlyBlank: { arg: string; row: number };
  rowsPartlyBlank: { row: number; missing: string };
  wholeNumberRange: { arg: string; min: number; max: number };
  wholeNumberAt: { arg: string; at: number; unit: Position };
  notWholeNumber: { arg: string };
  negative: { arg: string };
  negativeAt: { arg: string; at: number; unit: Position };
  negativeDate: { arg: string; row: number };
  zero: { arg: string };
  zeroAt: { arg: string; at: number; unit: Position };
  sumZero: { arg: string };
  countMismatch: { a: string; aCount: number; b: string; bCount: number };
  countExpected: { arg: string; expected: number; got: number };
  choice: { arg: string; allowed: string; value: string };
  between: { arg: string; min: number; max: number };
  fraction: { arg: string };
  notBelow: { arg: string; other: string };
  notAbove: { arg: string; other: string };
  descending: { arg: string };
  weightsSum: { arg: string; sum: string };
  labelsNeeded: { cutoffs: number };
  periodNotStarted: Record<string, never>;
  periodNotStartedOn: { arg: string };
  noTransactions: Record<string, never>;
  noTransactionsBefore: { arg: string };
  ruleRange: { row: number; column: string };
  ruleName: { row: number };
  unexpected: { detail: string };
  notFinite: Record<string, never>;
}
