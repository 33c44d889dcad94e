/**
 * What closing a period keeps (rules.md › Closing a period): a snapshot of the period's
 * statements as they were paid, the deals that decided it, the plan versions that governed it and
 * a hash of all the inputs, under an id printed on every page of the closed statement. The record
 * of a workbook's closings is one JSON document both writers store (a custom XML part).
 *
 * Money is kept as decimal strings, exactly as the statement held it; a snapshot read back gives
 * statements whose every line and total are the ones that were closed.
 */
import type Decimal from 'decimal.js';
import { Dec } from '../money';
import type { StatementNote } from '../plans/explain';
import type { CreditBasis } from '../plans/inputs';
import type { LineBasis, LineKind, Statement, StatementLine } from '../plans/statement';

/** A deal as the engine reads it, in a fixed shape: what a snapshot keeps and compares. */
export interface DealRecord {
  id: string;
  date: number;
  amount: number;
  currency: string | null;
  splits: { rep: string; share: number }[];
  cancelled: number | null;
  collections: { date: number; amount: number }[];
  productLine: string | null;
  customer: string | null;
  newCustomer: boolean;
}

type Money = string;

export interface SavedLine {
  component: string;
  kind: LineKind;
  basis: LineBasis;
  band: number | null;
  from: Money | null;
  to: Money | null;
  base: Money;
  rate: Money | null;
  exact: Money;
  amount: Money;
  note: StatementNote;
  deal: string | null;
  rep: string | null;
}

export interface SavedStatement {
  rep: string;
  period: string;
  plan: Statement['plan'];
  currency: string;
  decimals: number;
  basis: CreditBasis;
  periodDays: number;
  eligibleDays: number;
  quota: Money | null;
  proratedQuota: Money | null;
  credit: Money;
  conversions: { currency: string; amount: Money; rate: Money; repRate: Money; credit: Money }[];
  attainment: Money | null;
  record: Money | null;
  lines: SavedLine[];
  total: Money;
  company: { currency: string; decimals: number; rate: Money; total: Money };
  drawBalance: Money;
}

/** A prior-period adjustment a closed statement paid: it is not owed again. */
export interface Settled {
  rep: string;
  /** The deal that changed the closed period, or null for other inputs (plans, quotas, rates). */
  deal: string | null;
  /** The closed period it adjusted. */
  closed: string;
  amount: Money;
}

export interface Snapshot {
  /** Printed on the closed statement's pages: the period, the version and the hash's first digits. */
  id: string;
  period: string;
  /** 1 at the first close; each reopen and close again adds one. */
  version: number;
  /** ISO 8601 timestamp (UTC). */
  closedAt: string;
  /** SHA-256 of the inputs that decided the period (canonical JSON; see snapshot.ts). */
  inputsHash: string;
  /** The plan versions that governed the period, each with the hash of its definition. */
  plans: { id: string; effectiveFrom: number; hash: string }[];
  statements: SavedStatement[];
  /** The deals of the period (booked, cancelled or collected in it), as they were when it closed. */
  deals: DealRecord[];
  settled: Settled[];
  /** Set when the snapshot was reopened (it is then kept among the versions). */
  reopenedAt?: string;
}

export interface Closings {
  version: 1;
  /** The closed periods' current snapshots, in period order. */
  closed: Snapshot[];
  /** Earlier versions: snapshots of periods that were reopened, oldest first. */
  history: Snapshot[];
}

export const noClosings = (): Closings => ({ version: 1, closed: [], history: [] });

const str = (x: Decimal | null): Money | null => (x === null ? null : x.toString());
const dec = (x: Money | null): Decimal | null => (x === null ? null : new Dec(x));

export function saveLine(l: StatementLine): SavedLine {
  return {
    component: l.component,
    kind: l.kind,
    basis: l.basis,
    band: l.band,
    from: str(l.from),
    to: str(l.to),
    base: l.base.toString(),
    rate: str(l.rate),
    exact: l.exact.toString(),
    amount: l.amount.toString(),
    note: l.note,
    deal: l.deal,
    rep: l.rep,
  };
}

export function saveStatement(s: Statement): SavedStatement {
  return {
    rep: s.rep,
    period: s.period,
    plan: s.plan,
    currency: s.currency,
    decimals: s.decimals,
    basis: s.basis,
    periodDays: s.periodDays,
    eligibleDays: s.eligibleDays,
    quota: str(s.quota),
    proratedQuota: str(s.proratedQuota),
    credit: s.credit.toString(),
    conversions: s.conversions.map((c) => ({ currency: c.currency, amount: c.amount.toString(), rate: c.rate.toString(), repRate: c.repRate.toString(), credit: c.credit.toString() })),
    attainment: str(s.attainment),
    record: str(s.record),
    lines: s.lines.map(saveLine),
    total: s.total.toString(),
    company: { currency: s.company.currency, decimals: s.company.decimals, rate: s.company.rate.toString(), total: s.company.total.toString() },
    drawBalance: s.drawBalance.toString(),
  };
}

export function loadLine(l: SavedLine): StatementLine {
  return {
    component: l.component,
    kind: l.kind,
    basis: l.basis,
    band: l.band,
    from: dec(l.from),
    to: dec(l.to),
    base: new Dec(l.base),
    rate: dec(l.rate),
    exact: new Dec(l.exact),
    amount: new Dec(l.amount),
    note: l.note,
    deal: l.deal,
    rep: l.rep,
  };
}

export function loadStatement(s: SavedStatement): Statement {
  return {
    rep: s.rep,
    period: s.period,
    plan: s.plan,
    currency: s.currency,
    decimals: s.decimals,
    basis: s.basis,
    periodDays: s.periodDays,
    eligibleDays: s.eligibleDays,
    quota: dec(s.quota),
    proratedQuota: dec(s.proratedQuota),
    credit: new Dec(s.credit),
    conversions: s.conversions.map((c) => ({ currency: c.currency, amount: new Dec(c.amount), rate: new Dec(c.rate), repRate: new Dec(c.repRate), credit: new Dec(c.credit) })),
    attainment: dec(s.attainment),
    record: dec(s.record),
    lines: s.lines.map(loadLine),
    total: new Dec(s.total),
    company: { currency: s.company.currency, decimals: s.company.decimals, rate: new Dec(s.company.rate), total: new Dec(s.company.total) },
    drawBalance: new Dec(s.drawBalance),
  };
}

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const isMoney = (x: unknown): boolean => typeof x === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(x);

/** A stored snapshot is used only when its money, periods and lines read back exactly. */
function validSnapshot(x: unknown): x is Snapshot {
  if (!isObj(x)) return false;
  if (typeof x.id !== 'string' || typeof x.period !== 'string' || !/^\d{4}-\d{2}$/.test(x.period) || typeof x.version !== 'number') return false;
  if (typeof x.closedAt !== 'string' || typeof x.inputsHash !== 'string') return false;
  if (!Array.isArray(x.statements) || !Array.isArray(x.deals) || !Array.isArray(x.settled) || !Array.isArray(x.plans)) return false;
  const statementsOk = x.statements.every(
    (s: unknown) => isObj(s) && typeof s.rep === 'string' && s.period === x.period && isMoney(s.total) && Array.isArray(s.lines) && s.lines.every((l: unknown) => isObj(l) && isMoney(l.amount) && isObj(l.note)),
  );
  const settledOk = x.settled.every((s: unknown) => isObj(s) && typeof s.rep === 'string' && typeof s.closed === 'string' && isMoney(s.amount));
  const dealsOk = x.deals.every((d: unknown) => isObj(d) && typeof d.id === 'string' && typeof d.date === 'number' && typeof d.amount === 'number' && Array.isArray(d.splits));
  return statementsOk && settledOk && dealsOk;
}

export type ClosingsRead = { ok: true; closings: Closings } | { ok: false; reason: 'notJson' | 'notARecord' };

/**
 * The record from its stored JSON. Unlike the ownership record, an unreadable closings record is
 * never taken for "nothing closed": that would let a generate rewrite a closed period, so the
 * caller refuses to run and says why.
 */
export function parseClosings(stored: string | null): ClosingsRead {
  if (stored === null || stored.trim() === '') return { ok: true, closings: noClosings() };
  let v: unknown;
  try {
    v = JSON.parse(stored);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!isObj(v) || v.version !== 1 || !Array.isArray(v.closed) || !Array.isArray(v.history)) return { ok: false, reason: 'notARecord' };
  if (!v.closed.every(validSnapshot) || !v.history.every(validSnapshot)) return { ok: false, reason: 'notARecord' };
  return { ok: true, closings: { version: 1, closed: v.closed as Snapshot[], history: v.history as Snapshot[] } };
}

export const serializeClosings = (c: Closings): string => JSON.stringify(c);

export const closedSnapshot = (c: Closings, period: string): Snapshot | undefined => c.closed.find((s) => s.period === period);
