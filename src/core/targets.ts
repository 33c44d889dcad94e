import type Decimal from 'decimal.js';
import { divZeroError, numError } from './errors';
import { Dec, roundHalfAway, splitByWeights } from './money';
import { kthLargest } from './order';

/**
 * Splits a target total by weights; `null` weights are blank cells and get no part.
 * Parts add up exactly to the total rounded to `decimals` (largest remainder, ties to the
 * earlier cell).
 */
export function splitTarget(total: number, weights: readonly (number | null)[], decimals: number): (Decimal | null)[] {
  checkSplit(total, weights);
  const present: Decimal[] = [];
  for (const w of weights) if (w !== null) present.push(new Dec(w));
  const parts = splitByWeights(new Dec(total), present, decimals);
  let k = 0;
  return weights.map((w) => (w === null ? null : parts[k++]));
}

/** A blank weight: null, or NaN in a Float64Array. */
const blank = (w: number | null): w is null => w === null || w !== w;

function checkSplit(total: number, weights: ArrayLike<number | null>): void {
  if (total < 0) throw numError('negative', { arg: 'total' });
  let positive = false;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (blank(w)) continue;
    if (w < 0) throw numError('negativeAt', { arg: 'weights', at: i + 1, unit: 'cell' });
    if (w > 0) positive = true;
  }
  if (!positive) throw divZeroError('sumZero', { arg: 'weights' });
}

/**
 * splitTarget as numbers, fast enough for a million cells: when the total in minor units times
 * every weight in its own decimal units stays an exact integer, the parts are integer quotients
 * and the missing units go to the largest integer remainders (ties to the earlier cell), exactly
 * as the decimal rule; anything else goes through splitTarget.
 */
export function splitTargetNumbers(total: number, weights: readonly (number | null)[], decimals: number): (number | null)[] {
  const parts = splitTargetParts(total, Float64Array.from(weights, (w) => (w === null ? NaN : w)), decimals);
  return Array.from(parts, (p) => (p === p ? p : null));
}

/** splitTargetNumbers over a Float64Array with NaN for blank weights (a million cells): parts, NaN where blank. */
export function splitTargetParts(total: number, weights: Float64Array, decimals: number): Float64Array {
  checkSplit(total, weights);
  const fast = splitScaled(total, weights, decimals);
  if (fast !== null) return fast;
  const parts = splitTarget(total, Array.from(weights, (w) => (w === w ? w : null)), decimals);
  return Float64Array.from(parts, (d) => (d === null ? NaN : d.toNumber()));
}

/** Power of ten that makes every weight an integer, or null (more than 9 decimals, or huge). */
function weightScale(weights: Float64Array): number | null {
  let scale = 1;
  for (const w of weights) {
    if (w !== w) continue;
    while (scale <= 1e9 && Math.round(w * scale) / scale !== w) scale *= 10;
    if (scale > 1e9) return null;
  }
  return scale;
}

function splitScaled(total: number, weights: Float64Array, decimals: number): Float64Array | null {
  const scale = weightScale(weights);
  if (scale === null) return null;
  const n = weights.length;
  const w = new Float64Array(n);
  let sumW = 0;
  let maxW = 0;
  for (let i = 0; i < n; i++) {
    const x = weights[i];
    if (x !== x) continue;
    w[i] = Math.round(x * scale);
    sumW += w[i];
    if (w[i] > maxW) maxW = w[i];
  }
  // The total in minor units (negative decimals: tens, hundreds …).
  const units = roundHalfAway(new Dec(total), decimals).mul(new Dec(10).pow(decimals));
  const t = units.toNumber();
  if (!units.isInteger() || t * maxW > Number.MAX_SAFE_INTEGER || sumW > Number.MAX_SAFE_INTEGER) return null;
  const q = new Float64Array(n);
  const rem = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const p = t * w[i];
    let qi = Math.floor(p / sumW);
    let r = p - qi * sumW;
    if (r < 0) {
      qi--;
      r += sumW;
    } else if (r >= sumW) {
      qi++;
      r -= sumW;
    }
    q[i] = qi;
    rem[i] = r;
    given += qi;
  }
  let missing = t - given;
  if (missing > 0) {
    // The `missing` largest remainders win; at the threshold, the earliest cells.
    const threshold = kthLargest(Float64Array.from(rem), missing);
    for (let i = 0; i < n && missing > 0; i++) if (rem[i] > threshold) {
      q[i]++;
      missing--;
    }
    for (let i = 0; i < n && missing > 0; i++) if (rem[i] === threshold && weights[i] === weights[i]) {
      q[i]++;
      missing--;
    }
  }
  // The parts, computed in place of the quotients.
  const pow = 10 ** Math.abs(decimals);
  for (let i = 0; i < n; i++) q[i] = weights[i] !== weights[i] ? NaN : decimals >= 0 ? q[i] / pow : q[i] * pow;
  return q;
}

/** Three target tiers from a base (rules.md › Targets): challenge and excellence as growth over base. */
export interface TargetTiers {
  base: Decimal;
  challenge: Decimal;
  excellence: Decimal;
}

export function targetTiers(base: number, challengeUplift: number, excellenceUplift: number, decimals: number): TargetTiers {
  if (base < 0) throw numError('negative', { arg: 'base' });
  if (challengeUplift < 0) throw numError('negative', { arg: 'challenge' });
  if (excellenceUplift < challengeUplift) throw numError('notBelow', { arg: 'excellence', other: 'challenge' });
  const b = new Dec(base);
  return {
    base: roundHalfAway(b, decimals),
    challenge: roundHalfAway(b.mul(new Dec(1).add(challengeUplift)), decimals),
    excellence: roundHalfAway(b.mul(new Dec(1).add(excellenceUplift)), decimals),
  };
}
