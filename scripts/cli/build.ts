/**
 * The one call that turns a Dataset into the workbook (and payroll CSV) bytes: the sheet builders
 * and the .xlsx writer. Kept apart so the command line does not know how sheets are built.
 */
import type { Settings } from '../../src/core/settings';
import type { Dataset } from '../../src/data/model';
import type { Period } from '../../src/host/types';
import { renderSheetNotice, renderWriteNotice } from '../../src/i18n';
import type { Language } from '../../src/core/language';
import { buildSampleDataset, DEFAULT_SEED } from '../../src/sample/sampleData';
import { SHEET_KINDS, type SheetKind } from '../../src/sheets/model';
import { payrollCsv, payrollRows } from '../../src/sheets/payroll';
import { workbookForRequest } from '../../src/sample/requestWorkbook';
import type { Template } from '../../src/templates/templateSchema';
import { generateIntoXlsx, writeXlsxReport } from '../../src/xlsx/writeXlsx';
import { canPackWithZlib, packWithZlib } from '../../src/xlsx/zipNode';

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

/**
 * `into`: the bytes of an existing workbook to generate into (`--into`), refreshed by the rules of
 * a refresh: its Settings sheet's values are the settings, the add-in's sheets are rewritten in
 * place and everything else of the user's is kept (src/xlsx/writeXlsx.ts).
 */
export async function buildOutputs(dataset: Dataset, choice: BuildChoice, into?: Uint8Array): Promise<Built> {
  const { template, language } = choice;
  // The payroll export is the statement's figures: asking for it builds the statement too.
  const wanted: readonly SheetKind[] = template?.sheets ?? SHEET_KINDS;
  const sheets: SheetKind[] = choice.payroll && !wanted.includes('statement') ? [...wanted, 'statement'] : [...wanted];
  let made: ReturnType<typeof workbookForRequest> | null = null;
  const build = (settings: Settings) => {
    made = workbookForRequest(dataset, { sheets, language, period: choice.period, settings: { ...settings, language }, plans: template?.plans, planAssignment: template?.planAssignment });
    return made.spec;
  };
  const xlsx = into ? await generateIntoXlsx(into, build, { settings: choice.settings, refresh: true, language }) : await writeXlsxReport(build(choice.settings), canPackWithZlib() ? { pack: (zip) => packWithZlib(zip) } : {});
  const { spec, notices, commissions } = made!;
  // Exactly the statement sheet's period and amounts.
  const table = choice.payroll && commissions ? payrollRows(commissions.statements, commissions.plans, { period: commissions.period }) : null;
  return {
    xlsx: xlsx.buffer,
    sheets: spec.sheets.length,
    notices: [...notices.map((n) => renderSheetNotice(language, n)), ...xlsx.notices.map((n) => renderWriteNotice(language, n))],
    payroll: table ? { csv: payrollCsv(table), rows: table.rows.length } : null,
  };
}
