/**
 * The one call that turns a Dataset into the workbook (and payroll CSV) bytes: the sheet builders
 * and the .xlsx writer. Kept apart so the command line does not know how sheets are built.
 */
import type { Settings } from '../../src/core/settings';
import type { Dataset } from '../../src/data/model';
import type { MonthPeriod } from '../../src/data/period';
import type { Language } from '../../src/i18n/language';
import type { SheetKind } from '../../src/sheets/model';
import type { Plans } from '../../src/templates/plansSchema';
import type { Template } from '../../src/templates/templateSchema';

export interface BuildChoice {
  language: Language;
  period: MonthPeriod;
  settings: Settings;
  sheets?: readonly SheetKind[];
  plans?: Plans;
  template: Template | null;
  payroll: boolean;
}

export interface Built {
  xlsx: Uint8Array;
  sheets: number;
  notices: string[];
  payroll: { csv: string; rows: number } | null;
}

export function sampleDataset(_seed?: number): Dataset {
  throw new Error('the sample as a Dataset arrives with the own-data-sheets branch');
}

export async function buildOutputs(_dataset: Dataset, _choice: BuildChoice): Promise<Built> {
  throw new Error('building from a Dataset arrives with the own-data-sheets branch');
}
