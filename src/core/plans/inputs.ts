import type Decimal from 'decimal.js';
import { naError, numError, valueError } from '../errors';
import { Dec, ZERO, roundHalfAway, roundPartsToTotal, scaledInt, sum } from '../money';
import { compilePlan, type CompiledPlan } from './components';
import type { Plan } from './schema';

/**
 * The engine's inputs, validated and indexed once: deals are credited to (rep, period) slots in
 * one pass so statements never rescan deals. Dates are Excel serials; periods and employment
 * are inclusive day ranges.
 */
export interface Rep {
  id: string;
  name: string;
  team: string;
  start: number;
  end: number | null;
  /** Plan id; may be left out when every plan version shares one id. */
  plan?: string;
}
export interface Quota {
  rep: string;
  period: string;
  amount: number;
}
export interface DealSplit {
  rep: string;
  /** Fraction of the deal credited to the rep; a deal's shares add up to exactly 1. */
  share: number;
}
export interface Deal {
  id: string;
  splits: readonly DealSplit[];
  date: number;
  amount: number;
  cancelled: number | null;
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
}

export interface Cancellation {
  deal: string;
  date: number;
  cancelled: number;
  credit: Decimal;
  /** Period the deal was credited in. */
  from: number;
}

export interface Indexed {
  periods: Period[];
  reps: readonly Rep[];
  decimals: number;
  currency: string;
  /** governing[r][p]: the plan version in effect on period p's first day for rep r. */
  governing: (CompiledPlan | null)[][];
  eligibleDays: number[][];
  /** Credit per (rep, period) slot in whole minor units (every credit is on the unit). */
  credit: Float64Array;
  quota: Map<number, Decimal>;
  cancellations: Map<number, Cancellation[]>;
  record: (Decimal | null)[];
  collaboration: Map<number, number>;
  repIndex: Map<string, number>;
  periodIndex: Map<string, number>;
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

// `what` is a function so the 100,000-deal loop builds no message unless one is needed.
type Name = string | (() => string);
const nameOf = (what: Name) => (typeof what === 'string' ? what : what());

function checkDate(x: unknown, what: Name): number {
  if (!isInt(x) || x < 1) throw valueError(`${nameOf(what)} must be a date (a whole Excel serial), got ${String(x)}`);
  return x;
}

function checkAmount(x: unknown, what: Name): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw valueError(`${nameOf(what)} must be a number, got ${String(x)}`);
  if (x < 0) throw numError(`${nameOf(what)} must not be negative`);
  return x;
}

function indexPeriods(periods: readonly Period[]): Period[] {
  if (periods.length === 0) throw valueError('periods: at least one period is needed');
  const sorted = periods.map((p, i) => {
    const start = checkDate(p.start, `periods[${i}].start`);
    const end = checkDate(p.end, `periods[${i}].end`);
    if (end < start) throw valueError(`periods[${i}] (${p.id}): end is before start`);
    return { id: String(p.id), start, end };
  });
  sorted.sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start <= sorted[i - 1].end) throw valueError(`periods ${sorted[i - 1].id} and ${sorted[i].id} overlap`);
  }
  return sorted;
}

function planVersions(plans: readonly Plan[]): { byId: Map<string, CompiledPlan[]>; decimals: number; currency: string } {
  if (plans.length === 0) throw valueError('plans: at least one plan is needed');
  const { decimals, currency } = plans[0];
  const byId = new Map<string, CompiledPlan[]>();
  for (const plan of plans) {
    if (plan.decimals !== decimals || plan.currency !== currency) {
      throw valueError(`plans: all plans of one run must share currency and decimals (${plan.id} has ${plan.currency}/${plan.decimals})`);
    }
    const list = byId.get(plan.id) ?? [];
    list.push(compilePlan(plan));
    byId.set(plan.id, list);
  }
  for (const [id, list] of byId) {
    list.sort((a, b) => a.plan.effectiveFrom - b.plan.effectiveFrom);
    for (let i = 1; i < list.length; i++) {
      const prevEnd = list[i - 1].plan.effectiveTo;
      if (prevEnd === null || prevEnd >= list[i].plan.effectiveFrom) {
        throw valueError(`plans: versions of "${id}" overlap (one from ${list[i].plan.effectiveFrom} starts before the previous one ends)`);
      }
    }
  }
  return { byId, decimals, currency };
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

/** A slot's credit as a decimal: exact, from whole minor units, without a division. */
export function creditOf(ix: Indexed, slot: number): Decimal {
  const units = ix.credit[slot];
  return units === 0 ? ZERO : new Dec(`${units}e-${ix.decimals}`);
}

export function indexInput(input: EngineInput): Indexed {
  const periods = indexPeriods(input.periods);
  const P = periods.length;
  const periodIndex = new Map<string, number>();
  periods.forEach((p, i) => {
    if (periodIndex.has(p.id)) throw valueError(`periods: duplicate id "${p.id}"`);
    periodIndex.set(p.id, i);
  });
  const { byId, decimals, currency } = planVersions(input.plans);
  const onlyPlan = byId.size === 1 ? [...byId.keys()][0] : null;

  const repIndex = new Map<string, number>();
  const governing: (CompiledPlan | null)[][] = [];
  const eligibleDays: number[][] = [];
  input.reps.forEach((rep, r) => {
    if (repIndex.has(rep.id)) throw valueError(`reps: duplicate id "${rep.id}"`);
    repIndex.set(rep.id, r);
    const start = checkDate(rep.start, `reps[${r}] (${rep.id}).start`);
    const end = rep.end === null ? Infinity : checkDate(rep.end, `reps[${r}] (${rep.id}).end`);
    if (end < start) throw valueError(`reps[${r}] (${rep.id}): end is before start`);
    const planId = rep.plan ?? onlyPlan;
    if (planId === null) throw valueError(`reps[${r}] (${rep.id}): plan is required when there are several plans`);
    const versions = byId.get(planId);
    if (versions === undefined) throw naError(`reps[${r}] (${rep.id}): no plan "${planId}"`);
    governing.push(
      periods.map(
        (p) => versions.find((v) => v.plan.effectiveFrom <= p.start && (v.plan.effectiveTo === null || p.start <= v.plan.effectiveTo)) ?? null,
      ),
    );
    eligibleDays.push(periods.map((p) => Math.max(0, Math.min(end, p.end) - Math.max(start, p.start) + 1)));
  });
  const R = input.reps.length;
  const slotOf = (repId: string, periodId: string, what: Name): number => {
    const r = repIndex.get(repId);
    if (r === undefined) throw naError(`${nameOf(what)}: unknown rep "${repId}"`);
    const p = periodIndex.get(periodId);
    if (p === undefined) throw naError(`${nameOf(what)}: unknown period "${periodId}"`);
    return r * P + p;
  };

  const quota = new Map<number, Decimal>();
  input.quotas.forEach((q, i) => {
    const slot = slotOf(q.rep, q.period, () => `quotas[${i}]`);
    if (quota.has(slot)) throw valueError(`quotas[${i}]: a second quota for ${q.rep} in ${q.period}`);
    quota.set(slot, new Dec(checkAmount(q.amount, () => `quotas[${i}].amount`)));
  });

  const unit = 10 ** decimals;
  const credit = new Float64Array(R * P);
  const cancellations = new Map<number, Cancellation[]>();
  const dealIds = new Set<string>();
  const deals = input.deals;
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i];
    if (dealIds.has(d.id)) throw valueError(`deals[${i}]: duplicate id "${d.id}"`);
    dealIds.add(d.id);
    const amount = checkAmount(d.amount, () => `deals[${i}] (${d.id}).amount`);
    if (scaledInt(amount, unit) === null) throw valueError(`deals[${i}] (${d.id}).amount has more than ${decimals} decimals`);
    const date = checkDate(d.date, () => `deals[${i}] (${d.id}).date`);
    const cancelled = d.cancelled === null ? null : checkDate(d.cancelled, () => `deals[${i}] (${d.id}).cancelled`);
    if (cancelled !== null && cancelled < date) throw valueError(`deals[${i}] (${d.id}): cancelled before it closed`);
    const credits = splitCredit(d, i, amount, repIndex, decimals);
    const p = periodOf(periods, date);
    // A deal cancelled before its period closes never earns credit; later, it is clawed back.
    if (p < 0 || (cancelled !== null && cancelled <= periods[p].end)) continue;
    const pc = cancelled === null ? -1 : periodOf(periods, cancelled);
    for (let k = 0; k < d.splits.length; k++) {
      const r = repIndex.get(d.splits[k].rep) as number;
      const c = credits[k];
      const units = typeof c === 'number' ? (scaledInt(c, unit) as number) : (scaledInt(c.toNumber(), unit) as number);
      const next = credit[r * P + p] + units;
      if (next > Number.MAX_SAFE_INTEGER) throw numError(`credit of ${d.splits[k].rep} is too large to add up exactly`);
      credit[r * P + p] = next;
      if (pc >= 0 && cancelled !== null) {
        const slot = r * P + pc;
        const list = cancellations.get(slot) ?? [];
        list.push({ deal: d.id, date, cancelled, credit: typeof c === 'number' ? new Dec(c) : c, from: p });
        cancellations.set(slot, list);
      }
    }
  }
  for (const list of cancellations.values()) list.sort((a, b) => a.cancelled - b.cancelled || (a.deal < b.deal ? -1 : a.deal > b.deal ? 1 : 0));

  const history = input.history ?? {};
  const record = input.reps.map((rep) => {
    const h = history[rep.id];
    return h === undefined ? null : new Dec(checkAmount(h, `history.${rep.id}`));
  });
  const collaboration = new Map<number, number>();
  (input.collaboration ?? []).forEach((c, i) => {
    collaboration.set(slotOf(c.rep, c.period, `collaboration[${i}]`), checkAmount(c.score, `collaboration[${i}].score`));
  });
  return { periods, reps: input.reps, decimals, currency, governing, eligibleDays, credit, quota, cancellations, record, collaboration, repIndex, periodIndex };
}

/**
 * Each rep's credit from a deal: the deal's amount when one rep has it all (the common case,
 * kept as a plain number), else amount × share rounded to the minor unit by largest remainder,
 * so the credits add up exactly to the amount.
 */
function splitCredit(d: Deal, i: number, amount: number, repIndex: Map<string, number>, decimals: number): (number | Decimal)[] {
  const { splits } = d;
  if (!Array.isArray(splits) || splits.length === 0) throw valueError(`deals[${i}] (${d.id}): splits are empty`);
  for (let k = 0; k < splits.length; k++) {
    const s = splits[k];
    if (!repIndex.has(s.rep)) throw naError(`deals[${i}] (${d.id}).splits[${k}]: unknown rep "${s.rep}"`);
    if (typeof s.share !== 'number' || !(s.share > 0 && s.share <= 1)) {
      throw numError(`deals[${i}] (${d.id}).splits[${k}].share must be above 0 and at most 1`);
    }
  }
  if (splits.length === 1) {
    if (splits[0].share !== 1) throw valueError(`deals[${i}] (${d.id}): split shares add up to ${splits[0].share}, not 1`);
    return [amount];
  }
  const fast = scaledSplit(amount, splits, decimals);
  if (fast !== null) {
    if (fast === 'bad') throw valueError(`deals[${i}] (${d.id}): split shares add up to ${sum(splits.map((s) => new Dec(s.share))).toString()}, not 1`);
    return fast;
  }
  const shares = splits.map((s) => new Dec(s.share));
  const total = sum(shares);
  if (!total.eq(1)) throw valueError(`deals[${i}] (${d.id}): split shares add up to ${total.toString()}, not 1`);
  const a = new Dec(amount);
  return roundPartsToTotal(
    shares.map((s) => a.mul(s)),
    decimals,
    roundHalfAway(a, decimals),
  );
}

const SHARE_SCALE = 1_000_000;

/**
 * roundPartsToTotal for split credit in integers, when the amount (in minor units) and the
 * shares (in millionths) are small exact integers: the same largest remainder, ties to the
 * earlier split, without a decimal per split (a tenth of 100,000 deals are split). 'bad' when
 * the shares do not add up to 1; null when the numbers do not fit, and decimals answer.
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
