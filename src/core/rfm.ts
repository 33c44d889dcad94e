import { numError, valueError } from './errors';
import { ExactSums } from './money';

/** Stable segment codes; names in zh-CN and en-US live in i18n. */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** Segment by R (row, 5 → 1) and F (column, 1 → 5), the classic R×F grid. */
const SEGMENT_GRID: Readonly<Record<number, readonly RfmSegment[]>> = {
  5: ['newCustomers', 'potentialLoyalists', 'potentialLoyalists', 'champions', 'champions'],
  4: ['promising', 'potentialLoyalists', 'potentialLoyalists', 'loyal', 'loyal'],
  3: ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  2: ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLose'],
  1: ['lost', 'lost', 'atRisk', 'atRisk', 'cantLose'],
};

export const DEFAULT_RFM_BINS = 5;
export const MIN_RFM_BINS = 2;
export const MAX_RFM_BINS = 20;

export type CustomerId = string | number;

export interface RfmRow {
  customer: CustomerId;
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  code: string;
  segment: RfmSegment;
}

export interface RfmOptions {
  /** Excel date serial; defaults to the latest transaction date. Later transactions are ignored. */
  asOf?: number | null;
  bins?: number;
}

/** Segment for scores on any scale: both are first mapped linearly onto the grid's 1–5. */
export function rfmSegment(r: number, f: number, bins = DEFAULT_RFM_BINS): RfmSegment {
  const to5 = (s: number): number => 1 + Math.round(((s - 1) * 4) / (bins - 1));
  return SEGMENT_GRID[to5(r)][to5(f) - 1];
}

/**
 * Scores 1–bins: 1 + floor(bins × (customers with a strictly worse value) ÷ customers), so equal
 * values always get equal scores and the result does not depend on input order.
 * `higherIsBetter` false means a larger value is worse (recency).
 */
export function quantileScores(values: ArrayLike<number>, bins: number, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const worse = higherIsBetter ? lowerBound(sorted, v) : n - upperBound(sorted, v);
    scores[i] = 1 + Math.floor((bins * worse) / n);
  }
  return scores;
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * RFM per customer, one row per customer in first-seen order. Inputs are parallel columns of
 * transactions (customer id, date serial, amount); dates are compared as whole days.
 */
export function rfm(
  customers: readonly CustomerId[],
  dates: readonly number[],
  amounts: readonly number[],
  options: RfmOptions = {},
): RfmRow[] {
  const n = customers.length;
  if (dates.length !== n || amounts.length !== n) {
    throw valueError(`customers, dates and amounts must have the same rows (${n}, ${dates.length}, ${amounts.length})`);
  }
  const bins = options.bins ?? DEFAULT_RFM_BINS;
  if (!Number.isInteger(bins) || bins < MIN_RFM_BINS || bins > MAX_RFM_BINS) {
    throw numError(`bins must be a whole number from ${MIN_RFM_BINS} to ${MAX_RFM_BINS}`);
  }
  if (n === 0) throw valueError('no transactions');
  const asOf = Math.floor(options.asOf ?? maxOf(dates));
  const { ids, last, freq, money } = accumulate(customers, dates, amounts, asOf);
  const k = ids.length;
  if (k === 0) throw valueError('no transactions on or before asOf');

  const recency = new Float64Array(k);
  const monetary = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    recency[c] = asOf - last[c];
    monetary[c] = money.toNumber(c);
  }
  const frequency = freq.subarray(0, k);
  const r = quantileScores(recency, bins, false);
  const f = quantileScores(frequency, bins, true);
  const m = quantileScores(monetary, bins, true);
  const rows: RfmRow[] = new Array(k);
  for (let c = 0; c < k; c++) {
    rows[c] = {
      customer: ids[c],
      recency: recency[c],
      frequency: frequency[c],
      monetary: monetary[c],
      r: r[c],
      f: f[c],
      m: m[c],
      code: bins < 10 ? `${r[c]}${f[c]}${m[c]}` : `${r[c]}-${f[c]}-${m[c]}`,
      segment: rfmSegment(r[c], f[c], bins),
    };
  }
  return rows;
}

/**
 * The hot loop over up to millions of rows, kept in its own small function so the JIT optimises
 * it as a whole: typed arrays grown by doubling, integer money sums.
 */
function accumulate(customers: readonly CustomerId[], dates: readonly number[], amounts: readonly number[], asOf: number) {
  const n = customers.length;
  const index = new Map<string, number>();
  const ids: CustomerId[] = [];
  let last = new Float64Array(1024);
  let freq = new Float64Array(1024);
  const money = new ExactSums(1024);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(dates[i]);
    if (day > asOf) continue;
    const amount = amounts[i];
    if (amount < 0) throw numError(`amounts: row ${i + 1} is negative (net refunds against their purchases first)`);
    const id = customers[i];
    const key = typeof id === 'string' ? id : String(id);
    let c = index.get(key);
    if (c === undefined) {
      c = ids.length;
      index.set(key, c);
      ids.push(id);
      if (c === last.length) {
        last = grow(last);
        freq = grow(freq);
      }
      money.ensure(c + 1);
      last[c] = day;
    } else if (day > last[c]) {
      last[c] = day;
    }
    freq[c]++;
    money.add(c, amount);
  }
  return { ids, last, freq, money };
}

function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

function grow(a: Float64Array): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
