import type Decimal from 'decimal.js';
import { divZeroError, numError, valueError } from './errors';
import { Dec, ONE, ZERO, roundHalfAway, splitByWeights, sum } from './money';

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
  if (teamTarget === 0) throw divZeroError('teamTarget is 0');
  if (teamTarget < 0 || teamActual < 0) throw numError('team actual and target must not be negative');
  if (poolRate < 0) throw numError('poolRate must not be negative');
  if (w < 0 || w > 1) throw numError('collaborationWeight must be between 0 and 1');
  if (contribution.length === 0) throw valueError('contribution: at least one member is needed');
  if (collaboration !== null && collaboration.length !== contribution.length) {
    throw valueError(`collaboration has ${collaboration.length} members, contribution has ${contribution.length}`);
  }
  const shareWeights = memberWeights(contribution, collaboration, w);
  const funded = teamActual >= teamTarget;
  const pool = funded ? roundHalfAway(new Dec(poolRate).mul(teamActual), decimals) : ZERO;
  const shares = pool.isZero() ? contribution.map(() => ZERO) : splitByWeights(pool, shareWeights, decimals);
  return { funded, pool, shares };
}

function normalised(values: readonly number[], what: string): Decimal[] {
  if (values.some((v) => v < 0)) throw numError(`${what} must not be negative`);
  const ds = values.map((v) => new Dec(v));
  const total = sum(ds);
  if (total.isZero()) throw divZeroError(`${what} adds up to 0`);
  return ds.map((d) => d.div(total));
}

function memberWeights(contribution: readonly number[], collaboration: readonly number[] | null, w: number): Decimal[] {
  const c = normalised(contribution, 'contribution');
  if (collaboration === null) return c;
  const k = normalised(collaboration, 'collaboration');
  const wd = new Dec(w);
  const cw = ONE.sub(wd);
  return c.map((ci, i) => ci.mul(cw).add(k[i].mul(wd)));
}
