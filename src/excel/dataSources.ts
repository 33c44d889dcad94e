/**
 * The workbook's candidate data sources: every table, and the used range of the active sheet,
 * with headers, row counts and what they look like (from their headers). Listing costs 2 syncs
 * whatever the number of tables; reading a chosen source costs 2 (locate, then headers + values
 * in one request) and hands them to `parseDataTable`.
 */
import type { DataSourceInfo } from '../host/types';
import { detectKind, parseDataTable, type ParsedTable } from '../sheets/data';
import { quoteSheet } from '../sheets/model';
import type { XlRange, XlRequestContext } from './api';
import { hostProblem } from '../host/problems';
import { HostError } from '../host/types';

const detected = (headers: string[]): DataSourceInfo['detected'] => {
  const k = detectKind(headers);
  return k === 'transactions' || k === 'pipeline' || k === 'evaluation' ? k : 'unknown';
};
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export async function listDataSources(context: XlRequestContext): Promise<DataSourceInfo[]> {
  const wb = context.workbook;
  wb.tables.load('items/name');
  const active = wb.worksheets.getActiveWorksheet();
  active.load('name');
  const used = active.getUsedRangeOrNullObject(true);
  used.load('address,rowCount,columnCount');
  await context.sync();
  const tables = wb.tables.items.map((t) => {
    const header = t.getHeaderRowRange();
    const body = t.getDataBodyRange();
    header.load('values');
    body.load('rowCount');
    t.worksheet.load('name');
    return { t, header, body };
  });
  let usedHeader: XlRange | null = null;
  if (!used.isNullObject && used.rowCount >= 1) {
    const local = used.address.slice(used.address.lastIndexOf('!') + 1);
    const first = local.split(':');
    const start = /^\$?([A-Z]+)\$?(\d+)$/.exec(first[0]);
    const end = /^\$?([A-Z]+)\$?(\d+)$/.exec(first[1] ?? first[0]);
    if (start && end) {
      usedHeader = active.getRange(`${start[1]}${start[2]}:${end[1]}${start[2]}`);
      usedHeader.load('values');
    }
  }
  await context.sync();
  const out: DataSourceInfo[] = tables.map(({ t, header, body }) => {
    const headers = (header.values[0] ?? []).map(text);
    return { id: t.name, label: `${t.name} (${t.worksheet.name})`, kind: 'table', rows: body.rowCount, headers, detected: detected(headers) };
  });
  if (usedHeader) {
    const headers = (usedHeader.values[0] ?? []).map(text);
    const local = used.address.slice(used.address.lastIndexOf('!') + 1);
    out.push({
      id: `${quoteSheet(active.name)}!${local}`,
      label: `${active.name}!${local}`,
      kind: 'range',
      rows: Math.max(used.rowCount - 1, 0),
      headers,
      detected: detected(headers),
    });
  }
  return out;
}

/** Headers and rows of a table (by name) or an A1 range ("'Sheet'!A1:F200", header in its first row). */
export async function readDataSource(context: XlRequestContext, id: string): Promise<{ headers: string[]; rows: unknown[][] }> {
  const wb = context.workbook;
  let range: XlRange;
  if (id.includes('!')) {
    const bang = id.lastIndexOf('!');
    let sheet = id.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const ws = wb.worksheets.getItemOrNullObject(sheet);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) throw new HostError(hostProblem('sourceMissing', { source: id }));
    range = ws.getRange(id.slice(bang + 1));
  } else {
    const table = wb.tables.getItemOrNullObject(id);
    table.load('name');
    await context.sync();
    if (table.isNullObject) throw new HostError(hostProblem('sourceMissing', { source: id }));
    range = table.getRange();
  }
  range.load('values');
  await context.sync();
  const [header = [], ...rows] = range.values;
  if (rows.length === 0) throw new HostError(hostProblem('sourceEmpty', { source: id }));
  return { headers: header.map(text), rows };
}

/** Reads a source and parses it into typed data (or the list of problems). */
export async function readAndParse(context: XlRequestContext, id: string): Promise<ParsedTable> {
  const { headers, rows } = await readDataSource(context, id);
  return parseDataTable(headers, rows);
}
