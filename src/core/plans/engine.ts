import type Decimal from 'decimal.js';
import { poolWeights } from '../bonusPool';
import { bandIndex, bandStart } from '../commission';
import { numError, valueError, naError } from '../errors';
import { Dec, ZERO, roundHalfAway, scaledInt, splitByIntegerWeights } from '../money';
import type { Language } from '../language';
import { attainment, compilePlan, creditPayout, gateMet, line, moneyTable, type CompiledPlan, type CreditContext } from './components';
import { TEXTS, type Texts } from './explain';
import { fmtMoney, serialToIso } from './format';
import { creditOf, indexInput, type EngineInput, type Indexed } from './inputs';
import { finishLines, type RawLine, type Statement } from './statement';

export type { EngineInput, Rep, Quota, Deal, DealSplit, Period, Collaboration } from './inputs';
export type { Statement, StatementLine, LineKind, LineBasis } from './statement';

/**
 * Commission statements per rep and period (rules.md › Commissions).
 *
 * - Plan versions: the version in effect on a period's first day governs the whole period, so a
 *   plan never applies before its date; a change dated inside a period applies from the next.
 * - Credit: deals dated in the period, split by share (rounded to the minor unit, conserved).
 * - Quota, and a draw, are prorated by the days the rep was employed in the period.
 * - Record bonus: the record is the larger of the rep's history and their best earlier period.
 * - Team pool: per team and plan version, among the members employed in the period; the team
 *   target is the sum of their prorated quotas.
 * - Clawback: a deal cancelled within the plan's window, after its period closed, reverses what
 *   it added to that period's credit-driven payout, in the period of cancellation, as its own
 *   line; several cancellations of one period are taken in order, so together they never
 *   reverse more than the period paid.
 * - Draws: a recoverable draw tops earnings up to the draw and is recovered from later earnings
 *   above the draw, never more than is outstanding; a non-recoverable draw only tops up.
 */
export interface EngineOptions {
  language?: Language;
  /** Only these reps' statements (the team pools still see every member). */
  reps?: readonly string[];
}

interface PeriodState {
  plan: CompiledPlan | null;
  ctx: CreditContext;
  /** Credit not yet clawed back. */
  remaining: Decimal;
}

interface PoolShare {
  funded: boolean;
  team: string;
  total: Decimal;
  target: Decimal | null;
  pool: Decimal;
  share: Decimal;
}

function prorate(full: Decimal, days: number, periodDays: number, decimals: number): Decimal {
  if (days >= periodDays) return full;
  const p = roundHalfAway(full.mul(days).div(periodDays), decimals);
  return p.gt(full) ? full : p;
}

export function computeStatements(input: EngineInput, options: EngineOptions = {}): Statement[] {
  const ix = indexInput(input);
  const texts = TEXTS[options.language ?? 'en-US'];
  const only = options.reps === undefined ? null : new Set(options.reps.map((id) => ix.repIndex.get(id) ?? -1));
  const pools = new Map<string, Map<number, PoolShare>>();
  const out: Statement[] = [];
  for (let r = 0; r < ix.reps.length; r++) {
    if (only !== null && !only.has(r)) continue;
    repStatements(ix, r, texts, pools, out);
  }
  return out;
}

function repStatements(ix: Indexed, r: number, texts: Texts, pools: Map<string, Map<number, PoolShare>>, out: Statement[]): void {
  const { periods, decimals } = ix;
  const P = periods.length;
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const states: (PeriodState | null)[] = new Array(P).fill(null);
  let record = ix.record[r];
  let balance = ZERO;
  for (let p = 0; p < P; p++) {
    const slot = r * P + p;
    const days = ix.eligibleDays[r][p];
    const credit = creditOf(ix, slot);
    const events = ix.cancellations.get(slot);
    if (days === 0 && credit.isZero() && events === undefined) continue;
    const period = periods[p];
    const periodDays = period.end - period.start + 1;
    const plan = ix.governing[r][p];
    const fullQuota = ix.quota.get(slot) ?? null;
    const quota = fullQuota === null ? null : prorate(fullQuota, days, periodDays, decimals);
    const att = quota === null || quota.isZero() ? null : attainment(credit, quota);
    const ctx: CreditContext = { credit, quota, record, attainment: att };
    const raw: RawLine[] = [];
    if (plan === null) {
      const date = serialToIso(period.start);
      raw.push(line('plan', 'noPlan', 'money', credit, null, ZERO, () => texts.noPlan(date)));
    } else {
      raw.push(...creditPayout(plan, ctx, decimals, texts).lines);
      if (plan.pool !== null) {
        const s = poolShare(ix, r, p, plan, pools);
        const { rateText } = plan.pool;
        // The share is the rep's part of the pool by largest remainder, not base × rate: the line
        // shows the pool as its base and no rate, and the explanation says how the pool was funded.
        const text = s.funded
          ? () => texts.pool(s.team, m(s.total), m(s.target as Decimal), rateText, m(s.pool), m(s.share))
          : () => texts.poolMissed(s.team, m(s.total), s.target === null ? null : m(s.target));
        raw.push(line(plan.pool.id, 'teamPool', 'team', s.pool, null, s.share, text));
      }
    }
    states[p] = { plan, ctx, remaining: credit };
    for (const ev of events ?? []) {
      const st = states[ev.from];
      const window = st?.plan?.plan.clawbackDays ?? null;
      if (st === null || st.plan === null || window === null || ev.cancelled - ev.date > window) continue;
      const before = creditPayout(st.plan, { ...st.ctx, credit: st.remaining }, decimals, null).amount;
      st.remaining = st.remaining.sub(ev.credit);
      const after = creditPayout(st.plan, { ...st.ctx, credit: st.remaining }, decimals, null).amount;
      const from = periods[ev.from].id;
      const [closed, cancelled] = [serialToIso(ev.date), serialToIso(ev.cancelled)];
      const reversed = before.sub(after);
      raw.push(line('clawback', 'clawback', 'deal', ev.credit, null, reversed.neg(), () => texts.clawback(ev.deal, closed, cancelled, from, m(reversed)), ev.deal));
    }
    const earnings = raw.reduce((acc, l) => acc.add(l.amount), ZERO);
    const drawLine = draw(plan, days, periodDays, decimals, earnings, balance, texts, m);
    if (drawLine !== null) raw.push(drawLine);
    const { lines, total } = finishLines(raw);
    if (drawLine !== null && drawLine.kind !== 'drawGuarantee') balance = balance.add(drawLine.amount);
    out.push({
      rep: ix.reps[r].id,
      period: period.id,
      plan: plan === null ? null : { id: plan.plan.id, name: plan.plan.name, effectiveFrom: plan.plan.effectiveFrom },
      currency: ix.currency,
      decimals,
      periodDays,
      eligibleDays: days,
      quota: fullQuota,
      proratedQuota: quota,
      credit,
      attainment: att,
      record,
      lines,
      total,
      drawBalance: balance,
    });
    if (record === null || credit.gt(record)) record = credit;
  }
}

/** The draw line for a period, if any. */
function draw(
  plan: CompiledPlan | null,
  days: number,
  periodDays: number,
  decimals: number,
  earnings: Decimal,
  balance: Decimal,
  texts: Texts,
  m: (x: Decimal) => string,
): RawLine | null {
  const d = plan?.draw ?? null;
  const amount = d === null ? ZERO : prorate(d.amount, days, periodDays, decimals);
  if (d !== null && earnings.lt(amount)) {
    const top = amount.sub(earnings);
    if (d.type === 'nonRecoverable') {
      return line('draw', 'drawGuarantee', 'draw', amount, null, top, () => texts.drawGuarantee(m(amount), m(earnings), m(top)));
    }
    return line('draw', 'drawAdvance', 'draw', amount, null, top, () => texts.drawAdvance(m(amount), m(earnings), m(top), m(balance.add(top))));
  }
  // Recovery continues under a plan without a draw (amount 0): the balance belongs to the rep.
  if (balance.gt(0) && earnings.gt(amount)) {
    const spare = earnings.sub(amount);
    const recovered = spare.lt(balance) ? spare : balance;
    return line('draw', 'drawRecovery', 'draw', balance, null, recovered.neg(), () => texts.drawRecovery(m(recovered), m(balance)));
  }
  return null;
}

function poolShare(ix: Indexed, r: number, p: number, plan: CompiledPlan, pools: Map<string, Map<number, PoolShare>>): PoolShare {
  const team = ix.reps[r].team;
  const key = `${p}\u0000${plan.plan.id}\u0000${plan.plan.effectiveFrom}\u0000${team}`;
  let shares = pools.get(key);
  if (shares === undefined) {
    shares = teamPool(ix, p, plan, team);
    pools.set(key, shares);
  }
  const own = shares.get(r);
  if (own === undefined) {
    // Not a member this period (not employed in it): no share, the team's figures for the line.
    const any = shares.values().next().value;
    return { funded: false, team, total: any?.total ?? ZERO, target: any?.target ?? null, pool: ZERO, share: ZERO };
  }
  return own;
}

function teamPool(ix: Indexed, p: number, plan: CompiledPlan, team: string): Map<number, PoolShare> {
  const { periods, decimals } = ix;
  const P = periods.length;
  const periodDays = periods[p].end - periods[p].start + 1;
  const members: number[] = [];
  for (let k = 0; k < ix.reps.length; k++) {
    if (ix.reps[k].team === team && ix.governing[k][p] === plan && ix.eligibleDays[k][p] > 0) members.push(k);
  }
  const credits = members.map((k) => creditOf(ix, k * P + p));
  const total = credits.reduce((a, c) => a.add(c), ZERO);
  let target = ZERO;
  for (const k of members) {
    const q = ix.quota.get(k * P + p);
    if (q !== undefined) target = target.add(prorate(q, ix.eligibleDays[k][p], periodDays, decimals));
  }
  const pool = plan.pool as NonNullable<CompiledPlan['pool']>;
  const result = new Map<number, PoolShare>();
  const funded = !target.isZero() && total.gte(target);
  if (!funded) {
    for (const k of members) result.set(k, { funded, team, total, target: target.isZero() ? null : target, pool: ZERO, share: ZERO });
    return result;
  }
  const ratings = members.map((k) => new Dec(ix.collaboration.get(k * P + p) ?? 0));
  const amount = roundHalfAway(pool.rateDec.mul(total), decimals);
  const shares = amount.isZero() || total.isZero()
    ? members.map(() => ZERO)
    : splitByIntegerWeights(amount, poolWeights(credits, ratings.some((x) => x.gt(0)) ? ratings : null, new Dec(pool.collaborationWeight)), decimals);
  members.forEach((k, i) => result.set(k, { funded, team, total, target, pool: amount, share: shares[i] }));
  return result;
}

/** The nearest threshold above the rep's credit: the next band of a rate table, or an unmet gate. */
export interface NextThreshold {
  component: string;
  kind: 'band' | 'gate';
  /** 1-based band reached at the threshold (null for a gate). */
  band: number | null;
  /** Rate of that band (null for a gate). */
  rate: Decimal | null;
  /** Credit at which it is reached. */
  at: Decimal;
  amountToNext: Decimal;
}

export interface WhatIfResult {
  rep: string;
  period: string;
  extra: Decimal;
  current: Statement;
  projected: Statement;
  /** projected.total − current.total */
  delta: Decimal;
  next: NextThreshold | null;
}

/**
 * "What if X more closes this period": the statement now and with one more deal of `extra`
 * credited wholly to the rep on the period's last day, and the next threshold from there.
 */
export function whatIf(input: EngineInput, repId: string, periodId: string, extra: number, options: EngineOptions = {}): WhatIfResult {
  if (typeof extra !== 'number' || !Number.isFinite(extra)) throw valueError('extra must be a number');
  if (extra < 0) throw numError('extra must not be negative');
  const period = input.periods.find((p) => p.id === periodId);
  if (period === undefined) throw naError(`unknown period "${periodId}"`);
  if (!input.reps.some((r) => r.id === repId)) throw naError(`unknown rep "${repId}"`);
  const decimals = input.plans[0]?.decimals ?? 2;
  if (scaledInt(extra, 10 ** decimals) === null) throw valueError(`extra has more than ${decimals} decimals`);
  const opts = { ...options, reps: [repId] };
  const pick = (list: Statement[]): Statement => {
    const s = list.find((x) => x.period === periodId);
    if (s === undefined) throw naError(`${repId} has no statement in ${periodId} (not employed and no credit)`);
    return s;
  };
  const current = pick(computeStatements(input, opts));
  const id = uniqueDealId(input);
  const deal = { id, splits: [{ rep: repId, share: 1 }], date: period.end, amount: extra, cancelled: null };
  const projected = pick(computeStatements({ ...input, deals: [...input.deals, deal] }, opts));
  return {
    rep: repId,
    period: periodId,
    extra: new Dec(extra),
    current,
    projected,
    delta: projected.total.sub(current.total),
    next: nextThreshold(input, projected),
  };
}

function uniqueDealId(input: EngineInput): string {
  const ids = new Set(input.deals.map((d) => d.id));
  let id = '(what-if)';
  while (ids.has(id)) id += '+';
  return id;
}

function nextThreshold(input: EngineInput, s: Statement): NextThreshold | null {
  if (s.plan === null) return null;
  const plan = input.plans.find((x) => x.id === s.plan?.id && x.effectiveFrom === s.plan?.effectiveFrom);
  if (plan === undefined) return null;
  const ctx: CreditContext = { credit: s.credit, quota: s.proratedQuota, record: s.record };
  let best: NextThreshold | null = null;
  const consider = (t: NextThreshold) => {
    if (best === null || t.amountToNext.lt(best.amountToNext)) best = t;
  };
  const compiled = compilePlan(plan);
  for (const c of compiled.credit) {
    if (c.kind !== 'table') continue;
    const table = moneyTable(c.t, ctx.quota);
    if (table === null) continue;
    const i = bandIndex(table, ctx.credit) + 1;
    if (i < table.lowers.length) {
      const at = bandStart(table, i, s.decimals);
      consider({ component: c.t.id, kind: 'band', band: i + 1, rate: table.rates[i], at, amountToNext: at.sub(ctx.credit) });
    }
  }
  for (const g of compiled.gates) {
    if (gateMet(g, ctx) || ctx.quota === null || ctx.quota.isZero()) continue;
    const at = g.min.mul(ctx.quota);
    consider({ component: g.id, kind: 'gate', band: null, rate: null, at, amountToNext: at.sub(ctx.credit) });
  }
  return best;
}
