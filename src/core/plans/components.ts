import type Decimal from 'decimal.js';
import { exactBands, rateTable, type CommissionLine, type CommissionMode, type RateTable } from '../commission';
import { Dec, ZERO, roundHalfAway } from '../money';
import { fmtMoney, fmtPercent } from './format';
import type { Texts } from './explain';
import type { Plan } from './schema';
import type { RawLine } from './statement';

/**
 * A plan turned into decimals once, so the per-statement work is only arithmetic, and the part
 * of a payout that depends on the rep's own credit (rate tables, accelerators, record bonus, with
 * caps and gates). Clawbacks recompute that same part, so the two can never disagree.
 */
interface CompiledTable {
  id: string;
  basis: 'money' | 'attainment';
  mode: CommissionMode;
  /** Money bounds, or attainment fractions scaled by the quota per statement. */
  table: RateTable;
  /** Rates and attainment bounds as percent text, formatted once per plan rather than per line. */
  rateText: string[];
  pctText: string[] | null;
}

interface CompiledGate {
  id: string;
  min: Decimal;
  minText: string;
  appliesTo: readonly string[];
}

export interface CompiledPlan {
  plan: Plan;
  /** Credit components in plan order: a rate table / accelerator, or the record bonus. */
  credit: ({ kind: 'table'; t: CompiledTable } | { kind: 'record'; id: string; rate: Decimal; rateText: string })[];
  caps: { id: string; appliesTo: string; amount: Decimal }[];
  gates: CompiledGate[];
  pool: { id: string; rate: number; rateDec: Decimal; rateText: string; collaborationWeight: number } | null;
  draw: { type: 'recoverable' | 'nonRecoverable'; amount: Decimal } | null;
}

export function compilePlan(plan: Plan): CompiledPlan {
  const out: CompiledPlan = { plan, credit: [], caps: [], gates: [], pool: null, draw: null };
  const creditIds: string[] = [];
  for (const c of plan.components) {
    switch (c.kind) {
      case 'rateTable':
      case 'accelerator':
      {
        const table = rateTable(c.tiers, null, c.boundary);
        const basis = c.kind === 'accelerator' ? 'attainment' : c.basis;
        const rateText = table.rates.map(fmtPercent);
        const pctText = basis === 'attainment' ? table.lowers.map(fmtPercent) : null;
        out.credit.push({ kind: 'table', t: { id: c.id, basis, mode: c.mode, table, rateText, pctText } });
      }
        creditIds.push(c.id);
        break;
      case 'recordBonus':
        out.credit.push({ kind: 'record', id: c.id, rate: new Dec(c.rate), rateText: fmtPercent(new Dec(c.rate)) });
        creditIds.push(c.id);
        break;
      case 'cap':
        out.caps.push({ id: c.id, appliesTo: c.appliesTo, amount: new Dec(c.amount) });
        break;
      case 'gate':
        out.gates.push({ id: c.id, min: new Dec(c.minAttainment), minText: fmtPercent(new Dec(c.minAttainment)), appliesTo: c.appliesTo ?? [] });
        break;
      case 'teamPool':
        out.pool = { id: c.id, rate: c.rate, rateDec: new Dec(c.rate), rateText: fmtPercent(new Dec(c.rate)), collaborationWeight: c.collaborationWeight };
        break;
    }
  }
  for (const g of out.gates) if (g.appliesTo.length === 0) g.appliesTo = creditIds;
  if (plan.draw !== null) out.draw = { type: plan.draw.type, amount: new Dec(plan.draw.amount) };
  return out;
}

/** Display precision is plenty for a ratio nobody is paid on, and a 40-digit division is slow. */
const Ratio = Dec.clone({ precision: 12 });
export const attainment = (credit: Decimal, quota: Decimal): Decimal => new Dec(new Ratio(credit).div(quota));

export interface CreditContext {
  credit: Decimal;
  /** The prorated quota, null when the rep has none for the period. */
  quota: Decimal | null;
  record: Decimal | null;
  /** credit ÷ quota when already known (display only). */
  attainment?: Decimal | null;
}

/** Money bounds of a table for this statement; null when attainment bands meet no quota. */
export function moneyTable(t: CompiledTable, quota: Decimal | null): RateTable | null {
  if (t.basis === 'money') return t.table;
  if (quota === null || quota.isZero()) return null;
  return { lowers: t.table.lowers.map((l) => l.mul(quota)), rates: t.table.rates, boundary: t.table.boundary, scaled: null };
}

export function gateMet(g: { min: Decimal }, ctx: CreditContext): boolean {
  if (g.min.isZero()) return true;
  return ctx.quota !== null && !ctx.quota.isZero() && ctx.credit.gte(g.min.mul(ctx.quota));
}

/**
 * The credit-driven part of a payout: the sum of its lines, each line showing base × rate rounded
 * on its own (rules.md › Commissions), caps and gates taking off exactly what the rounded lines
 * added. With `texts` it also returns the audit lines (bands, caps, record bonus, gates, in plan
 * order); without, only the sum (clawbacks).
 */
export function creditPayout(cp: CompiledPlan, ctx: CreditContext, decimals: number, texts: Texts | null): { amount: Decimal; lines: RawLine[] } {
  const lines: RawLine[] = [];
  const byComponent = new Map<string, Decimal>();
  const m = (x: Decimal) => fmtMoney(x, decimals);
  const { credit, quota } = ctx;
  for (const c of cp.credit) {
    let value = ZERO;
    if (c.kind === 'table') {
      const { t } = c;
      const table = moneyTable(t, quota);
      if (table === null) {
        if (texts) lines.push(line(t.id, 'noQuota', 'attainment', ZERO, null, ZERO, () => texts.noQuota()));
      } else {
        for (const b of bands(credit, table, t.mode)) {
          const amount = roundHalfAway(b.exact, decimals);
          value = value.add(amount);
          if (!texts) continue;
          const pct = t.pctText;
          lines.push({
            component: t.id,
            kind: 'band',
            basis: t.basis,
            band: b.band,
            from: b.from,
            to: b.to,
            base: b.base,
            rate: b.rate,
            exact: b.exact,
            amount,
            deal: null,
            explain: () =>
              texts.band({
                band: b.band,
                from: m(b.from),
                to: b.to === null ? null : m(b.to),
                fromPct: pct === null ? null : pct[b.band - 1],
                toPct: pct === null || b.band >= pct.length ? null : pct[b.band],
                base: m(b.base),
                rate: t.rateText[b.band - 1],
                amount: m(amount),
                flat: t.mode === 'flat',
                upper: table.boundary === 'upper',
              }),
          });
        }
      }
      value = applyCaps(cp, t.id, value, lines, texts, m);
    } else {
      const { record } = ctx;
      if (record === null) {
        if (texts) lines.push(line(c.id, 'recordBonus', 'record', ZERO, c.rate, ZERO, () => texts.noRecord()));
      } else {
        const above = credit.gt(record) ? credit.sub(record) : ZERO;
        const exact = above.mul(c.rate);
        value = roundHalfAway(exact, decimals);
        if (texts) {
          const amount = value;
          const text = above.isZero() ? () => texts.recordNotBeaten(m(credit), m(record)) : () => texts.record(m(credit), m(record), c.rateText, m(amount));
          lines.push(line(c.id, 'recordBonus', 'record', above, c.rate, amount, text, null, exact));
        }
      }
      value = applyCaps(cp, c.id, value, lines, texts, m);
    }
    byComponent.set(c.kind === 'table' ? c.t.id : c.id, value);
  }
  let total = ZERO;
  for (const v of byComponent.values()) total = total.add(v);
  const gated = new Set<string>();
  for (const g of cp.gates) {
    const met = gateMet(g, ctx);
    let reversed = ZERO;
    if (!met) {
      for (const id of g.appliesTo) {
        if (gated.has(id)) continue;
        gated.add(id);
        reversed = reversed.add(byComponent.get(id) ?? ZERO);
      }
    }
    total = total.sub(reversed);
    if (!texts) continue;
    const att = () => {
      if (quota === null || quota.isZero()) return null;
      return fmtPercent((ctx.attainment ?? attainment(credit, quota)).toDecimalPlaces(4));
    };
    const text = met ? () => texts.gateMet(att() ?? '—', g.minText) : () => texts.gateMissed(att(), g.minText, g.appliesTo.join(', '));
    lines.push(line(g.id, 'gate', 'attainment', credit, null, reversed.neg(), text));
  }
  return { amount: total, lines };
}

/** The bands an amount uses, exact, with band 1 at zero when nothing is reached, so every table shows on the statement. */
function bands(amount: Decimal, table: RateTable, mode: CommissionMode): Omit<CommissionLine, 'amount'>[] {
  const out = exactBands(amount, table, mode);
  if (out.length === 0) out.push({ band: 1, from: table.lowers[0], to: table.lowers[1] ?? null, base: ZERO, rate: table.rates[0], exact: ZERO });
  return out;
}

function applyCaps(
  cp: CompiledPlan,
  id: string,
  value: Decimal,
  lines: RawLine[],
  texts: Texts | null,
  m: (x: Decimal) => string,
): Decimal {
  let v = value;
  for (const cap of cp.caps) {
    if (cap.appliesTo !== id || !v.gt(cap.amount)) continue;
    const cut = v.sub(cap.amount);
    const before = v;
    if (texts) lines.push(line(cap.id, 'cap', 'money', before, null, cut.neg(), () => texts.cap(m(cap.amount), m(before), m(cut))));
    v = cap.amount;
  }
  return v;
}

/** A statement line with its amount; `exact` is base × rate before rounding, for a line showing a rate. */
export function line(
  component: string,
  kind: RawLine['kind'],
  basis: RawLine['basis'],
  base: Decimal,
  rate: Decimal | null,
  amount: Decimal,
  explain: () => string,
  deal: string | null = null,
  exact: Decimal = amount,
): RawLine {
  return { component, kind, basis, band: null, from: null, to: null, base, rate, exact, amount, deal, explain };
}
