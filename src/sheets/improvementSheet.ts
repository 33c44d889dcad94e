/**
 * Improvement plan (rules.md › Improvement plan): a proposed row for every rep graded "needs improvement" or flagged by
 * the consecutive-periods rule in the latest complete month, with the weakest metric (lowest
 * sub-score) as the item and a measurable expected effect. Plain values: the manager edits them.
 */
import { subScore, SCORE_METRICS, type ScoreMetric } from '../core/score';
import { monthEnd } from '../data/calendar';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import type { BuildContext, Built } from './context';
import { currencySymbol, DATE, MONTH } from './formats';
import { type Cell } from './model';
import { evaluationRows, type EvaluationRow } from './evaluationSheet';
import { finishSheet } from './print';
import { emptySheet, sheetName } from './text';

export interface ImprovementItem {
  rep: string;
  region: string;
  period: number;
  metric: ScoreMetric;
  current: number;
  target: number;
  deadline: number;
  reason: 'grade' | 'consecutive' | 'both';
}

/**
 * Target for the weakest metric: a third of the way from the current value to the benchmark
 * (seed: conversion 15 % → 20 % with a 30 % benchmark), rounded to a figure a manager would say.
 */
export function improvementTarget(metric: ScoreMetric, current: number, benchmark: number): number {
  const raw = Math.min(benchmark, current + (benchmark - current) / 3);
  if (metric === 'averageOrderValue') return Math.ceil(raw / 1000) * 1000;
  if (metric === 'process') return Math.ceil(raw);
  return Math.ceil(Math.round(raw * 10000) / 10) / 1000; // whole tenths of a percent, upwards
}

function metricValue(row: EvaluationRow, metric: ScoreMetric): number | string {
  return { completion: row.completion, conversion: row.conversion, averageOrderValue: row.aov, collection: row.collection, process: row.process ?? '' }[metric];
}

/** The latest month that is complete on the report date (or the latest month at all). */
function latestCompleteMonth(rows: EvaluationRow[]): number | null {
  const complete = rows.filter((r) => r.elapsed >= 1).map((r) => r.period);
  const all = complete.length > 0 ? complete : rows.map((r) => r.period);
  return all.length > 0 ? Math.max(...all) : null;
}

export function improvementItems(ctx: BuildContext): ImprovementItem[] {
  const { settings } = ctx;
  const rows = evaluationRows(ctx);
  const month = latestCompleteMonth(rows);
  const improveGrade = ctx.text.labels.grades.improve;
  const out: ImprovementItem[] = [];
  for (const r of rows) {
    if (r.period !== month) continue;
    const byGrade = r.grade === improveGrade;
    if (!byGrade && !r.needsImprovement) continue;
    let weakest: { metric: ScoreMetric; score: number; value: number } | null = null;
    SCORE_METRICS.forEach((metric, k) => {
      const v = metricValue(r, metric);
      if (typeof v !== 'number') return;
      const s = subScore(v, settings.score.benchmarks[k]).toNumber();
      if (weakest === null || s < weakest.score) weakest = { metric, score: s, value: v };
    });
    if (weakest === null) continue;
    const w: { metric: ScoreMetric; value: number } = weakest;
    const k = SCORE_METRICS.indexOf(w.metric);
    out.push({
      rep: r.rep,
      region: r.region,
      period: r.period,
      metric: w.metric,
      current: w.value,
      target: improvementTarget(w.metric, w.value, settings.score.benchmarks[k]),
      deadline: monthEnd(monthEnd(r.period) + 1),
      reason: byGrade && r.needsImprovement ? 'both' : byGrade ? 'grade' : 'consecutive',
    });
  }
  return out;
}

/** "Conversion 15.0 % → 20.0 %" in the sheet's language (average order value in the workbook's currency). */
export function expectedEffect(item: ImprovementItem, language: Language, currency = ''): string {
  const fmt = (v: number) =>
    item.metric === 'averageOrderValue'
      ? `${currency ? currencySymbol(currency) : ''}${v.toLocaleString('en-US', { maximumFractionDigits: 0 })}`
      : item.metric === 'process'
        ? v.toFixed(0)
        : `${(v * 100).toFixed(1)}%`;
  return `${catalogue(language).improvementSheet.items[item.metric].item} ${fmt(item.current)} → ${fmt(item.target)}`;
}

export const IMPROVEMENT_TABLE = 'SPK_Improvement';
const TABLE_ROW = 3;

export function buildImprovementSheet(ctx: BuildContext): Built {
  const { settings, language, period } = ctx;
  if (ctx.data.deals.length === 0 && ctx.data.activity === null) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] };
  const t = ctx.text.improvementSheet;
  const sheet = emptySheet('improvement', sheetName('improvement', language));
  const items = improvementItems(ctx);
  const reasonText = { grade: t.reasons.grade, consecutive: t.reasons.consecutive(settings.improvementPeriods), both: t.reasons.both };
  const rows: Cell[][] = items.map((it) => {
    const m = t.items[it.metric];
    return [it.rep, it.region, it.period, reasonText[it.reason], m.item, m.measures, it.deadline, m.support, expectedEffect(it, language, settings.currency), ''];
  });
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${t.title} — ${period.label}`]], bold: true, fontSize: 14 });
  sheet.blocks.push({ origin: { row: 1, col: 0 }, cells: [[t.intro]], fontSize: 10 });
  const c = t.columns;
  sheet.tables.push({
    name: IMPROVEMENT_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    // Owner and period; measures, deadline, support and progress are the manager's (rules.md › Improvement plan).
    key: [0, 2],
    userColumns: [5, 6, 7, 9],
    columns: [
      { header: c.owner, numberFormat: '@' },
      { header: c.region, numberFormat: '@' },
      { header: c.period, numberFormat: MONTH },
      { header: c.why },
      { header: c.item },
      { header: c.measures },
      { header: c.deadline, numberFormat: DATE },
      { header: c.support },
      { header: c.effect },
      { header: c.notes, numberFormat: '@', width: 24 },
    ],
    rows: rows.length > 0 ? rows : [[t.nobody, '', '', '', '', '', '', '', '', '']],
  });
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 1 };
  return finishSheet(sheet, ctx.run, sheet.name, { repeatRows: { first: TABLE_ROW, last: TABLE_ROW } });
}
