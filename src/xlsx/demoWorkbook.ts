/**
 * The demo workbook: every sheet from the bundled sample data, as an .xlsx buffer. Shared by
 * `npm run demo`, the benchmark and the LibreOffice test so all three check the same file.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { Language } from '../i18n/language';
import { buildSampleData, DEFAULT_SAMPLE_SEED } from '../sample/sampleData';
import type { SalesData } from '../sheets/data';
import type { WorkbookSpec } from '../sheets/model';
import { SHEET_KINDS } from '../sheets/model';
import { buildWorkbook } from '../sheets/workbook';
import { writeXlsxReport, type XlsxResult } from './writeXlsx';

export interface DemoOptions {
  seed?: number;
  language?: Language;
  settings?: Settings;
}

export interface Demo {
  data: SalesData;
  spec: WorkbookSpec;
  xlsx: XlsxResult;
}

export async function buildDemo(options: DemoOptions = {}): Promise<Demo> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const data = buildSampleData({ seed: options.seed ?? DEFAULT_SAMPLE_SEED });
  const spec = buildWorkbook({ sheets: SHEET_KINDS, language: options.language ?? settings.language }, data, settings);
  const xlsx = await writeXlsxReport(spec);
  return { data, spec, xlsx };
}
