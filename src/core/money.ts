import Decimal from 'decimal.js';

/**
 * Money and every ratio that feeds a payout are decimal, never binary floating point.
 * Rounding mode for money: half away from zero, the rule of Excel's ROUND
 * (decimal.js calls it ROUND_HALF_UP).
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ROUNDING_MODE_NAME = 'half away from zero (Excel ROUND)';
export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Smallest and largest `decimals` accepted anywhere (negative rounds to tens, hundreds…). */
export const MIN_DECIMALS = -9;
export const MAX_DECIMALS = 10;

export function dec(x: number | string | Decimal): Decimal {
  return x instanceof Dec ? x : new Dec(x);
}

/** Round half away from zero to `decimals` places; negative `decimals` rounds left of the point. */
export function roundHalfAway(x: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return x.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const unit = unitOf(decimals);
  return x.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(unit);
}

/** One minor unit at `decimals` (0.01 for 2, 1 for 0, 100 for -2); statements ask for it per line, so it is cached. */
const UNITS = new Map<number, Decimal>();
export function unitOf(decimals: number): Decimal {
  let unit = UNITS.get(decimals);
  if (unit === undefined) {
    unit = new Dec(10).pow(-decimals);
    UNITS.set(decimals, unit);
  }
  return unit;
}

/** Largest multiple of the unit at `decimals` that is ≤ x (towards −∞). */
function floorToUnit(x: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return x.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR);
  const unit = unitOf(decimals);
  return x.div(unit).floor().mul(unit);
}

export function sum(values: readonly Decimal[]): Decimal {
  let acc = ZERO;
  for (const v of values) acc = acc.add(v);
  return acc;
}

/**
 * Rounds every exact part to `decimals` so that the rounded parts add up exactly to `total`
 * (by default the rounded sum of the exact parts). Largest remainder: every part is first
 * floored to the unit, then the missing units go to the parts with the largest remainders,
 * ties to the earlier part. This single routine serves SPLIT, BONUSPOOL and every statement,
 * so "lines add up to the total" holds by construction everywhere.
 */
export function roundPartsToTotal(
  exact: readonly Decimal[],
  decimals: number,
  total: Decimal = roundHalfAway(sum(exact), decimals),
): Decimal[] {
  const unit = unitOf(decimals);
  const floors = exact.map((x) => floorToUnit(x, decimals));
  const missing = total.sub(sum(floors)).div(unit);
  if (!missing.isInteger() || missing.isNegative() || missing.gt(exact.length)) {
    throw new RangeError(`roundPartsToTotal: total ${total} is not reachable from the parts`);
  }
  const order = exact
    .map((x, i) => ({ i, rem: x.sub(floors[i]) }))
    .sort((a, b) => b.rem.cmp(a.rem) || a.i - b.i);
  const out = floors.slice();
  for (let k = 0; k < missing.toNumber(); k++) out[order[k].i] = out[order[k].i].add(unit);
  return out;
}

/**
 * Splits `total` in proportion to non-negative `weights` (at least one positive) into parts that
 * add up exactly to the total rounded to `decimals`.
 */
export function splitByWeights(total: Decimal, weights: readonly Decimal[], decimals: number): Decimal[] {
  const target = roundHalfAway(total, decimals);
  const sumW = sum(weights);
  const exact = weights.map((w) => target.mul(w).div(sumW));
  return roundPartsToTotal(exact, decimals, target);
}

/**
 * x as an integer count of 1/scale units when x is exactly such a decimal (as typed: 12.34 at
 * scale 100 is 1234), else null. Lets hot paths do exact integer arithmetic on doubles.
 */
export function scaledInt(x: number, scale: number): number | null {
  const s = Math.round(x * scale);
  return s / scale === x && Number.isSafeInteger(s) ? s : null;
}

/** Scale at which sums of amounts are kept as integers: 1/10,000 of a currency unit. */
export const SUM_SCALE = 10_000;

/**
 * Exact running sums of many money amounts, one per slot, fast: amounts with at most four
 * decimals are added as integers of 1/10,000 (exact while under 2^53); a slot that meets any
 * other amount switches to decimal. Used where a million rows are summed (RFM, ABC), where
 * decimal.js alone would cost seconds.
 */
export class ExactSums {
  private scaled: Float64Array;
  private exact = new Map<number, Decimal>();

  constructor(capacity = 16) {
    this.scaled = new Float64Array(Math.max(1, capacity));
  }

  get capacity(): number {
    return this.scaled.length;
  }

  /** Makes room for slot indexes below `n`. */
  ensure(n: number): void {
    if (n <= this.scaled.length) return;
    const next = new Float64Array(Math.max(n, this.scaled.length * 2));
    next.set(this.scaled);
    this.scaled = next;
  }

  add(slot: number, x: number): void {
    // Checking the (almost always empty) decimal map only when it has entries keeps this at a
    // few nanoseconds per row.
    const d = this.exact.size === 0 ? undefined : this.exact.get(slot);
    if (d === undefined) {
      const s = Math.round(x * SUM_SCALE);
      if (s / SUM_SCALE === x) {
        const next = this.scaled[slot] + s;
        if (next <= Number.MAX_SAFE_INTEGER && next >= -Number.MAX_SAFE_INTEGER) {
          this.scaled[slot] = next;
          return;
        }
      }
      this.exact.set(slot, new Dec(this.scaled[slot]).div(SUM_SCALE).add(x));
    } else {
      this.exact.set(slot, d.add(x));
    }
  }

  toDecimal(slot: number): Decimal {
    return this.exact.get(slot) ?? new Dec(this.scaled[slot]).div(SUM_SCALE);
  }

  /** The nearest double to the exact sum. */
  toNumber(slot: number): number {
    const d = this.exact.get(slot);
    return d === undefined ? this.scaled[slot] / SUM_SCALE : d.toNumber();
  }
}
