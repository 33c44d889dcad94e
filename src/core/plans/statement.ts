import type Decimal from 'decimal.js';
import { ZERO, roundHalfAway, roundPartsToTotal, sum } from '../money';

/**
 * What a rep is paid for a period and why: audit lines whose rounded amounts add up exactly to
 * the total (one largest-remainder rounding over all lines of the statement).
 */
export type LineKind =
  | 'band'
  | 'noQuota'
  | 'cap'
  | 'recordBonus'
  | 'gate'
  | 'teamPool'
  | 'clawback'
  | 'drawAdvance'
  | 'drawRecovery'
  | 'drawGuarantee'
  | 'noPlan';

/** What the line's base is measured in. */
export type LineBasis = 'money' | 'attainment' | 'record' | 'team' | 'deal' | 'draw';

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
  exact: Decimal;
  amount: Decimal;
  explanation: string;
  deal: string | null;
}

/** A line before rounding; its explanation is written once the rounded amount is known. */
export type RawLine = Omit<StatementLine, 'amount' | 'explanation'> & {
  explain: (amount: Decimal) => string;
};

export interface Statement {
  rep: string;
  period: string;
  /** The plan version governing the period, or null when none was in effect on its first day. */
  plan: { id: string; name: string; effectiveFrom: number } | null;
  currency: string;
  decimals: number;
  periodDays: number;
  /** Days of the period the rep was employed. */
  eligibleDays: number;
  quota: Decimal | null;
  /** quota × eligible days ÷ period days, rounded to the minor unit, never above the quota. */
  proratedQuota: Decimal | null;
  credit: Decimal;
  /** credit ÷ prorated quota (for display; payouts compare credit with attainment × quota). */
  attainment: Decimal | null;
  /** The record the record bonus measured against (null: none yet). */
  record: Decimal | null;
  lines: StatementLine[];
  exact: Decimal;
  total: Decimal;
  /** Recoverable draw still to recover after this period. */
  drawBalance: Decimal;
}

/**
 * Rounds all lines of a statement at once with roundPartsToTotal. Lines already on the minor
 * unit (zeros, pool shares, draws of whole cents) have no remainder, so largest remainder never
 * moves them: only the others are passed, in order, against what is left of the total — the
 * same result at a fraction of the cost.
 */
export function roundLines(raw: readonly RawLine[], decimals: number): { lines: StatementLine[]; exact: Decimal; total: Decimal } {
  const exact = sum(raw.map((l) => l.exact));
  const total = roundHalfAway(exact, decimals);
  const amounts = raw.map((l) => l.exact);
  const off: number[] = [];
  let onGrid = ZERO;
  amounts.forEach((x, i) => {
    if (x.decimalPlaces() > decimals) off.push(i);
    else onGrid = onGrid.add(x);
  });
  if (off.length > 0) {
    const rounded = roundPartsToTotal(
      off.map((i) => amounts[i]),
      decimals,
      total.sub(onGrid),
    );
    off.forEach((i, k) => (amounts[i] = rounded[k]));
  }
  const lines = raw.map((l, i): StatementLine => {
    const amount = amounts[i];
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
      amount,
      // Written on first read, then kept: a year of statements for a whole sales force is mostly
      // read for its totals (reconciliation), and formatting every sentence up front doubled the
      // cost of a run. The sentence depends only on values fixed here, so when it is written
      // does not change what it says.
      get explanation(): string {
        const text = l.explain(amount);
        Object.defineProperty(this, 'explanation', { value: text, enumerable: true, writable: false });
        return text;
      },
      deal: l.deal,
    };
  });
  return { lines, exact, total };
}
