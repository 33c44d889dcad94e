/**
 * The payroll hand-off: one row per rep and statement period with fixed, machine-readable
 * headers whatever the workbook's language — rep, period, currency, credit, quota, attainment,
 * one column per plan component (by its id), adjustments, payout — and the amounts exactly as the
 * statement sheet prints them (each component the sum of its rounded lines, so the columns add up
 * to the payout to the cent). `adjustments` is the sum of the statement's prior-period adjustment
 * lines: changes to closed periods paid in this one (src/core/close/).
 */
import type Decimal from 'decimal.js';
import { ZERO } from '../core/money';
import type { Plan } from '../core/plans/schema';
import type { Statement } from '../core/plans/statement';
import { LANGUAGES } from '../core/language';
import { catalogue } from '../i18n';

/**
 * The seeded plan names its components in the workbook's language (阶梯提成 in a Chinese
 * workbook); a payroll import must not change with that, so those columns get the seed's fixed
 * key. A template's own component ids are the team's and pass through as they are.
 */
const SEED_KEYS: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((language) => {
    const words = catalogue(language).commissionSheets.seedPlan;
    return (['tiered', 'record', 'pool'] as const).map((key) => [words[key].id, key] as [string, string]);
  }),
);

/** The CSV column of a component id: the seed's fixed key for a seeded component, else the id. */
export const payrollHeader = (id: string): string => SEED_KEYS.get(id) ?? id;

export interface PayrollRow {
  rep: string;
  period: string;
  currency: string;
  decimals: number;
  credit: Decimal;
  /** The quota the attainment was measured against (prorated for joiners and leavers), or null. */
  quota: Decimal | null;
  attainment: Decimal | null;
  /** Amount per column of `PayrollTable.components`, in that order. */
  components: Decimal[];
  adjustments: Decimal;
  payout: Decimal;
}

export interface PayrollTable {
  /**
 * Component ids of the plans in plan order, then "clawback" and "draw" (statement lines of no
 * component) when a plan has a clawback window or a draw.
 */
  components: string[];
  rows: PayrollRow[];
}

export function payrollColumns(plans: readonly Plan[]): string[] {
  const ids: string[] = [];
  for (const p of plans) for (const c of p.components) if (!ids.includes(c.id)) ids.push(c.id);
  if (plans.some((p) => p.clawbackDays !== null) && !ids.includes('clawback')) ids.push('clawback');
  if (plans.some((p) => p.draw !== null) && !ids.includes('draw')) ids.push('draw');
  return ids;
}

/** Payroll rows of the statements (of one period when `period` is given), in statement order. */
export function payrollRows(statements: readonly Statement[], plans: readonly Plan[], options: { period?: string } = {}): PayrollTable {
  const components = payrollColumns(plans);
  const column = new Map(components.map((id, i) => [id, i]));
  const rows = statements
    .filter((s) => options.period === undefined || s.period === options.period)
    .map((s): PayrollRow => {
      const amounts = components.map(() => ZERO);
      let adjustments = ZERO;
      for (const l of s.lines) {
        if (l.kind === 'priorPeriod') {
          adjustments = adjustments.add(l.amount);
          continue;
        }
        const i = column.get(l.component);
        if (i !== undefined) amounts[i] = amounts[i].add(l.amount);
        // Only a zero line has no column (a period no plan governs), so the columns add up to the payout.
        else if (!l.amount.isZero()) throw new Error(`payroll: statement line "${l.component}" has no column`);
      }
      return {
        rep: s.rep,
        period: s.period,
        currency: s.currency,
        decimals: s.decimals,
        credit: s.credit,
        quota: s.proratedQuota,
        attainment: s.attainment,
        components: amounts,
        adjustments,
        payout: s.total,
      };
    });
  return { components, rows };
}

/** Digits of attainment in the CSV (a fraction: 0.923077 is 92.3077 %). */
export const ATTAINMENT_DECIMALS = 6;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (s: string): string => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

/** The payroll table as CSV: UTF-8 with a byte-order mark, CRLF line ends, amounts to the currency's minor unit. */
export function payrollCsv(table: PayrollTable): Uint8Array {
  const header = ['rep', 'period', 'currency', 'credit', 'quota', 'attainment', ...table.components.map(payrollHeader), 'adjustments', 'payout'];
  const lines = [header.map(field).join(',')];
  for (const r of table.rows) {
    const money = (x: Decimal) => x.toFixed(r.decimals);
    lines.push(
      [
        field(r.rep),
        field(r.period),
        field(r.currency),
        money(r.credit),
        r.quota === null ? '' : money(r.quota),
        r.attainment === null ? '' : r.attainment.toFixed(ATTAINMENT_DECIMALS),
        ...r.components.map(money),
        money(r.adjustments),
        money(r.payout),
      ].join(','),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
