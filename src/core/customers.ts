import { divZeroError, numError, valueError } from './errors';
import { Dec, ExactSums, SUM_SCALE, scaledInt } from './money';
import { descendingOrder } from './order';

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

/**
 * ABC (Pareto) classes: sorted by value descending, ties in input order; an item is A while the
 * cumulative share before it is below `aCut`, B while below `bCut`, else C.
 *
 * A million rows answer in well under a second: values that are short decimals (as typed or
 * exported) are summed as integers of 1/10,000, shares are one division of two exact integers,
 * and a class boundary is compared exactly only when the double comparison is too close to call.
 */
export function abcClasses<Id>(ids: readonly Id[], values: readonly number[], aCut = DEFAULT_ABC_A, bCut = DEFAULT_ABC_B): AbcRow<Id>[] {
  const n = values.length;
  if (ids.length !== n) throw valueError('countMismatch', { a: 'ids', aCount: ids.length, b: 'values', bCount: n });
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
  const order = descendingOrder(values);
  return exact ? abcScaled(ids, values, scaled, total, order, aCut, bCut) : abcDecimal(ids, values, order, aCut, bCut);
}

function abcScaled<Id>(ids: readonly Id[], values: readonly number[], scaled: Float64Array, total: number, order: Uint32Array, aCut: number, bCut: number): AbcRow<Id>[] {
  if (total === 0) throw divZeroError('sumZero', { arg: 'values' });
  const totalDec = new Dec(total);
  const below = (before: number, cut: number): boolean => {
    const diff = before - cut * total;
    if (Math.abs(diff) > 1e-6 * total) return diff < 0;
    return new Dec(before).lt(totalDec.mul(cut));
  };
  const out: AbcRow<Id>[] = new Array(order.length);
  let running = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const cls: AbcClass = below(running, aCut) ? 'A' : below(running, bCut) ? 'B' : 'C';
    running += scaled[i];
    out[k] = { id: ids[i], value: values[i], share: scaled[i] / total, cumulative: running / total, cls };
  }
  return out;
}

/** Any other values (long fractions): exact decimal sums, one row at a time. */
function abcDecimal<Id>(ids: readonly Id[], values: readonly number[], order: Uint32Array, aCut: number, bCut: number): AbcRow<Id>[] {
  const sums = new ExactSums(2);
  const TOTAL = 0;
  const RUNNING = 1;
  for (const v of values) sums.add(TOTAL, v);
  const t = sums.toDecimal(TOTAL);
  if (t.isZero()) throw divZeroError('sumZero', { arg: 'values' });
  let before = new Dec(0);
  return Array.from(order, (i) => {
    const cls: AbcClass = before.lt(aCut) ? 'A' : before.lt(bCut) ? 'B' : 'C';
    sums.add(RUNNING, values[i]);
    const cumulative = sums.toDecimal(RUNNING).div(t);
    const row = { id: ids[i], value: values[i], share: new Dec(values[i]).div(t).toNumber(), cumulative: cumulative.toNumber(), cls };
    before = cumulative;
    return row;
  });
}

/** Largest number of distinct maxima summed per group before falling back to one decimal per criterion. */
const MAX_GROUPS = 4096;

/**
 * Σ wᵢ × min(vᵢ ÷ maxᵢ, 1) ÷ Σ wᵢ × 100. Criteria are grouped by their maximum, so the sum is
 * Σ over maxima of (Σ wᵢ × vᵢ) ÷ max: integer products summed exactly (BigInt), then one decimal
 * division per distinct maximum, which keeps a million criteria well under a second.
 */
export function leadScore(values: readonly number[], weights: readonly number[], maxima: readonly number[] | null = null): number {
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
const SCALE_N = BigInt(SCALE);

function leadScoreGrouped(values: readonly number[], weights: readonly number[], maxima: readonly number[] | null): [Dec, Dec] | null {
  const groups = new Map<number, bigint>();
  let capped = 0n;
  let den = 0n;
  for (let i = 0; i < values.length; i++) {
    const w = scaledInt(weights[i], SCALE);
    const v = scaledInt(values[i], SCALE);
    if (w === null || v === null) return null;
    const max = maxima === null ? 1 : maxima[i];
    const wn = BigInt(w);
    den += wn;
    if (values[i] >= max) {
      capped += wn;
      continue;
    }
    const product = BigInt(w) * BigInt(v);
    const sum = groups.get(max);
    if (sum === undefined && groups.size >= MAX_GROUPS) return null;
    groups.set(max, (sum ?? 0n) + product);
  }
  // Σ in units of 1/SCALE² (products) and 1/SCALE (capped weights and the denominator).
  let num = new Dec(capped.toString()).div(SCALE);
  for (const [max, sum] of groups) num = num.add(new Dec(sum.toString()).div(SCALE_N.toString()).div(SCALE).div(max));
  return [num, new Dec(den.toString()).div(SCALE)];
}

function leadScoreDecimal(values: readonly number[], weights: readonly number[], maxima: readonly number[] | null): [Dec, Dec] {
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
