/**
 * The workbook's tables as a team's data: listed with their headers and first rows (for the
 * pane's data and mapping step), and read in chunks that each stay under Excel's request limit
 * (about 5 MB on the web), so a table of 300,000 rows reads as well as one of 30.
 *
 * Listing costs 3 syncs whatever the number of tables. Reading costs one sync for the table's
 * shape and one per chunk: the first chunk is small, and each next one is sized from the largest
 * row seen so far; a chunk Excel still refuses as too large is halved and asked again.
 */
import { buildDataset, type DataResult, type TableInput } from '../data/dataset';
import type { RawTable } from '../data/grid';
import { arrayGrid, PREVIEW_ROWS, tableOf } from '../data/grid';
import { asRead, readTable } from '../data/monthColumns';
import { problem, type DataProblem } from '../data/problems';
import { locateHeader, recognise } from '../data/recognise';
import type { DataProgress, DataRequest, DataSourceInfo } from '../host/types';
import { quoteSheet } from '../sheets/model';
import type { XlRange, XlRequestContext, XlWorksheet } from './api';

/** The answer size a chunk aims at: under the 5 MB limit with room for rows longer than those seen. */
export const DEFAULT_READ_BUDGET = 2_500_000;
const FIRST_CHUNK_ROWS = 500;
const MAX_CHUNK_ROWS = 100_000;

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

interface A1 {
  sheet: string;
  col1: string;
  row1: number;
  col2: string;
  row2: number;
}

/** "'My Sheet'!B3:H300" → its parts (the sheet unquoted). */
export function parseAddress(address: string): A1 | null {
  const bang = address.lastIndexOf('!');
  let sheet = bang >= 0 ? address.slice(0, bang) : '';
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.slice(bang + 1));
  if (!m) return null;
  return { sheet, col1: m[1], row1: Number(m[2]), col2: m[3] ?? m[1], row2: Number(m[4] ?? m[2]) };
}

const rowsOf = (a: A1, first: number, last: number): string => `${a.col1}${first}:${a.col2}${last}`;

/** The tables of the workbook (and the active sheet's used range), with headers, rows and their first rows. */
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
    header.load('values,address');
    body.load('rowCount,address');
    t.worksheet.load('name');
    return { t, header, body };
  });
  await context.sync();
  // The first rows: of each table's body, and of the used range (whose header row is found in them).
  const previews = tables.map(({ t, body }) => {
    const a = parseAddress(body.address);
    if (!a || body.rowCount === 0) return null;
    const r = t.worksheet.getRange(rowsOf(a, a.row1, Math.min(a.row2, a.row1 + PREVIEW_ROWS - 1)));
    r.load('values');
    return r;
  });
  let usedTop: XlRange | null = null;
  const usedAddress = used.isNullObject ? null : parseAddress(used.address);
  if (usedAddress) {
    usedTop = active.getRange(rowsOf(usedAddress, usedAddress.row1, Math.min(usedAddress.row2, usedAddress.row1 + PREVIEW_ROWS + 10)));
    usedTop.load('values');
  }
  await context.sync();
  const out: DataSourceInfo[] = tables.map(({ t, header, body }, i) => {
    const shown = asRead((header.values[0] ?? []).map(text), previews[i]?.values ?? [], `${t.worksheet.name} › ${t.name}`);
    const headerRow = parseAddress(header.address)?.row1 ?? 1;
    return {
      id: t.name,
      label: `${t.worksheet.name} › ${t.name}`,
      kind: 'table',
      rows: body.rowCount,
      headers: shown.headers,
      headerRow,
      preview: shown.rows,
      detected: recognise(shown.headers).kind ?? 'unknown',
    };
  });
  if (usedTop && usedAddress) {
    const grid = arrayGrid(usedTop.values, usedAddress.row1);
    const at = locateHeader(grid);
    const table = tableOf(grid, at, active.name);
    const shown = asRead(table.headers, usedTop.values.slice(at + 1, at + 1 + PREVIEW_ROWS), active.name);
    const local = rowsOf(usedAddress, usedAddress.row1, usedAddress.row2);
    out.push({
      id: `${quoteSheet(active.name)}!${local}`,
      label: `${active.name}!${local}`,
      kind: 'range',
      rows: Math.max(usedAddress.row2 - table.headerRow, 0),
      headers: shown.headers,
      headerRow: table.headerRow,
      preview: shown.rows,
      detected: recognise(shown.headers).kind ?? 'unknown',
    });
  }
  return out;
}

export interface ReadOptions {
  /** Bytes a chunk's answer aims at (DEFAULT_READ_BUDGET). */
  budget?: number;
  /** After each chunk: data rows read so far and the table's data rows. */
  onRows?: (done: number, total: number) => void;
}

const payloadTooLarge = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
};

/** UTF-8 bytes of the JSON of a chunk, without building the bytes (what Excel sends back is that JSON). */
function jsonBytes(values: unknown[][]): number {
  const json = JSON.stringify(values);
  let n = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/**
 * A table (by name) or an A1 range ("'Sheet'!A1:F200", headers in its first rows) as a RawTable
 * whose rows are numbered as the sheet numbers them; or the problem when it is not there.
 */
export async function readSource(context: XlRequestContext, id: string, options: ReadOptions = {}): Promise<RawTable | DataProblem> {
  const wb = context.workbook;
  let sheet: XlWorksheet;
  let whole: XlRange;
  let label: string;
  let isTable = false;
  if (id.includes('!')) {
    const a = parseAddress(id);
    const ws = wb.worksheets.getItemOrNullObject(a?.sheet ?? '');
    ws.load('name');
    await context.sync();
    if (!a || ws.isNullObject) return problem('sourceMissing', { source: id });
    sheet = ws;
    whole = ws.getRange(rowsOf(a, a.row1, a.row2));
    label = `${a.sheet}!${rowsOf(a, a.row1, a.row2)}`;
  } else {
    const table = wb.tables.getItemOrNullObject(id);
    table.load('name');
    table.worksheet.load('name');
    await context.sync();
    if (table.isNullObject) return problem('sourceMissing', { source: id });
    sheet = table.worksheet;
    whole = table.getRange();
    label = `${table.worksheet.name} › ${table.name}`;
    isTable = true;
  }
  whole.load('address');
  await context.sync();
  const a = parseAddress(whole.address)!;
  const total = a.row2 - a.row1 + 1;
  const rows: unknown[][] = [];
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  let chunk = FIRST_CHUNK_ROWS;
  let rowBytes = 0;
  while (rows.length < total) {
    const first = a.row1 + rows.length;
    const n = Math.min(chunk, total - rows.length);
    const range = sheet.getRange(rowsOf(a, first, first + n - 1));
    range.load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!payloadTooLarge(e) || n === 1) throw e;
      chunk = Math.max(1, Math.floor(n / 2));
      continue;
    }
    const values = range.values;
    for (const row of values) rows.push(row);
    rowBytes = Math.max(rowBytes, jsonBytes(values) / n);
    chunk = Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(budget / rowBytes)));
    options.onRows?.(rows.length - 1, total - 1);
  }
  const grid = arrayGrid(rows, a.row1);
  return readTable(grid, isTable ? 0 : locateHeader(grid), label);
}

/**
 * Reads every chosen source, one Excel.run each, and builds the Dataset from them together (a
 * deals table, a roster and quotas make one team's data). A missing source is a problem like any
 * other, so the pane lists it with the rest.
 */
export async function readChosenData(
  run: <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>,
  request: DataRequest,
  onProgress: (p: DataProgress) => void,
  budget?: number,
): Promise<{ result: DataResult; before: DataProblem[] }> {
  const inputs: TableInput[] = [];
  const before: DataProblem[] = [];
  for (const choice of request.sources) {
    onProgress({ source: choice.id, done: 0, total: 0 });
    const table = await run((context) => readSource(context, choice.id, { budget, onRows: (done, total) => onProgress({ source: choice.id, done, total }) }));
    if ('code' in table) before.push(table);
    else inputs.push({ table, file: choice.id, ...(choice.kind ? { kind: choice.kind } : {}) });
  }
  return { result: buildDataset(inputs, request.mappings, before.length > 0), before };
}
