/**
 * The one call that turns a Dataset into the workbook (and payroll CSV) bytes: the sheet builders
 * and the .xlsx writer. Kept apart so the command line does not know how sheets are built.
 */
import type { Settings } from '../../src/core/settings';
import type { Dataset } from '../../src/data/model';
import type { Period } from '../../src/host/types';
import { renderSheetNotice } from '../../src/i18n';
import type { Language } from '../../src/core/language';
import { buildSampleDataset, DEFAULT_SEED } from '../../src/sample/sampleData';
import { SHEET_KINDS, type SheetKind } from '../../src/sheets/model';
import { payrollCsv, payrollRows } from '../../src/sheets/payroll';
import { workbookForRequest } from '../../src/sample/requestWorkbook';
import type { Template } from '../../src/templates/templateSchema';
import { writeXlsxReport } from '../../src/xlsx/writeXlsx';

export interface BuildChoice {
  language: Language;
  period: Period;
  settings: Settings;
  template: Template | null;
  payroll: boolean;
}

export interface Built {
  xlsx: Uint8Array;
  sheets: number;
  /** What the builders want the user to know (sheets left out and why), in the run's language. */
  notices: string[];
  /** The payroll CSV when asked for and the statements were made (null: see the notices). */
  payroll: { csv: Uint8Array; rows: number } | null;
}

/** The sample company, its names in the run's language (a Chinese workbook shows a Chinese company). */
export const sampleDataset = (seed: number | undefined, language: Language): Dataset => buildSampleDataset({ seed: seed ?? DEFAULT_SEED, language });

export async function buildOutputs(dataset: Dataset, choice: BuildChoice): Promise<Built> {
  const { template, language } = choice;
  // The payroll export is the statement's figures: asking for it builds the statement too.
  const wanted: readonly SheetKind[] = template?.sheets ?? SHEET_KINDS;
  const sheets: SheetKind[] = choice.payroll && !wanted.includes('statement') ? [...wanted, 'statement'] : [...wanted];
  const { spec, notices, commissions } = workbookForRequest(dataset, {
    sheets,
    language,
    period: choice.period,
    settings: choice.settings,
    plans: template?.plans,
    planAssignment: template?.planAssignment,
  });
  const xlsx = await writeXlsxReport(spec);
  // Exactly the statement sheet's period and amounts.
  const table = choice.payroll && commissions ? payrollRows(commissions.statements, commissions.plans, { period: commissions.period }) : null;
  return {
    xlsx: xlsx.buffer,
    sheets: spec.sheets.length,
    notices: notices.map((n) => renderSheetNotice(language, n)),
    payroll: table ? { csv: payrollCsv(table), rows: table.rows.length } : null,
  };
}
