/**
 * Chooses and builds the sheets a generate request asks for, always with the Settings sheet first
 * (every generated formula reads its defined names). Both writers (Office.js and .xlsx) take the
 * resulting WorkbookSpec as it is.
 */
import type { Settings } from '../core/settings';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { buildPlansSheetFor, buildReconciliationSheetFor, buildStatementSheetFor } from './commissionSheets';
import { buildCustomersSheet } from './customersSheet';
import type { SalesData } from './data';
import { buildEvaluationSheet } from './evaluationSheet';
import { buildImprovementSheet } from './improvementSheet';
import { SHEET_KINDS, type SheetKind, type SheetSpec, type WorkbookSpec } from './model';
import { buildReviewSheet } from './reviewSheet';
import { buildSettingsSheet } from './settingsSheet';
import { buildTargetsSheet } from './targetsSheet';
import { buildTrackingSheet } from './trackingSheet';

export type SheetBuilder = (data: SalesData, settings: Settings, language: Language, period?: Period) => SheetSpec;


export const BUILDERS: Record<Exclude<SheetKind, 'settings'>, SheetBuilder> = {
  targets: buildTargetsSheet,
  tracking: buildTrackingSheet,
  evaluation: buildEvaluationSheet,
  improvement: buildImprovementSheet,
  customers: buildCustomersSheet,
  review: buildReviewSheet,
  plans: buildPlansSheetFor,
  statement: buildStatementSheetFor,
  reconciliation: buildReconciliationSheetFor,
};

export interface WorkbookOptions {
  sheets: readonly SheetKind[];
  language: Language;
  period?: Period;
}

export function buildWorkbook(options: WorkbookOptions, data: SalesData, settings: Settings): WorkbookSpec {
  const wanted = new Set(options.sheets);
  const settingsSheet = buildSettingsSheet(settings, options.language, data.asOf);
  const sheets: SheetSpec[] = [settingsSheet.sheet];
  for (const kind of SHEET_KINDS) {
    if (kind === 'settings' || !wanted.has(kind)) continue;
    sheets.push(BUILDERS[kind](data, settings, options.language, options.period));
  }
  return { sheets, names: settingsSheet.names };
}
