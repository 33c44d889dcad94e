import type Decimal from 'decimal.js';
import { divZeroError, numError, valueError } from './errors';
import { Dec, ZERO, integerWeights, roundHalfAway, splitByIntegerWeights, sum } from './money';

export const DEFAULT_COLLABORATION_WEIGHT = 0.3;

export interface BonusPoolInput {
  teamActual: number;
  teamTarget: number;
  poolRate: number;
  contribution: readonly number[];
  collaboration?: readonly number[] | null;
  collaborationWeight?: number;
  decimals: number;
}

export interface BonusPoolResult {
  funded: boolean;
  pool: Decimal;
  shares: Decimal[];
}

/**
 * Team bonus pool (rules.md › Commissions): poolRate × teamActual, paid only when the team reached its target,
 * split by (1 − w) × contribution share + w × collaboration share; shares add up exactly to the pool.
 */
export function bonusPool(input: BonusPoolInput): BonusPoolResult {
  const { teamActual, teamTarget, poolRate, contribution, decimals } = input;
  const collaboration = input.collaboration ?? null;
  const w = input.collaborationWeight ?? DEFAULT_COLLABORATION_WEIGHT;
  if (teamTarget === 0) throw divZeroError('zero', { arg: 'teamTarget' });
  if (teamActual < 0) throw numError('negative', { arg: 'teamActual' });
  if (teamTarget < 0) throw numError('negative', { arg: 'teamTarget' });
  if (poolRate < 0) throw numError('negative', { arg: 'poolRate' });
  if (w < 0 || w > 1) throw numError('between', { arg: 'collaborationWeight', min: 0, max: 1 });
  if (contribution.length === 0) throw valueError('emptyList', { arg: 'contribution' });
  if (collaboration !== null && collaboration.length !== contribution.length) {
    throw valueError('countMismatch', { a: 'collaboration', aCount: collaboration.length, b: 'contribution', bCount: contribution.length });
  }
  const shareWeights = poolWeights(checked(contribution, 'contribution'), collaboration === null ? null : checked(collaboration, 'collaboration'), new Dec(w));
  const funded = teamActual >= teamTarget;
  const pool = funded ? roundHalfAway(new Dec(poolRate).mul(teamActual), decimals) : ZERO;
  const shares = pool.isZero() ? contribution.map(() => ZERO) : splitByIntegerWeights(pool, shareWeights, decimals);
  return { funded, pool, shares };
}

function checked(values: readonly number[], what: string): Decimal[] {
  if (values.some((v) => v < 0)) throw numError('negative', { arg: what });
  const ds = values.map((v) => new Dec(v));
  if (sum(ds).isZero()) throw divZeroError('sumZero', { arg: what });
  return ds;
}

/**
 * Whole-number weights exactly proportional to each member's share of the pool,
 * (1 − w) × cᵢ ÷ Σc + w × kᵢ ÷ Σk: over the common denominator Σc × Σk (all scaled to whole
 * numbers) the shares are (1 − w) × cᵢ × Σk + w × kᵢ × Σc, so no share is ever rounded before
 * the largest remainder compares them, and equal shares are a true tie (to the earlier member).
 */
export function poolWeights(contribution: readonly Decimal[], collaboration: readonly Decimal[] | null, w: Decimal): bigint[] {
  const c = integerWeights(contribution);
  if (collaboration === null) return c;
  const k = integerWeights(collaboration);
  const [wn] = integerWeights([w]);
  const wd = BigInt(new Dec(10).pow(w.decimalPlaces()).toFixed(0));
  const sumC = c.reduce((a, b) => a + b, 0n);
  const sumK = k.reduce((a, b) => a + b, 0n);
  return c.map((ci, i) => (wd - wn) * ci * sumK + wn * k[i] * sumC);
}
