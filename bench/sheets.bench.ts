/**
 * Time to build every generated sheet from the bundled sample company (about 40,000 deals over two
 * years) and write the demo workbook to .xlsx, the job `npm run demo` does (goal ≤ 5 s).
 */
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { yearPeriod } from '../src/data/periods';
import { workbookForRequest } from '../src/sample/requestWorkbook';
import { buildSampleDataset } from '../src/sample/sampleData';
import { SHEET_KINDS } from '../src/sheets/model';
import { writeXlsx } from '../src/xlsx/writeXlsx';
import { fmt, print } from './harness';

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<{ median: number; best: number }> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

export async function benchSheets(): Promise<void> {

  let bytes = 0;
  const data = buildSampleDataset();
  const options = { sheets: SHEET_KINDS, language: 'zh-CN' as const, period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS };
  const build = () => workbookForRequest(data, options).spec;
  const sample = await timeAsync(async () => buildSampleDataset(), 3);
  const sheets = await timeAsync(async () => build(), 3);
  const write = await timeAsync(async () => {
    bytes = (await writeXlsx(build())).length;
  }, 3);
  const full = await timeAsync(async () => {
    await writeXlsx(workbookForRequest(buildSampleDataset(), options).spec);
  }, 3);
  print('Generated sheets and the demo workbook (the sample company)', [
    { name: 'sample data (seeded)', value: `${fmt(sample.median)} ms` },
    { name: 'build every sheet spec from the core', value: `${fmt(sheets.median)} ms` },
    { name: 'build + write .xlsx (exceljs + charts)', value: `${fmt(write.median)} ms`, note: `${fmt(bytes / 1024)} KB` },
    { name: 'full demo workbook: sample data + build + write', value: `${fmt(full.median / 1000, 2)} s`, goal: '≤ 5 s' },
  ]);
}
