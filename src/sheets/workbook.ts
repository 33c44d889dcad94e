/**
 * Builds the sheets a generate request asks for from the team's Dataset and nothing else, always
 * with the Settings sheet first (every generated formula reads its defined names). A sheet whose
 * data is missing is left out with a notice naming the table and columns that would enable it.
 * Both writers (Office.js and .xlsx) take the resulting WorkbookSpec as it is.
 */
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import type { Dataset } from '../data/model';
import { emptyPeriodNotice } from '../data/periods';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { buildPlansSheetFor, buildReconciliationSheetFor, buildStatementSheetFor, computeCommissions, type CommissionRun } from './commissionSheets';
import { buildCustomersSheet } from './customersSheet';
import { buildEvaluationSheet } from './evaluationSheet';
import { buildImprovementSheet } from './improvementSheet';
import { legacyData } from './legacyData';
import { SHEET_KINDS, type SheetKind, type SheetSpec, type WorkbookSpec } from './model';
import type { SheetNotice } from './notices';
import type { PlanAssignment } from './planAssignment';
import { buildReviewSheet } from './reviewSheet';
import { buildSettingsSheet } from './settingsSheet';
import { buildTargetsSheet } from './targetsSheet';
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
}

export interface WorkbookResult {
  spec: WorkbookSpec;
  /** What the user should know: sheets left out and why, splits that fell back, plan problems. */
  notices: SheetNotice[];
  /** The commission run the statement sheets show (for payroll rows), or null when none was made. */
  commissions: Extract<CommissionRun, { ok: true }> | null;
}

export function buildWorkbook(data: Dataset, options: WorkbookOptions): WorkbookResult {
  const { settings, language, period } = options;
  const wanted = new Set(options.sheets);
  const notices: SheetNotice[] = [];
  const empty = emptyPeriodNotice(data, period);
  if (empty) notices.push(empty);
  const legacy = legacyData(data, settings, period);
  const settingsSheet = buildSettingsSheet(settings, language, data.asOf);
  const sheets: SheetSpec[] = [settingsSheet.sheet];
  const needsRun = wanted.has('plans') || wanted.has('statement') || wanted.has('reconciliation');
  const run = needsRun ? computeCommissions(data, { settings, language, plans: options.plans, planAssignment: options.planAssignment, period }) : null;
  if (run && !run.ok) notices.push(...run.problems);
  for (const kind of SHEET_KINDS) {
    if (kind === 'settings' || !wanted.has(kind)) continue;
    switch (kind) {
      case 'targets':
        sheets.push(buildTargetsSheet(legacy, settings, language, period));
        break;
      case 'tracking':
        sheets.push(buildTrackingSheet(legacy, settings, language, period));
        break;
      case 'evaluation':
        sheets.push(buildEvaluationSheet(legacy, settings, language, period));
        break;
      case 'improvement':
        sheets.push(buildImprovementSheet(legacy, settings, language, period));
        break;
      case 'customers':
        sheets.push(buildCustomersSheet(legacy, settings, language, period));
        break;
      case 'review':
        sheets.push(buildReviewSheet(legacy, settings, language, period));
        break;
      case 'plans':
        if (run) sheets.push(buildPlansSheetFor(run, language));
        break;
      case 'statement':
        if (run?.ok) sheets.push(buildStatementSheetFor(run, language, period));
        break;
      case 'reconciliation':
        if (run?.ok) sheets.push(buildReconciliationSheetFor(run, data, language, period));
        break;
    }
  }
  return { spec: { sheets, names: settingsSheet.names }, notices, commissions: run?.ok ? run : null };
}
