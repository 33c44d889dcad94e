/**
 * The commission sheets (Plans, Commission statement, Reconciliation) as ordinary sheet
 * builders: the engine's inputs are derived from the same SalesData every other sheet reads,
 * so a generate request, the demo and the preview all get them the same way.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { computeStatements, type EngineInput, type Statement } from '../core/plans/engine';
import { planFromSettings } from '../core/plans/fromSettings';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { dateSerial, type PaidRecord, type SalesData } from './data';
import type { SheetSpec } from './model';
import { buildPlansSheet } from './plansSheet';
import { buildReconciliationSheet } from './reconciliationSheet';
import { buildStatementSheet } from './statementSheet';

const monthId = (serial: number): string => {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * Engine input from SalesData: a period per evaluation month, quotas from the monthly targets,
 * one deal per transaction credited to its rep, and each rep's record set at their highest
 * monthly target (the data holds no earlier history).
 */
export function engineInputFromData(data: SalesData, settings: Settings): EngineInput {
  const months = [...new Set(data.evaluation.map((e) => e.period))].sort((a, b) => a - b);
  const periods = months.map((start) => {
    const d = new Date(Date.UTC(1899, 11, 30) + start * 86_400_000);
    const next = dateSerial(d.getUTCFullYear() + (d.getUTCMonth() === 11 ? 1 : 0), ((d.getUTCMonth() + 1) % 12) + 1, 1);
    return { id: monthId(start), start, end: next - 1 };
  });
  const first = periods[0]?.start ?? data.asOf;
  const last = periods[periods.length - 1]?.end ?? data.asOf;
  const history: Record<string, number> = {};
  for (const e of data.evaluation) history[e.rep] = Math.max(history[e.rep] ?? 0, e.target);
  return {
    plans: [planFromSettings(settings, first)],
    reps: data.reps.map((r) => ({ id: r.name, name: r.name, team: r.team, start: first - 366, end: null })),
    periods,
    quotas: data.evaluation.map((e) => ({ rep: e.rep, period: monthId(e.period), amount: e.target })),
    deals: data.transactions
      .filter((t) => t.date >= first && t.date <= last)
      .map((t, i) => ({ id: `T${i + 1}`, splits: [{ rep: t.rep, share: 1 }], date: t.date, amount: t.amount, cancelled: null })),
    history,
  };
}

interface Computed {
  input: EngineInput;
  statements: Statement[];
}

/** Statement and reconciliation sheets read the same run: compute it once per data, settings and language. */
const runs = new WeakMap<SalesData, WeakMap<Settings, Map<Language, Computed>>>();

function computed(data: SalesData, settings: Settings, language: Language): Computed {
  let bySettings = runs.get(data);
  if (!bySettings) runs.set(data, (bySettings = new WeakMap()));
  let byLanguage = bySettings.get(settings);
  if (!byLanguage) bySettings.set(settings, (byLanguage = new Map()));
  let run = byLanguage.get(language);
  if (!run) {
    const input = engineInputFromData(data, settings);
    run = { input, statements: computeStatements(input, { language }) };
    byLanguage.set(language, run);
  }
  return run;
}

/** The period a statement is for: the one holding `period.end`, else the latest with data. */
function statementPeriod(input: EngineInput, period?: Period): string {
  const at = period?.end;
  const hit = at === undefined ? undefined : input.periods.find((p) => p.start <= at && at <= p.end);
  return (hit ?? input.periods[input.periods.length - 1])?.id ?? '';
}

/**
 * What the sample company paid: the amounts the default plan computes, except that every seventh
 * rep was paid 100 less, so the demo's Reconciliation sheet shows what a difference looks like.
 */
export function samplePayments(data: SalesData): PaidRecord[] {
  const { statements } = computed(data, DEFAULT_SETTINGS, 'en-US');
  const reps = [...new Set(statements.map((s) => s.rep))];
  const short = new Set(reps.filter((_, i) => i % 7 === 3));
  return statements.map((s) => ({
    rep: s.rep,
    period: s.period,
    amount: short.has(s.rep) ? s.total.sub(100).toNumber() : s.total.toNumber(),
  }));
}

export function buildPlansSheetFor(data: SalesData, settings: Settings, language: Language): SheetSpec {
  return buildPlansSheet(engineInputFromData(data, settings).plans, language);
}

export function buildStatementSheetFor(data: SalesData, settings: Settings, language: Language, period?: Period): SheetSpec {
  const { input, statements } = computed(data, settings, language);
  return buildStatementSheet(statementPeriod(input, period), statements, input.reps, input.plans, language);
}

export function buildReconciliationSheetFor(data: SalesData, settings: Settings, language: Language, period?: Period): SheetSpec {
  const { input, statements } = computed(data, settings, language);
  const id = statementPeriod(input, period);
  // Without payment records the Paid column is left for finance to fill; the checks then flag every row.
  return buildReconciliationSheet(
    statements.filter((s) => s.period === id),
    data.paid ?? [],
    input.reps,
    language,
  );
}
