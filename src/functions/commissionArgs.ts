import type { Boundary, RateTable, TierRow } from '../core/commission';
import { commissionNumber, parseBoundary, parseMode, rateTable } from '../core/commission';
import { nonNegative, numberTable, optDecimals, optNum, optText } from './args';

function tiersArg(tiers: unknown): TierRow[] {
  return numberTable(tiers, 'tiers', 2).map(([lower, rate]) => ({ lower, rate }));
}

/**
 * Excel recalculates =SALES.COMMISSION in thousands of cells that share one tier range and
 * passes a fresh array each time; validating the same table and converting it to decimals on
 * every call would cost more than the commission itself. So the last few validated tables are
 * kept with a copy of their cells, and a call whose cells are equal reuses the table.
 */
const CACHE_LIMIT = 8;
interface Cached {
  cells: unknown[][];
  quota: number | null;
  boundary: Boundary;
  table: RateTable;
}
const recent: Cached[] = [];

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
  if (cells !== null) {
    for (const c of recent) if (c.quota === quota && c.boundary === boundary && sameCells(c.cells, cells)) return c.table;
  }
  const table = rateTable(tiersArg(tiers), quota, boundary);
  if (cells !== null) {
    recent.unshift({ cells: cells.map((row) => row.slice()), quota, boundary, table });
    if (recent.length > CACHE_LIMIT) recent.pop();
  }
  return table;
}

/** The arguments SALES.COMMISSION and SALES.COMMISSIONLINES share, checked once. */
export function commissionArgs(amount: unknown, tiers: unknown, mode: unknown, quota: unknown, decimals: unknown, boundary: unknown) {
  return {
    amount: nonNegative(amount, 'amount'),
    table: cachedRateTable(tiers, optNum(quota, 'quota', null), parseBoundary(optText(boundary, 'boundary'))),
    mode: parseMode(optText(mode, 'mode')),
    decimals: optDecimals(decimals),
  };
}

export function commissionOf(amount: unknown, tiers: unknown, mode: unknown, quota: unknown, decimals: unknown, boundary: unknown): number {
  const a = commissionArgs(amount, tiers, mode, quota, decimals, boundary);
  return commissionNumber(a.amount, a.table, a.mode, a.decimals);
}
