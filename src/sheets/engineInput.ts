/**
 * What of the team's data the commission engine reads beyond deals, reps and quotas
 * (rules.md › Collected cash, Currencies): each rep's manager, the cash collected on each deal
 * with its date, whether a deal is its customer's first, the company's currency and the rates.
 */
import type { Deal as EngineDeal, EngineInput, FxRate as EngineFx } from '../core/plans/engine';
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import type { Dataset, Deal } from '../data/model';

/**
 * The manager the engine pays an override to: the roster's, when they are on it too (one who is
 * not was already reported when the data was read, and earns no override).
 */
export function managersOf(data: Pick<Dataset, 'reps'>): Map<string, string | null> {
  const names = new Set(data.reps.map((r) => r.name));
  return new Map(data.reps.map((r) => [r.name, r.manager !== null && r.manager !== r.name && names.has(r.manager) ? r.manager : null]));
}

/** The deal ids that are their customer's first: the earliest deal (then the first read) that was never cancelled. */
export function firstDeals(deals: readonly Deal[]): Set<string> {
  const first = new Map<string, Deal>();
  for (const d of deals) {
    if (d.cancelled !== null) continue;
    const seen = first.get(d.customer);
    if (seen === undefined || d.date < seen.date) first.set(d.customer, d);
  }
  return new Set([...first.values()].map((d) => d.id));
}

/**
 * The deals as the engine reads them. The data's deals are passed as they are unless a plan needs
 * more: on collected cash, a deal's dated collections, or its undated collected amount on the
 * deal's date; for a new-customer SPIFF, whether the deal is the customer's first.
 */
export function engineDeals(deals: readonly Deal[], plans: readonly Plan[]): readonly EngineDeal[] {
  const collected = plans.some((p) => p.creditBasis === 'collected');
  const newCustomers = plans.some((p) => p.components.some((c) => c.kind === 'spiff' && c.newCustomer === true));
  if (!collected && !newCustomers) return deals;
  const first = newCustomers ? firstDeals(deals) : null;
  return deals.map((d) => {
    const out: EngineDeal = { ...d };
    if (first !== null) out.newCustomer = first.has(d.id);
    if (collected && d.collections === undefined && d.collected !== null && d.collected > 0) out.collections = [{ date: d.date, amount: d.collected }];
    return out;
  });
}

/** The company's currency (the template's settings) and the rates of the run's months. */
export function currencyInput(data: Pick<Dataset, 'fx'>, settings: Pick<Settings, 'currency' | 'decimals'>, periods: EngineInput['periods']): Pick<EngineInput, 'company' | 'fx'> {
  const ids = new Set(periods.map((p) => p.id));
  const fx: EngineFx[] = (data.fx ?? []).filter((x) => ids.has(x.period) && x.currency !== settings.currency).map((x) => ({ period: x.period, currency: x.currency, rate: x.rate }));
  return { company: { currency: settings.currency, decimals: settings.decimals }, fx };
}
