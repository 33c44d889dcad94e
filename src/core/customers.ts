import { divZeroError, numError, valueError } from './errors';
import { Dec, ExactSums, SUM_SCALE, scaledInt } from './money';
import { descendingOrder, descendingOrderOfIntegers } from './order';

/** The seed's four tiers plus "developing" for buyers below both bars (rules.md › Customers). */
export type CustomerTier = 'core' | 'potential' | 'developing' | 'reactivate' | 'lead';
export const CUSTOMER_TIERS: readonly CustomerTier[] = ['core', 'potential', 'developing', 'reactivate', 'lead'];
/** [minimum purchases for core, minimum amount for core, minimum amount for potential]. */
export const DEFAULT_TIER_THRESHOLDS: readonly number[] = [3, 500_000, 200_000];
/** Follow-up cadence in days per tier (core monthly visit, potential fortnightly, …). */
export const TIER_CADENCE_DAYS: Readonly<Record<CustomerTier, number>> = {
  core: 30,
  potential: 14,
  developing: 30,
  reactivate: 30,
  lead: 7,
};

export function customerTier(
  purchases: number,
  amount: number,
  boughtBefore = false,
  thresholds: readonly number[] = DEFAULT_TIER_THRESHOLDS,
): CustomerTier {
  if (purchases < 0 || !Number.isInteger(purchases)) throw numError('notWholeNumber', { arg: 'purchases' });
  if (amount < 0) throw numError('negative', { arg: 'amount' });
  if (thresholds.length !== 3) throw valueError('countExpected', { arg: 'thresholds', expected: 3, got: thresholds.length });
  if (thresholds.some((t) => t < 0)) throw numError('negative', { arg: 'thresholds' });
  const [corePurchases, coreAmount, potentialAmount] = thresholds;
  if (purchases === 0) return boughtBefore ? 'reactivate' : 'lead';
  if (purchases >= corePurchases && amount >= coreAmount) return 'core';
  if (amount >= potentialAmount) return 'potential';
  return 'developing';
}

/** ABC cut-offs (rules.md › Customers): A closes at 80 % of the total, B at 95 %. */
export const DEFAULT_ABC_A = 0.8;
export const DEFAULT_ABC_B = 0.95;

export type AbcClass = 'A' | 'B' | 'C';
export interface AbcRow<Id> {
  id: Id;
  value: number;
  share: number;
  cumulative: number;
  cls: AbcClass;
}

export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** ABC as columns in rank order: the item index, its share, the cumulative share and the class (0 A, 1 B, 2 C). */
export interface AbcColumns {
  order: Uint32Array;
  share: Float64Array;
  cumulative: Float64Array;
  cls: Uint8Array;
}

/**
 * ABC (Pareto) classes: sorted by value descending, ties in input order; an item is A while the
 * cumulative share before it is below `aCut`, B while below `bCut`, else C.
 *
 * A million rows answer in well under a second: values that are short decimals (as typed or
 * exported) are summed as integers of 1/10,000, shares are one division of two exact integers,
 * and a class boundary is compared exactly only when the double comparison is too close to call.
 */
export function abcColumns(values: ArrayLike<number>, aCut = DEFAULT_ABC_A, bCut = DEFAULT_ABC_B): AbcColumns {
  const n = values.length;
  if (!(aCut > 0 && aCut <= 1)) throw numError('fraction', { arg: 'aCut' });
  if (!(bCut > 0 && bCut <= 1)) throw numError('fraction', { arg: 'bCut' });
  if (bCut < aCut) throw valueError('notBelow', { arg: 'bCut', other: 'aCut' });
  const scaled = new Float64Array(n);
  let total = 0;
  let exact = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < 0) throw numError('negativeAt', { arg: 'values', at: i + 1, unit: 'row' });
    const s = exact ? scaledInt(v, SUM_SCALE) : null;
    if (s === null) exact = false;
    else {
      scaled[i] = s;
      total += s;
    }
  }
  if (exact && total > Number.MAX_SAFE_INTEGER) exact = false;
  // Exact scaling keeps the order (distinct values, distinct integers), and integers sort in fewer passes.
  const order = exact ? descendingOrderOfIntegers(scaled) : descendingOrder(values);
  const out: AbcColumns = { order, share: new Float64Array(n), cumulative: new Float64Array(n), cls: new Uint8Array(n) };
  if (exact) abcScaled(scaled, total, out, aCut, bCut);
  else abcDecimal(values, out, aCut, bCut);
  return out;
}

export function abcClasses<Id>(ids: readonly Id[], values: readonly number[], aCut = DEFAULT_ABC_A, bCut = DEFAULT_ABC_B): AbcRow<Id>[] {
  if (ids.length !== values.length) throw valueError('countMismatch', { a: 'ids', aCount: ids.length, b: 'values', bCount: values.length });
  const c = abcColumns(values, aCut, bCut);
  return Array.from(c.order, (i, k) => ({ id: ids[i], value: values[i], share: c.share[k], cumulative: c.cumulative[k], cls: ABC_CLASSES[c.cls[k]] }));
}

function abcScaled(scaled: Float64Array, total: number, out: AbcColumns, aCut: number, bCut: number): void {
  if (total === 0) throw divZeroError('sumZero', { arg: 'values' });
  const totalDec = new Dec(total);
  const below = (before: number, cut: number): boolean => {
    const diff = before - cut * total;
    if (Math.abs(diff) > 1e-6 * total) return diff < 0;
    return new Dec(before).lt(totalDec.mul(cut));
  };
  let running = 0;
  for (let k = 0; k < out.order.length; k++) {
    const i = out.order[k];
    out.cls[k] = below(running, aCut) ? 0 : below(running, bCut) ? 1 : 2;
    running += scaled[i];
    out.share[k] = scaled[i] / total;
    out.cumulative[k] = running / total;
  }
}

/** Any other values (long fractions): exact decimal sums, one row at a time. */
function abcDecimal(values: ArrayLike<number>, out: AbcColumns, aCut: number, bCut: number): void {
  const sums = new ExactSums(2);
  const TOTAL = 0;
  const RUNNING = 1;
  for (let i = 0; i < values.length; i++) sums.add(TOTAL, values[i]);
  const t = sums.toDecimal(TOTAL);
  if (t.isZero()) throw divZeroError('sumZero', { arg: 'values' });
  let before = new Dec(0);
  for (let k = 0; k < out.order.length; k++) {
    const i = out.order[k];
    out.cls[k] = before.lt(aCut) ? 0 : before.lt(bCut) ? 1 : 2;
    sums.add(RUNNING, values[i]);
    const cumulative = sums.toDecimal(RUNNING).div(t);
    out.share[k] = new Dec(values[i]).div(t).toNumber();
    out.cumulative[k] = cumulative.toNumber();
    before = cumulative;
  }
}

/** Largest number of distinct maxima summed per group before falling back to one decimal per criterion. */
const MAX_GROUPS = 4096;

/**
 * Σ wᵢ × min(vᵢ ÷ maxᵢ, 1) ÷ Σ wᵢ × 100. Criteria are grouped by their maximum, so the sum is
 * Σ over maxima of (Σ wᵢ × vᵢ) ÷ max: integer products summed exactly, then one decimal
 * division per distinct maximum, which keeps a million criteria well under a second.
 */
export function leadScore(values: ArrayLike<number>, weights: ArrayLike<number>, maxima: ArrayLike<number> | null = null): number {
  const n = values.length;
  if (n !== weights.length) throw valueError('countMismatch', { a: 'values', aCount: n, b: 'weights', bCount: weights.length });
  if (maxima !== null && maxima.length !== n) throw valueError('countMismatch', { a: 'maxima', aCount: maxima.length, b: 'values', bCount: n });
  if (n === 0) throw valueError('emptyRange', { arg: 'values' });
  for (let i = 0; i < n; i++) {
    const max = maxima === null ? 1 : maxima[i];
    if (weights[i] < 0) throw numError('negativeAt', { arg: 'weights', at: i + 1, unit: 'criterion' });
    if (values[i] < 0) throw numError('negativeAt', { arg: 'values', at: i + 1, unit: 'criterion' });
    if (max === 0) throw divZeroError('zeroAt', { arg: 'maxima', at: i + 1, unit: 'criterion' });
    if (max < 0) throw numError('negativeAt', { arg: 'maxima', at: i + 1, unit: 'criterion' });
  }
  const grouped = leadScoreGrouped(values, weights, maxima);
  const [num, den] = grouped ?? leadScoreDecimal(values, weights, maxima);
  if (den.isZero()) throw divZeroError('sumZero', { arg: 'weights' });
  return num.div(den).mul(100).toNumber();
}

const SCALE = 1_000_000;

/** Exact integer sum kept as a double while it is safe, carried into a BigInt beyond. */
class IntSum {
  small = 0;
  big = 0n;
  add(x: number): void {
    this.small += x;
    if (this.small > 2 ** 52) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }
  value(): bigint {
    return this.big + BigInt(this.small);
  }
}

function leadScoreGrouped(values: ArrayLike<number>, weights: ArrayLike<number>, maxima: ArrayLike<number> | null): [Dec, Dec] | null {
  const groups = new Map<number, IntSum>();
  const capped = new IntSum();
  const den = new IntSum();
  for (let i = 0; i < values.length; i++) {
    const w = scaledInt(weights[i], SCALE);
    const v = scaledInt(values[i], SCALE);
    if (w === null || v === null) return null;
    const max = maxima === null ? 1 : maxima[i];
    den.add(w);
    if (values[i] >= max) {
      capped.add(w);
      continue;
    }
    const product = w * v;
    if (product > Number.MAX_SAFE_INTEGER) return null;
    let sum = groups.get(max);
    if (sum === undefined) {
      if (groups.size >= MAX_GROUPS) return null;
      sum = new IntSum();
      groups.set(max, sum);
    }
    sum.add(product);
  }
  // Σ in units of 1/SCALE² (products) and 1/SCALE (capped weights and the denominator).
  let num = new Dec(capped.value().toString()).div(SCALE);
  for (const [max, sum] of groups) num = num.add(new Dec(sum.value().toString()).div(SCALE).div(SCALE).div(max));
  return [num, new Dec(den.value().toString()).div(SCALE)];
}

function leadScoreDecimal(values: ArrayLike<number>, weights: ArrayLike<number>, maxima: ArrayLike<number> | null): [Dec, Dec] {
  let num = new Dec(0);
  let den = new Dec(0);
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    const ratio = new Dec(values[i]).div(maxima === null ? 1 : maxima[i]);
    num = num.add(ratio.gt(1) ? new Dec(w) : ratio.mul(w));
    den = den.add(w);
  }
  return [num, den];
}

/** (end − new) ÷ start: the share of the customers at the start still there at the end. */
export function retentionRate(startCustomers: number, endCustomers: number, newCustomers: number): number {
  for (const [v, n] of [[startCustomers, 'startCustomers'], [endCustomers, 'endCustomers'], [newCustomers, 'newCustomers']] as const) {
    if (v < 0) throw numError('negative', { arg: n });
  }
  if (startCustomers === 0) throw divZeroError('zero', { arg: 'startCustomers' });
  if (newCustomers > endCustomers) throw numError('notAbove', { arg: 'newCustomers', other: 'endCustomers' });
  return new Dec(endCustomers).sub(newCustomers).div(startCustomers).toNumber();
}
