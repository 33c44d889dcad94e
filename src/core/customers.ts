import { divZeroError, numError, valueError } from './errors';
import { Dec, ExactSums } from './money';

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
  if (purchases < 0 || !Number.isInteger(purchases)) throw numError('purchases must be a whole number ≥ 0');
  if (amount < 0) throw numError('amount must not be negative');
  if (thresholds.length !== 3) throw valueError('thresholds: 3 values expected [core purchases, core amount, potential amount]');
  if (thresholds.some((t) => t < 0)) throw numError('thresholds must not be negative');
  const [corePurchases, coreAmount, potentialAmount] = thresholds;
  if (purchases === 0) return boughtBefore ? 'reactivate' : 'lead';
  if (purchases >= corePurchases && amount >= coreAmount) return 'core';
  if (amount >= potentialAmount) return 'potential';
  return 'developing';
}

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
 */
export function abcClasses<Id>(ids: readonly Id[], values: readonly number[], aCut = 0.8, bCut = 0.95): AbcRow<Id>[] {
  if (ids.length !== values.length) throw valueError(`ids has ${ids.length} rows, values has ${values.length}`);
  if (!(aCut > 0 && aCut <= 1) || !(bCut > 0 && bCut <= 1)) throw numError('aCut and bCut must be fractions in (0, 1]');
  if (bCut < aCut) throw valueError('bCut must not be below aCut');
  const sums = new ExactSums(2);
  const TOTAL = 0;
  const RUNNING = 1;
  values.forEach((v, i) => {
    if (v < 0) throw numError(`values: row ${i + 1} is negative`);
    sums.add(TOTAL, v);
  });
  const t = sums.toDecimal(TOTAL);
  if (t.isZero()) throw divZeroError('values add up to 0');
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  let before = new Dec(0);
  return order.map((i) => {
    const cls: AbcClass = before.lt(aCut) ? 'A' : before.lt(bCut) ? 'B' : 'C';
    sums.add(RUNNING, values[i]);
    const cumulative = sums.toDecimal(RUNNING).div(t);
    const row = { id: ids[i], value: values[i], share: new Dec(values[i]).div(t).toNumber(), cumulative: cumulative.toNumber(), cls };
    before = cumulative;
    return row;
  });
}

/** Σ wᵢ × min(vᵢ ÷ maxᵢ, 1) ÷ Σ wᵢ × 100. */
export function leadScore(values: readonly number[], weights: readonly number[], maxima: readonly number[] | null = null): number {
  if (values.length !== weights.length) throw valueError(`values has ${values.length} criteria, weights has ${weights.length}`);
  if (maxima !== null && maxima.length !== values.length) throw valueError(`maxima has ${maxima.length} criteria, values has ${values.length}`);
  if (values.length === 0) throw valueError('values: at least one criterion is needed');
  let num = new Dec(0);
  let den = new Dec(0);
  values.forEach((v, i) => {
    const w = weights[i];
    const max = maxima === null ? 1 : maxima[i];
    if (w < 0) throw numError(`weights: criterion ${i + 1} is negative`);
    if (v < 0) throw numError(`values: criterion ${i + 1} is negative`);
    if (max === 0) throw divZeroError(`maxima: criterion ${i + 1} is 0`);
    if (max < 0) throw numError(`maxima: criterion ${i + 1} is negative`);
    const ratio = new Dec(v).div(max);
    num = num.add(ratio.gt(1) ? new Dec(w) : ratio.mul(w));
    den = den.add(w);
  });
  if (den.isZero()) throw divZeroError('weights add up to 0');
  return num.div(den).mul(100).toNumber();
}

/** (end − new) ÷ start: the share of the customers at the start still there at the end. */
export function retentionRate(startCustomers: number, endCustomers: number, newCustomers: number): number {
  for (const [v, n] of [[startCustomers, 'startCustomers'], [endCustomers, 'endCustomers'], [newCustomers, 'newCustomers']] as const) {
    if (v < 0) throw numError(`${n} must not be negative`);
  }
  if (startCustomers === 0) throw divZeroError('startCustomers is 0');
  if (newCustomers > endCustomers) throw numError('newCustomers cannot exceed endCustomers');
  return new Dec(endCustomers).sub(newCustomers).div(startCustomers).toNumber();
}
