import type Decimal from 'decimal.js';
import { numError, valueError, divZeroError } from './errors';
import { Dec, SUM_SCALE, ZERO, roundHalfAway, scaledInt, unitOf } from './money';

/**
 * Tiered commission (rules.md › Commissions). Both conventions, chosen explicitly:
 * - `marginal`: each band's rate applies to the part of the amount inside that band;
 * - `flat` (whole-amount / retroactive): the rate of the band the amount reaches applies to the
 *   whole amount.
 * Bands are money bounds, or attainment fractions turned into money by `quota`.
 *
 * Which band an amount exactly on a bound belongs to is the table's `boundary`, also explicit:
 * `lower` (default) — a band includes its lower bound, so 1,000,000 is in the band starting at
 * 1,000,000; `upper` — a band includes its upper bound ("up to 1,000,000 at 1 %"), so
 * 1,000,000 is still in the band below. Only flat mode can tell the two apart: marginal bands
 * pay the same either way.
 *
 * Every line is rounded on its own: a band's amount is ROUND(base × rate), and the commission is
 * the sum of its lines (rules.md › Commissions, "a payout is the sum of its printed lines").
 */
export type CommissionMode = 'marginal' | 'flat';
export const COMMISSION_MODES: readonly CommissionMode[] = ['marginal', 'flat'];
export type Boundary = 'lower' | 'upper';

export interface TierRow {
  lower: number;
  rate: number;
}

/** A validated rate table: money lower bounds ascending from 0, decimal rates. */
export interface RateTable {
  readonly lowers: readonly Decimal[];
  readonly rates: readonly Decimal[];
  readonly boundary: Boundary;
  /** The same table in integers, when every bound and rate is a short decimal (see commissionNumber). */
  readonly scaled: ScaledTable | null;
}

/** Bounds in 1/10,000 units, rates as integers of 10^-rateDigits. */
interface ScaledTable {
  readonly lowers: readonly number[];
  readonly rates: readonly number[];
  readonly rateDigits: number;
  readonly maxRate: number;
}

const MAX_RATE_DIGITS = 6;

function scaleTable(lowers: readonly Decimal[], rates: readonly Decimal[]): ScaledTable | null {
  // reduce, not Math.max(...spread): a spread of a whole-column table overflows the stack.
  const rateDigits = rates.reduce((d, r) => Math.max(d, r.decimalPlaces()), 0);
  if (rateDigits > MAX_RATE_DIGITS) return null;
  const ls = lowers.map((l) => l.mul(SUM_SCALE));
  const rs = rates.map((r) => r.mul(new Dec(10).pow(rateDigits)));
  if (![ls, rs].every((xs) => xs.every((x) => x.isInteger() && x.abs().lte(Number.MAX_SAFE_INTEGER)))) return null;
  const scaledRates = rs.map((r) => r.toNumber());
  return { lowers: ls.map((l) => l.toNumber()), rates: scaledRates, rateDigits, maxRate: scaledRates.reduce((m, r) => Math.max(m, r), 1) };
}

export interface CommissionLine {
  band: number;
  from: Decimal;
  to: Decimal | null;
  base: Decimal;
  rate: Decimal;
  exact: Decimal;
  amount: Decimal;
}

export interface CommissionResult {
  lines: CommissionLine[];
  exact: Decimal;
  total: Decimal;
}

/** Validates tiers (ascending, first bound 0, rates ≥ 0) and scales attainment bounds by quota. */
export function rateTable(tiers: readonly TierRow[], quota: number | null = null, boundary: Boundary = 'lower'): RateTable {
  if (tiers.length === 0) throw valueError('emptyList', { arg: 'tiers' });
  if (quota !== null) {
    if (quota === 0) throw divZeroError('quotaZero', {});
    if (quota < 0) throw numError('negative', { arg: 'quota' });
  }
  const scale = quota === null ? null : new Dec(quota);
  const lowers: Decimal[] = [];
  const rates: Decimal[] = [];
  tiers.forEach((t, i) => {
    if (i === 0 && t.lower !== 0) throw valueError('tiersFirstBound', {});
    if (i > 0 && !(t.lower > tiers[i - 1].lower)) {
      throw valueError('tiersAscending', { row: i + 1 });
    }
    if (t.rate < 0) throw numError('tierRateNegative', { row: i + 1 });
    const lower = scale === null ? new Dec(t.lower) : scale.mul(t.lower);
    lowers.push(lower);
    rates.push(new Dec(t.rate));
  });
  return { lowers, rates, boundary, scaled: scaleTable(lowers, rates) };
}

/**
 * Index of the band an amount reaches: the last whose lower bound is ≤ the amount (boundary
 * `lower`) or < the amount (boundary `upper`); the first band for 0.
 */
export function bandIndex(table: RateTable, amount: Decimal): number {
  let i = table.lowers.length - 1;
  if (table.boundary === 'lower') while (i > 0 && table.lowers[i].gt(amount)) i--;
  else while (i > 0 && table.lowers[i].gte(amount)) i--;
  return i;
}

/** The smallest amount in band i (0-based): its lower bound, or one minor unit above it when the band excludes it. */
export function bandStart(table: RateTable, i: number, decimals: number): Decimal {
  const lower = table.lowers[i];
  return table.boundary === 'upper' && i > 0 ? lower.add(unitOf(decimals)) : lower;
}

/**
 * The bands an amount uses with their exact (unrounded) commission: the one reached band in flat
 * mode, every band reached in marginal mode. commissionLines and statements round each one.
 */
export function exactBands(amount: Decimal, table: RateTable, mode: CommissionMode): Omit<CommissionLine, 'amount'>[] {
  if (amount.isNegative()) throw numError('negative', { arg: 'amount' });
  const { lowers, rates } = table;
  const band = (i: number, base: Decimal): Omit<CommissionLine, 'amount'> => ({
    band: i + 1,
    from: lowers[i],
    to: lowers[i + 1] ?? null,
    base,
    rate: rates[i],
    exact: base.mul(rates[i]),
  });
  if (mode === 'flat') return [band(bandIndex(table, amount), amount)];
  // Marginal: a band is used when the amount goes past its lower bound; the boundary does not matter.
  const out: Omit<CommissionLine, 'amount'>[] = [];
  for (let i = 0; i < lowers.length && amount.gt(lowers[i]); i++) {
    const to = lowers[i + 1];
    out.push(band(i, (to !== undefined && to.lt(amount) ? to : amount).sub(lowers[i])));
  }
  return out;
}

/** The band lines, each ROUND(base × rate), and their sum as the total. */
export function commissionLines(
  amount: Decimal,
  table: RateTable,
  mode: CommissionMode,
  decimals: number,
): CommissionResult {
  const lines = exactBands(amount, table, mode).map((l) => ({ ...l, amount: roundHalfAway(l.exact, decimals) }));
  let exact = ZERO;
  let total = ZERO;
  for (const l of lines) {
    exact = exact.add(l.exact);
    total = total.add(l.amount);
  }
  return { lines, exact, total };
}

/** The commission alone, on the decimal path (commissionNumber's fallback). */
export function commission(amount: Decimal, table: RateTable, mode: CommissionMode, decimals: number): Decimal {
  return commissionLines(amount, table, mode, decimals).total;
}

/**
 * The commission as a number: the hot path of =SALES.COMMISSION (hundreds of thousands of cells
 * per recalculation). When the amount has at most four decimals and the table is short decimals,
 * the exact value is an integer count of 10^-(4 + rateDigits) units below 2^53, so plain integer
 * arithmetic on doubles is exact and about twenty times faster than decimal.js; otherwise the
 * decimal path answers. Tests check both paths agree on random tables and amounts.
 */
export function commissionNumber(amount: number, table: RateTable, mode: CommissionMode, decimals: number): number {
  if (amount < 0) throw numError('negative', { arg: 'amount' });
  const t = table.scaled;
  const a = t !== null && decimals >= 0 ? scaledInt(amount, SUM_SCALE) : null;
  if (t === null || a === null || a * t.maxRate > Number.MAX_SAFE_INTEGER) {
    return commission(new Dec(amount), table, mode, decimals).toNumber();
  }
  const { lowers, rates } = t;
  // Each band's exact amount is an integer count of 10^-digits; each is rounded on its own to
  // `places` (no rounding at all when `decimals` asks for as many digits as the product has).
  const digits = 4 + t.rateDigits;
  const places = Math.min(decimals, digits);
  const unit = 10 ** (digits - places);
  let units = 0;
  if (mode === 'flat') {
    let i = lowers.length - 1;
    if (table.boundary === 'lower') while (i > 0 && lowers[i] > a) i--;
    else while (i > 0 && lowers[i] >= a) i--;
    units = roundUnits(a * rates[i], unit);
  } else {
    for (let i = 0; i < lowers.length && a > lowers[i]; i++) {
      const top = i + 1 < lowers.length && lowers[i + 1] < a ? lowers[i + 1] : a;
      units += roundUnits((top - lowers[i]) * rates[i], unit);
    }
  }
  return units / 10 ** places;
}

/** x ÷ unit rounded half away from zero, for a non-negative integer x below 2^53: exact. */
function roundUnits(x: number, unit: number): number {
  if (unit === 1) return x;
  let q = Math.floor(x / unit);
  let rem = x - q * unit;
  // x / unit is a rounded division: correct q by one either way so that 0 ≤ rem < unit.
  if (rem < 0) {
    q--;
    rem += unit;
  } else if (rem >= unit) {
    q++;
    rem -= unit;
  }
  return 2 * rem >= unit ? q + 1 : q;
}
