/**
 * The commission sheets (Plans, Commission statement, Reconciliation) from the team's data: the
 * engine's input is built from the Dataset (reps with their start and end dates and managers, deals
 * with split credit, cancellations, collections and currencies, monthly quotas, exchange rates;
 * engineInput.ts) and the template's plans, assigned to reps by the template's rule. The settings' plain tiers seed the one plan only when the template has none.
 */
import { applyClosings } from '../core/close/close';
import type { Adjustment } from '../core/close/adjustments';
import type { Closings } from '../core/close/record';
import { isSalesError } from '../core/errors';
import { computeStatements, type EngineInput, type Quota as EngineQuota, type Statement } from '../core/plans/engine';
import { planFromSettings } from '../core/plans/fromSettings';
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import { monthEnd, monthId, monthIdStart, monthsBetween } from '../data/calendar';
import type { Dataset } from '../data/model';
import type { Period } from '../core/period';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { a1, type SheetSpec } from './model';
import { notice, type SheetNotice } from '../data/notices';
import { assignPlans, type PlanAssignment } from './planAssignment';
import type { SheetRun } from './print';
import { buildPlansSheet } from './plansSheet';
import { buildReconciliationSheet } from './reconciliationSheet';
import { buildStatementSheet } from './statementSheet';
import { currencyInput, engineDeals, managersOf } from './engineInput';

export interface CommissionOptions {
  settings: Settings;
  language: Language;
  /** The template's plans; none means one plan seeded from the settings' tiers. */
  plans?: readonly Plan[];
  planAssignment?: PlanAssignment;
  /** The period asked for: statements run from the data's first month to its end (or the report date). */
  period?: Period;
  /** Each rep's monthly target; the data's rep quotas when not given. */
  quotas?: readonly EngineQuota[];
  /** The workbook's closed periods: their statements are the snapshots, their changes adjustments. */
  closings?: Closings;
}

export type CommissionRun =
  | { ok: true; input: EngineInput; statements: Statement[]; plans: readonly Plan[]; notices: SheetNotice[] }
  | { ok: false; problems: SheetNotice[]; plans: readonly Plan[] };

/** Calendar months from the data's first deal or quota to the report date (and the period asked for). */
export function commissionPeriods(data: Dataset, period?: Period): EngineInput['periods'] {
  let first = data.asOf;
  for (const d of data.deals) if (d.date < first) first = d.date;
  for (const q of data.quotas) first = Math.min(first, monthIdStart(q.period));
  const last = Math.max(data.asOf, period?.end ?? data.asOf);
  return monthsBetween(first, last).map((start) => ({ id: monthId(start), start, end: monthEnd(start) }));
}

/** The plan the settings describe, named in the workbook's language. */
export function seedPlan(settings: Settings, from: number, language: Language): Plan {
  const words = catalogue(language).commissionSheets.seedPlan;
  const plan = planFromSettings(settings, from);
  const own = (id: string) => (id === 'tiered' || id === 'record' || id === 'pool' ? words[id] : { id, name: undefined });
  return {
    ...plan,
    ...words.plan,
    components: plan.components.map((c) => ({ ...c, id: own(c.id).id, name: own(c.id).name ?? c.name })),
  };
}

/** The plans a run uses: the template's, or one seeded from the settings from the first period on. */
export function plansFor(settings: Settings, plans: readonly Plan[] | undefined, from: number, language: Language): readonly Plan[] {
  return plans !== undefined && plans.length > 0 ? plans : [seedPlan(settings, from, language)];
}

export function computeCommissions(data: Dataset, options: CommissionOptions): CommissionRun {
  const periods = commissionPeriods(data, options.period);
  const plans = plansFor(options.settings, options.plans, periods[0].start, options.language);
  const assigned = assignPlans(data.reps, plans.map((p) => p.id), options.planAssignment);
  if (!assigned.ok) return { ok: false, problems: assigned.problems, plans };
  const ids = new Set(periods.map((p) => p.id));
  const quotas = (options.quotas ?? data.quotas.filter((q) => q.scope === 'rep').map((q) => ({ rep: q.name, period: q.period, amount: q.amount }))).filter((q) => ids.has(q.period));
  const managers = managersOf(data);
  const input: EngineInput = {
    plans,
    reps: data.reps.map((r) => ({
      id: r.name,
      name: r.name,
      // The team pool is shared within a team; a roster without teams shares it within a region.
      team: r.team ?? r.region ?? '',
      start: r.start ?? periods[0].start,
      end: r.end,
      plan: assigned.plans.get(r.name),
      manager: managers.get(r.name) ?? null,
    })),
    periods,
    quotas,
    deals: engineDeals(data.deals, plans),
    ...currencyInput(data, options.settings, periods),
  };
  try {
    const computed = computeStatements(input);
    if (!options.closings) return { ok: true, input, statements: computed, plans, notices: [] };
    const applied = applyClosings(input, computed, options.closings);
    return { ok: true, input, statements: applied.statements, plans, notices: waitingNotices(applied.adjustments) };
  } catch (e) {
    if (!isSalesError(e)) throw e;
    return { ok: false, problems: [notice('commissionRefused', { problem: e.problem })], plans };
  }
}

/** Adjustments with no open period after their closed one in this run: said, not silently held. */
function waitingNotices(adjustments: readonly Adjustment[]): SheetNotice[] {
  const byPeriod = new Map<string, Set<string>>();
  for (const a of adjustments) {
    if (a.into !== null || a.amount.isZero()) continue;
    const reps = byPeriod.get(a.closed) ?? new Set<string>();
    reps.add(a.rep);
    byPeriod.set(a.closed, reps);
  }
  return [...byPeriod].sort(([a], [b]) => a.localeCompare(b)).map(([period, reps]) => notice('adjustmentsWaiting', { period, reps: [...reps].sort() }));
}

/**
 * The month a statement is for: the one holding the end of the period asked for, or the report
 * date when the period runs past it (a year's statement is the latest month with data).
 */
export function statementPeriod(run: Extract<CommissionRun, { ok: true }>, period: Period, asOf: number): string {
  const at = period.start <= asOf && asOf < period.end ? asOf : period.end;
  const hit = run.input.periods.find((p) => p.start <= at && at <= p.end);
  return (hit ?? run.input.periods[run.input.periods.length - 1]).id;
}

export function buildPlansSheetFor(run: CommissionRun, language: Language, print?: Omit<SheetRun, 'language'>): SheetSpec {
  return buildPlansSheet(run.plans, language, print);
}

export function buildStatementSheetFor(run: Extract<CommissionRun, { ok: true }>, language: Language, id: string, print?: Omit<SheetRun, 'language'>): SheetSpec {
  return buildStatementSheet(id, run.statements, run.input.reps, run.input.plans, language, print);
}

export function buildReconciliationSheetFor(run: Extract<CommissionRun, { ok: true }>, data: Dataset, language: Language, id: string, print?: Omit<SheetRun, 'language'>): SheetSpec {
  const sheet = buildReconciliationSheet(
    run.statements.filter((s) => s.period === id),
    data.payments ?? [],
    run.input.reps,
    language,
    print,
  );
  // Without payments the Paid column stays blank for finance to fill in; the checks follow it.
  const table = sheet.tables[0];
  const paid = table?.columns.findIndex((c) => c.header === catalogue(language).commissionSheets.reconciliation.columns.paid) ?? -1;
  if (data.payments === null && table && paid >= 0) sheet.notes.push({ cell: a1(table.origin.row, table.origin.col + paid), text: catalogue(language).sheetData.reconciliation.paidMissing });
  return sheet;
}
