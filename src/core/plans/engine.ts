import type Decimal from 'decimal.js';
import { poolWeights } from '../bonusPool';
import { bandIndex, bandStart } from '../commission';
import { naError, numError, valueError } from '../errors';
import { Dec, ONE, ZERO, integerWeights, mulDivRound, roundHalfAway, scaledInt, splitByIntegerWeights } from '../money';
import { attainment, compilePlan, creditPayout, gateMet, line, moneyTable, spiffMatches, type CompiledPlan, type CreditContext } from './components';
import { note } from './explain';
import { fmtMoney, fmtPercent, serialToIso } from './format';
import { convertBag, creditIn, rateOf, type Bag } from './fx';
import { indexInput, type Cancellation, type CreditBasis, type CreditIndex, type EngineInput, type Indexed } from './inputs';
import { finishLines, type RawLine, type Statement } from './statement';

export type { EngineInput, Rep, Quota, Deal, DealSplit, Period, Collaboration, Collection, FxRate, CreditBasis } from './inputs';
export type { Statement, StatementLine, LineKind, LineBasis, Conversion } from './statement';

/**
 * Commission statements per rep and period (rules.md › Commissions).
 *
 * - Plan versions: the version in effect on a period's first day governs the whole period, so a
 *   plan never applies before its date; a change dated inside a period applies from the next.
 * - Credit: deals dated in the period (or, for a plan on collected cash, the cash collected in
 *   it), split by share (rounded to the minor unit, conserved), in the rep's currency (fx.ts).
 * - Quota, and a draw, are prorated by the days the rep was employed in the period.
 * - Record bonus: the record is the larger of the rep's history and their best earlier period.
 * - Team pool: per team and plan version, among the members employed in the period; the team
 *   target is the sum of their prorated quotas.
 * - Override: a manager earns a rate on each report's credit of the period (direct reports, or
 *   everyone below them), one line per report, on the manager's plan's credit basis.
 * - SPIFF: a fixed amount per deal closed in the period that meets every condition the SPIFF
 *   states, split among the deal's reps by their shares (largest remainder).
 * - Clawback: a deal cancelled within the plan's window, after its period closed, reverses what
 *   it added to that period's credit-driven payout and the SPIFFs it earned, in the period of
 *   cancellation, as its own line; several cancellations of one period are taken in order, so
 *   together they never reverse more than the period paid. A manager's override on it is
 *   reversed the same way, under the manager's plan.
 * - Draws: a recoverable draw tops earnings up to the draw and is recovered from later earnings
 *   above the draw, never more than is outstanding; a non-recoverable draw only tops up.
 */
export interface EngineOptions {
  /** Only these reps' statements (the team pools still see every member). */
  reps?: readonly string[];
}

interface PeriodState {
  plan: CompiledPlan | null;
  basis: CreditBasis;
  ctx: CreditContext;
  /** Credit not yet clawed back, by currency. */
  remaining: Bag;
  /** SPIFFs paid per deal, not yet clawed back. */
  spiffs: Map<string, Decimal>;
  /** Each report's credit not yet clawed back, by currency (overrides). */
  reports: Map<number, Bag>;
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

const indexFor = (ix: Indexed, basis: CreditBasis): CreditIndex => (basis === 'booked' ? ix.booked : ix.collected);

export function computeStatements(input: EngineInput, options: EngineOptions = {}): Statement[] {
  const ix = indexInput(input);
  const only = options.reps === undefined ? null : new Set(options.reps.map((id) => ix.repIndex.get(id) ?? -1));
  const pools = new Map<string, Map<number, PoolShare>>();
  const out: Statement[] = [];
  for (let r = 0; r < ix.reps.length; r++) {
    if (only !== null && !only.has(r)) continue;
    repStatements(ix, r, pools, out);
  }
  return out;
}

function repStatements(ix: Indexed, r: number, pools: Map<string, Map<number, PoolShare>>, out: Statement[]): void {
  const { periods } = ix;
  const P = periods.length;
  const currency = ix.currency[r];
  const decimals = ix.decimals[r];
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const states: (PeriodState | null)[] = new Array(P).fill(null);
  let record = ix.record[r];
  let balance = ZERO;
  for (let p = 0; p < P; p++) {
    const slot = r * P + p;
    const days = ix.eligibleDays[r][p];
    const plan = ix.governing[r][p];
    const basis: CreditBasis = plan?.plan.creditBasis ?? 'booked';
    const own = creditIn(ix, indexFor(ix, basis), r, p, currency, decimals);
    const credit = own.total;
    const events = ix.cancellations.get(slot);
    // A report's deal cancelled now reverses overrides of earlier periods (their states only).
    const reportLines = reportCancellations(ix, r, p, states).flatMap(([k, ev]) => overrideClawback(ix, r, k, ev, states, decimals));
    if (days === 0 && credit.isZero() && events === undefined && reportLines.length === 0) continue;
    const period = periods[p];
    const periodDays = period.end - period.start + 1;
    const fullQuota = ix.quota.get(slot) ?? null;
    const quota = fullQuota === null ? null : prorate(fullQuota, days, periodDays, decimals);
    const att = quota === null || quota.isZero() ? null : attainment(credit, quota);
    const ctx: CreditContext = { credit, quota, record, attainment: att };
    const state: PeriodState = { plan, basis, ctx, remaining: own.bag, spiffs: new Map(), reports: new Map() };
    const raw: RawLine[] = [];
    if (plan === null) {
      const date = serialToIso(period.start);
      raw.push(line('plan', 'noPlan', 'money', credit, null, ZERO, () => note('noPlan', { date })));
    } else {
      raw.push(...creditPayout(plan, ctx, decimals, true).lines);
      if (plan.pool !== null) {
        const s = poolShare(ix, r, p, plan, pools);
        const { rateText } = plan.pool;
        // The share is the rep's part of the pool by largest remainder, not base × rate: the line
        // shows the pool as its base and no rate, and the note says how the pool was funded.
        const explain = s.funded
          ? () => note('pool', { team: s.team, total: m(s.total), target: m(s.target as Decimal), rate: rateText, pool: m(s.pool), amount: m(s.share) })
          : () => note('poolMissed', { team: s.team, total: m(s.total), target: s.target === null ? null : m(s.target) });
        raw.push(line(plan.pool.id, 'teamPool', 'team', s.pool, null, s.share, explain));
      }
      raw.push(...overrideLines(ix, r, p, plan, basis, state));
      raw.push(...spiffLines(ix, r, p, plan, state));
    }
    states[p] = state;
    for (const ev of events ?? []) {
      const l = clawback(ix, r, ev, states, decimals);
      if (l !== null) raw.push(l);
    }
    raw.push(...reportLines);
    const earnings = raw.reduce((acc, l) => acc.add(l.amount), ZERO);
    const drawLine = draw(plan, days, periodDays, decimals, earnings, balance, m);
    if (drawLine !== null) raw.push(drawLine);
    const { lines, total } = finishLines(raw);
    if (drawLine !== null && drawLine.kind !== 'drawGuarantee') balance = balance.add(drawLine.amount);
    const rate = rateOf(ix, p, currency);
    out.push({
      rep: ix.reps[r].id,
      period: period.id,
      plan: plan === null ? null : { id: plan.plan.id, name: plan.plan.name, effectiveFrom: plan.plan.effectiveFrom },
      currency,
      decimals,
      basis,
      periodDays,
      eligibleDays: days,
      quota: fullQuota,
      proratedQuota: quota,
      credit,
      conversions: own.conversions,
      attainment: att,
      record,
      lines,
      total,
      company: {
        currency: ix.company.currency,
        decimals: ix.company.decimals,
        rate,
        total: currency === ix.company.currency ? total : mulDivRound(total, rate, ONE, ix.company.decimals),
      },
      drawBalance: balance,
    });
    if (record === null || credit.gt(record)) record = credit;
  }
}

/** The reps an override reaches: direct reports, or everyone below the manager (level by level). */
function scopeOf(ix: Indexed, r: number, scope: 'direct' | 'all'): number[] {
  if (scope === 'direct') return ix.reports[r];
  const out: number[] = [];
  for (let queue = [...ix.reports[r]]; queue.length > 0; ) {
    const k = queue.shift() as number;
    out.push(k);
    queue.push(...ix.reports[k]);
  }
  return out;
}

/** One line per report with credit this period, per override of the plan; a zero line when none has any. */
function overrideLines(ix: Indexed, r: number, p: number, plan: CompiledPlan, basis: CreditBasis, state: PeriodState): RawLine[] {
  const lines: RawLine[] = [];
  const decimals = ix.decimals[r];
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const direct = new Set(ix.reports[r]);
  for (const o of plan.overrides) {
    const before = lines.length;
    for (const k of scopeOf(ix, r, o.scope)) {
      const c = creditIn(ix, indexFor(ix, basis), k, p, ix.currency[r], decimals);
      if (!state.reports.has(k)) state.reports.set(k, c.bag);
      if (c.total.isZero()) continue;
      const exact = c.total.mul(o.rate);
      const amount = roundHalfAway(exact, decimals);
      const rep = ix.reps[k];
      const explain = () => note('override', { rep: rep.name, base: m(c.total), rate: o.rateText, amount: m(amount), indirect: !direct.has(k) });
      lines.push(line(o.id, 'override', 'reports', c.total, o.rate, amount, explain, { exact, rep: rep.id }));
    }
    if (lines.length === before) lines.push(line(o.id, 'override', 'reports', ZERO, o.rate, ZERO, () => note('noReports', {})));
  }
  return lines;
}

/** One line per deal closed this period that earns a SPIFF, the rep's part by split share. */
function spiffLines(ix: Indexed, r: number, p: number, plan: CompiledPlan, state: PeriodState): RawLine[] {
  if (plan.spiffs.length === 0 || ix.dealsBySlot === null) return [];
  const decimals = ix.decimals[r];
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const lines: RawLine[] = [];
  // By closing date and deal id, so the lines never depend on the order the deals arrived in.
  const refs = [...(ix.dealsBySlot.get(r * ix.periods.length + p) ?? [])].sort(
    (a, b) => a.deal.date - b.deal.date || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0) || a.split - b.split,
  );
  for (const ref of refs) {
    const { deal, split } = ref;
    for (const s of plan.spiffs) {
      if (!spiffMatches(s, deal)) continue;
      const part = deal.splits.length === 1 ? s.amount : splitShares(s.amount, deal.splits.map((x) => x.share), decimals)[split];
      state.spiffs.set(deal.id, (state.spiffs.get(deal.id) ?? ZERO).add(part));
      const share = deal.splits.length === 1 ? null : fmtPercent(new Dec(deal.splits[split].share));
      const closed = serialToIso(deal.date);
      lines.push(line(s.id, 'spiff', 'deal', s.amount, null, part, () => note('spiff', { name: s.name, deal: deal.id, closed, spiff: m(s.amount), share, amount: m(part) }), { deal: deal.id }));
    }
  }
  return lines;
}

/** An amount split by shares to the minor unit, largest remainder (exact, ties to the earlier). */
function splitShares(amount: Decimal, shares: readonly number[], decimals: number): Decimal[] {
  return splitByIntegerWeights(amount, integerWeights(shares.map((x) => new Dec(x))), decimals);
}

/** A cancelled deal's reversal of its credit-driven payout and SPIFFs in the period it was credited in. */
function clawback(ix: Indexed, r: number, ev: Cancellation, states: (PeriodState | null)[], decimals: number): RawLine | null {
  const st = states[ev.from];
  const window = st?.plan?.plan.clawbackDays ?? null;
  if (st === null || st.plan === null || window === null || ev.cancelled - ev.date > window) return null;
  let reversed = ZERO;
  let applies = false;
  if (ev.basis === st.basis) {
    const currency = ix.currency[r];
    const credit = () => convertBag(ix, ev.from, st.remaining, currency, decimals).total;
    const before = creditPayout(st.plan, { ...st.ctx, credit: credit() }, decimals, false).amount;
    st.remaining.set(ev.currency, (st.remaining.get(ev.currency) ?? ZERO).sub(ev.credit));
    const after = creditPayout(st.plan, { ...st.ctx, credit: credit() }, decimals, false).amount;
    reversed = before.sub(after);
    applies = true;
  }
  const spiff = ev.basis === 'booked' ? st.spiffs.get(ev.deal) : undefined;
  if (spiff !== undefined) {
    reversed = reversed.add(spiff);
    st.spiffs.delete(ev.deal);
    applies = true;
  }
  if (!applies) return null;
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const [closed, cancelled, from] = [serialToIso(ev.date), serialToIso(ev.cancelled), ix.periods[ev.from].id];
  return line('clawback', 'clawback', 'deal', ev.credit, null, reversed.neg(), () => note('clawback', { deal: ev.deal, closed, cancelled, period: from, amount: m(reversed) }), { deal: ev.deal });
}

/** Cancellations this period of deals credited to the manager's reports, in roster order. */
function reportCancellations(ix: Indexed, r: number, p: number, states: (PeriodState | null)[]): [number, Cancellation][] {
  const out: [number, Cancellation][] = [];
  const seen = new Set<number>();
  for (const st of states) {
    if (st === null) continue;
    for (const k of st.reports.keys()) {
      if (seen.has(k)) continue;
      seen.add(k);
      for (const ev of ix.cancellations.get(k * ix.periods.length + p) ?? []) out.push([k, ev]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A report's cancelled deal reverses the manager's override on it, under the manager's plan of that period. */
function overrideClawback(ix: Indexed, r: number, k: number, ev: Cancellation, states: (PeriodState | null)[], decimals: number): RawLine[] {
  const st = states[ev.from];
  const window = st?.plan?.plan.clawbackDays ?? null;
  const rem = st?.reports.get(k);
  if (st === null || st.plan === null || rem === undefined || window === null || ev.cancelled - ev.date > window || ev.basis !== st.basis) return [];
  const currency = ix.currency[r];
  const base = () => convertBag(ix, ev.from, rem, currency, decimals).total;
  const inScope = st.plan.overrides.filter((o) => scopeOf(ix, r, o.scope).includes(k));
  const before = inScope.map((o) => roundHalfAway(base().mul(o.rate), decimals));
  rem.set(ev.currency, (rem.get(ev.currency) ?? ZERO).sub(ev.credit));
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const [closed, cancelled, from] = [serialToIso(ev.date), serialToIso(ev.cancelled), ix.periods[ev.from].id];
  return inScope.map((o, i) => {
    const reversed = before[i].sub(roundHalfAway(base().mul(o.rate), decimals));
    const rep = ix.reps[k];
    return line(o.id, 'overrideClawback', 'deal', ev.credit, null, reversed.neg(), () => note('overrideClawback', { deal: ev.deal, rep: rep.name, closed, cancelled, period: from, amount: m(reversed) }), { deal: ev.deal, rep: rep.id });
  });
}

/** The draw line for a period, if any. */
function draw(plan: CompiledPlan | null, days: number, periodDays: number, decimals: number, earnings: Decimal, balance: Decimal, m: (x: Decimal) => string): RawLine | null {
  const d = plan?.draw ?? null;
  const amount = d === null ? ZERO : prorate(d.amount, days, periodDays, decimals);
  if (d !== null && earnings.lt(amount)) {
    const top = amount.sub(earnings);
    if (d.type === 'nonRecoverable') {
      return line('draw', 'drawGuarantee', 'draw', amount, null, top, () => note('drawGuarantee', { draw: m(amount), earnings: m(earnings), amount: m(top) }));
    }
    return line('draw', 'drawAdvance', 'draw', amount, null, top, () => note('drawAdvance', { draw: m(amount), earnings: m(earnings), amount: m(top), balance: m(balance.add(top)) }));
  }
  // Recovery continues under a plan without a draw (amount 0): the balance belongs to the rep.
  if (balance.gt(0) && earnings.gt(amount)) {
    const spare = earnings.sub(amount);
    const recovered = spare.lt(balance) ? spare : balance;
    return line('draw', 'drawRecovery', 'draw', balance, null, recovered.neg(), () => note('drawRecovery', { amount: m(recovered), outstanding: m(balance) }));
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

/** The team pool of one team under one plan version: members share the plan, so its currency and credit basis. */
function teamPool(ix: Indexed, p: number, plan: CompiledPlan, team: string): Map<number, PoolShare> {
  const { periods } = ix;
  const P = periods.length;
  const { decimals, currency, creditBasis } = plan.plan;
  const periodDays = periods[p].end - periods[p].start + 1;
  const members: number[] = [];
  for (let k = 0; k < ix.reps.length; k++) {
    if (ix.reps[k].team === team && ix.governing[k][p] === plan && ix.eligibleDays[k][p] > 0) members.push(k);
  }
  const credits = members.map((k) => creditIn(ix, indexFor(ix, creditBasis), k, p, currency, decimals).total);
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
  const shares =
    amount.isZero() || total.isZero()
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
  if (typeof extra !== 'number' || !Number.isFinite(extra)) throw valueError('notANumber', { arg: 'extra', value: String(extra) });
  if (extra < 0) throw numError('negative', { arg: 'extra' });
  const period = input.periods.find((p) => p.id === periodId);
  if (period === undefined) throw naError('unknownPeriod', { arg: 'period', period: periodId });
  const rep = input.reps.find((r) => r.id === repId);
  if (rep === undefined) throw naError('unknownRep', { arg: 'rep', rep: repId });
  const opts = { ...options, reps: [repId] };
  const pick = (list: Statement[]): Statement => {
    const s = list.find((x) => x.period === periodId);
    if (s === undefined) throw naError('noStatement', { rep: repId, period: periodId });
    return s;
  };
  const current = pick(computeStatements(input, opts));
  if (scaledInt(extra, 10 ** current.decimals) === null) throw valueError('tooManyDecimals', { arg: 'extra', decimals: current.decimals });
  const id = uniqueDealId(input);
  // Booked and collected on the period's last day, in the rep's currency, so it counts on either basis.
  const deal = { id, splits: [{ rep: repId, share: 1 }], date: period.end, amount: extra, cancelled: null, currency: current.currency, collections: [{ date: period.end, amount: extra }] };
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
