/**
 * An independent, deliberately plain implementation of the statement rules (engine.ts's doc
 * comment), for the agreement test: every amount is a BigInt of 10^-12 currency units, shares
 * of the team pool are exact fractions, and nothing is imported from src/core except types.
 * Each line showing base × rate is rounded on its own and the total is the sum of the lines.
 * It rescans the deals for everything instead of indexing them, so it is slow on purpose.
 */
import type { Deal, EngineInput } from '../../../src/core/plans/engine';
import type { Plan } from '../../../src/core/plans/schema';

const PICO = 10n ** 12n;

/** A decimal number (as JavaScript prints it) in 10^-12 units; throws if it has more digits. */
export function pico(x: number): bigint {
  const [mant, expText] = String(x).split('e');
  const exp = expText === undefined ? 0 : Number(expText);
  const neg = mant.startsWith('-');
  const [int, frac = ''] = (neg ? mant.slice(1) : mant).split('.');
  const digits = BigInt(int + frac);
  const shift = 12 + exp - frac.length;
  if (shift < 0) throw new Error(`naive: ${x} has more than 12 decimals`);
  const v = digits * 10n ** BigInt(shift);
  return neg ? -v : v;
}

/** a × b where both are in 10^-12 units; must be exact. */
function mul(a: bigint, b: bigint): bigint {
  if ((a * b) % PICO !== 0n) throw new Error('naive: product needs more than 12 decimals');
  return (a * b) / PICO;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Round half away from zero to whole minor units (unit in 10^-12). */
function roundUnit(x: bigint, unit: bigint): bigint {
  const q = (x < 0n ? -x : x) * 2n + unit;
  const r = (q / (2n * unit)) * unit;
  return x < 0n ? -r : r;
}

/** num ÷ den rounded half away from zero to the unit (all in 10^-12 units), for num, den ≥ 0. */
function roundHalfRational(num: bigint, den: bigint, unit: bigint): bigint {
  const q = (2n * num + den * unit) / (2n * den * unit);
  return q * unit;
}

const unitOf = (decimals: number) => PICO / 10n ** BigInt(decimals);

export interface NaiveLine {
  component: string;
  kind: string;
  amount: bigint;
}
export interface NaiveStatement {
  rep: string;
  period: string;
  lines: NaiveLine[];
  total: bigint;
  /** The total in the company currency. */
  companyTotal: bigint;
}

/** A line's amount, already on the minor unit. */
interface Line {
  component: string;
  kind: string;
  exact: bigint;
}

interface Ctx {
  credit: bigint;
  quota: bigint | null;
  record: bigint | null;
}

/** Each line showing base × rate is that product rounded on its own; everything else is built from rounded amounts. */
function creditLines(plan: Plan, ctx: Ctx, unit: bigint): Line[] {
  const rounded = (x: bigint) => roundUnit(x, unit);
  const lines: Line[] = [];
  const value = new Map<string, bigint>();
  for (const c of plan.components) {
    if (c.kind === 'rateTable' || c.kind === 'accelerator') {
      const onAttainment = c.kind === 'accelerator' || c.basis === 'attainment';
      let v = 0n;
      if (onAttainment && (ctx.quota === null || ctx.quota === 0n)) {
        lines.push({ component: c.id, kind: 'noQuota', exact: 0n });
      } else {
        const lowers = c.tiers.map((t) => (onAttainment ? mul(pico(t.lower), ctx.quota as bigint) : pico(t.lower)));
        const rates = c.tiers.map((t) => pico(t.rate));
        if (c.mode === 'flat') {
          let i = 0;
          for (let k = 0; k < lowers.length; k++) {
            if (c.boundary === 'upper' ? lowers[k] < ctx.credit : lowers[k] <= ctx.credit) i = k;
          }
          v = rounded(mul(ctx.credit, rates[i]));
          lines.push({ component: c.id, kind: 'band', exact: v });
        } else {
          let used = 0;
          for (let k = 0; k < lowers.length; k++) {
            if (!(ctx.credit > lowers[k])) break;
            const top = k + 1 < lowers.length && lowers[k + 1] < ctx.credit ? lowers[k + 1] : ctx.credit;
            const x = rounded(mul(top - lowers[k], rates[k]));
            v += x;
            used++;
            lines.push({ component: c.id, kind: 'band', exact: x });
          }
          if (used === 0) lines.push({ component: c.id, kind: 'band', exact: 0n });
        }
      }
      value.set(c.id, capped(plan, c.id, v, lines));
    } else if (c.kind === 'recordBonus') {
      let v = 0n;
      if (ctx.record !== null) v = rounded(mul(ctx.credit > ctx.record ? ctx.credit - ctx.record : 0n, pico(c.rate)));
      lines.push({ component: c.id, kind: 'recordBonus', exact: v });
      value.set(c.id, capped(plan, c.id, v, lines));
    }
  }
  const gated = new Set<string>();
  for (const g of plan.components) {
    if (g.kind !== 'gate') continue;
    const min = pico(g.minAttainment);
    const met = min === 0n || (ctx.quota !== null && ctx.quota !== 0n && ctx.credit >= mul(min, ctx.quota));
    let reversed = 0n;
    if (!met) {
      for (const id of g.appliesTo ?? [...value.keys()]) {
        if (gated.has(id)) continue;
        gated.add(id);
        reversed += value.get(id) ?? 0n;
      }
    }
    lines.push({ component: g.id, kind: 'gate', exact: -reversed });
  }
  return lines;
}

function capped(plan: Plan, id: string, value: bigint, lines: Line[]): bigint {
  let v = value;
  for (const c of plan.components) {
    if (c.kind !== 'cap' || c.appliesTo !== id) continue;
    const cap = pico(c.amount);
    if (v > cap) {
      lines.push({ component: c.id, kind: 'cap', exact: cap - v });
      v = cap;
    }
  }
  return v;
}

const total = (lines: Line[]) => lines.reduce((a, l) => a + l.exact, 0n);

/** Largest remainder: floors, then the missing units to the largest remainders, ties to the earlier. */
function largestRemainder(nums: bigint[], den: bigint, unitsTotal: bigint): bigint[] {
  const floors = nums.map((n) => floorDiv(n, den));
  const rems = nums.map((n, i) => n - floors[i] * den);
  let missing = unitsTotal - floors.reduce((a, b) => a + b, 0n);
  const order = nums.map((_, i) => i).sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : a - b));
  for (let k = 0; missing > 0n; k++, missing--) floors[order[k]] += 1n;
  return floors;
}

/** An amount (10^-12 units, on `unit`) split by shares to the unit, largest remainder. */
function splitByShares(amount: bigint, shares: readonly number[], unit: bigint): bigint[] {
  if (shares.length === 1) return [amount];
  const s = shares.map(pico);
  return largestRemainder(s.map((x) => amount * x), PICO * unit, amount / unit).map((u) => u * unit);
}

type Bag = Map<string, bigint>;
const add = (bag: Bag, cur: string, x: bigint) => bag.set(cur, (bag.get(cur) ?? 0n) + x);

interface Event {
  rep: number;
  /** Period of cancellation and period credited. */
  p: number;
  from: number;
  basis: 'booked' | 'collected';
  deal: Deal;
  cancelled: number;
  currency: string;
  credit: bigint;
}

interface State {
  plan: Plan | null;
  basis: 'booked' | 'collected';
  ctx: Ctx;
  remaining: Bag;
  spiffs: Map<string, bigint>;
  reports: Map<number, Bag>;
}

export function naiveStatements(input: EngineInput): NaiveStatement[] {
  const company = input.company ?? { currency: input.plans[0].currency, decimals: input.plans[0].decimals };
  const periods = [...input.periods].sort((a, b) => a.start - b.start);
  const P = periods.length;
  const R = input.reps.length;
  const periodOf = (d: number) => periods.findIndex((p) => p.start <= d && d <= p.end);
  const onlyPlan = new Set(input.plans.map((p) => p.id)).size === 1 ? input.plans[0].id : null;
  const planIdOf = (r: number) => (input.reps[r].plan ?? onlyPlan) as string;
  const anyVersion = (r: number) => input.plans.find((v) => v.id === planIdOf(r)) as Plan;
  const planOf = (r: number, p: number): Plan | null =>
    input.plans.find((v) => v.id === planIdOf(r) && v.effectiveFrom <= periods[p].start && (v.effectiveTo === null || periods[p].start <= v.effectiveTo)) ?? null;
  const currencyOf = (r: number) => anyVersion(r).currency;
  const decimalsOfRep = (r: number) => anyVersion(r).decimals;
  const decimalsOf = (cur: string) => input.plans.find((v) => v.currency === cur)?.decimals ?? (cur === company.currency ? company.decimals : 2);
  const rate = (cur: string, p: number): bigint => {
    if (cur === company.currency) return PICO;
    const x = (input.fx ?? []).find((f) => f.currency === cur && f.period === periods[p].id);
    if (x === undefined) throw new Error(`naive: no rate for ${cur}`);
    return pico(x.rate);
  };
  /** Each currency's sum converted once to `to`: amount × rate ÷ rate of `to`, rounded half away. */
  const convert = (bag: Bag, to: string, p: number, decimals: number): bigint => {
    let sum = 0n;
    for (const [cur, x] of bag) sum += cur === to ? x : roundHalfRational(x * rate(cur, p), rate(to, p), unitOf(decimals));
    return sum;
  };
  const days = (r: number, p: number) => {
    const rep = input.reps[r];
    const end = rep.end === null ? Infinity : rep.end;
    return Math.max(0, Math.min(end, periods[p].end) - Math.max(rep.start, periods[p].start) + 1);
  };
  const len = (p: number) => periods[p].end - periods[p].start + 1;
  const prorate = (full: bigint, d: number, n: number, unit: bigint) => {
    if (d >= n) return full;
    const r = roundHalfRational(full * BigInt(d), BigInt(n), unit);
    return r > full ? full : r;
  };
  const repIdx = new Map(input.reps.map((r, i) => [r.id, i]));

  // Credit bags per rep, period and basis; SPIFF-eligible deals; cancellation events, in deal order.
  const bags: Record<'booked' | 'collected', Bag[][]> = {
    booked: input.reps.map(() => periods.map(() => new Map())),
    collected: input.reps.map(() => periods.map(() => new Map())),
  };
  const bookedDeals: { r: number; p: number; deal: Deal; split: number }[] = [];
  const events: Event[] = [];
  for (const d of input.deals) {
    const cur = d.currency ?? company.currency;
    const unit = unitOf(decimalsOf(cur));
    const shares = d.splits.map((s) => s.share);
    const pc = d.cancelled === null ? -1 : periodOf(d.cancelled);
    const p = periodOf(d.date);
    if (p >= 0 && (d.cancelled === null || d.cancelled > periods[p].end)) {
      splitByShares(pico(d.amount), shares, unit).forEach((c, k) => {
        const r = repIdx.get(d.splits[k].rep) as number;
        add(bags.booked[r][p], cur, c);
        bookedDeals.push({ r, p, deal: d, split: k });
        if (pc >= 0) events.push({ rep: r, p: pc, from: p, basis: 'booked', deal: d, cancelled: d.cancelled as number, currency: cur, credit: c });
      });
    }
    for (const col of d.collections ?? []) {
      const q = periodOf(col.date);
      if (q < 0 || (d.cancelled !== null && d.cancelled <= periods[q].end)) continue;
      splitByShares(pico(col.amount), shares, unit).forEach((c, k) => {
        const r = repIdx.get(d.splits[k].rep) as number;
        add(bags.collected[r][q], cur, c);
        if (pc >= 0) events.push({ rep: r, p: pc, from: q, basis: 'collected', deal: d, cancelled: d.cancelled as number, currency: cur, credit: c });
      });
    }
  }
  const eventsOf = (r: number, p: number) =>
    events
      .filter((e) => e.rep === r && e.p === p)
      .sort((a, b) => a.cancelled - b.cancelled || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0) || a.from - b.from);
  const basisOf = (plan: Plan | null) => plan?.creditBasis ?? 'booked';
  const creditIn = (k: number, p: number, basis: 'booked' | 'collected', to: string, decimals: number) => convert(bags[basis][k][p], to, p, decimals);

  const quota = (r: number, p: number) => {
    const q = input.quotas.find((x) => x.rep === input.reps[r].id && x.period === periods[p].id);
    return q === undefined ? null : prorate(pico(q.amount), days(r, p), len(p), unitOf(decimalsOfRep(r)));
  };
  const reportsOf = (r: number) => input.reps.map((_, k) => k).filter((k) => input.reps[k].manager === input.reps[r].id);
  const scope = (r: number, s: 'direct' | 'all'): number[] => {
    if (s === 'direct') return reportsOf(r);
    const out: number[] = [];
    const queue = reportsOf(r);
    while (queue.length > 0) {
      const k = queue.shift() as number;
      out.push(k);
      queue.push(...reportsOf(k));
    }
    return out;
  };
  const pools = (r: number, p: number, plan: Plan): bigint => {
    const pool = plan.components.find((c) => c.kind === 'teamPool');
    if (pool === undefined || pool.kind !== 'teamPool') return 0n;
    const unit = unitOf(plan.decimals);
    const members = input.reps.map((_, k) => k).filter((k) => input.reps[k].team === input.reps[r].team && planOf(k, p) === plan && days(k, p) > 0);
    const me = members.indexOf(r);
    if (me < 0) return 0n;
    const c = members.map((k) => creditIn(k, p, plan.creditBasis, plan.currency, plan.decimals));
    const teamTotal = c.reduce((a, b) => a + b, 0n);
    const target = members.reduce((a, k) => a + (quota(k, p) ?? 0n), 0n);
    if (target === 0n || teamTotal < target) return 0n;
    const amount = roundUnit(mul(pico(pool.rate), teamTotal), unit);
    if (amount === 0n) return 0n;
    const ratings = members.map((k) => {
      const x = (input.collaboration ?? []).find((y) => y.rep === input.reps[k].id && y.period === periods[p].id);
      return x === undefined ? 0n : pico(x.score);
    });
    const sumK = ratings.reduce((a, b) => a + b, 0n);
    const w = pico(pool.collaborationWeight);
    let nums: bigint[];
    let den: bigint;
    if (sumK === 0n) {
      nums = c.map((x) => amount * x);
      den = teamTotal;
    } else {
      nums = c.map((x, i) => amount * ((PICO - w) * x * sumK + w * ratings[i] * teamTotal));
      den = PICO * teamTotal * sumK;
    }
    const units = largestRemainder(nums, den * unit, amount / unit);
    return units[me] * unit;
  };

  const out: NaiveStatement[] = [];
  const states: (State | null)[][] = input.reps.map(() => new Array<State | null>(P).fill(null));
  input.reps.forEach((rep, r) => {
    const cur = currencyOf(r);
    const decimals = decimalsOfRep(r);
    const unit = unitOf(decimals);
    let record: bigint | null = input.history?.[rep.id] === undefined ? null : pico(input.history[rep.id]);
    let balance = 0n;
    for (let p = 0; p < P; p++) {
      const plan = planOf(r, p);
      const basis = basisOf(plan);
      const credit = creditIn(r, p, basis, cur, decimals);
      const mine = eventsOf(r, p);
      // Overrides of earlier periods reversed by a report's cancelled deal.
      const reportLines: Line[] = [];
      for (let k = 0; k < R; k++) {
        for (const e of eventsOf(k, p)) {
          const st = states[r][e.from];
          const rem = st?.reports.get(k);
          const window = st?.plan?.clawbackDays ?? null;
          if (st === null || st.plan === null || rem === undefined || window === null || e.cancelled - e.deal.date > window || e.basis !== st.basis) continue;
          const overrides = st.plan.components.filter((c) => c.kind === 'override').filter((o) => o.kind === 'override' && scope(r, o.scope).includes(k));
          const base = () => convert(rem, cur, e.from, decimals);
          const before = overrides.map((o) => (o.kind === 'override' ? roundUnit(mul(base(), pico(o.rate)), unit) : 0n));
          add(rem, e.currency, -e.credit);
          overrides.forEach((o, i) => {
            if (o.kind !== 'override') return;
            reportLines.push({ component: o.id, kind: 'overrideClawback', exact: roundUnit(mul(base(), pico(o.rate)), unit) - before[i] });
          });
        }
      }
      const d = days(r, p);
      if (d === 0 && credit === 0n && mine.length === 0 && reportLines.length === 0) continue;
      const ctx: Ctx = { credit, quota: quota(r, p), record };
      const state: State = { plan, basis, ctx, remaining: new Map(bags[basis][r][p]), spiffs: new Map(), reports: new Map() };
      const lines: Line[] = [];
      if (plan === null) lines.push({ component: 'plan', kind: 'noPlan', exact: 0n });
      else {
        lines.push(...creditLines(plan, ctx, unit));
        const pool = plan.components.find((c) => c.kind === 'teamPool');
        if (pool !== undefined) lines.push({ component: pool.id, kind: 'teamPool', exact: pools(r, p, plan) });
        for (const o of plan.components) {
          if (o.kind !== 'override') continue;
          let any = false;
          for (const k of scope(r, o.scope)) {
            if (!state.reports.has(k)) state.reports.set(k, new Map(bags[basis][k][p]));
            const base = creditIn(k, p, basis, cur, decimals);
            if (base === 0n) continue;
            any = true;
            lines.push({ component: o.id, kind: 'override', exact: roundUnit(mul(base, pico(o.rate)), unit) });
          }
          if (!any) lines.push({ component: o.id, kind: 'override', exact: 0n });
        }
        const mineBooked = bookedDeals
          .filter((b) => b.r === r && b.p === p)
          .sort((a, b) => a.deal.date - b.deal.date || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0) || a.split - b.split);
        for (const b of mineBooked) {
          for (const s of plan.components) {
            if (s.kind !== 'spiff') continue;
            const dl = b.deal;
            const ok =
              (s.from === undefined || dl.date >= s.from) &&
              (s.to === undefined || dl.date <= s.to) &&
              (s.productLines === undefined || s.productLines.includes(dl.productLine ?? '')) &&
              (s.customers === undefined || s.customers.includes(dl.customer ?? '')) &&
              (s.newCustomer !== true || dl.newCustomer === true);
            if (!ok) continue;
            const part = splitByShares(pico(s.amount), dl.splits.map((x) => x.share), unit)[b.split];
            state.spiffs.set(dl.id, (state.spiffs.get(dl.id) ?? 0n) + part);
            lines.push({ component: s.id, kind: 'spiff', exact: part });
          }
        }
      }
      states[r][p] = state;
      for (const e of mine) {
        const st = states[r][e.from];
        const window = st?.plan?.clawbackDays ?? null;
        if (st === null || st.plan === null || window === null || e.cancelled - e.deal.date > window) continue;
        let reversed = 0n;
        let applies = false;
        if (e.basis === st.basis) {
          const before = total(creditLines(st.plan, { ...st.ctx, credit: convert(st.remaining, cur, e.from, decimals) }, unit));
          add(st.remaining, e.currency, -e.credit);
          const after = total(creditLines(st.plan, { ...st.ctx, credit: convert(st.remaining, cur, e.from, decimals) }, unit));
          reversed = before - after;
          applies = true;
        }
        const spiff = e.basis === 'booked' ? st.spiffs.get(e.deal.id) : undefined;
        if (spiff !== undefined) {
          reversed += spiff;
          st.spiffs.delete(e.deal.id);
          applies = true;
        }
        if (applies) lines.push({ component: 'clawback', kind: 'clawback', exact: -reversed });
      }
      lines.push(...reportLines);
      const earnings = total(lines);
      const draw = plan?.draw ?? null;
      const D = draw === null ? 0n : prorate(pico(draw.amount), d, len(p), unit);
      let drawKind: string | null = null;
      if (draw !== null && earnings < D) {
        drawKind = draw.type === 'recoverable' ? 'drawAdvance' : 'drawGuarantee';
        lines.push({ component: 'draw', kind: drawKind, exact: D - earnings });
      } else if (balance > 0n && earnings > D) {
        drawKind = 'drawRecovery';
        const spare = earnings - D;
        lines.push({ component: 'draw', kind: drawKind, exact: -(spare < balance ? spare : balance) });
      }
      for (const l of lines) if (l.exact % unit !== 0n) throw new Error(`naive: ${l.kind} line is off the minor unit`);
      if (drawKind === 'drawAdvance' || drawKind === 'drawRecovery') balance += lines[lines.length - 1].exact;
      const sum = total(lines);
      out.push({
        rep: rep.id,
        period: periods[p].id,
        lines: lines.map((l) => ({ component: l.component, kind: l.kind, amount: l.exact })),
        total: sum,
        companyTotal: cur === company.currency ? sum : roundUnit(mul(sum, rate(cur, p)), unitOf(company.decimals)),
      });
      if (record === null || credit > record) record = credit;
    }
  });
  return out;
}

/** Amounts in 10^-12 units as a decimal string, for comparing with Decimal#toString. */
export function picoToString(x: bigint): string {
  const neg = x < 0n;
  const a = neg ? -x : x;
  const int = a / PICO;
  const frac = (a % PICO).toString().padStart(12, '0').replace(/0+$/, '');
  return `${neg && (int !== 0n || frac !== '') ? '-' : ''}${int}${frac === '' ? '' : '.' + frac}`;
}
