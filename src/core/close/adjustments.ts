/**
 * Prior-period adjustments (rules.md › Closing a period): what the inputs as they are now would
 * change in each closed period, per rep and per deal, less what earlier closed statements already
 * paid for it.
 *
 * The closed periods are recomputed from a baseline (today's inputs with every deal of a closed
 * period as its snapshot kept it, and deals added since left out), then each changed deal is put
 * back as it is now, one at a time in date and id order: the change of a closed period's total at
 * each step is that deal's line. A baseline that differs from the snapshot (a plan, quota or rate
 * changed) is one line with no deal. Every amount is a difference of two totals on the minor unit,
 * so the lines add up exactly to "recomputed now − closed", to the cent.
 */
import type Decimal from 'decimal.js';
import { Dec, ZERO } from '../money';
import { computeStatements } from '../plans/engine';
import type { Deal, EngineInput, Period } from '../plans/inputs';
import type { Statement } from '../plans/statement';
import { dealOf, dealRecord, dealTouches, sameDeal } from './inputs';
import type { Closings, DealRecord, Snapshot } from './record';

export interface Adjustment {
  rep: string;
  /** The deal whose change it is, or null for other inputs (plans, quotas, rates). */
  deal: string | null;
  /** The closed period it adjusts, and that period's snapshot id. */
  closed: string;
  snapshot: string;
  /** In the rep's currency; positive: owed to the rep. */
  amount: Decimal;
  /** The period it is paid in: the first open one after the closed period (null: none in this run yet). */
  into: string | null;
}

const key = (rep: string, period: string): string => `${rep}\u0000${period}`;
const byStart = (a: Period, b: Period): number => a.start - b.start;

/** The closed statement's total without the adjustments it paid for earlier periods (those are not recomputed). */
export const ownTotal = (s: { total: Decimal; lines: readonly { kind: string; amount: Decimal }[] }): Decimal =>
  s.lines.reduce((t, l) => (l.kind === 'priorPeriod' ? t.sub(l.amount) : t), s.total);

/** The first period after `closed` that is not closed, in the run's periods. */
export function nextOpenPeriod(periods: readonly Period[], closedIds: ReadonlySet<string>, closed: string): string | null {
  const sorted = [...periods].sort(byStart);
  const at = sorted.findIndex((p) => p.id === closed);
  if (at < 0) return null;
  return sorted.slice(at + 1).find((p) => !closedIds.has(p.id))?.id ?? null;
}

/** The input cut at the last closed period: nothing later can change a closed period (the engine runs forward in time). */
function horizon(input: EngineInput, last: number): EngineInput {
  const periods = input.periods.filter((p) => p.start <= last);
  const ids = new Set(periods.map((p) => p.id));
  return {
    ...input,
    periods,
    quotas: input.quotas.filter((q) => ids.has(q.period)),
    ...(input.fx ? { fx: input.fx.filter((x) => ids.has(x.period)) } : {}),
    ...(input.collaboration ? { collaboration: input.collaboration.filter((c) => ids.has(c.period)) } : {}),
  };
}

/** The reps a deal's change can reach: its reps, their teams (the pool) and their managers up the chain. */
function reach(input: EngineInput, records: readonly (DealRecord | undefined)[]): Set<string> {
  const out = new Set<string>();
  const reps = new Map(input.reps.map((r) => [r.id, r]));
  const teams = new Set<string>();
  for (const d of records) {
    for (const s of d?.splits ?? []) {
      for (let r = reps.get(s.rep), steps = 0; r !== undefined && steps <= input.reps.length; r = reps.get(r.manager ?? ''), steps++) out.add(r.id);
      const team = reps.get(s.rep)?.team;
      if (team !== undefined) teams.add(team);
    }
  }
  for (const r of input.reps) if (teams.has(r.team)) out.add(r.id);
  return out;
}

export function computeAdjustments(input: EngineInput, closings: Closings): Adjustment[] {
  const periodsById = new Map(input.periods.map((p) => [p.id, p]));
  const closed = closings.closed.filter((s) => periodsById.has(s.period)).sort((a, b) => periodsById.get(a.period)!.start - periodsById.get(b.period)!.start);
  if (closed.length === 0) return [];
  const closedIds = new Set(closings.closed.map((s) => s.period));
  const closedPeriods = closed.map((s) => periodsById.get(s.period)!);
  const base = horizon(input, Math.max(...closedPeriods.map((p) => p.end)));

  // The deals as the snapshots kept them (a later snapshot's copy wins) and as they are now.
  const old = new Map<string, DealRecord>();
  for (const s of closed) for (const d of s.deals) old.set(d.id, d);
  const now = new Map<string, { deal: Deal; record: DealRecord }>();
  for (const d of input.deals) now.set(d.id, { deal: d, record: dealRecord(d) });
  const changed: string[] = [];
  for (const [id, o] of old) {
    const c = now.get(id);
    if (c === undefined || !sameDeal(c.record, o)) changed.push(id);
  }
  for (const [id, c] of now) if (!old.has(id) && closedPeriods.some((p) => dealTouches(c.record, p))) changed.push(id);
  const dateOf = (id: string) => now.get(id)?.record.date ?? old.get(id)!.date;
  changed.sort((a, b) => dateOf(a) - dateOf(b) || (a < b ? -1 : a > b ? 1 : 0));

  // The baseline: today's deals, with every changed one as the snapshot had it (or absent).
  const state = new Map<string, Deal>();
  for (const d of input.deals) state.set(d.id, d);
  for (const id of changed) {
    const o = old.get(id);
    if (o === undefined) state.delete(id);
    else state.set(id, dealOf(o));
  }

  const wanted = new Set(closed.map((s) => s.period));
  const totals = (reps?: ReadonlySet<string>): Map<string, Decimal> => {
    const out = new Map<string, Decimal>();
    const statements: Statement[] = computeStatements({ ...base, deals: [...state.values()] }, reps === undefined ? {} : { reps: [...reps] });
    for (const s of statements) if (wanted.has(s.period)) out.set(key(s.rep, s.period), s.total);
    return out;
  };

  const owed = new Map<string, { rep: string; deal: string | null; closed: string; amount: Decimal }>();
  const add = (rep: string, deal: string | null, period: string, amount: Decimal) => {
    if (amount.isZero()) return;
    const k = `${key(rep, period)}\u0000${deal ?? ''}`;
    const prev = owed.get(k);
    owed.set(k, { rep, deal, closed: period, amount: (prev?.amount ?? ZERO).add(amount) });
  };

  // Other inputs: the baseline against what was closed.
  let prev = totals();
  for (const s of closed) {
    const seen = new Set<string>();
    for (const st of s.statements) {
      seen.add(st.rep);
      const closedTotal = ownTotal({ total: new Dec(st.total), lines: st.lines.map((l) => ({ kind: l.kind, amount: new Dec(l.amount) })) });
      add(st.rep, null, s.period, (prev.get(key(st.rep, s.period)) ?? ZERO).sub(closedTotal));
    }
    for (const r of input.reps) if (!seen.has(r.id)) add(r.id, null, s.period, prev.get(key(r.id, s.period)) ?? ZERO);
  }

  // Each changed deal, one at a time.
  for (const id of changed) {
    const before = old.get(id);
    const after = now.get(id);
    if (after === undefined) state.delete(id);
    else state.set(id, after.deal);
    const reps = reach(input, [before, after?.record]);
    const next = totals(reps);
    for (const rep of reps) {
      for (const s of closed) {
        const k = key(rep, s.period);
        add(rep, id, s.period, (next.get(k) ?? ZERO).sub(prev.get(k) ?? ZERO));
      }
    }
    const merged = new Map(prev);
    for (const rep of reps) for (const s of closed) merged.delete(key(rep, s.period));
    for (const [k, v] of next) merged.set(k, v);
    prev = merged;
  }

  // What closed statements already paid is not owed again.
  for (const s of closings.closed) for (const x of s.settled) add(x.rep, x.deal, x.closed, new Dec(x.amount).neg());

  const snapshots = new Map<string, Snapshot>(closings.closed.map((s) => [s.period, s]));
  return [...owed.values()]
    .filter((a) => !a.amount.isZero() && snapshots.has(a.closed))
    .map((a) => ({ ...a, snapshot: snapshots.get(a.closed)!.id, into: nextOpenPeriod(input.periods, closedIds, a.closed) }));
}
