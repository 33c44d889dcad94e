import type { DataReportTexts } from '../../catalogue';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, one: string, many: string): string => `${n(x)} ${x === 1 ? one : many}`;

export const dataReport: DataReportTexts = {
  table: (source, kind, rows, headerRow) => `${source}: ${kind}, ${plural(rows, 'row', 'rows')} (headers on row ${headerRow})`,
  skipped: (source) => `${source}: skipped`,
  columns: (pairs) => `columns read: ${pairs}`,
  ignored: (headers) => `columns ignored: ${headers}`,
  encoding: (source, encoding) => `${source}: text in ${encoding}`,
  period: (label) => `Period: ${label}`,
  periodDefault: (label) => `Period: ${label} (the last full calendar month in the data)`,
  asOf: (date) => `Data up to ${date}`,
  summary: (deals, reps, customers, first, last) =>
    `${plural(deals, 'deal', 'deals')}, ${plural(reps, 'rep', 'reps')}, ${plural(customers, 'customer', 'customers')}, ${first} to ${last}`,
  refused: (errors) => `The data was refused: ${plural(errors, 'problem', 'problems')}.`,
  warnings: (x) => `${plural(x, 'warning', 'warnings')}:`,
  nothingWritten: 'Nothing was written.',
  readingRows: (source, done, total) => (total > 0 ? `Reading ${source}: ${n(done)} of ${n(total)} rows` : `Reading ${source}`),
};
