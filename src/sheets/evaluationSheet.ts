/**
 * Evaluation (rules.md › Performance evaluation, monthly): one row per rep and month. Inputs are values; every KPI, the
 * composite score, the grade, the traffic light and both flags are native formulas reading the
 * Settings names, each cell carrying the value the core computed.
 */
import { pace as paceOf } from '../core/risk';
import { averageOrderValue, collectionRate, completionRate, conversionRate } from '../core/kpi';
import { compositeScore, gradeIndex, GRADE_CODES } from '../core/score';
import type { Settings } from '../core/settings';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { LABELS } from '../i18n/labels';
import type { EvaluationInput, SalesData } from './data';
import { a1, a1Range, columnLetter, type Cell, type ColumnSpec, type SheetSpec } from './model';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { N } from './settingsSheet';
import { computed, emptySheet, formula, MONEY, MONTH, PCT, sheetName, str, tr } from './text';

/** Serial of the last day of the month that starts at `period`. */
export function monthEnd(period: number): number {
  const d = new Date(Date.UTC(1899, 11, 30) + period * 86_400_000);
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
/** Serial of the first day of the month `k` months before the month starting at `period`. */
export function monthsBefore(period: number, k: number): number {
  const d = new Date(Date.UTC(1899, 11, 30) + period * 86_400_000);
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What the core says about one row: the values the formulas must reproduce. */
export interface EvaluationRow {
  input: EvaluationInput;
  completion: number | string;
  conversion: number | string;
  aov: number | string;
  collection: number | string;
  score: number | string;
  grade: string;
  elapsed: number;
  pace: number | string;
  status: string;
  outstanding: boolean;
  needsImprovement: boolean;
}

/** Rows in the period (plus the months before it the consecutive-periods rule looks back on). */
export function evaluationRows(data: SalesData, settings: Settings, language: Language, period?: Period): EvaluationRow[] {
  const from = period ? monthsBefore(period.start, settings.improvementPeriods - 1) : -Infinity;
  const to = period ? period.end : Infinity;
  const inputs = data.evaluation.filter((e) => e.period >= from && e.period <= to);
  const completionOf = new Map<string, number | string>();
  const key = (rep: string, p: number) => `${p}\u0000${rep}`;
  const rows = inputs.map((e): EvaluationRow => {
    const completion = computed(() => completionRate(e.actual, e.target));
    const conversion = computed(() => conversionRate(e.won, e.leads));
    const aov = computed(() => averageOrderValue(e.actual, e.won));
    const collection = computed(() => collectionRate(e.collected, e.receivables));
    const metrics = [completion, conversion, aov, collection, e.process];
    const firstError = metrics.find((m) => typeof m === 'string');
    const score = firstError ?? computed(() => compositeScore(metrics as number[], settings.score.benchmarks, settings.score.weights));
    const grade = typeof score === 'string' ? score : LABELS[language].grades[GRADE_CODES[Math.min(gradeIndex(score, settings.gradeCutoffs), 3)]];
    const elapsed = elapsedFraction(e.period, monthEnd(e.period), data.asOf);
    const pace = elapsed > 0 ? computed(() => paceOf(e.actual, e.target, elapsed)) : '';
    const status = typeof pace === 'string' && pace.startsWith('#') ? pace : riskStatusValueSafe(e, elapsed, settings, language);
    completionOf.set(key(e.rep, e.period), completion);
    return { input: e, completion, conversion, aov, collection, score, grade, elapsed, pace, status, outstanding: false, needsImprovement: false };
  });
  for (const r of rows) {
    const c = r.completion;
    if (typeof c !== 'number') continue;
    r.outstanding = c >= settings.outstandingCompletion;
    // A month still running is judged by its traffic light, not by the consecutive-periods rule.
    let flagged = r.elapsed >= 1 && c < settings.improvementCompletion;
    for (let k = 1; flagged && k < settings.improvementPeriods; k++) {
      const prev = completionOf.get(key(r.input.rep, monthsBefore(r.input.period, k)));
      flagged = typeof prev === 'number' && prev < settings.improvementCompletion;
    }
    r.needsImprovement = flagged;
  }
  return rows;
}

function riskStatusValueSafe(e: EvaluationInput, elapsed: number, settings: Settings, language: Language): string {
  try {
    return riskStatusValue(e.actual, e.target, elapsed, settings, language);
  } catch {
    return '#DIV/0!';
  }
}

export const EVALUATION_COLUMNS = [
  'period', 'rep', 'region', 'target', 'actual', 'completion', 'newCustomers', 'leads', 'won', 'conversion', 'aov',
  'collected', 'receivables', 'collection', 'process', 'score', 'grade', 'elapsed', 'pace', 'status', 'outstanding', 'improve',
] as const;
type Col = (typeof EVALUATION_COLUMNS)[number];
const C = Object.fromEntries(EVALUATION_COLUMNS.map((c, i) => [c, i])) as Record<Col, number>;

export function evaluationColumns(language: Language): ColumnSpec[] {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const spec: Record<Col, ColumnSpec> = {
    period: { header: L('Period', '期间'), numberFormat: MONTH, width: 10 },
    rep: { header: L('Salesperson', '销售员'), width: 10 },
    region: { header: L('Region', '区域'), width: 8 },
    target: { header: L('Target', '目标'), numberFormat: MONEY, width: 14 },
    actual: { header: L('Actual', '实际'), numberFormat: MONEY, width: 14 },
    completion: { header: L('Completion', '完成率'), numberFormat: PCT, width: 10 },
    newCustomers: { header: L('New customers', '新客户数'), numberFormat: '0', width: 9 },
    leads: { header: L('Leads', '线索数'), numberFormat: '0', width: 8 },
    won: { header: L('Won deals', '成交数'), numberFormat: '0', width: 8 },
    conversion: { header: L('Conversion', '转化率'), numberFormat: PCT, width: 9 },
    aov: { header: L('Average order value', '客单价'), numberFormat: MONEY, width: 12 },
    collected: { header: L('Collected', '回款'), numberFormat: MONEY, width: 14 },
    receivables: { header: L('Receivables', '应收'), numberFormat: MONEY, width: 14 },
    collection: { header: L('Collection', '回款率'), numberFormat: PCT, width: 9 },
    process: { header: L('Process score', '过程评分'), numberFormat: '0', width: 9 },
    score: { header: L('Score', '综合得分'), numberFormat: '0.0', width: 8 },
    grade: { header: L('Grade', '等级'), width: 12 },
    elapsed: { header: L('Period elapsed', '期间进度'), numberFormat: '0%', width: 9 },
    pace: { header: L('Pace', '达成节奏'), numberFormat: PCT, width: 9 },
    status: { header: L('Status', '预警'), width: 8 },
    outstanding: { header: L('Outstanding', '超额完成'), width: 11 },
    improve: { header: L('Needs improvement', '需改进'), width: 14 },
  };
  return EVALUATION_COLUMNS.map((c) => spec[c]);
}

export const outstandingLabel = (language: Language): string => tr(language, 'Outstanding', '超额完成');
export const improveLabel = (language: Language): string => tr(language, 'Needs a plan', '需改进计划');

export const EVALUATION_TABLE = 'SPK_Evaluation';
const TABLE_ROW = 2;

export function buildEvaluationSheet(data: SalesData, settings: Settings, language: Language, period?: Period): SheetSpec {
  const sheet = emptySheet('evaluation', sheetName('evaluation', language));
  const rows = evaluationRows(data, settings, language, period);
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(rows.length, 1);
  const col = (c: Col, r: number, absCol = false) => `${absCol ? '$' : ''}${columnLetter(C[c])}${r + 1}`;
  const whole = (c: Col) => a1Range(first, C[c], last, C[c], true);
  const grades = GRADE_CODES.map((g) => str(LABELS[language].grades[g]));

  const tableRows: Cell[][] = rows.map((row, i) => {
    const r = first + i;
    const e = row.input;
    const ref = (c: Col) => col(c, r);
    const sub = (c: Col, k: number) => `MIN(${ref(c)}/${N.benchmark(k)},1)`;
    const scoreCols: Col[] = ['completion', 'conversion', 'aov', 'collection', 'process'];
    const scoreF = `ROUND(100*(${scoreCols.map((c, k) => `${N.weight(k)}*${sub(c, k)}`).join('+')}),1)`;
    const gradeF = `IF(${ref('score')}>=${N.cut(0)},${grades[0]},IF(${ref('score')}>=${N.cut(1)},${grades[1]},IF(${ref('score')}>=${N.cut(2)},${grades[2]},${grades[3]})))`;
    const under = `(${whole('completion')}<${N.improveBelow})`;
    const lookBack = Array.from({ length: settings.improvementPeriods - 1 }, (_, k) =>
      `SUMPRODUCT((${whole('rep')}=${ref('rep')})*(${whole('period')}=EDATE(${ref('period')},-${k + 1}))*${under})>0`,
    );
    const improveF = `IF(AND(${[`${ref('elapsed')}>=1`, `${ref('completion')}<${N.improveBelow}`, ...lookBack].join(',')}),${str(improveLabel(language))},"")`;
    const flagValue = (b: boolean, label: string) => (typeof row.completion === 'string' ? row.completion : b ? label : '');
    const cells: Record<Col, Cell> = {
      period: e.period,
      rep: e.rep,
      region: e.region,
      target: e.target,
      actual: e.actual,
      completion: formula(`${ref('actual')}/${ref('target')}`, row.completion),
      newCustomers: e.newCustomers,
      leads: e.leads,
      won: e.won,
      conversion: formula(`${ref('won')}/${ref('leads')}`, row.conversion),
      aov: formula(`${ref('actual')}/${ref('won')}`, row.aov),
      collected: e.collected,
      receivables: e.receivables,
      collection: formula(`${ref('collected')}/${ref('receivables')}`, row.collection),
      process: e.process,
      score: formula(scoreF, row.score),
      grade: formula(gradeF, row.grade),
      elapsed: formula(elapsedFormula(ref('period'), `EOMONTH(${ref('period')},0)`), row.elapsed),
      pace: formula(`IF(${ref('elapsed')}>0,${ref('actual')}/(${ref('target')}*${ref('elapsed')}),"")`, row.pace),
      status: formula(riskStatusFormula(ref('pace'), language), row.status),
      outstanding: formula(`IF(${ref('completion')}>=${N.outstanding},${str(outstandingLabel(language))},"")`, flagValue(row.outstanding, outstandingLabel(language))),
      improve: formula(improveF, flagValue(row.needsImprovement, improveLabel(language))),
    };
    return EVALUATION_COLUMNS.map((c) => cells[c]);
  });

  sheet.blocks.push({
    origin: { row: 0, col: 0 },
    cells: [[tr(language, 'Performance evaluation', '销售业绩评估表') + (period ? ` — ${period.label}` : '')]],
    bold: true,
    fontSize: 14,
  });
  sheet.tables.push({ name: EVALUATION_TABLE, origin: { row: TABLE_ROW, col: 0 }, columns: evaluationColumns(language), rows: tableRows });
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
  sheet.notes.push({
    cell: a1(TABLE_ROW, C.improve),
    text: tr(
      language,
      `Needs improvement: completion under the Settings threshold for ${settings.improvementPeriods} consecutive complete months. Score, grade and flags are native formulas reading the Settings sheet.`,
      `需改进：连续 ${settings.improvementPeriods} 个完整月份完成率低于设置中的阈值。得分、等级与标记均为读取“设置”表的原生公式。`,
    ),
  });
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 2 };
  return sheet;
}
