import type Decimal from 'decimal.js';
import { exactBands, rateTable, type CommissionLine, type CommissionMode, type RateTable } from '../commission';
import { Dec, ZERO, roundHalfAway } from '../money';
import { note, type StatementNote } from './explain';
import { fmtMoney, fmtPercent } from './format';
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

export interface CompiledOverride {
  id: string;
  rate: Decimal;
  rateText: string;
  scope: 'direct' | 'all';
}

export interface CompiledSpiff {
  id: string;
  name: string;
  amount: Decimal;
  productLines: ReadonlySet<string> | null;
  customers: ReadonlySet<string> | null;
  newCustomer: boolean;
  from: number | null;
  to: number | null;
}

export interface CompiledPlan {
  plan: Plan;
  /** Credit components in plan order: a rate table / accelerator, or the record bonus. */
  credit: ({ kind: 'table'; t: CompiledTable } | { kind: 'record'; id: string; rate: Decimal; rateText: string })[];
  caps: { id: string; appliesTo: string; amount: Decimal }[];
  gates: CompiledGate[];
  pool: { id: string; rate: number; rateDec: Decimal; rateText: string; collaborationWeight: number } | null;
  overrides: CompiledOverride[];
  spiffs: CompiledSpiff[];
  draw: { type: 'recoverable' | 'nonRecoverable'; amount: Decimal } | null;
}

export function compilePlan(plan: Plan): CompiledPlan {
  const out: CompiledPlan = { plan, credit: [], caps: [], gates: [], pool: null, overrides: [], spiffs: [], draw: null };
  const creditIds: string[] = [];
  for (const c of plan.components) {
    switch (c.kind) {
      case 'rateTable':
      case 'accelerator': {
        const table = rateTable(c.tiers, null, c.boundary);
        const basis = c.kind === 'accelerator' ? 'attainment' : c.basis;
        const rateText = table.rates.map(fmtPercent);
        const pctText = basis === 'attainment' ? table.lowers.map(fmtPercent) : null;
        out.credit.push({ kind: 'table', t: { id: c.id, basis, mode: c.mode, table, rateText, pctText } });
        creditIds.push(c.id);
        break;
      }
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
      case 'override':
        out.overrides.push({ id: c.id, rate: new Dec(c.rate), rateText: fmtPercent(new Dec(c.rate)), scope: c.scope });
        break;
      case 'spiff':
        out.spiffs.push({
          id: c.id,
          name: c.name ?? c.id,
          amount: new Dec(c.amount),
          productLines: c.productLines === undefined ? null : new Set(c.productLines),
          customers: c.customers === undefined ? null : new Set(c.customers),
          newCustomer: c.newCustomer ?? false,
          from: c.from ?? null,
          to: c.to ?? null,
        });
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
 * added. With `withLines` it also returns the audit lines (bands, caps, record bonus, gates, in
 * plan order); without, only the sum (clawbacks).
 */
export function creditPayout(cp: CompiledPlan, ctx: CreditContext, decimals: number, withLines: boolean): { amount: Decimal; lines: RawLine[] } {
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
        if (withLines) lines.push(line(t.id, 'noQuota', 'attainment', ZERO, null, ZERO, () => note('noQuota', {})));
      } else {
        for (const b of bands(credit, table, t.mode)) {
          const amount = roundHalfAway(b.exact, decimals);
          value = value.add(amount);
          if (!withLines) continue;
          const pct = t.pctText;
          lines.push({
            ...line(t.id, 'band', t.basis, b.base, b.rate, amount, () =>
              note('band', {
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
            ),
            band: b.band,
            from: b.from,
            to: b.to,
            exact: b.exact,
          });
        }
      }
      value = applyCaps(cp, t.id, value, lines, withLines, m);
    } else {
      const { record } = ctx;
      if (record === null) {
        if (withLines) lines.push(line(c.id, 'recordBonus', 'record', ZERO, c.rate, ZERO, () => note('noRecord', {})));
      } else {
        const above = credit.gt(record) ? credit.sub(record) : ZERO;
        const exact = above.mul(c.rate);
        const amount = roundHalfAway(exact, decimals);
        value = amount;
        if (withLines) {
          const explain = above.isZero()
            ? () => note('recordNotBeaten', { credit: m(credit), record: m(record) })
            : () => note('record', { credit: m(credit), record: m(record), rate: c.rateText, amount: m(amount) });
          lines.push(line(c.id, 'recordBonus', 'record', above, c.rate, amount, explain, { exact }));
        }
      }
      value = applyCaps(cp, c.id, value, lines, withLines, m);
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
    if (!withLines) continue;
    const att = () => {
      if (quota === null || quota.isZero()) return null;
      return fmtPercent((ctx.attainment ?? attainment(credit, quota)).toDecimalPlaces(4));
    };
    const explain = met
      ? () => note('gateMet', { attainment: att() ?? '—', min: g.minText })
      : () => note('gateMissed', { attainment: att(), min: g.minText, components: g.appliesTo.join(', ') });
    lines.push(line(g.id, 'gate', 'attainment', credit, null, reversed.neg(), explain));
  }
  return { amount: total, lines };
}

/** The bands an amount uses, exact, with band 1 at zero when nothing is reached, so every table shows on the statement. */
function bands(amount: Decimal, table: RateTable, mode: CommissionMode): Omit<CommissionLine, 'amount'>[] {
  const out = exactBands(amount, table, mode);
  if (out.length === 0) out.push({ band: 1, from: table.lowers[0], to: table.lowers[1] ?? null, base: ZERO, rate: table.rates[0], exact: ZERO });
  return out;
}

function applyCaps(cp: CompiledPlan, id: string, value: Decimal, lines: RawLine[], withLines: boolean, m: (x: Decimal) => string): Decimal {
  let v = value;
  for (const cap of cp.caps) {
    if (cap.appliesTo !== id || !v.gt(cap.amount)) continue;
    const cut = v.sub(cap.amount);
    const before = v;
    if (withLines) lines.push(line(cap.id, 'cap', 'money', before, null, cut.neg(), () => note('cap', { cap: m(cap.amount), before: m(before), amount: m(cut) })));
    v = cap.amount;
  }
  return v;
}

/** Whether a deal earns a SPIFF: every condition the SPIFF states holds. */
export function spiffMatches(s: CompiledSpiff, d: { date: number; productLine?: string | null; customer?: string | null; newCustomer?: boolean }): boolean {
  if (s.from !== null && d.date < s.from) return false;
  if (s.to !== null && d.date > s.to) return false;
  if (s.productLines !== null && !s.productLines.has(d.productLine ?? '')) return false;
  if (s.customers !== null && !s.customers.has(d.customer ?? '')) return false;
  return !s.newCustomer || d.newCustomer === true;
}

/**
 * A statement line with its amount; `exact` is base × rate before rounding for a line showing a
 * rate (else the amount), `deal` and `rep` name what a per-deal or per-report line is about.
 */
export function line(
  component: string,
  kind: RawLine['kind'],
  basis: RawLine['basis'],
  base: Decimal,
  rate: Decimal | null,
  amount: Decimal,
  explain: () => StatementNote,
  extra: { exact?: Decimal; deal?: string; rep?: string } = {},
): RawLine {
  return { component, kind, basis, band: null, from: null, to: null, base, rate, exact: extra.exact ?? amount, amount, deal: extra.deal ?? null, rep: extra.rep ?? null, explain };
}
