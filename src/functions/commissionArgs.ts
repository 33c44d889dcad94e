import type { Boundary, RateTable, TierRow } from '../core/commission';
import { rateTable } from '../core/commission';
import { isBlank, numberTable } from './args';

function tiersArg(tiers: unknown): TierRow[] {
  return numberTable(tiers, 'tiers', 2).map(([lower, rate]) => ({ lower, rate }));
}

/**
 * Excel recalculates =SALES.COMMISSION in thousands of cells that share one tier range and
 * passes a fresh array each time; validating the same table and converting it to decimals on
 * every call would cost more than the commission itself. So recent validated tables are kept
 * with a copy of their filled cells (a Float64Array), and a call whose range holds the same
 * numbers, then only blank rows, reuses the table: a whole-column range with a few tiers is
 * compared in one pass and never copied.
 *
 * The cache is bounded by its own byte accounting, not by entries: a kept table costs its
 * copy (8 bytes a cell) and its decimals (measured at 370–500 bytes a tier row in V8, counted
 * as TABLE_BYTES_PER_ROW). A table that would not fit in CACHE_BYTES is validated on every call.
 */
export const CACHE_BYTES = 50 * 1024 * 1024;
const TABLE_BYTES_PER_ROW = 600;
const ENTRY_BYTES = 256;
const CACHE_ENTRIES = 8;

interface Cached {
  /** lower, rate of each filled row. */
  cells: Float64Array;
  /** Rows of the range as passed (filled rows, then blank ones). */
  height: number;
  quota: number | null;
  boundary: Boundary;
  table: RateTable;
  bytes: number;
}
const recent: Cached[] = [];
let cachedByteCount = 0;

/** Bytes the cache holds now, by its accounting (for the tests of the bound and the benchmark). */
export const cachedBytes = (): number => cachedByteCount;

/** Empties the cache (tests). */
export function clearTierCache(): void {
  recent.length = 0;
  cachedByteCount = 0;
}

/** The same number, telling 0 from -0 (a different decimal). */
const same = (x: unknown, y: number): boolean => x === y && (y !== 0 || 1 / (x as number) === 1 / y);

/** Whether `tiers` holds exactly the kept numbers, then only blank rows. */
function matches(c: Cached, tiers: readonly unknown[]): boolean {
  if (tiers.length !== c.height) return false;
  const filled = c.cells.length / 2;
  for (let i = 0; i < filled; i++) {
    const row = tiers[i];
    if (!Array.isArray(row) || row.length !== 2 || !same(row[0], c.cells[2 * i]) || !same(row[1], c.cells[2 * i + 1])) return false;
  }
  for (let i = filled; i < tiers.length; i++) {
    const row = tiers[i];
    if (!Array.isArray(row)) return false;
    for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return false;
  }
  return true;
}

export function cachedRateTable(tiers: unknown, quota: number | null, boundary: Boundary): RateTable {
  const range = Array.isArray(tiers) ? (tiers as unknown[]) : null;
  if (range !== null) {
    for (const c of recent) if (c.quota === quota && c.boundary === boundary && matches(c, range)) return c.table;
  }
  const rows = tiersArg(tiers);
  const table = rateTable(rows, quota, boundary);
  const bytes = ENTRY_BYTES + rows.length * (16 + TABLE_BYTES_PER_ROW);
  if (range !== null && bytes <= CACHE_BYTES) {
    const cells = new Float64Array(2 * rows.length);
    rows.forEach((r, i) => {
      cells[2 * i] = r.lower;
      cells[2 * i + 1] = r.rate;
    });
    recent.unshift({ cells, height: range.length, quota, boundary, table, bytes });
    cachedByteCount += bytes;
    while (recent.length > CACHE_ENTRIES || cachedByteCount > CACHE_BYTES) cachedByteCount -= recent.pop()!.bytes;
  }
  return table;
}
