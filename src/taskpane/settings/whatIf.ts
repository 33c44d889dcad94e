import { bandIndex, bandStart, commissionLines, rateTable, type Boundary } from '../../core/commission';
import { Dec } from '../../core/money';
import type { Language } from '../../core/language';
import type { CommissionTier } from '../../core/settings';
import type { Catalogue } from '../../i18n/catalogue';
import { templateProblem, type TemplateProblem } from '../../templates/problems';
import { formatMoney, formatNumber, parseUserNumber } from '../format';

export interface WhatIf {
  commission: number;
  /** Money amount where the next tier starts, or null at the top tier. */
  nextTier: number | null;
}

/**
 * The commission at `amount` and where the next tier starts (its first amount: one minor unit
 * above the bound when bands include their upper bound), computed by the calculation core (the
 * same code the SALES functions and the sheets use, so the same per-line rounding). `quota`
 * turns attainment bounds into money. Throws the core's error when the tiers or amount are not
 * usable.
 */
export function whatIf(
  amount: number,
  tiers: readonly CommissionTier[],
  mode: 'marginal' | 'flat',
  decimals: number,
  quota: number | null,
  boundary: Boundary = 'lower',
): WhatIf {
  const table = rateTable(tiers, quota, boundary);
  const result = commissionLines(new Dec(amount), table, mode, decimals);
  const next = bandIndex(table, new Dec(amount)) + 1;
  return { commission: result.total.toNumber(), nextTier: next < table.lowers.length ? bandStart(table, next, decimals).toNumber() : null };
}

export interface WhatIfMore {
  before: number;
  after: number;
  /** after − before, exact. */
  gain: number;
  total: number;
  /** Where the next tier above the new total starts, and how much more reaches it; null at the top. */
  nextTier: number | null;
  toNext: number | null;
}

/**
 * "What if `extra` more closes this period" for a rep at `amount`: the new payout, the gain,
 * and the next band with the amount still needed to reach it — all from the core, in decimals.
 */
export function whatIfMore(
  amount: number,
  extra: number,
  tiers: readonly CommissionTier[],
  mode: 'marginal' | 'flat',
  decimals: number,
  quota: number | null,
  boundary: Boundary = 'lower',
): WhatIfMore {
  const total = new Dec(amount).add(extra).toNumber();
  const before = whatIf(amount, tiers, mode, decimals, quota, boundary);
  const after = whatIf(total, tiers, mode, decimals, quota, boundary);
  return {
    before: before.commission,
    after: after.commission,
    gain: new Dec(after.commission).sub(before.commission).toNumber(),
    total,
    nextTier: after.nextTier,
    toNext: after.nextTier === null ? null : new Dec(after.nextTier).sub(total).toNumber(),
  };
}

/** The what-if boxes as typed, and the plan they are asked about. */
export interface WhatIfInput {
  amount: string;
  quota: string;
  extra: string;
  /** The tiers as the form holds them, or null while they are not valid. */
  tiers: readonly CommissionTier[] | null;
  mode: 'marginal' | 'flat';
  /** Which band an amount exactly on a bound belongs to. */
  boundary: Boundary;
  /** Bounds are quota attainment: the quota box counts and turns them into money. */
  attainment: boolean;
  currency: string;
  decimals: number;
}

export interface WhatIfView {
  /** Why a box is refused, by box. */
  errors: Partial<Record<'amount' | 'quota' | 'extra', TemplateProblem>>;
  /** "At 2,300,000 the commission is …", or what to fix first. */
  line: string;
  /** "If 200,000 more closes …", or what to fix first. */
  moreLine: string;
}

/** The two what-if sentences in the pane's language, from the boxes as typed. */
export function whatIfView(input: WhatIfInput, t: Catalogue, lang: Language): WhatIfView {
  const p = t.plans;
  const errors: WhatIfView['errors'] = {};
  const nonNegative = (key: 'amount' | 'extra', text: string): number | null => {
    const n = parseUserNumber(text);
    if (n === null) errors[key] = templateProblem('notNumber', {});
    else if (n < 0) errors[key] = templateProblem('tooSmall', { min: 0, inclusive: true });
    return errors[key] ? null : n;
  };
  const amount = nonNegative('amount', input.amount);
  const extra = nonNegative('extra', input.extra);
  const quota = parseUserNumber(input.quota);
  if (input.attainment && quota === null) errors.quota = templateProblem('notNumber', {});
  else if (input.attainment && quota !== null && quota <= 0) errors.quota = templateProblem('tooSmall', { min: 0, inclusive: false });

  const view: WhatIfView = { errors, line: p.whatIfUnavailable, moreLine: p.whatIfUnavailable };
  if (!input.tiers || amount === null || errors.quota) return view;
  const money = (x: number) => formatMoney(x, input.currency, input.decimals, lang);
  const num = (x: number) => formatNumber(x, lang);
  const q = input.attainment ? quota : null;
  try {
    const r = whatIf(amount, input.tiers, input.mode, input.decimals, q, input.boundary);
    view.line = p.whatIfLine(num(amount), money(r.commission), r.nextTier === null ? null : num(r.nextTier));
    if (extra !== null) {
      const m = whatIfMore(amount, extra, input.tiers, input.mode, input.decimals, q, input.boundary);
      view.moreLine = p.whatIfMoreLine(num(extra), num(m.total), money(m.after), money(m.gain), m.nextTier === null ? null : num(m.nextTier), m.toNext === null ? null : num(m.toNext));
    }
  } catch {
    // The core refused the tiers or the amount (its own checks): say what to fix rather than guess.
    view.line = p.whatIfUnavailable;
  }
  return view;
}
