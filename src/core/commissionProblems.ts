/**
 * The problems the commission core reports (tiered commission, bonus pool, plans, the statement
 * engine and its inputs), by code with parameters; CoreProblems (errors.ts) includes them. A
 * field is named as the engine's input spells it ("deals[3] (D-1027).amount"), a plan problem
 * by its JSON path and, when read from a sheet, its row. Codes the argument readers already have
 * (notANumber, negative, zero, between, choice, sumZero, countMismatch: analyticsProblems.ts) are
 * used as they are.
 */
export interface CommissionProblems {
  notPositive: { arg: string };
  notACurrency: { arg: string; value: string };
  quotaZero: Record<string, never>;
  emptyList: { arg: string };
  tooManyDecimals: { arg: string; decimals: number };

  tiersFirstBound: Record<string, never>;
  tiersAscending: { row: number };
  tierRateNegative: { row: number };

  notADate: { arg: string; value: string };
  endBeforeStart: { arg: string };
  periodsOverlap: { first: string; second: string };
  planVersionsDiffer: { plan: string };
  planVersionsOverlap: { plan: string; from: string };
  duplicateId: { arg: string; id: string };
  planRequired: { rep: string };
  unknownPlan: { rep: string; plan: string };
  unknownRep: { arg: string; rep: string };
  unknownPeriod: { arg: string; period: string };
  unknownManager: { rep: string; manager: string };
  managerCycle: { rep: string };
  duplicateQuota: { rep: string; period: string };
  cancelledBeforeClosed: { deal: string };
  creditTooLarge: { rep: string };
  sharesNotOne: { deal: string; total: string };
  shareOutOfRange: { arg: string };
  collectionsExceedDeal: { deal: string; collected: string; amount: string };
  fxMissing: { currency: string; period: string };
  currencyDecimals: { currency: string };
  noStatement: { rep: string; period: string };

  payoutNoComponent: Record<string, never>;
  quotaRequired: Record<string, never>;
  unknownSetting: { row: number; key: string };
  /** A Plans-sheet table whose headers are none of the expected ones. */
  planTableHeaders: { expected: readonly string[] };
  /** One rule of the plan schema, as a template or form shows it beside its path. */
  planRule: { reason: PlanReason };
  /** A plan the schema refused: every problem with its place. */
  planInvalid: { issues: readonly PlanIssue[]; more: number };
}

/** One thing wrong with a plan: where (JSON path, and the sheet row when read from one) and why. */
export interface PlanIssue {
  path: string;
  row: number | null;
  reason: PlanReason;
}

/** Why a plan value is wrong, independent of zod's English messages. */
export type PlanReason =
  | { code: 'missing' }
  | { code: 'wrongType'; expected: string }
  | { code: 'notInteger' }
  | { code: 'tooSmall'; min: number; inclusive: boolean }
  | { code: 'tooBig'; max: number; inclusive: boolean }
  | { code: 'tooShort'; min: number }
  | { code: 'tooLong'; max: number }
  | { code: 'tooFewItems'; min: number }
  | { code: 'tooManyItems'; max: number }
  | { code: 'oneOf'; values: readonly string[] }
  | { code: 'unknownKeys'; keys: readonly string[] }
  | { code: 'notJson'; detail: string }
  | { code: 'currencyCode' }
  | { code: 'firstBandZero' }
  | { code: 'ascending' }
  | { code: 'toBeforeFrom' }
  | { code: 'duplicateComponent'; id: string }
  | { code: 'notCreditComponent'; ref: string }
  | { code: 'onePool' }
  | { code: 'moneyDecimals'; decimals: number }
  | { code: 'rateAboveMax'; max: number }
  | { code: 'invalid' };
