import type Decimal from 'decimal.js';
import { naError, numError, valueError } from '../errors';
import { Dec, ZERO, integerWeights, largestRemainder, roundHalfAway, scaledInt, sum } from '../money';
import { IdIndex } from '../idIndex';
import { compilePlan, type CompiledPlan } from './components';
import { serialToIso } from './format';
import type { Plan } from './schema';
import type { CreditBasis } from './statement';

/**
 * The engine's inputs, validated and indexed once: deals (and their collections) are credited to
 * (rep, period) slots in one pass so statements never rescan deals. Dates are Excel serials;
 * periods and employment are inclusive day ranges.
 */
export interface Rep {
  id: string;
  name: string;
  team: string;
  start: number;
  end: number | null;
  /** Plan id; may be left out when every plan version shares one id. */
  plan?: string;
  /** The rep who manages this one (manager overrides and roll-ups). */
  manager?: string | null;
}
export interface Quota {
  rep: string;
  period: string;
  /** In the rep's currency (their plan's). */
  amount: number;
}
export interface DealSplit {
  rep: string;
  /** Fraction of the deal credited to the rep; a deal's shares add up to exactly 1. */
  share: number;
}
/** Cash received against a deal (回款): what a plan on collected cash credits, when it arrives. */
export interface Collection {
  date: number;
  /** In the deal's currency. */
  amount: number;
}
export interface Deal {
  id: string;
  splits: readonly DealSplit[];
  date: number;
  amount: number;
  cancelled: number | null;
  /** ISO code of the amount's currency; the company currency when left out. */
  currency?: string;
  /** What SPIFFs match on. */
  productLine?: string | null;
  customer?: string | null;
  /** The deal is the customer's first. */
  newCustomer?: boolean;
  /** Collections, for plans that pay on collected cash; none means nothing collected yet. */
  collections?: readonly Collection[];
}
export interface Period {
  id: string;
  start: number;
  end: number;
}
export interface Collaboration {
  rep: string;
  period: string;
  score: number;
}
/** One unit of `currency` is worth `rate` units of the company currency during `period`. */
export interface FxRate {
  period: string;
  currency: string;
  rate: number;
}

export interface EngineInput {
  plans: readonly Plan[];
  reps: readonly Rep[];
  quotas: readonly Quota[];
  deals: readonly Deal[];
  /** Rep id → best period credit before the first period (the record the record bonus beats). */
  history?: Readonly<Record<string, number>>;
  periods: readonly Period[];
  /** Collaboration ratings for the team pool split; none for a team means contribution only. */
  collaboration?: readonly Collaboration[];
  /** The currency totals are reported in; by default the first plan's. */
  company?: { currency: string; decimals: number };
  /** Per-period rates to the company currency, for every other currency a deal or plan uses. */
  fx?: readonly FxRate[];
}

export type { CreditBasis } from './statement';

/** A rep's credit from a cancelled deal, to claw back from the period it was credited in. */
export interface Cancellation {
  deal: string;
  date: number;
  cancelled: number;
  basis: CreditBasis;
  currency: string;
  /** In the deal's currency. */
  credit: Decimal;
  /** Period the credit was in. */
  from: number;
  /** The booked deal, for the SPIFFs it paid (booked basis only). */
  ref: DealRef | null;
}

/** A deal credited to one rep in one period, as SPIFFs see it. */
export interface DealRef {
  deal: Deal;
  /** Index of the rep's split. */
  split: number;
}

/**
 * Credit per (rep, period) slot: in the rep's currency as whole minor units (every credit is on
 * the unit), plus sums in other currencies, converted per statement (fx.ts).
 */
export interface CreditIndex {
  units: Float64Array;
  foreign: Map<number, Map<string, Decimal>>;
}

export interface Indexed {
  periods: Period[];
  reps: readonly Rep[];
  company: { currency: string; decimals: number };
  /** Each rep's currency and minor-unit decimals: their plan's. */
  currency: string[];
  decimals: number[];
  /** governing[r][p]: the plan version in effect on period p's first day for rep r. */
  governing: (CompiledPlan | null)[][];
  eligibleDays: number[][];
  booked: CreditIndex;
  collected: CreditIndex;
  quota: Map<number, Decimal>;
  cancellations: Map<number, Cancellation[]>;
  /** Deals credited (booked) per slot, kept only when a plan has a SPIFF. */
  dealsBySlot: Map<number, DealRef[]> | null;
  record: (Decimal | null)[];
  collaboration: Map<number, number>;
  /** Direct reports per rep, in roster order. */
  reports: number[][];
  /** `${period index}|${currency}` → company units per unit. */
  fx: Map<string, Decimal>;
  repIndex: Map<string, number>;
  periodIndex: Map<string, number>;
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

// `what` is a function so the 100,000-deal loop builds no name unless an error needs one.
type Name = string | (() => string);
const nameOf = (what: Name) => (typeof what === 'string' ? what : what());
const shown = (x: unknown) => (typeof x === 'string' ? x : String(x));

function checkDate(x: unknown, what: Name): number {
  if (!isInt(x) || x < 1) throw valueError('notADate', { arg: nameOf(what), value: shown(x) });
  return x;
}

function checkAmount(x: unknown, what: Name): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw valueError('notANumber', { arg: nameOf(what), value: shown(x) });
  if (x < 0) throw numError('negative', { arg: nameOf(what) });
  return x;
}

function indexPeriods(periods: readonly Period[]): Period[] {
  if (periods.length === 0) throw valueError('emptyList', { arg: 'periods' });
  const sorted = periods.map((p, i) => {
    const start = checkDate(p.start, `periods[${i}].start`);
    const end = checkDate(p.end, `periods[${i}].end`);
    if (end < start) throw valueError('endBeforeStart', { arg: `periods[${i}] (${p.id})` });
    return { id: String(p.id), start, end };
  });
  sorted.sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start <= sorted[i - 1].end) throw valueError('periodsOverlap', { first: sorted[i - 1].id, second: sorted[i].id });
  }
  return sorted;
}

function planVersions(plans: readonly Plan[]): Map<string, CompiledPlan[]> {
  if (plans.length === 0) throw valueError('emptyList', { arg: 'plans' });
  const byId = new Map<string, CompiledPlan[]>();
  for (const plan of plans) {
    const list = byId.get(plan.id) ?? [];
    if (list.length > 0 && (list[0].plan.currency !== plan.currency || list[0].plan.decimals !== plan.decimals)) {
      throw valueError('planVersionsDiffer', { plan: plan.id });
    }
    list.push(compilePlan(plan));
    byId.set(plan.id, list);
  }
  for (const [id, list] of byId) {
    list.sort((a, b) => a.plan.effectiveFrom - b.plan.effectiveFrom);
    for (let i = 1; i < list.length; i++) {
      const prevEnd = list[i - 1].plan.effectiveTo;
      if (prevEnd === null || prevEnd >= list[i].plan.effectiveFrom) {
        throw valueError('planVersionsOverlap', { plan: id, from: serialToIso(list[i].plan.effectiveFrom) });
      }
    }
  }
  return byId;
}

/** The period holding a date, by binary search; -1 outside every period. */
function periodOf(periods: readonly Period[], date: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (date < periods[mid].start) hi = mid - 1;
    else if (date > periods[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Money in whole minor units at `decimals` as a decimal, without a division. */
export const fromUnits = (units: number, decimals: number): Decimal => (units === 0 ? ZERO : new Dec(`${units}e-${decimals}`));

/** Each rep's reports, checked: a manager must be a rep, and nobody manages themselves through the chain. */
function reportsOf(reps: readonly Rep[], repIndex: Map<string, number>): number[][] {
  const reports: number[][] = reps.map(() => []);
  const manager = reps.map((rep, r) => {
    const m = rep.manager ?? null;
    if (m === null || m === '') return -1;
    const k = repIndex.get(m);
    if (k === undefined) throw naError('unknownManager', { rep: rep.id, manager: m });
    reports[k].push(r);
    return k;
  });
  manager.forEach((_, r) => {
    let k = manager[r];
    for (let steps = 0; k >= 0; steps++, k = manager[k]) {
      if (k === r || steps > reps.length) throw valueError('managerCycle', { rep: reps[r].id });
    }
  });
  return reports;
}

export function indexInput(input: EngineInput): Indexed {
  const periods = indexPeriods(input.periods);
  const P = periods.length;
  const periodIndex = new Map<string, number>();
  periods.forEach((p, i) => {
    if (periodIndex.has(p.id)) throw valueError('duplicateId', { arg: 'periods', id: p.id });
    periodIndex.set(p.id, i);
  });
  const byId = planVersions(input.plans);
  const company = input.company ?? { currency: input.plans[0].currency, decimals: input.plans[0].decimals };
  const onlyPlan = byId.size === 1 ? [...byId.keys()][0] : null;

  const repIndex = new Map<string, number>();
  const governing: (CompiledPlan | null)[][] = [];
  const eligibleDays: number[][] = [];
  const currency: string[] = [];
  const decimals: number[] = [];
  input.reps.forEach((rep, r) => {
    if (repIndex.has(rep.id)) throw valueError('duplicateId', { arg: 'reps', id: rep.id });
    repIndex.set(rep.id, r);
    const start = checkDate(rep.start, `reps[${r}] (${rep.id}).start`);
    const end = rep.end === null ? Infinity : checkDate(rep.end, `reps[${r}] (${rep.id}).end`);
    if (end < start) throw valueError('endBeforeStart', { arg: `reps[${r}] (${rep.id})` });
    const planId = rep.plan ?? onlyPlan;
    if (planId === null) throw valueError('planRequired', { rep: rep.id });
    const versions = byId.get(planId);
    if (versions === undefined) throw naError('unknownPlan', { rep: rep.id, plan: planId });
    currency.push(versions[0].plan.currency);
    decimals.push(versions[0].plan.decimals);
    governing.push(
      periods.map(
        (p) => versions.find((v) => v.plan.effectiveFrom <= p.start && (v.plan.effectiveTo === null || p.start <= v.plan.effectiveTo)) ?? null,
      ),
    );
    eligibleDays.push(periods.map((p) => Math.max(0, Math.min(end, p.end) - Math.max(start, p.start) + 1)));
  });
  const reports = reportsOf(input.reps, repIndex);
  const R = input.reps.length;
  const slotOf = (repId: string, periodId: string, what: Name): number => {
    const r = repIndex.get(repId);
    if (r === undefined) throw naError('unknownRep', { arg: nameOf(what), rep: repId });
    const p = periodIndex.get(periodId);
    if (p === undefined) throw naError('unknownPeriod', { arg: nameOf(what), period: periodId });
    return r * P + p;
  };

  const fx = new Map<string, Decimal>();
  (input.fx ?? []).forEach((x, i) => {
    const p = periodIndex.get(x.period);
    if (p === undefined) throw naError('unknownPeriod', { arg: `fx[${i}]`, period: x.period });
    const rate = checkAmount(x.rate, `fx[${i}].rate`);
    if (rate === 0) throw numError('notPositive', { arg: `fx[${i}].rate` });
    fx.set(`${p}|${x.currency}`, new Dec(rate));
  });
  // One currency has one minor unit throughout a run, whichever plan or the company uses it.
  const unitDecimals = new Map<string, number>([[company.currency, company.decimals]]);
  for (const list of byId.values()) {
    const { currency: cur, decimals: d } = list[0].plan;
    if ((unitDecimals.get(cur) ?? d) !== d) throw valueError('currencyDecimals', { currency: cur });
    unitDecimals.set(cur, d);
  }
  // A currency only deals use (converted at once) is taken to have cents.
  const decimalsOf = (cur: string): number => unitDecimals.get(cur) ?? 2;
  const needRate = (cur: string, p: number) => {
    if (cur !== company.currency && !fx.has(`${p}|${cur}`)) throw naError('fxMissing', { currency: cur, period: periods[p].id });
  };

  const quota = new Map<number, Decimal>();
  input.quotas.forEach((q, i) => {
    const slot = slotOf(q.rep, q.period, () => `quotas[${i}]`);
    if (quota.has(slot)) throw valueError('duplicateQuota', { rep: q.rep, period: q.period });
    quota.set(slot, new Dec(checkAmount(q.amount, () => `quotas[${i}].amount`)));
  });

  const spiffs = input.plans.some((p) => p.components.some((c) => c.kind === 'spiff'));
  const booked: CreditIndex = { units: new Float64Array(R * P), foreign: new Map() };
  const collected: CreditIndex = { units: new Float64Array(R * P), foreign: new Map() };
  const cancellations = new Map<number, Cancellation[]>();
  const dealsBySlot = spiffs ? new Map<number, DealRef[]>() : null;
  const deals = input.deals;
  const dealIds = new IdIndex(deals, deals.length);

  /** Adds a split credit (in the deal's currency) to a slot. */
  const credit = (index: CreditIndex, r: number, p: number, cur: string, c: number | Decimal, dealDecimals: number, who: string): void => {
    const slot = r * P + p;
    if (cur === currency[r]) {
      const units = typeof c === 'number' ? (scaledInt(c, 10 ** dealDecimals) as number) : Number(c.mul(10 ** dealDecimals).toFixed(0));
      const next = index.units[slot] + units;
      if (next > Number.MAX_SAFE_INTEGER) throw numError('creditTooLarge', { rep: who });
      index.units[slot] = next;
    } else {
      needRate(cur, p);
      needRate(currency[r], p);
      const bag = index.foreign.get(slot) ?? new Map<string, Decimal>();
      bag.set(cur, (bag.get(cur) ?? ZERO).add(c));
      index.foreign.set(slot, bag);
    }
  };
  // Only events and SPIFFs need a split as a decimal or an object; most splits never do.
  const dec = (c: number | Decimal): Decimal => (typeof c === 'number' ? new Dec(c) : c);
  const cancel = (slot: number, event: Cancellation) => {
    const list = cancellations.get(slot) ?? [];
    list.push(event);
    cancellations.set(slot, list);
  };

  for (let i = 0; i < deals.length; i++) {
    const d = deals[i];
    if (dealIds.get(d.id) !== undefined) throw valueError('duplicateId', { arg: `deals[${i}]`, id: d.id });
    dealIds.add(i);
    const cur = d.currency ?? company.currency;
    const dealDecimals = decimalsOf(cur);
    const amount = checkAmount(d.amount, () => `deals[${i}] (${d.id}).amount`);
    if (scaledInt(amount, 10 ** dealDecimals) === null) throw valueError('tooManyDecimals', { arg: `deals[${i}] (${d.id}).amount`, decimals: dealDecimals });
    const date = checkDate(d.date, () => `deals[${i}] (${d.id}).date`);
    const cancelled = d.cancelled === null ? null : checkDate(d.cancelled, () => `deals[${i}] (${d.id}).cancelled`);
    if (cancelled !== null && cancelled < date) throw valueError('cancelledBeforeClosed', { deal: `deals[${i}] (${d.id})` });
    const reps = checkSplits(d, i, repIndex);
    const pc = cancelled === null ? -1 : periodOf(periods, cancelled);

    const p = periodOf(periods, date);
    // A deal cancelled before its period closes never earns credit; later, it is clawed back.
    if (p >= 0 && (cancelled === null || cancelled > periods[p].end)) {
      const credits = splitCredit(d, i, amount, dealDecimals);
      for (let k = 0; k < reps.length; k++) {
        const r = reps[k];
        credit(booked, r, p, cur, credits[k], dealDecimals, d.splits[k].rep);
        if (dealsBySlot === null && pc < 0) continue;
        const ref = { deal: d, split: k };
        if (dealsBySlot !== null) {
          const list = dealsBySlot.get(r * P + p) ?? [];
          list.push(ref);
          dealsBySlot.set(r * P + p, list);
        }
        if (pc >= 0 && cancelled !== null) cancel(r * P + pc, { deal: d.id, date, cancelled, basis: 'booked', currency: cur, credit: dec(credits[k]), from: p, ref });
      }
    }

    if (d.collections !== undefined && d.collections.length > 0) {
      let collectedSum = ZERO;
      d.collections.forEach((col, j) => {
        const what = () => `deals[${i}] (${d.id}).collections[${j}]`;
        const cAmount = checkAmount(col.amount, () => `${what()}.amount`);
        if (scaledInt(cAmount, 10 ** dealDecimals) === null) throw valueError('tooManyDecimals', { arg: `${what()}.amount`, decimals: dealDecimals });
        const cDate = checkDate(col.date, () => `${what()}.date`);
        collectedSum = collectedSum.add(cAmount);
        const q = periodOf(periods, cDate);
        // Cash of a deal cancelled before the collection's period closes is refunded, never credited.
        if (q < 0 || (cancelled !== null && cancelled <= periods[q].end)) return;
        const credits = splitCredit(d, i, cAmount, dealDecimals);
        for (let k = 0; k < reps.length; k++) {
          credit(collected, reps[k], q, cur, credits[k], dealDecimals, d.splits[k].rep);
          if (pc >= 0 && cancelled !== null) cancel(reps[k] * P + pc, { deal: d.id, date, cancelled, basis: 'collected', currency: cur, credit: dec(credits[k]), from: q, ref: null });
        }
      });
      if (collectedSum.gt(amount)) throw valueError('collectionsExceedDeal', { deal: `deals[${i}] (${d.id})`, collected: collectedSum.toString(), amount: String(amount) });
    }
  }
  for (const list of cancellations.values()) {
    list.sort((a, b) => a.cancelled - b.cancelled || (a.deal < b.deal ? -1 : a.deal > b.deal ? 1 : 0) || a.from - b.from);
  }

  const history = input.history ?? {};
  const record = input.reps.map((rep) => {
    const h = history[rep.id];
    return h === undefined ? null : new Dec(checkAmount(h, `history.${rep.id}`));
  });
  const collaboration = new Map<number, number>();
  (input.collaboration ?? []).forEach((c, i) => {
    collaboration.set(slotOf(c.rep, c.period, `collaboration[${i}]`), checkAmount(c.score, `collaboration[${i}].score`));
  });
  return {
    periods,
    reps: input.reps,
    company,
    currency,
    decimals,
    governing,
    eligibleDays,
    booked,
    collected,
    quota,
    cancellations,
    dealsBySlot,
    record,
    collaboration,
    reports,
    fx,
    repIndex,
    periodIndex,
  };
}

/** The rep index of each split, checked: known reps, shares in (0, 1]. */
function checkSplits(d: Deal, i: number, repIndex: Map<string, number>): number[] {
  const { splits } = d;
  if (!Array.isArray(splits) || splits.length === 0) throw valueError('emptyList', { arg: `deals[${i}] (${d.id}).splits` });
  return splits.map((s, k) => {
    const r = repIndex.get(s.rep);
    if (r === undefined) throw naError('unknownRep', { arg: `deals[${i}] (${d.id}).splits[${k}]`, rep: s.rep });
    if (typeof s.share !== 'number' || !(s.share > 0 && s.share <= 1)) throw numError('shareOutOfRange', { arg: `deals[${i}] (${d.id}).splits[${k}].share` });
    return r;
  });
}

/**
 * Each rep's part of an amount of a deal: the amount itself when one rep has it all (the common
 * case, kept as a plain number), else amount × share rounded to the minor unit by largest
 * remainder (exact, ties to the earlier split), so the parts add up exactly to the amount.
 */
export function splitCredit(d: Deal, i: number, amount: number, decimals: number): (number | Decimal)[] {
  const { splits } = d;
  // Named only when refused: a million deals build no name they never need.
  const deal = (): string => `deals[${i}] (${d.id})`;
  if (splits.length === 1) {
    if (splits[0].share !== 1) throw valueError('sharesNotOne', { deal: deal(), total: String(splits[0].share) });
    return [amount];
  }
  const fast = scaledSplit(amount, splits, decimals);
  if (fast !== null) {
    if (fast === 'bad') throw valueError('sharesNotOne', { deal: deal(), total: sum(splits.map((s) => new Dec(s.share))).toString() });
    return fast;
  }
  const shares = splits.map((s) => new Dec(s.share));
  const total = sum(shares);
  if (!total.eq(1)) throw valueError('sharesNotOne', { deal: deal(), total: total.toString() });
  const a = roundHalfAway(new Dec(amount), decimals);
  const units = BigInt(a.mul(10 ** decimals).toFixed(0));
  const w = integerWeights(shares);
  let sumW = 0n;
  for (const x of w) sumW += x;
  return largestRemainder(
    w.map((x) => units * x),
    sumW,
    units,
  ).map((u) => new Dec(`${u}e-${decimals}`));
}

const SHARE_SCALE = 1_000_000;

/**
 * Largest remainder for split credit in integers, when the amount (in minor units) and the
 * shares (in millionths) are small exact integers: the same result as largestRemainder, ties to
 * the earlier split, without a BigInt per split (a tenth of 100,000 deals are split). 'bad' when
 * the shares do not add up to 1; null when the numbers do not fit, and the BigInt path answers.
 */
export function scaledSplit(amount: number, splits: readonly DealSplit[], decimals: number): number[] | 'bad' | null {
  const unit = 10 ** decimals;
  const a = scaledInt(amount, unit);
  if (a === null || a * SHARE_SCALE > Number.MAX_SAFE_INTEGER) return null;
  const shares: number[] = [];
  let total = 0;
  for (const s of splits) {
    const x = scaledInt(s.share, SHARE_SCALE);
    if (x === null) return null;
    shares.push(x);
    total += x;
  }
  if (total !== SHARE_SCALE) return 'bad';
  // a × x < 2^53, so % and the division below are exact integer arithmetic.
  const rems = shares.map((x) => (a * x) % SHARE_SCALE);
  const floors = shares.map((x, k) => (a * x - rems[k]) / SHARE_SCALE);
  let missing = a - floors.reduce((acc, f) => acc + f, 0);
  const order = rems.map((_, k) => k).sort((p, q) => rems[q] - rems[p] || p - q);
  for (let k = 0; missing > 0; k++, missing--) floors[order[k]]++;
  return floors.map((f) => f / unit);
}
