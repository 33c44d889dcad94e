/**
 * The company's currency for a run: the one the user declared (a --currency option, a
 * template's settings), else the one the data itself names when every deal that names a
 * currency names the same one (a CRM export of a US team says USD on every row), else the
 * default. Several currencies without a declared one keep the default: which of them is the
 * company's is the user's to say, and the deals in the others then need exchange rates.
 */
import type { Deal } from './model';

export type CurrencySource = 'declared' | 'data' | 'default';

export function companyCurrency(deals: readonly Pick<Deal, 'currency'>[], declared: string | null, fallback: string): { currency: string; source: CurrencySource } {
  if (declared !== null) return { currency: declared, source: 'declared' };
  let named: string | null = null;
  for (const d of deals) {
    const c = d.currency ?? null;
    if (c === null || c === named) continue;
    if (named !== null) return { currency: fallback, source: 'default' };
    named = c;
  }
  return named === null ? { currency: fallback, source: 'default' } : { currency: named, source: 'data' };
}
