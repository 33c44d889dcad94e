/**
 * Builds the sheets a generate request asks for from the team's Dataset and nothing else, always
 * with the Settings sheet first (every generated formula reads its defined names). A sheet whose
 * data is missing is left out with a notice naming the table and columns that would enable it.
 * Both writers (Office.js and .xlsx) take the resulting WorkbookSpec as it is.
 */
import { closedSnapshot, type Closings } from '../core/close/record';
import { reopened } from './close/reopened';
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import type { Dataset } from '../data/model';
import { emptyPeriodNotice } from '../data/periods';
import type { Period } from '../core/period';
import type { Language } from '../core/language';
import { buildPlansSheetFor, buildReconciliationSheetFor, buildStatementSheetFor, commissionPeriods, computeCommissions, statementPeriod, type CommissionRun } from './commissionSheets';
import { BuildContext, isSkip, type Built } from './context';
import { buildCustomersSheet } from './customersSheet';
import { buildEvaluationSheet } from './evaluationSheet';
import { buildImprovementSheet } from './improvementSheet';
import { SHEET_KINDS, type SheetKind, type SheetSpec, type WorkbookSpec } from './model';
import { notice, type SheetNotice } from '../data/notices';
import type { PlanAssignment } from './planAssignment';
import { buildReviewSheet } from './reviewSheet';
import { buildSettingsSheet } from './settingsSheet';
import { buildTargetsSheet } from './targetsSheet';
import { RECONCILIATION_SHEET_NAMES } from './reconciliationSheet';
import { statementSheetName } from './statementSheet';
import { sheetName } from './text';
import { buildTrackingSheet } from './trackingSheet';

export interface WorkbookOptions {
  sheets: readonly SheetKind[];
  language: Language;
  /** The period the sheets report on, chosen by the caller (see defaultPeriod in src/data/periods.ts). */
  period: Period;
  settings: Settings;
  /** The template's commission plans; none means one plan seeded from the settings' tiers. */
  plans?: readonly Plan[];
  /** The template's rule for which plan pays which rep; needed when there are several plans. */
  planAssignment?: PlanAssignment;
  /** The workbook's closed periods (src/core/close/): never rewritten, their changes paid as adjustments. */
  closings?: Closings;
  /**
   * What the Settings sheet's report date cell holds: the data's report date (default: generated
   * files, demos, the preview) or today's date (Excel, where the team's tables are live).
   */
  reportDate?: 'data' | 'today';
}

/** A commission run that produced statements, and the period the statement sheet shows. */
export type CompletedRun = Extract<CommissionRun, { ok: true }> & { period: string };

export interface WorkbookResult {
  spec: WorkbookSpec;
  /** What the user should know: sheets left out and why, splits that fell back, plan problems. */
  notices: SheetNotice[];
  /** The commission run the statement sheets show (for payroll rows), or null when none was made. */
  commissions: CompletedRun | null;
}

type Builder = (ctx: BuildContext) => Built;
const BUILDERS: Partial<Record<SheetKind, Builder>> = {
  targets: buildTargetsSheet,
  tracking: buildTrackingSheet,
  evaluation: buildEvaluationSheet,
  improvement: buildImprovementSheet,
  customers: buildCustomersSheet,
  review: buildReviewSheet,
};

/** The commission statements of the team's data, with each rep's quota from the one target split. */
export function commissionRun(ctx: BuildContext, options: Pick<WorkbookOptions, 'plans' | 'planAssignment' | 'closings'>): CommissionRun {
  const { data, settings, language, period } = ctx;
  const periods = commissionPeriods(data, period);
  const quotas = periods.flatMap((p) =>
    data.reps.flatMap((r) => {
      const target = ctx.targets.of('people', r.name, p.start);
      return target === null ? [] : [{ rep: r.name, period: p.id, amount: target.toNumber() }];
    }),
  );
  return computeCommissions(data, { settings, language, plans: options.plans, planAssignment: options.planAssignment, period, quotas, closings: options.closings });
}

export function buildWorkbook(data: Dataset, options: WorkbookOptions): WorkbookResult {
  const { settings, language, period } = options;
  const wanted = new Set(options.sheets);
  const ctx = new BuildContext(data, settings, language, period);
  const notices: SheetNotice[] = [];
  const empty = emptyPeriodNotice(data, period);
  if (empty) notices.push(empty);
  const settingsSheet = buildSettingsSheet(settings, language, data.asOf, { reportDate: options.reportDate ?? 'data', period, company: data.company ?? null });
  const sheets: SheetSpec[] = [settingsSheet.sheet];
  const needsRun = wanted.has('plans') || wanted.has('statement') || wanted.has('reconciliation');
  const run = needsRun ? commissionRun(ctx, options) : null;
  const statementId = run?.ok ? statementPeriod(run, period, data.asOf) : '';
  const add = (name: string, built: Built) => {
    if (isSkip(built)) notices.push(notice('sheetSkipped', { sheet: name, needs: built.skip }));
    else sheets.push(built);
  };
  const withDeals = (build: () => SheetSpec): Built => (data.deals.length > 0 ? build() : { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] });
  for (const kind of SHEET_KINDS) {
    if (kind === 'settings' || !wanted.has(kind)) continue;
    const builder = BUILDERS[kind];
    if (builder) add(sheetName(kind, language), builder(ctx));
    else if (run === null) continue;
    else if (kind === 'plans') sheets.push(buildPlansSheetFor(run, language, ctx.run));
    // A refused run is one notice (below), not one per commission sheet.
    else if (!run.ok) continue;
    else if (kind === 'statement' && options.closings && closedSnapshot(options.closings, statementId)) {
      // A closed period's sheet is the one written when it closed; the write plan keeps it as it is.
      notices.push(notice('statementClosed', { period: statementId, snapshot: closedSnapshot(options.closings, statementId)!.id }));
    } else if (kind === 'statement') add(statementSheetName(statementId, language), withDeals(() => reopened(buildStatementSheetFor(run, language, statementId, ctx.run), options.closings)));
    else {
      add(RECONCILIATION_SHEET_NAMES[language], withDeals(() => buildReconciliationSheetFor(run, data, language, statementId, { ...ctx.run, period: { label: statementId } })));
      if (data.payments === null && data.deals.length > 0) notices.push(notice('paymentsMissing', {}));
    }
  }
  if (run && !run.ok) notices.push(...run.problems);
  if (run?.ok) notices.push(...run.notices);
  notices.push(...ctx.targets.notices());
  return { spec: { sheets, names: settingsSheet.names, language: options.language }, notices, commissions: run?.ok ? { ...run, period: statementId } : null };
}
