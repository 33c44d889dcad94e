/**
 * Improvement plan (rules.md › Improvement plan): a proposed row for every rep graded "needs improvement" or flagged by
 * the consecutive-periods rule in the latest complete month, with the weakest metric (lowest
 * sub-score) as the item and a measurable expected effect. Plain values: the manager edits them.
 */
import { subScore, SCORE_METRICS, type ScoreMetric } from '../core/score';
import { monthEnd } from '../data/calendar';
import type { Language } from '../core/language';
import { LABELS } from '../i18n/labels';
import type { BuildContext, Built } from './context';
import { type Cell } from './model';
import { evaluationRows, type EvaluationRow } from './evaluationSheet';
import { DATE, emptySheet, MONTH, sheetName, tr } from './text';

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
  const { settings, language } = ctx;
  const rows = evaluationRows(ctx);
  const month = latestCompleteMonth(rows);
  const improveGrade = LABELS[language].grades.improve;
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

const METRIC_TEXT: Record<ScoreMetric, { en: [string, string, string]; zh: [string, string, string] }> = {
  completion: {
    en: ['Completion rate', 'Weekly pipeline review; focus visits on the top 20 % of accounts', 'Leads from marketing; manager joins key visits'],
    zh: ['目标完成率', '每周复盘商机，拜访集中在前 20% 的重点客户', '市场部提供线索，主管陪同关键拜访'],
  },
  conversion: {
    en: ['Lead-to-deal conversion', 'Qualify leads before quoting; follow up within 48 h', 'Sales-skill coaching, objection-handling scripts'],
    zh: ['线索转化率', '报价前先筛选线索，48 小时内跟进', '销售技巧辅导，异议处理话术'],
  },
  averageOrderValue: {
    en: ['Average order value', 'Bundle offers and upsell to existing customers', 'Product training; bundle price list'],
    zh: ['客单价', '组合报价，向老客户追加销售', '产品培训，组合价格表'],
  },
  collection: {
    en: ['Collection rate', 'Weekly receivables list; call before due dates', 'Finance shares the ageing report weekly'],
    zh: ['回款率', '每周梳理应收清单，到期前提醒', '财务每周提供账龄表'],
  },
  process: {
    en: ['Process behaviour', 'Log every visit and update stages daily', 'CRM refresher; weekly check by the manager'],
    zh: ['过程行为', '每次拜访及时记录，每天更新阶段', 'CRM 使用培训，主管每周检查'],
  },
};

/** "Conversion 15.0 % → 20.0 %" in the sheet's language. */
export function expectedEffect(item: ImprovementItem, language: Language): string {
  const fmt = (v: number) =>
    item.metric === 'averageOrderValue'
      ? v.toLocaleString('en-US', { maximumFractionDigits: 0 })
      : item.metric === 'process'
        ? v.toFixed(0)
        : `${(v * 100).toFixed(1)} %`;
  const name = language === 'en-US' ? METRIC_TEXT[item.metric].en[0] : METRIC_TEXT[item.metric].zh[0];
  return `${name} ${fmt(item.current)} → ${fmt(item.target)}`;
}

export const IMPROVEMENT_TABLE = 'SPK_Improvement';

export function buildImprovementSheet(ctx: BuildContext): Built {
  const { settings, language, period } = ctx;
  if (ctx.data.deals.length === 0 && ctx.data.activity === null) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] };
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('improvement', sheetName('improvement', language));
  const items = improvementItems(ctx);
  const reasonText = {
    grade: L('Graded needs improvement', '等级为待改进'),
    consecutive: L(`Under target ${settings.improvementPeriods} months running`, `连续 ${settings.improvementPeriods} 个月未达标`),
    both: L('Both', '两者皆是'),
  };
  const rows: Cell[][] = items.map((it) => {
    const t = language === 'en-US' ? METRIC_TEXT[it.metric].en : METRIC_TEXT[it.metric].zh;
    return [it.rep, it.region, it.period, reasonText[it.reason], t[0], t[1], it.deadline, t[2], expectedEffect(it, language), ''];
  });
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${L('Improvement plan', '销售改进计划表')} — ${period.label}`]], bold: true, fontSize: 14 });
  sheet.blocks.push({
    origin: { row: 1, col: 0 },
    cells: [[L('Proposed from the Evaluation sheet; every cell is editable.', '根据业绩评估自动建议，所有单元格均可修改。')]],
  });
  sheet.tables.push({
    name: IMPROVEMENT_TABLE,
    origin: { row: 3, col: 0 },
    // Owner and period; measures, deadline, support and progress are the manager's (rules.md › Improvement plan).
    key: [0, 2],
    userColumns: [5, 6, 7, 9],
    columns: [
      { header: L('Owner', '负责人'), width: 10 },
      { header: L('Region', '区域'), width: 8 },
      { header: L('Period', '期间'), numberFormat: MONTH, width: 10 },
      { header: L('Why', '原因'), width: 22 },
      { header: L('Improvement item', '改进项目'), width: 18 },
      { header: L('Measures', '改进措施'), width: 44 },
      { header: L('Deadline', '完成期限'), numberFormat: DATE, width: 12 },
      { header: L('Support needed', '所需支持'), width: 36 },
      { header: L('Expected effect', '预期效果'), width: 30 },
      { header: L('Progress notes', '进展备注'), width: 24 },
    ],
    rows: rows.length > 0 ? rows : [[L('No rep needs a plan this period', '本期无需改进人员'), '', '', '', '', '', '', '', '', '']],
  });
  sheet.freeze = { rows: 4, cols: 1 };
  return sheet;
}
