/**
 * Closing and reopening a period, and statements as a workbook with closed periods shows them
 * (rules.md › Closing a period): a closed period's statements are its snapshot's, never
 * recomputed; what changed in a closed period since is paid in the next open period as
 * prior-period adjustment lines naming the deal and the closed period; reopening keeps the
 * snapshot among the versions.
 */
import { fmtMoney } from '../plans/format';
import { Dec, mulDivRound, ONE, ZERO } from '../money';
import { note } from '../plans/explain';
import type { EngineInput } from '../plans/inputs';
import type { Statement, StatementLine } from '../plans/statement';
import { computeAdjustments, type Adjustment } from './adjustments';
import { dealsOf, governingPlans, inputsHash, planHash } from './inputs';
import { closingProblem, type ClosingProblem } from './problems';
import { closedSnapshot, loadStatement, saveStatement, type Closings, type Snapshot } from './record';

export interface ClosedRun {
  /** Every statement of the run: closed periods from their snapshots, open ones with their adjustments. */
  statements: Statement[];
  adjustments: Adjustment[];
}

function adjustmentLine(a: Adjustment, decimals: number): StatementLine {
  const amount = fmtMoney(a.amount, decimals);
  return {
    component: 'adjustment',
    kind: 'priorPeriod',
    basis: 'closed',
    band: null,
    from: null,
    to: null,
    base: a.amount,
    rate: null,
    exact: a.amount,
    amount: a.amount,
    note: note('priorPeriod', { deal: a.deal, period: a.closed, snapshot: a.snapshot, amount }),
    deal: a.deal,
    rep: null,
  };
}

/** The statement with the lines added to its total (and its total in the company currency). */
function withLines(s: Statement, lines: readonly StatementLine[]): Statement {
  const total = lines.reduce((t, l) => t.add(l.amount), s.total);
  const companyTotal = s.currency === s.company.currency ? total : mulDivRound(total, s.company.rate, ONE, s.company.decimals);
  return { ...s, lines: [...s.lines, ...lines], total, company: { ...s.company, total: companyTotal } };
}

/** A statement for a rep who has none in the period the adjustment is paid in (left, or no credit). */
function bareStatement(input: EngineInput, like: Statement, period: string): Statement {
  const p = input.periods.find((x) => x.id === period)!;
  const fx = input.fx?.find((x) => x.period === period && x.currency === like.currency);
  const rate = like.currency === like.company.currency ? ONE : fx ? new Dec(fx.rate) : like.company.rate;
  return {
    rep: like.rep,
    period,
    plan: null,
    currency: like.currency,
    decimals: like.decimals,
    basis: like.basis,
    periodDays: p.end - p.start + 1,
    eligibleDays: 0,
    quota: null,
    proratedQuota: null,
    credit: ZERO,
    conversions: [],
    attainment: null,
    record: null,
    lines: [],
    total: ZERO,
    company: { ...like.company, rate, total: ZERO },
    drawBalance: ZERO,
  };
}

/** The run's statements with its closed periods and their adjustments applied. */
export function applyClosings(input: EngineInput, computed: readonly Statement[], closings: Closings): ClosedRun {
  if (closings.closed.length === 0) return { statements: [...computed], adjustments: [] };
  const closed = new Map(closings.closed.map((s) => [s.period, s]));
  const saved = new Map<string, Statement>();
  for (const snap of closings.closed) for (const s of snap.statements) saved.set(`${s.rep}\u0000${s.period}`, loadStatement(s));
  const out: Statement[] = [];
  for (const s of computed) {
    if (!closed.has(s.period)) out.push(s);
    else {
      const k = `${s.rep}\u0000${s.period}`;
      const kept = saved.get(k);
      if (kept) {
        out.push(kept);
        saved.delete(k);
      }
    }
  }
  // A closed statement of a rep the engine no longer has (left the roster) is still the closed one.
  out.push(...saved.values());

  const adjustments = computeAdjustments(input, closings);
  const index = new Map(out.map((s, i) => [`${s.rep}\u0000${s.period}`, i]));
  const pending = new Map<number, StatementLine[]>();
  for (const a of adjustments) {
    if (a.into === null) continue;
    let i = index.get(`${a.rep}\u0000${a.into}`);
    if (i === undefined) {
      const like = out.find((s) => s.rep === a.rep && s.period === a.closed)!;
      out.push(bareStatement(input, like, a.into));
      i = out.length - 1;
      index.set(`${a.rep}\u0000${a.into}`, i);
    }
    const list = pending.get(i) ?? [];
    list.push(adjustmentLine(a, out[i].decimals));
    pending.set(i, list);
  }
  for (const [i, lines] of pending) out[i] = withLines(out[i], lines);
  return { statements: out, adjustments };
}

export type CloseResult = { ok: true; closings: Closings; snapshot: Snapshot } | { ok: false; problem: ClosingProblem };

/**
 * Closes `period`: its statements as the run shows them (with any adjustments paid in it) become
 * the snapshot. `statements` are the run's after applyClosings with the current closings.
 */
export function closePeriod(input: EngineInput, statements: readonly Statement[], closings: Closings, period: string, closedAt: string): CloseResult {
  const p = input.periods.find((x) => x.id === period);
  if (p === undefined) {
    const sorted = [...input.periods].sort((a, b) => a.start - b.start);
    return { ok: false, problem: closingProblem('periodNotInRun', { period, first: sorted[0]?.id ?? '', last: sorted[sorted.length - 1]?.id ?? '' }) };
  }
  const already = closedSnapshot(closings, period);
  if (already) return { ok: false, problem: closingProblem('alreadyClosed', { period, snapshot: already.id, closedAt: already.closedAt }) };
  const mine = statements.filter((s) => s.period === period);
  if (mine.length === 0) return { ok: false, problem: closingProblem('noStatements', { period }) };
  const hash = inputsHash(input, p);
  const version = 1 + closings.history.filter((s) => s.period === period).length;
  const snapshot: Snapshot = {
    id: `${period}-v${version}-${hash.slice(0, 8)}`,
    period,
    version,
    closedAt,
    inputsHash: hash,
    plans: governingPlans(input.plans, p).map((plan) => ({ id: plan.id, effectiveFrom: plan.effectiveFrom, hash: planHash(plan) })),
    statements: mine.map(saveStatement),
    deals: dealsOf(input, p),
    settled: mine.flatMap((s) =>
      s.lines.filter((l) => l.kind === 'priorPeriod').map((l) => ({ rep: s.rep, deal: l.deal, closed: l.note.code === 'priorPeriod' ? l.note.params.period : '', amount: l.amount.toString() })),
    ),
  };
  const closed = [...closings.closed, snapshot].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { ok: true, closings: { ...closings, closed }, snapshot };
}

export type ReopenResult = { ok: true; closings: Closings; snapshot: Snapshot } | { ok: false; problem: ClosingProblem };

/** Reopens the latest closed period; its snapshot is kept among the versions. */
export function reopenPeriod(closings: Closings, period: string, reopenedAt: string): ReopenResult {
  const snap = closedSnapshot(closings, period);
  if (snap === undefined) return { ok: false, problem: closingProblem('notClosed', { period }) };
  const later = closings.closed.filter((s) => s.period > period).map((s) => s.period);
  if (later.length > 0) return { ok: false, problem: closingProblem('laterClosed', { period, later: later[later.length - 1] }) };
  const kept: Snapshot = { ...snap, reopenedAt };
  return { ok: true, snapshot: kept, closings: { version: 1, closed: closings.closed.filter((s) => s !== snap), history: [...closings.history, kept] } };
}
