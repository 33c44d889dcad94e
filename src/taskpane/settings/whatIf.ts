import { commissionLines, rateTable } from '../../core/commission';
import { Dec } from '../../core/money';
import type { CommissionTier } from '../../core/settings';

export interface WhatIf {
  commission: number;
  /** Money amount where the next tier starts, or null at the top tier. */
  nextTier: number | null;
}

/**
 * The commission at `amount` and where the next tier starts, computed by the calculation core
 * (the same code the SALES functions and the sheets use). `quota` turns attainment bounds into
 * money. Throws the core's error when the tiers or amount are not usable.
 */
export function whatIf(
  amount: number,
  tiers: readonly CommissionTier[],
  mode: 'marginal' | 'flat',
  decimals: number,
  quota: number | null,
): WhatIf {
  const table = rateTable(tiers, quota);
  const result = commissionLines(new Dec(amount), table, mode, decimals);
  const next = table.lowers.find((l) => l.gt(amount));
  return { commission: result.total.toNumber(), nextTier: next ? next.toNumber() : null };
}
