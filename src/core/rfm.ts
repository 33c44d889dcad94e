import { numError, valueError } from './errors';
import { ExactSums } from './money';
import { rfmSegment, type RfmSegment } from './rfmSegments';
import type { CustomerId, RfmTable } from './rfmTable';

export { RFM_SEGMENTS, rfmSegment, type RfmSegment } from './rfmSegments';
export type { CustomerId, RfmTable } from './rfmTable';

export const DEFAULT_RFM_BINS = 5;
export const MIN_RFM_BINS = 2;
export const MAX_RFM_BINS = 20;


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

/**
 * Per-customer totals of a transactions table, filled one row at a time (rules.md › Customers).
 * Ids are kept apart by type, as Excel does (=1="1" is FALSE): the number 1 and the text "1" are
 * two customers. Customers get slots in first-seen order; sums of amounts are exact.
 */
export class CustomerTotals {
  /** Null-prototype dictionary for text ids: any text is a safe key ("__proto__" included). */
  private readonly textIndex: Record<string, number> = Object.create(null);
  private readonly numberIndex = new Map<number, number>();
  readonly ids: CustomerId[] = [];
  last = new Float64Array(1024);
  freq = new Float64Array(1024);
  readonly money = new ExactSums(1024);
  latest = -Infinity;

  constructor(readonly asOf: number | null) {}

  get count(): number {
    return this.ids.length;
  }

  private slot(id: CustomerId): number {
    let c = typeof id === 'string' ? this.textIndex[id] : this.numberIndex.get(id);
    if (c !== undefined) return c;
    c = this.ids.length;
    if (typeof id === 'string') this.textIndex[id] = c;
    else this.numberIndex.set(id, c);
    this.ids.push(id);
    if (c === this.last.length) this.grow();
    this.last[c] = -Infinity;
    return c;
  }

  private grow(): void {
    const n = this.last.length * 2;
    const last = new Float64Array(n);
    last.set(this.last);
    const freq = new Float64Array(n);
    freq.set(this.freq);
    this.last = last;
    this.freq = freq;
    this.money.ensure(n);
  }

  /** One transaction; `row` (1-based) names it in errors. Rows after asOf are skipped. */
  add(id: CustomerId, date: number, amount: number, row: number): void {
    if (date < 0) throw numError('negativeDate', { arg: 'dates', row });
    const day = Math.floor(date);
    if (this.asOf !== null && day > this.asOf) return;
    if (amount < 0) throw numError('negativeAt', { arg: 'amounts', at: row, unit: 'row' });
    const c = this.slot(id);
    if (day > this.last[c]) this.last[c] = day;
    if (day > this.latest) this.latest = day;
    this.freq[c]++;
    this.money.add(c, amount);
  }
}

export function checkBins(bins: number): void {
  if (!Number.isInteger(bins) || bins < MIN_RFM_BINS || bins > MAX_RFM_BINS) {
    throw numError('wholeNumberRange', { arg: 'bins', min: MIN_RFM_BINS, max: MAX_RFM_BINS });
  }
}

/** Scores the totals; asOf is the one the totals were filtered by, else the latest date seen. */
export function rfmTable(totals: CustomerTotals, bins = DEFAULT_RFM_BINS): RfmTable {
  checkBins(bins);
  const k = totals.count;
  if (k === 0) throw valueError(totals.asOf === null ? 'noTransactions' : 'noTransactionsBefore', totals.asOf === null ? {} : { arg: 'asOf' });
  const asOf = totals.asOf ?? totals.latest;
  const recency = new Float64Array(k);
  const monetary = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    recency[c] = asOf - totals.last[c];
    monetary[c] = totals.money.toNumber(c);
  }
  const frequency = totals.freq.slice(0, k);
  return {
    asOf,
    bins,
    ids: totals.ids,
    recency,
    frequency,
    monetary,
    r: quantileScores(recency, bins, false),
    f: quantileScores(frequency, bins, true),
    m: quantileScores(monetary, bins, true),
    money: totals.money,
  };
}

export function checkAsOf(asOf: number | null): number | null {
  if (asOf === null) return null;
  if (asOf < 0) throw numError('negativeDate', { arg: 'asOf', row: 1 });
  return Math.floor(asOf);
}

/** The RFM code of scores: "545", or "10-3-7" when a score can have two digits. */
export const rfmCode = (r: number, f: number, m: number, bins: number): string => (bins < 10 ? `${r}${f}${m}` : `${r}-${f}-${m}`);

/**
 * RFM per customer, one row per customer in first-seen order. Inputs are parallel columns of
 * transactions (customer id, date serial, amount); dates are compared as whole days.
 */
export function rfm(customers: readonly CustomerId[], dates: readonly number[], amounts: readonly number[], options: RfmOptions = {}): RfmRow[] {
  const n = customers.length;
  if (dates.length !== n || amounts.length !== n) {
    throw valueError('countMismatch', { a: 'customers', aCount: n, b: dates.length !== n ? 'dates' : 'amounts', bCount: dates.length !== n ? dates.length : amounts.length });
  }
  const bins = options.bins ?? DEFAULT_RFM_BINS;
  checkBins(bins);
  if (n === 0) throw valueError('noTransactions', {});
  const totals = new CustomerTotals(checkAsOf(options.asOf ?? null));
  for (let i = 0; i < n; i++) totals.add(customers[i], dates[i], amounts[i], i + 1);
  const t = rfmTable(totals, bins);
  const rows: RfmRow[] = new Array(t.ids.length);
  for (let c = 0; c < t.ids.length; c++) {
    rows[c] = {
      customer: t.ids[c],
      recency: t.recency[c],
      frequency: t.frequency[c],
      monetary: t.monetary[c],
      r: t.r[c],
      f: t.f[c],
      m: t.m[c],
      code: rfmCode(t.r[c], t.f[c], t.m[c], bins),
      segment: rfmSegment(t.r[c], t.f[c], bins),
    };
  }
  return rows;
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
 * The cut points of each score: per score 1–bins, the smallest and largest recency, frequency
 * and monetary among the customers that got it (null where no customer did).
 */
export interface ScoreRange {
  score: number;
  recency: [number, number] | null;
  frequency: [number, number] | null;
  monetary: [number, number] | null;
}

export function rfmThresholds(t: RfmTable): ScoreRange[] {
  const out: ScoreRange[] = [];
  for (let s = 1; s <= t.bins; s++) out.push({ score: s, recency: null, frequency: null, monetary: null });
  const widen = (range: [number, number] | null, v: number): [number, number] => {
    if (range === null) return [v, v];
    if (v < range[0]) range[0] = v;
    if (v > range[1]) range[1] = v;
    return range;
  };
  for (let c = 0; c < t.ids.length; c++) {
    out[t.r[c] - 1].recency = widen(out[t.r[c] - 1].recency, t.recency[c]);
    out[t.f[c] - 1].frequency = widen(out[t.f[c] - 1].frequency, t.frequency[c]);
    out[t.m[c] - 1].monetary = widen(out[t.m[c] - 1].monetary, t.monetary[c]);
  }
  return out;
}
