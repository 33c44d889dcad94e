/**
 * What a generate run tells the user about the data, as codes with parameters (never sentences):
 * a sheet left out for want of a table, a split that had to fall back, a plan rule that matched
 * nobody. The pane, the Excel host and the command line render them with renderSheetNotice in
 * their own language (src/i18n, section sheetNotices). A sheet name is a parameter, as the user
 * sees it in the workbook.
 */
import type { CoreProblem } from '../core/errors';
import type { QuotaScope } from './model';

/** A table of the team's data (src/data/model.ts). */
export type DataTable = 'deals' | 'reps' | 'quotas' | 'annualTargets' | 'pipeline' | 'payments' | 'activity';

/** A column of one of those tables, by the name of its field. */
export type DataColumn =
  | 'customer'
  | 'date'
  | 'amount'
  | 'rep'
  | 'region'
  | 'team'
  | 'level'
  | 'productLine'
  | 'period'
  | 'year'
  | 'quota'
  | 'annualTarget'
  | 'owner'
  | 'stage'
  | 'status'
  | 'paid'
  | 'leads'
  | 'won'
  | 'collected'
  | 'receivables'
  | 'process';

/** A table with the columns a sheet would need from it. */
export interface Need {
  table: DataTable;
  columns: DataColumn[];
}

export interface SheetNoticeParams {
  /** The sheet was not built; any one of `needs` would enable it. */
  sheetSkipped: { sheet: string; needs: Need[] };
  /** Nothing in the data falls in the chosen period. */
  periodEmpty: { period: string; first: string | null; last: string | null };
  /** Regions without a weight in the template: their targets are the sums of their people's. */
  regionWeightsMissing: { regions: string[] };
  /** Product lines without a weight in the template: the product-line level is left out. */
  productLineWeightsMissing: { productLines: string[] };
  /** Reps without a level, weighted as core when a target is split over people. */
  levelsMissing: { reps: string[] };
  /** Targets at a broader scope that more detailed targets for the same months replace. */
  targetsSuperseded: { scope: QuotaScope; names: string[]; by: QuotaScope };
  /** A target for a team, region or company with no reps to split it over. */
  targetWithoutReps: { scope: QuotaScope; name: string };
  /** The plan assignment names a plan the template does not have. */
  planUnknown: { plan: string };
  /** Several plans and no rule saying who gets which. */
  planAssignmentMissing: { plans: string[] };
  /** Reps no rule of the plan assignment matches, and there is no default. */
  planNoMatch: { by: 'region' | 'team' | 'level'; reps: string[] };
  /** The commission engine refused the data or plans; the commission sheets are left out. */
  commissionRefused: { problem: CoreProblem };
  /** No payments table: the Reconciliation's Paid column is left for finance to fill. */
  paymentsMissing: Record<string, never>;
  /** The statement period is closed: its sheet is kept exactly as it was closed. */
  statementClosed: { period: string; snapshot: string };
  /** Changes to a closed period with no open period after it in the data yet: paid once there is one. */
  adjustmentsWaiting: { period: string; reps: string[] };
}

export type SheetNoticeCode = keyof SheetNoticeParams;
export type SheetNotice = { [C in SheetNoticeCode]: { code: C; params: SheetNoticeParams[C] } }[SheetNoticeCode];

export const notice = <C extends SheetNoticeCode>(code: C, params: SheetNoticeParams[C]): SheetNotice => ({ code, params }) as SheetNotice;
