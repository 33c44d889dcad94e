/**
 * The shape every language's catalogue implements (src/i18n/languages/<tag>/, one file per section). Other layers
 * never hold sentences: they emit codes with parameters (types imported from those layers, types
 * only) and whoever shows them renders through the catalogue of the workbook's or pane's language.
 * A missing text is a compile error, so the two languages cannot drift apart.
 */
import type { CoreCode, CoreProblem, CoreProblems } from '../core/errors';
import type { QuotaScope } from '../data/model';
import type { DataColumn, DataTable, SheetNoticeCode, SheetNoticeParams } from '../sheets/notices';

export type CoreErrorTexts = { [C in CoreCode]: (params: CoreProblems[C]) => string };

/** What a generate run tells the user about the data (src/sheets/notices.ts). */
export interface SheetNoticeTexts {
  tables: Record<DataTable, string>;
  columns: Record<DataColumn, string>;
  scopes: Record<QuotaScope, string>;
  levels: Record<'region' | 'team' | 'level', string>;
  text: {
    [C in SheetNoticeCode]: (params: SheetNoticeParams[C], texts: SheetNoticeTexts, renderCore: (problem: CoreProblem) => string) => string;
  };
}

/** Notes the generated sheets carry about where their figures come from (src/sheets). */
export interface SheetDataTexts {
  /** Summary of the Targets sheet: where the year's target came from and what was held back. */
  targetsSource: (p: { annual: boolean; bufferRate: number | null; seasonal: boolean }) => string;
  /** Tracking: which rows are marked overdue. */
  overdue: string;
  evaluation: {
    target: string;
    targetBlank: string;
    actual: string;
    newCustomers: string;
    leadsFromPipeline: string;
    leadsMissing: string;
    wonFromDeals: string;
    collectionFromDeals: string;
    collectionMissing: string;
    processMissing: string;
    score: string;
  };
  review: { noPipeline: string; noTargets: string };
  reconciliation: { paidMissing: string };
}

export interface Catalogue {
  /** Why the calculation core refused an input (shown in cells, sheets and the pane). */
  coreErrors: CoreErrorTexts;
  /** Sheets left out, splits that fell back and plan problems of a generate run. */
  sheetNotices: SheetNoticeTexts;
  /** Notes in the generated sheets on derived and missing figures. */
  sheetData: SheetDataTexts;
}
