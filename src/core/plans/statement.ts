import type Decimal from 'decimal.js';
import { ZERO } from '../money';
import type { StatementNote } from './explain';

/** What credit counts: deals booked, or cash collected (defined beside the statement that states it, so the plan inputs can use it without a file cycle). */
export type CreditBasis = 'booked' | 'collected';

/**
 * What a rep is paid for a period and why: audit lines, and their sum as the total
 * (rules.md › Commissions): a line showing base × rate is ROUND(base × rate) on its own; every
 * other line is an exact difference of rounded amounts (a cap, a gate, a clawback, a draw) or a
 * share already on the minor unit, so no line is ever adjusted to make the total come out.
 */
export type LineKind =
  | 'band'
  | 'noQuota'
  | 'cap'
  | 'recordBonus'
  | 'gate'
  | 'teamPool'
  | 'override'
  | 'spiff'
  | 'clawback'
  | 'overrideClawback'
  | 'drawAdvance'
  | 'drawRecovery'
  | 'drawGuarantee'
  | 'noPlan'
  /** A change to a closed period, paid in the next open one (src/core/close/). */
  | 'priorPeriod';

/** What the line's base is measured in. */
export type LineBasis = 'money' | 'attainment' | 'record' | 'team' | 'reports' | 'deal' | 'draw' | 'closed';

export interface StatementLine {
  /** Component id, or "clawback" / "draw" / "plan" for lines that belong to no component. */
  component: string;
  kind: LineKind;
  basis: LineBasis;
  /** 1-based band of a rate table, else null. */
  band: number | null;
  /** Money bounds of the band (attainment bands already scaled by the prorated quota). */
  from: Decimal | null;
  to: Decimal | null;
  base: Decimal;
  rate: Decimal | null;
  /** base × rate before rounding for a line showing a rate; else the amount. */
  exact: Decimal;
  amount: Decimal;
  /** What the line says, as a code with parameters (explain.ts); src/i18n renders it. */
  note: StatementNote;
  deal: string | null;
  /** The report an override line is about. */
  rep: string | null;
}

/** A line whose note is made when first read. */
export type RawLine = Omit<StatementLine, 'note'> & {
  explain: () => StatementNote;
};

/** A sum of credit in another currency, converted once to the rep's: amount × rate ÷ repRate. */
export interface Conversion {
  currency: string;
  amount: Decimal;
  /** Company units per unit of `currency`, and per unit of the rep's currency, in the period. */
  rate: Decimal;
  repRate: Decimal;
  /** The converted amount in the rep's currency, rounded to its minor unit. */
  credit: Decimal;
}

export interface Statement {
  rep: string;
  period: string;
  /** The plan version governing the period, or null when none was in effect on its first day. */
  plan: { id: string; name: string; effectiveFrom: number } | null;
  /** The rep's currency (their plan's) and its minor-unit decimals: every amount below is in it. */
  currency: string;
  decimals: number;
  /** What the credit is: deals booked in the period, or cash collected in it. */
  basis: CreditBasis;
  periodDays: number;
  /** Days of the period the rep was employed. */
  eligibleDays: number;
  quota: Decimal | null;
  /** quota × eligible days ÷ period days, rounded to the minor unit, never above the quota. */
  proratedQuota: Decimal | null;
  credit: Decimal;
  /** The parts of the credit that were in other currencies. */
  conversions: Conversion[];
  /** credit ÷ prorated quota (for display; payouts compare credit with attainment × quota). */
  attainment: Decimal | null;
  /** The record the record bonus measured against (null: none yet). */
  record: Decimal | null;
  lines: StatementLine[];
  /** The sum of the lines. */
  total: Decimal;
  /**
   * The total in the company currency: ROUND(total × rate) with rate the company units per unit
   * of the rep's currency in the period (1, and the same total, for reps paid in it).
   */
  company: { currency: string; decimals: number; rate: Decimal; total: Decimal };
  /** Recoverable draw still to recover after this period. */
  drawBalance: Decimal;
}

/** The statement's lines and their total. */
export function finishLines(raw: readonly RawLine[]): { lines: StatementLine[]; total: Decimal } {
  let total = ZERO;
  const lines = raw.map((l): StatementLine => {
    total = total.add(l.amount);
    return {
      component: l.component,
      kind: l.kind,
      basis: l.basis,
      band: l.band,
      from: l.from,
      to: l.to,
      base: l.base,
      rate: l.rate,
      exact: l.exact,
      amount: l.amount,
      // Made on first read, then kept: a year of statements for a whole sales force is mostly
      // read for its totals (reconciliation), and formatting every amount of every note up front
      // doubled the cost of a run. The note depends only on values fixed here, so when it is
      // made does not change what it says.
      get note(): StatementNote {
        const n = l.explain();
        Object.defineProperty(this, 'note', { value: n, enumerable: true, writable: false });
        return n;
      },
      deal: l.deal,
      rep: l.rep,
    };
  });
  return { lines, total };
}
