/**
 * Evaluation (rules.md › Performance evaluation, monthly): one row per rep and month, from the
 * team's data. Targets come from the one target split; actual, deals won and new customers from the
 * deals; leads, won deals, collection and process from the activity table where the team keeps
 * one, else derived where the data allows (leads from the pipeline, won deals from the deals,
 * collection from the deals' collected amounts) and left blank otherwise, with a note saying
 * which. The composite score is over the metrics present, their weights scaled to add up to 100 %.
 * Every KPI, the score, the grade, the traffic light and both flags are native formulas reading
 * the Settings names, each cell carrying the value the core computed.
 */
import { pace as paceOf } from '../core/risk';
import { averageOrderValue, collectionRate, completionRate, conversionRate } from '../core/kpi';
import { gradeIndex, GRADE_CODES, partialScore } from '../core/score';
import { addMonths, monthEnd, monthId, monthsBetween } from '../data/calendar';
import type { Activity } from '../data/model';
import { catalogue } from '../i18n';
import type { Language } from '../core/language';
import type { BuildContext, Built } from './context';
import { COUNT, MONTH, PCT, PCT0, SCORE } from './formats';
import { a1, a1Range, columnLetter, type Cell, type ColumnSpec } from './model';
import { finishSheet } from './print';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { N } from './settingsSheet';
import { computed, emptySheet, formula, sheetName, str } from './text';

/** Where a row's input came from: the team's own column, derived from other tables, or missing. */
export type Source = 'data' | 'derived' | 'missing';

/** One rep and month, with what the core says about it: the values the formulas must reproduce. */
export interface EvaluationRow {
  /** Serial of the month's first day. */
  period: number;
  rep: string;
  region: string;
  target: number | null;
  actual: number;
  newCustomers: number;
  leads: number | null;
  won: number;
  collected: number | null;
  receivables: number | null;
  process: number | null;
  sources: { leads: Source; won: Source; collection: Source; process: Source };
  completion: number | '';
  conversion: number | '';
  aov: number | '';
  collection: number | '';
  score: number | '';
  grade: string;
  elapsed: number;
  pace: number | '';
  status: string;
  outstanding: boolean;
  needsImprovement: boolean;
}

const ratio = (fn: () => number, ok: boolean): number | '' => (ok ? (computed(fn) as number) : '');

/**
 * Rows for the months of the period (plus the months before it that the consecutive-periods rule
 * looks back on), up to the report date's month: a rep has a row in a month they were employed in
 * and have a target, a sale, activity or a pipeline row.
 */
export function evaluationRows(ctx: BuildContext): EvaluationRow[] {
  const { data, settings, language, period } = ctx;
  const months = monthsBetween(addMonths(period.start, -(settings.improvementPeriods - 1)), Math.min(period.end, monthEnd(data.asOf)));
  const activity = new Map<string, Activity>((data.activity ?? []).map((a) => [`${a.period}\u0000${a.rep}`, a]));
  const rows: EvaluationRow[] = [];
  const completionOf = new Map<string, number | ''>();
  for (const month of months) {
    const id = monthId(month);
    for (const rep of data.reps) {
      if ((rep.start !== null && rep.start > monthEnd(month)) || (rep.end !== null && rep.end < month)) continue;
      const a = activity.get(`${id}\u0000${rep.name}`);
      const d = ctx.derived.get(rep.name, id);
      const target = ctx.targets.of('people', rep.name, month)?.toNumber() ?? null;
      if (target === null && d.deals === 0 && a === undefined && !d.leads) continue;
      const leads = a?.leads ?? d.leads;
      const won = a?.won ?? d.deals;
      const collected = a?.collected ?? d.collected;
      const receivables = a?.receivables ?? (d.collected === null ? null : d.booked);
      const process = a?.process ?? null;
      const completion = ratio(() => completionRate(d.actual, target as number), target !== null && target > 0);
      const conversion = ratio(() => conversionRate(won, leads as number), leads !== null && leads > 0);
      const aov = ratio(() => averageOrderValue(d.actual, won), won > 0);
      const collection = ratio(() => collectionRate(collected as number, receivables as number), collected !== null && receivables !== null && receivables > 0);
      const metrics = [completion, conversion, aov, collection, process].map((m) => (typeof m === 'number' ? m : null));
      const score = partialScore(metrics, settings.score.benchmarks, settings.score.weights) ?? '';
      const grade = score === '' ? '' : ctx.text.labels.grades[GRADE_CODES[Math.min(gradeIndex(score, settings.gradeCutoffs), 3)]];
      const elapsed = elapsedFraction(month, monthEnd(month), data.asOf);
      const pace = elapsed > 0 && target !== null && target > 0 ? (computed(() => paceOf(d.actual, target, elapsed)) as number) : '';
      const status = pace === '' ? '' : riskStatusValue(d.actual, target as number, elapsed, settings, language);
      completionOf.set(`${month}\u0000${rep.name}`, completion);
      rows.push({
        period: month,
        rep: rep.name,
        region: rep.region ?? '',
        target,
        actual: d.actual,
        newCustomers: d.newCustomers,
        leads,
        won,
        collected,
        receivables,
        process,
        sources: {
          leads: a?.leads != null ? 'data' : d.leads !== null ? 'derived' : 'missing',
          won: a?.won != null ? 'data' : 'derived',
          collection: a?.collected != null && a?.receivables != null ? 'data' : d.collected !== null ? 'derived' : 'missing',
          process: process !== null ? 'data' : 'missing',
        },
        completion,
        conversion,
        aov,
        collection,
        score,
        grade,
        elapsed,
        pace,
        status,
        outstanding: typeof completion === 'number' && completion >= settings.outstandingCompletion,
        needsImprovement: false,
      });
    }
  }
  for (const r of rows) {
    // A month still running is judged by its traffic light, not by the consecutive-periods rule.
    let flagged = r.elapsed >= 1 && typeof r.completion === 'number' && r.completion < settings.improvementCompletion;
    for (let k = 1; flagged && k < settings.improvementPeriods; k++) {
      const prev = completionOf.get(`${addMonths(r.period, -k)}\u0000${r.rep}`);
      flagged = typeof prev === 'number' && prev < settings.improvementCompletion;
    }
    r.needsImprovement = flagged;
  }
  return rows;
}

export const EVALUATION_COLUMNS = [
  'period', 'rep', 'region', 'target', 'actual', 'completion', 'newCustomers', 'leads', 'won', 'conversion', 'aov',
  'collected', 'receivables', 'collection', 'process', 'score', 'grade', 'elapsed', 'pace', 'status', 'outstanding', 'improve',
] as const;
type Col = (typeof EVALUATION_COLUMNS)[number];
const C = Object.fromEntries(EVALUATION_COLUMNS.map((c, i) => [c, i])) as Record<Col, number>;

export function evaluationColumns(language: Language, money: string): ColumnSpec[] {
  const t = catalogue(language).evaluationSheet.columns;
  const spec: Record<Col, ColumnSpec> = {
    period: { header: t.period, numberFormat: MONTH },
    rep: { header: t.rep, numberFormat: '@' },
    region: { header: t.region, numberFormat: '@' },
    target: { header: t.target, numberFormat: money },
    actual: { header: t.actual, numberFormat: money },
    completion: { header: t.completion, numberFormat: PCT },
    newCustomers: { header: t.newCustomers, numberFormat: COUNT },
    leads: { header: t.leads, numberFormat: COUNT },
    won: { header: t.won, numberFormat: COUNT },
    conversion: { header: t.conversion, numberFormat: PCT },
    aov: { header: t.aov, numberFormat: money },
    collected: { header: t.collected, numberFormat: money },
    receivables: { header: t.receivables, numberFormat: money },
    collection: { header: t.collection, numberFormat: PCT },
    process: { header: t.process, numberFormat: COUNT },
    score: { header: t.score, numberFormat: SCORE },
    grade: { header: t.grade },
    elapsed: { header: t.elapsed, numberFormat: PCT0 },
    pace: { header: t.pace, numberFormat: PCT },
    status: { header: t.status },
    outstanding: { header: t.outstanding },
    improve: { header: t.improve },
  };
  return EVALUATION_COLUMNS.map((c) => spec[c]);
}

export const EVALUATION_TABLE = 'SPK_Evaluation';
const TABLE_ROW = 2;

export function buildEvaluationSheet(ctx: BuildContext): Built {
  const { data, settings, language, period } = ctx;
  if (data.deals.length === 0 && data.activity === null) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] };
  const t = ctx.text.evaluationSheet;
  const sheet = emptySheet('evaluation', sheetName('evaluation', language));
  const rows = evaluationRows(ctx);
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(rows.length, 1);
  const col = (c: Col, r: number, absCol = false) => `${absCol ? '$' : ''}${columnLetter(C[c])}${r + 1}`;
  const whole = (c: Col) => a1Range(first, C[c], last, C[c], true);
  const grades = GRADE_CODES.map((g) => str(ctx.text.labels.grades[g]));
  const blank = (x: number | null): Cell => (x === null ? '' : x);

  const tableRows: Cell[][] = rows.map((row, i) => {
    const r = first + i;
    const ref = (c: Col) => col(c, r);
    // The score is over the metrics present (numbers), their weights scaled to add up to 1.
    const scoreCols: Col[] = ['completion', 'conversion', 'aov', 'collection', 'process'];
    const present = (c: Col, k: number) => `IF(ISNUMBER(${ref(c)}),${N.weight(k)},0)`;
    const term = (c: Col, k: number) => `IF(ISNUMBER(${ref(c)}),${N.weight(k)}*MIN(${ref(c)}/${N.benchmark(k)},1),0)`;
    const weights = scoreCols.map(present).join('+');
    const scoreF = `IF(${weights}=0,"",ROUND(100*(${scoreCols.map(term).join('+')})/(${weights}),1))`;
    const gradeF = `IF(${ref('score')}="","",IF(${ref('score')}>=${N.cut(0)},${grades[0]},IF(${ref('score')}>=${N.cut(1)},${grades[1]},IF(${ref('score')}>=${N.cut(2)},${grades[2]},${grades[3]}))))`;
    const under = `ISNUMBER(${whole('completion')})*(${whole('completion')}<${N.improveBelow})`;
    const lookBack = Array.from({ length: settings.improvementPeriods - 1 }, (_, k) =>
      `SUMPRODUCT((${whole('rep')}=${ref('rep')})*(${whole('period')}=EDATE(${ref('period')},-${k + 1}))*${under})>0`,
    );
    const improveF = `IF(ISNUMBER(${ref('completion')}),IF(AND(${[`${ref('elapsed')}>=1`, `${ref('completion')}<${N.improveBelow}`, ...lookBack].join(',')}),${str(t.needsPlan)},""),"")`;
    const cells: Record<Col, Cell> = {
      period: row.period,
      rep: row.rep,
      region: row.region,
      target: blank(row.target),
      actual: row.actual,
      completion: formula(`IF(N(${ref('target')})>0,${ref('actual')}/${ref('target')},"")`, row.completion),
      newCustomers: row.newCustomers,
      leads: blank(row.leads),
      won: row.won,
      conversion: formula(`IF(N(${ref('leads')})>0,${ref('won')}/${ref('leads')},"")`, row.conversion),
      aov: formula(`IF(N(${ref('won')})>0,${ref('actual')}/${ref('won')},"")`, row.aov),
      collected: blank(row.collected),
      receivables: blank(row.receivables),
      collection: formula(`IF(AND(ISNUMBER(${ref('collected')}),N(${ref('receivables')})>0),${ref('collected')}/${ref('receivables')},"")`, row.collection),
      process: blank(row.process),
      score: formula(scoreF, row.score),
      grade: formula(gradeF, row.grade),
      elapsed: formula(elapsedFormula(ref('period'), `EOMONTH(${ref('period')},0)`), row.elapsed),
      pace: formula(`IF(AND(${ref('elapsed')}>0,N(${ref('target')})>0),${ref('actual')}/(${ref('target')}*${ref('elapsed')}),"")`, row.pace),
      status: formula(riskStatusFormula(ref('pace'), language), row.status),
      outstanding: formula(`IF(ISNUMBER(${ref('completion')}),IF(${ref('completion')}>=${N.outstanding},${str(t.outstanding)},""),"")`, row.outstanding ? t.outstanding : ''),
      improve: formula(improveF, row.needsImprovement ? t.needsPlan : ''),
    };
    return EVALUATION_COLUMNS.map((c) => cells[c]);
  });

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${t.title} — ${period.label}`]], bold: true, fontSize: 14 });
  sheet.tables.push({ name: EVALUATION_TABLE, origin: { row: TABLE_ROW, col: 0 }, key: [C.period, C.rep], columns: evaluationColumns(language, ctx.formats.money), rows: tableRows });
  if (rows.length > 0) {
    for (const c of ['completion', 'status'] as const) {
      const range = c === 'completion' ? a1Range(first, C.completion, last, C.completion) : a1Range(first, C.pace, last, C.status);
      sheet.conditionalFormats.push(...riskRules(range, col('actual', first, true), col('target', first, true), col('elapsed', first, true), c === 'completion' ? 1 : 4));
    }
    sheet.conditionalFormats.push({
      range: a1Range(first, C.improve, last, C.improve),
      formula: `${col('improve', first, true)}<>""`,
      fill: '#F4B084',
      priority: 7,
    });
  }
  sheet.notes.push({ cell: a1(TABLE_ROW, C.improve), text: t.improveNote(settings.improvementPeriods) });
  sheet.notes.push(...evaluationNotes(rows, language));
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 2 };
  return finishSheet(sheet, ctx.run, sheet.name, { repeatRows: { first: TABLE_ROW, last: TABLE_ROW } });
}

/** A note on each column whose values were derived or are missing somewhere, saying which and how. */
function evaluationNotes(rows: readonly EvaluationRow[], language: Language): { cell: string; text: string }[] {
  const t = catalogue(language).sheetData.evaluation;
  const some = (pick: (r: EvaluationRow) => boolean) => rows.some(pick);
  const out: { cell: string; text: string }[] = [];
  const note = (c: Col, text: string) => out.push({ cell: a1(TABLE_ROW, C[c]), text });
  note('target', some((r) => r.target === null) ? t.targetBlank : t.target);
  note('actual', t.actual);
  note('newCustomers', t.newCustomers);
  if (some((r) => r.sources.leads === 'derived')) note('leads', t.leadsFromPipeline);
  else if (some((r) => r.sources.leads === 'missing')) note('leads', t.leadsMissing);
  if (some((r) => r.sources.won === 'derived')) note('won', t.wonFromDeals);
  if (some((r) => r.sources.collection === 'derived')) note('collected', t.collectionFromDeals);
  else if (some((r) => r.sources.collection === 'missing')) note('collected', t.collectionMissing);
  if (some((r) => r.sources.process === 'missing')) note('process', t.processMissing);
  note('score', t.score);
  return out;
}
