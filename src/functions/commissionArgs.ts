import type { Boundary, RateTable, TierRow } from '../core/commission';
import { rateTable } from '../core/commission';
import { numberTable } from './args';

function tiersArg(tiers: unknown): TierRow[] {
  return numberTable(tiers, 'tiers', 2).map(([lower, rate]) => ({ lower, rate }));
}

/**
 * Excel recalculates =SALES.COMMISSION in thousands of cells that share one tier range and
 * passes a fresh array each time; validating the same table and converting it to decimals on
 * every call would cost more than the commission itself. So recent validated tables are kept
 * with a copy of their cells, and a call whose cells are equal reuses the table. The cache is
 * bounded by cells, not entries: a whole-column tier range is validated every time rather than
 * kept (a kept table costs about 200 bytes a row with its decimals; CACHE_CELLS holds ≤ 20 MB).
 */
export const CACHE_CELLS = 100_000;
const CACHE_ENTRIES = 8;
interface Cached {
  cells: unknown[][];
  count: number;
  quota: number | null;
  boundary: Boundary;
  table: RateTable;
}
const recent: Cached[] = [];
let cachedCellCount = 0;

/** Cells held by the cache now (for tests of the bound). */
export const cachedCells = (): number => cachedCellCount;

function sameCells(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

export function cachedRateTable(tiers: unknown, quota: number | null, boundary: Boundary): RateTable {
  const cells = Array.isArray(tiers) && tiers.every(Array.isArray) ? (tiers as unknown[][]) : null;
  const count = cells === null ? 0 : cells.reduce((n, row) => n + row.length, 0);
  const cacheable = cells !== null && count <= CACHE_CELLS;
  if (cacheable) {
    for (const c of recent) if (c.quota === quota && c.boundary === boundary && sameCells(c.cells, cells)) return c.table;
  }
  const table = rateTable(tiersArg(tiers), quota, boundary);
  if (cacheable) {
    recent.unshift({ cells: cells.map((row) => row.slice()), count, quota, boundary, table });
    cachedCellCount += count;
    while (recent.length > CACHE_ENTRIES || cachedCellCount > CACHE_CELLS) cachedCellCount -= recent.pop()!.count;
  }
  return table;
}
