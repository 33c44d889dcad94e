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
  // Most amounts are already on the unit; returning them as they are saves a copy per line.
  if (decimals >= 0) return x.decimalPlaces() <= decimals ? x : x.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
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

export function sum(values: readonly Decimal[]): Decimal {
  let acc = ZERO;
  for (const v of values) acc = acc.add(v);
  return acc;
}

/**
 * x × 10^k as an exact integer; x must be a whole number of 10^-k. Built from x's digits, not by
 * multiplying: decimal.js would round a product to 40 significant digits.
 */
function scaledBig(x: Decimal, k: number): bigint {
  if (k >= 0) {
    if (x.decimalPlaces() > k) throw new RangeError(`${x.toString()} has more than ${k} decimals`);
    return BigInt(x.toFixed(k).replace('.', ''));
  }
  const whole = x.isInteger() ? BigInt(x.toFixed(0)) : null;
  const unit = 10n ** BigInt(-k);
  if (whole === null || whole % unit !== 0n) throw new RangeError(`${x.toString()} is not a multiple of ${unit}`);
  return whole / unit;
}

/** The smallest k ≥ 0 at which every value is a whole number of 10^-k. */
function commonPlaces(values: readonly Decimal[]): number {
  let k = 0;
  for (const v of values) k = Math.max(k, v.decimalPlaces());
  return k;
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

/**
 * Largest remainder on exact rationals: part i is numerators[i] ÷ denominator whole units
 * (denominator > 0). Every part is floored, then the units still missing to reach `totalUnits`
 * go one each to the largest remainders, compared exactly as integers, ties to the earlier part.
 * Every split of money in the product (SPLIT, BONUSPOOL, team pools, split credit, targets)
 * comes down to this, so "ties to the earlier cell" means the same everywhere.
 */
export function largestRemainder(numerators: readonly bigint[], denominator: bigint, totalUnits: bigint): bigint[] {
  const floors = numerators.map((n) => floorDiv(n, denominator));
  const rems = numerators.map((n, i) => n - floors[i] * denominator);
  let missing = totalUnits;
  for (const f of floors) missing -= f;
  if (missing < 0n || missing > BigInt(numerators.length)) {
    throw new RangeError(`largestRemainder: ${totalUnits} units are not reachable from the parts`);
  }
  const order = rems.map((_, i) => i).sort((a, b) => (rems[a] === rems[b] ? a - b : rems[b] > rems[a] ? 1 : -1));
  for (let k = 0; missing > 0n; k++, missing--) floors[order[k]] += 1n;
  return floors;
}

const fromUnits = (units: bigint, decimals: number): Decimal => new Dec(`${units}e${-decimals}`);

/**
 * Rounds exact decimal parts to `decimals` so that they add up exactly to `total` (by default
 * the rounded sum of the parts), by largest remainder on the parts as exact scaled integers.
 */
export function roundPartsToTotal(
  exact: readonly Decimal[],
  decimals: number,
  total: Decimal = roundHalfAway(sum(exact), decimals),
): Decimal[] {
  const k = Math.max(commonPlaces(exact), decimals);
  const units = largestRemainder(
    exact.map((x) => scaledBig(x, k)),
    10n ** BigInt(k - decimals),
    scaledBig(total, decimals),
  );
  return units.map((u) => fromUnits(u, decimals));
}

/**
 * Splits `total`, rounded to `decimals`, into parts proportional to non-negative whole-number
 * `weights` (at least one positive), adding up exactly to it: part i is exactly
 * total × wᵢ ÷ Σw before the largest remainder, with no division ever rounded.
 */
export function splitByIntegerWeights(total: Decimal, weights: readonly bigint[], decimals: number): Decimal[] {
  const totalUnits = scaledBig(roundHalfAway(total, decimals), decimals);
  let sumW = 0n;
  for (const w of weights) sumW += w;
  const units = largestRemainder(
    weights.map((w) => totalUnits * w),
    sumW,
    totalUnits,
  );
  return units.map((u) => fromUnits(u, decimals));
}

/** num ÷ den rounded half away from zero to a whole number, exactly (den ≠ 0). */
function roundDiv(num: bigint, den: bigint): bigint {
  const neg = num < 0n !== den < 0n;
  const [n, d] = [num < 0n ? -num : num, den < 0n ? -den : den];
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}

/**
 * x × m ÷ d rounded half away from zero to `decimals`, exactly: the one rounding of a currency
 * conversion (amount × its rate ÷ the target's rate), never a 40-digit division rounded twice.
 */
export function mulDivRound(x: Decimal, m: Decimal, d: Decimal, decimals: number): Decimal {
  const [kx, km, kd] = [commonPlaces([x]), commonPlaces([m]), commonPlaces([d])];
  const num = scaledBig(x, kx) * scaledBig(m, km) * 10n ** BigInt(kd + Math.max(0, decimals));
  const den = scaledBig(d, kd) * 10n ** BigInt(kx + km + Math.max(0, -decimals));
  return fromUnits(roundDiv(num, den), decimals);
}

/** Decimal weights as whole numbers in the same proportion (all scaled by one power of ten). */
export function integerWeights(weights: readonly Decimal[]): bigint[] {
  const k = commonPlaces(weights);
  return weights.map((w) => scaledBig(w, k));
}

/**
 * Splits `total` in proportion to non-negative decimal `weights` (at least one positive) into
 * parts that add up exactly to the total rounded to `decimals`.
 */
export function splitByWeights(total: Decimal, weights: readonly Decimal[], decimals: number): Decimal[] {
  return splitByIntegerWeights(total, integerWeights(weights), decimals);
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
