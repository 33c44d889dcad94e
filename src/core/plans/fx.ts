import type Decimal from 'decimal.js';
import { naError } from '../errors';
import { ONE, ZERO, mulDivRound } from '../money';
import { fromUnits, type CreditIndex, type Indexed } from './inputs';
import type { Conversion } from './statement';

/**
 * Credit in several currencies (rules.md › Commissions, multi-currency). A rep is paid in their
 * plan's currency; a deal in another currency is credited as a sum per currency and period,
 * converted once per statement at that period's rates: amount × rate ÷ rep rate, rounded half
 * away from zero to the rep's minor unit (one rounding per currency and period, so the printed
 * conversion holds to the cent). Rates are company units per unit; the company currency's is 1.
 */
export function rateOf(ix: Indexed, p: number, currency: string): Decimal {
  if (currency === ix.company.currency) return ONE;
  const r = ix.fx.get(`${p}|${currency}`);
  if (r === undefined) throw naError('fxMissing', { currency, period: ix.periods[p].id });
  return r;
}

/** Amounts by currency; the target currency's own amount is taken as it is. */
export type Bag = Map<string, Decimal>;

export function convertBag(ix: Indexed, p: number, bag: ReadonlyMap<string, Decimal>, to: string, decimals: number): { total: Decimal; conversions: Conversion[] } {
  let total = ZERO;
  const conversions: Conversion[] = [];
  for (const [currency, amount] of bag) {
    if (currency === to) {
      total = total.add(amount);
      continue;
    }
    const rate = rateOf(ix, p, currency);
    const repRate = rateOf(ix, p, to);
    const credit = mulDivRound(amount, rate, repRate, decimals);
    conversions.push({ currency, amount, rate, repRate, credit });
    total = total.add(credit);
  }
  conversions.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { total, conversions };
}

/** The credit of rep r's slot in `index`, by currency: their own currency first. */
export function bagOf(ix: Indexed, index: CreditIndex, r: number, slot: number): Bag {
  const bag: Bag = new Map([[ix.currency[r], fromUnits(index.units[slot], ix.decimals[r])]]);
  const foreign = index.foreign.get(slot);
  if (foreign !== undefined) for (const [c, x] of foreign) bag.set(c, (bag.get(c) ?? ZERO).add(x));
  return bag;
}

/** A slot's credit converted to currency `to`, with how. */
export function creditIn(ix: Indexed, index: CreditIndex, r: number, p: number, to: string, decimals: number): { total: Decimal; conversions: Conversion[]; bag: Bag } {
  const slot = r * ix.periods.length + p;
  if (!index.foreign.has(slot) && ix.currency[r] === to) {
    const own = fromUnits(index.units[slot], ix.decimals[r]);
    return { total: own, conversions: [], bag: new Map([[to, own]]) };
  }
  const bag = bagOf(ix, index, r, slot);
  return { ...convertBag(ix, p, bag, to, decimals), bag };
}
