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
  const worse = worseCounts(values, higherIsBetter);
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((bins * worse[i]) / n);
  return scores;
}

/** Largest integer range counted directly instead of sorted (recency days, purchase counts). */
const MAX_COUNTED_RANGE = 1 << 20;

/**
 * For each value, how many values are strictly worse. Whole numbers in a modest range (recency,
 * frequency) are counted in one pass; anything else (monetary) is sorted and searched.
 */
function worseCounts(values: ArrayLike<number>, higherIsBetter: boolean): Int32Array {
  const n = values.length;
  const out = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (integral && !Number.isInteger(v)) integral = false;
  }
  if (integral && max - min <= MAX_COUNTED_RANGE) {
    // below[j]: how many values are < min + j.
    const below = new Int32Array(max - min + 2);
    for (let i = 0; i < n; i++) below[values[i] - min + 1]++;
    for (let j = 1; j < below.length; j++) below[j] += below[j - 1];
    for (let i = 0; i < n; i++) {
      const j = values[i] - min;
      out[i] = higherIsBetter ? below[j] : n - below[j + 1];
    }
    return out;
  }
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i++) out[i] = higherIsBetter ? lowerBound(sorted, values[i]) : n - upperBound(sorted, values[i]);
  return out;
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
 * The hot loops over up to millions of rows. Two passes measured faster than one: the first
 * only hashes ids into customer slots (rows after asOf get −1), the second adds dates and
 * amounts into typed arrays sized for the customers found, with integer money sums.
 */
function accumulate(customers: readonly CustomerId[], dates: readonly number[], amounts: readonly number[], asOf: number) {
  const { slots, ids } = customerSlots(customers, dates, asOf);
  const k = ids.length;
  const last = new Float64Array(k);
  const freq = new Float64Array(k);
  const money = new ExactSums(k);
  for (let i = 0; i < slots.length; i++) {
    const c = slots[i];
    if (c < 0) continue;
    const amount = amounts[i];
    if (amount < 0) throw numError(`amounts: row ${i + 1} is negative (net refunds against their purchases first)`);
    const day = Math.floor(dates[i]);
    if (day > last[c]) last[c] = day;
    freq[c]++;
    money.add(c, amount);
  }
  return { ids, last, freq, money };
}

function customerSlots(customers: readonly CustomerId[], dates: readonly number[], asOf: number) {
  // A null-prototype object as the dictionary: measured ~20 % faster than a Map for a million
  // look-ups of freshly deserialised strings, and safe for any key ("__proto__" included).
  const index: Record<string, number> = Object.create(null);
  const ids: CustomerId[] = [];
  const slots = new Int32Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    if (Math.floor(dates[i]) > asOf) {
      slots[i] = -1;
      continue;
    }
    const id = customers[i];
    const key = typeof id === 'string' ? id : String(id);
    let c = index[key];
    if (c === undefined) {
      c = ids.length;
      index[key] = c;
      ids.push(id);
    }
    slots[i] = c;
  }
  return { slots, ids };
}

function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
