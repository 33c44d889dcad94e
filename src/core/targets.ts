import type Decimal from 'decimal.js';
import { divZeroError, numError } from './errors';
import { Dec, roundHalfAway, splitByWeights } from './money';

/**
 * Splits a target total by weights; `null` weights are blank cells and get no part.
 * Parts add up exactly to the total rounded to `decimals` (largest remainder, ties to the
 * earlier cell).
 */
export function splitTarget(total: number, weights: readonly (number | null)[], decimals: number): (Decimal | null)[] {
  if (total < 0) throw numError('total must not be negative');
  const present: Decimal[] = [];
  weights.forEach((w, i) => {
    if (w === null) return;
    if (w < 0) throw numError(`weights: cell ${i + 1} is negative`);
    present.push(new Dec(w));
  });
  if (present.length === 0 || present.every((w) => w.isZero())) throw divZeroError('weights add up to 0');
  const parts = splitByWeights(new Dec(total), present, decimals);
  let k = 0;
  return weights.map((w) => (w === null ? null : parts[k++]));
}

/** Three target tiers from a base (rules.md › Targets): challenge and excellence as growth over base. */
export interface TargetTiers {
  base: Decimal;
  challenge: Decimal;
  excellence: Decimal;
}

export function targetTiers(base: number, challengeUplift: number, excellenceUplift: number, decimals: number): TargetTiers {
  if (base < 0) throw numError('base target must not be negative');
  if (challengeUplift < 0 || excellenceUplift < challengeUplift) {
    throw numError('uplifts must satisfy 0 ≤ challenge ≤ excellence');
  }
  const b = new Dec(base);
  return {
    base: roundHalfAway(b, decimals),
    challenge: roundHalfAway(b.mul(new Dec(1).add(challengeUplift)), decimals),
    excellence: roundHalfAway(b.mul(new Dec(1).add(excellenceUplift)), decimals),
  };
}
