/**
 * Quotas as finance lays them out: one row per rep (or team, region) and one column per month
 * ("Sales Rep, Jan 2025, Feb 2025, …", "销售, 2025年1月, 2025年2月, …"). Such a table is read as
 * the long table the quota reader knows: the row's own columns, then Period and Quota, one row
 * per filled month cell. Rows keep the user's row numbers, and a problem in a month cell names
 * that month's column, so every message points at the cell as the user sees it.
 */
import { arrayTable, PREVIEW_ROWS, tableOf, type Grid, type RawTable } from './grid';
import { cellText, isBlank, readPeriod } from './values';

/** The two columns the month columns become; both are quota headers the recognition knows. */
export const PERIOD_COLUMN = 'Period';
export const QUOTA_COLUMN = 'Quota';

/** Indexes of the headers that name a month (at least two of them, beside at least one other header), else null. */
export function monthColumns(headers: readonly string[]): number[] | null {
  const months: number[] = [];
  let others = 0;
  headers.forEach((h, c) => {
    if (h === '') return;
    // A month header is text such as "Jan 2025" or "2025-01"; a bare number ("2025") is not one.
    const p = /\d{4}/.test(h) && !/^\d+$/.test(h.trim()) ? readPeriod(h) : undefined;
    if (p) months.push(c);
    else others++;
  });
  return months.length >= 2 && others >= 1 ? months : null;
}

/**
 * The words that make a table of month columns quotas: a file, sheet or table named for quotas
 * or targets. A month-by-month table of anything else (sales by rep and month) is not quotas,
 * and reading it as them would be wrong in the quietest way.
 */
const QUOTA_NAME = /quota|target|goal|plan|指标|目标|任务|配额|定额|计划/i;

/** Whether a table with these headers and names is read as quotas by month columns. */
export const isMonthQuotas = (headers: readonly string[], names: string): boolean => monthColumns(headers) !== null && QUOTA_NAME.test(names);

/**
 * A month-column quota table as its long form, or the table itself. `names`: the file, sheet and
 * table names the table was found under.
 */
export function unpivotMonths(table: RawTable, names = table.source): RawTable {
  const months = monthColumns(table.headers);
  if (months === null || !QUOTA_NAME.test(names)) return table;
  const monthSet = new Set(months);
  const keep = table.headers.map((_, c) => c).filter((c) => !monthSet.has(c) && table.headers[c] !== '');
  const headers = [...keep.map((c) => table.headers[c]), PERIOD_COLUMN, QUOTA_COLUMN];
  const periodAt = keep.length;
  // (row, month column) of every filled month cell: a row whose months are all blank gives
  // none (no quota those months). A total row (the months' sums) gives one entry without a month
  // (-1), which the reader skips with one notice.
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = 0; r < table.rows; r++) {
    if (isTotalRow(table, r, keep)) {
      rows.push(r);
      cols.push(-1);
      continue;
    }
    for (const c of months) {
      if (isBlank(table.cell(r, c))) continue;
      rows.push(r);
      cols.push(c);
    }
  }
  const origWidth = table.headers.length;
  const cell = (row: number, c: number, repeated: boolean): unknown => {
    const r = rows[row];
    if (c < periodAt) return repeated ? table.repeatedCell(r, keep[c]) : table.cell(r, keep[c]);
    if (c === periodAt) return cols[row] < 0 ? null : table.headers[cols[row]];
    if (c === periodAt + 1) return cols[row] < 0 ? null : table.cell(r, cols[row]);
    // Beyond the header: the original row's cells beyond its header (a shifted CSV row).
    return table.cell(r, origWidth + (c - headers.length));
  };
  return {
    source: table.source,
    headers,
    rows: rows.length,
    cell: (row, c) => cell(row, c, false),
    repeatedCell: (row, c) => cell(row, c, true),
    sharesRepeats: table.sharesRepeats,
    width: (row) => headers.length + Math.max(0, table.width(rows[row]) - origWidth),
    rowNumber: (row) => table.rowNumber(rows[row]),
    headerRow: table.headerRow,
    strictWidth: table.strictWidth,
    columnName: (row, c) => (c === periodAt + 1 && cols[row] >= 0 ? table.headers[cols[row]] : headers[c]),
  };
}

const TOTAL = /^(合计|总计|小计|total|totals|grand ?total|subtotal|sum)[:：]?$/i;
/** A total row ("合计", "Total") beside the months: the column sums, not a rep's quota. */
const isTotalRow = (table: RawTable, r: number, keep: readonly number[]): boolean => keep.some((c) => TOTAL.test(cellText(table.cell(r, c)).trim()));

/**
 * A grid read from its `headerAt` record down (grid.ts › tableOf), in its long form when it is a
 * quota table with a column per month. `names`: the file, sheet and table names it was found under.
 */
export function readTable(grid: Grid, headerAt: number, source: string, strictWidth = false, names = source): RawTable {
  return unpivotMonths(tableOf(grid, headerAt, source, strictWidth), names);
}

/**
 * A listed table's headers and first rows as they will be read: the long form of a table with a
 * column per month, so the pane's mapping step shows and recognises what the reader will see.
 */
export function asRead(headers: readonly string[], rows: readonly (readonly unknown[])[], names: string, limit = PREVIEW_ROWS): { headers: string[]; rows: unknown[][] } {
  if (!isMonthQuotas(headers, names)) return { headers: [...headers], rows: rows.slice(0, limit).map((r) => [...r]) };
  const t = unpivotMonths(arrayTable(names, headers, rows), names);
  const out: unknown[][] = [];
  for (let r = 0; r < Math.min(t.rows, limit); r++) out.push(t.headers.map((_, c) => t.cell(r, c)));
  return { headers: [...t.headers], rows: out };
}
