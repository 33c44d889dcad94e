/**
 * The demo workbook: every sheet from the bundled sample data, as an .xlsx buffer. Shared by
 * `npm run demo`, the benchmark and the LibreOffice test so all three check the same file. The
 * period is the calendar year of the sample's report date, so every month shows.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { Dataset } from '../data/model';
import { yearPeriod } from '../data/periods';
import type { Language } from '../core/language';
import { workbookForRequest } from '../sample/requestWorkbook';
import { buildSampleDataset, DEFAULT_SEED } from '../sample/sampleData';
import type { WorkbookSpec } from '../sheets/model';
import { SHEET_KINDS } from '../sheets/model';
import type { SheetNotice } from '../data/notices';
import type { CompletedRun } from '../sheets/workbook';
import { writeXlsxReport, type XlsxResult } from './writeXlsx';

export interface DemoOptions {
  seed?: number;
  language?: Language;
  settings?: Settings;
}

export interface Demo {
  data: Dataset;
  spec: WorkbookSpec;
  notices: SheetNotice[];
  /** The commission run the statement sheet shows. */
  commissions: CompletedRun | null;
  xlsx: XlsxResult;
}

export async function buildDemo(options: DemoOptions = {}): Promise<Demo> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const language = options.language ?? settings.language;
  const data = buildSampleDataset({ seed: options.seed ?? DEFAULT_SEED, language });
  const { spec, notices, commissions } = workbookForRequest(data, { sheets: SHEET_KINDS, language, period: yearPeriod(data.asOf), settings });
  const xlsx = await writeXlsxReport(spec);
  return { data, spec, notices, commissions, xlsx };
}
