/**
 * The inputs that decide a period, in a fixed shape: the deals of the period, the plan versions
 * that governed it, its quotas and exchange rates and the roster, hashed together (SHA-256 of
 * canonical JSON) so two runs on the same inputs give the same hash whatever order the data came in.
 */
import type { Deal, EngineInput, Period } from '../plans/inputs';
import type { Plan } from '../plans/schema';
import type { DealRecord } from './record';
import { canonicalJson, sha256Hex } from './sha256';

/** A deal as the engine reads it (and nothing else: the row it came from is not part of it). */
export function dealRecord(d: Deal): DealRecord {
  return {
    id: d.id,
    date: d.date,
    amount: d.amount,
    currency: d.currency ?? null,
    splits: d.splits.map((s) => ({ rep: s.rep, share: s.share })),
    cancelled: d.cancelled,
    collections: (d.collections ?? []).map((c) => ({ date: c.date, amount: c.amount })),
    productLine: d.productLine ?? null,
    customer: d.customer ?? null,
    newCustomer: d.newCustomer ?? false,
  };
}

/** The engine's deal from a record (the inverse of dealRecord). */
export function dealOf(r: DealRecord): Deal {
  return {
    id: r.id,
    date: r.date,
    amount: r.amount,
    ...(r.currency === null ? {} : { currency: r.currency }),
    splits: r.splits,
    cancelled: r.cancelled,
    collections: r.collections,
    productLine: r.productLine,
    customer: r.customer,
    newCustomer: r.newCustomer,
  };
}

export const sameDeal = (a: DealRecord, b: DealRecord): boolean => canonicalJson(a) === canonicalJson(b);

const within = (date: number, p: Period): boolean => p.start <= date && date <= p.end;

/** Whether a deal counts in a period: booked, cancelled or collected in it. */
export function dealTouches(d: DealRecord, p: Period): boolean {
  return within(d.date, p) || (d.cancelled !== null && within(d.cancelled, p)) || d.collections.some((c) => within(c.date, p));
}

/** The period's deals, by id. */
export function dealsOf(input: EngineInput, p: Period): DealRecord[] {
  return input.deals
    .map(dealRecord)
    .filter((d) => dealTouches(d, p))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The plan versions in effect on the period's first day. */
export function governingPlans(plans: readonly Plan[], p: Period): Plan[] {
  return plans.filter((v) => v.effectiveFrom <= p.start && (v.effectiveTo === null || p.start <= v.effectiveTo));
}

export const planHash = (plan: Plan): string => sha256Hex(canonicalJson(plan));

/** SHA-256 of everything that decided the period's statements. */
export function inputsHash(input: EngineInput, p: Period): string {
  return sha256Hex(
    canonicalJson({
      period: { id: p.id, start: p.start, end: p.end },
      deals: dealsOf(input, p),
      plans: governingPlans(input.plans, p),
      quotas: input.quotas.filter((q) => q.period === p.id).map((q) => ({ rep: q.rep, amount: q.amount })).sort((a, b) => (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : 0)),
      fx: (input.fx ?? []).filter((x) => x.period === p.id).map((x) => ({ currency: x.currency, rate: x.rate })).sort((a, b) => (a.currency < b.currency ? -1 : 1)),
      reps: input.reps.map((r) => ({ id: r.id, team: r.team, start: r.start, end: r.end, plan: r.plan ?? null, manager: r.manager ?? null })).sort((a, b) => (a.id < b.id ? -1 : 1)),
      company: input.company ?? null,
    }),
  );
}
