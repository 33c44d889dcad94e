import { bandIndex, bandStart, commissionLines, rateTable, type Boundary } from '../../core/commission';
import { Dec } from '../../core/money';
import type { CommissionTier } from '../../core/settings';

export interface WhatIf {
  commission: number;
  /** Money amount where the next tier starts, or null at the top tier. */
  nextTier: number | null;
}

/**
 * The commission at `amount` and where the next tier starts (its first amount: one minor unit
 * above the bound when bands include their upper bound), computed by the calculation core (the
 * same code the SALES functions and the sheets use, so the same per-line rounding). `quota`
 * turns attainment bounds into money. Throws the core's error when the tiers or amount are not
 * usable.
 */
export function whatIf(
  amount: number,
  tiers: readonly CommissionTier[],
  mode: 'marginal' | 'flat',
  decimals: number,
  quota: number | null,
  boundary: Boundary = 'lower',
): WhatIf {
  const table = rateTable(tiers, quota, boundary);
  const result = commissionLines(new Dec(amount), table, mode, decimals);
  const next = bandIndex(table, new Dec(amount)) + 1;
  return { commission: result.total.toNumber(), nextTier: next < table.lowers.length ? bandStart(table, next, decimals).toNumber() : null };
}

export interface WhatIfMore {
  before: number;
  after: number;
  /** after − before, exact. */
  gain: number;
  total: number;
  /** Where the next tier above the new total starts, and how much more reaches it; null at the top. */
  nextTier: number | null;
  toNext: number | null;
}

/**
 * "What if `extra` more closes this period" for a rep at `amount`: the new payout, the gain,
 * and the next band with the amount still needed to reach it — all from the core, in decimals.
 */
export function whatIfMore(
  amount: number,
  extra: number,
  tiers: readonly CommissionTier[],
  mode: 'marginal' | 'flat',
  decimals: number,
  quota: number | null,
  boundary: Boundary = 'lower',
): WhatIfMore {
  const total = new Dec(amount).add(extra).toNumber();
  const before = whatIf(amount, tiers, mode, decimals, quota, boundary);
  const after = whatIf(total, tiers, mode, decimals, quota, boundary);
  return {
    before: before.commission,
    after: after.commission,
    gain: new Dec(after.commission).sub(before.commission).toNumber(),
    total,
    nextTier: after.nextTier,
    toNext: after.nextTier === null ? null : new Dec(after.nextTier).sub(total).toNumber(),
  };
}
