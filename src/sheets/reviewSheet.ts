/**
 * Review meeting pack (rules.md › Review meeting pack): total vs target with gap and a traffic light, rankings by region
 * and product line, the funnel, the monthly trend, the agenda with minutes per item, and charts.
 * Self-contained (it reads no other generated sheet), so it works whichever sheets are generated;
 * sums are values from the data, ratios, ranks and gaps are native formulas.
 */
import { Dec, ExactSums, roundHalfAway, splitByWeights } from '../core/money';
import { splitTarget } from '../core/targets';
import { completionRate } from '../core/kpi';
import { pace as paceOf } from '../core/risk';
import type { Settings } from '../core/settings';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { dateSerial, FUNNEL_STAGES, serialToIso, STAGE_LABELS, type EvaluationInput, type SalesData } from './data';
import { monthEnd } from './evaluationSheet';
import { a1, a1Range, type Cell, type SheetSpec } from './model';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { N } from './settingsSheet';
import { computed, DATE, defaultPeriod, emptySheet, formula, MONEY, PCT, sheetName, tr } from './text';
import { funnelCounts, pipelineInPeriod } from './trackingSheet';

/** Agenda items and their share of the meeting (rules.md › Review meeting pack). */
export const AGENDA_SHARES = [0.2, 0.15, 0.25, 0.25, 0.15];
export const meetingMinutes = (period: Period): number => (period.kind === 'week' ? 45 : 120);

/** Minutes per agenda item, adding up exactly to the meeting's length. */
export function agendaMinutes(total: number): number[] {
  return splitByWeights(new Dec(total), AGENDA_SHARES.map((s) => new Dec(s)), 0).map((d) => d.toNumber());
}

interface Group {
  name: string;
  target: number;
  actual: number;
}

const monthStartOf = (serial: number): number => {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return dateSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

const sumBy = <T>(items: readonly T[], keys: readonly string[], key: (t: T) => string, amount: (t: T) => number): number[] => {
  const sums = new ExactSums(keys.length);
  const index = new Map(keys.map((k, i) => [k, i]));
  for (const t of items) {
    const i = index.get(key(t));
    if (i !== undefined) sums.add(i, amount(t));
  }
  return keys.map((_, i) => sums.toDecimal(i).toNumber());
};

/**
 * Monthly targets pro-rated to the days of the period they cover, so a weekly or quarterly review
 * compares like with like (a week in June carries 7/30 of June's target).
 */
function proRated(e: EvaluationInput, period: Period): Dec {
  const end = monthEnd(e.period);
  const overlap = Math.min(end, period.end) - Math.max(e.period, period.start) + 1;
  return overlap <= 0 ? new Dec(0) : new Dec(e.target).mul(overlap).div(end - e.period + 1);
}

export function reviewFigures(data: SalesData, settings: Settings, period: Period) {
  const evalRows = data.evaluation.filter((e) => monthEnd(e.period) >= period.start && e.period <= period.end);
  const tx = data.transactions.filter((t) => t.date >= period.start && t.date <= Math.min(period.end, data.asOf));
  const round = (x: Dec) => roundHalfAway(x, settings.decimals).toNumber();
  const targetSum = (rows: readonly EvaluationInput[]) => round(rows.reduce((acc, e) => acc.add(proRated(e, period)), new Dec(0)));
  const total = targetSum(evalRows);
  const regionTargets = data.regions.map((r) => targetSum(evalRows.filter((e) => e.region === r)));
  const regionActuals = sumBy(tx, data.regions, (t) => t.region, (t) => t.amount);
  const plTargets = total > 0 ? (splitTarget(total, data.productLines.map((p) => data.plan.productLineWeights[p] ?? 0), settings.decimals) as Dec[]).map((d) => d.toNumber()) : data.productLines.map(() => 0);
  const plActuals = sumBy(tx, data.productLines, (t) => t.productLine, (t) => t.amount);
  const months = [...new Set(evalRows.map((e) => e.period))].sort((a, b) => a - b);
  const keyOf = (p: number) => String(p);
  const monthTargets = months.map((m) => targetSum(evalRows.filter((e) => e.period === m)));
  const monthActuals = sumBy(tx, months.map(keyOf), (t) => keyOf(monthStartOf(t.date)), (t) => t.amount);
  const rank = (gs: Group[]) => gs.map((g) => ({ ...g, completion: computed(() => completionRate(g.actual, g.target)) })).sort((a, b) => (b.completion as number) - (a.completion as number));
  return {
    target: total,
    actual: sumBy(tx, ['all'], () => 'all', (t) => t.amount)[0],
    regions: rank(data.regions.map((name, i) => ({ name, target: regionTargets[i], actual: regionActuals[i] }))),
    productLines: rank(data.productLines.map((name, i) => ({ name, target: plTargets[i], actual: plActuals[i] }))),
    months: months.map((m, i) => ({ month: m, target: monthTargets[i], actual: monthActuals[i] })),
    funnel: funnelCounts(pipelineInPeriod(data, period)),
  };
}

export function buildReviewSheet(data: SalesData, settings: Settings, language: Language, period?: Period): SheetSpec {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const p = period ?? defaultPeriod(data.asOf);
  const sheet = emptySheet('review', sheetName('review', language));
  const fig = reviewFigures(data, settings, p);
  const minutes = meetingMinutes(p);
  let row = 0;
  const block = (cells: Cell[][], numberFormats?: (string | null)[], bold = false) => {
    sheet.blocks.push({ origin: { row, col: 0 }, cells, numberFormats, bold });
    row += cells.length;
  };

  block([[`${L('Review meeting pack', '销售会议资料')} — ${p.label}`]], undefined, true);
  sheet.blocks[0].fontSize = 14;
  block([[L('Report date', '报告日期'), { formula: N.asOf, value: data.asOf }]], [null, DATE]);
  row++;

  // Total vs target: B5 start, B6 end, B7 target, B8 actual …
  const top = row;
  const ref = (k: number) => a1(top + k, 1);
  const elapsed = elapsedFraction(p.start, p.end, data.asOf);
  const paceValue = elapsed > 0 ? computed(() => paceOf(fig.actual, fig.target, elapsed)) : '';
  block([[L('Total vs target', '目标完成总览'), '']], undefined, true);
  block(
    [
      [L('Period start', '期间开始'), p.start],
      [L('Period end', '期间结束'), p.end],
      [L('Target', '目标'), fig.target],
      [L('Actual', '实际'), fig.actual],
      [L('Completion', '完成率'), formula(`${ref(4)}/${ref(3)}`, computed(() => completionRate(fig.actual, fig.target)))],
      [L('Gap to target', '目标差距'), formula(`MAX(0,${ref(3)}-${ref(4)})`, Dec.max(0, new Dec(fig.target).sub(fig.actual)).toNumber())],
      [L('Period elapsed', '时间进度'), formula(elapsedFormula(ref(1), ref(2)), elapsed)],
      [L('Pace', '达成节奏'), formula(`IF(${ref(7)}>0,${ref(4)}/(${ref(3)}*${ref(7)}),"")`, paceValue)],
      [L('Status', '预警'), formula(riskStatusFormula(ref(8), language), typeof paceValue === 'number' ? riskStatusValue(fig.actual, fig.target, elapsed, settings, language) : paceValue)],
    ],
    [null, MONEY],
  );
  sheet.conditionalFormats.push(...riskRules(a1Range(top + 5, 1, top + 9, 1), `$B$${top + 5}`, `$B$${top + 4}`, `$B$${top + 8}`, 1));
  row++;

  // Rankings: Name | Target | Actual | Completion | Rank.
  const ranking = (title: string, groups: { name: string; target: number; actual: number; completion: number | string }[]) => {
    block([[title, L('Target', '目标'), L('Actual', '实际'), L('Completion', '完成率'), L('Rank', '排名')]], undefined, true);
    const first = row;
    const lastRow = row + groups.length - 1;
    const range = a1Range(first, 3, lastRow, 3, true);
    block(
      groups.map((g, i) => {
        const r = first + i;
        const rank = 1 + groups.filter((o) => typeof o.completion === 'number' && typeof g.completion === 'number' && o.completion > g.completion).length;
        return [g.name, g.target, g.actual, formula(`${a1(r, 2)}/${a1(r, 1)}`, g.completion), formula(`SUMPRODUCT((${range}>${a1(r, 3)})*1)+1`, rank)];
      }),
      [null, MONEY, MONEY, PCT, '0'],
    );
    row++;
    return { first, last: lastRow };
  };
  const regionRows = ranking(L('Region', '区域'), fig.regions);
  ranking(L('Product line', '产品线'), fig.productLines);

  // Funnel.
  const stages = STAGE_LABELS[language];
  block([[L('Funnel stage', '漏斗阶段'), L('Reached', '到达数'), L('Conversion', '阶段转化率')]], undefined, true);
  const funnelFirst = row;
  block(
    FUNNEL_STAGES.map((s, i) => [
      stages[s],
      fig.funnel[i],
      i === 0 ? '' : formula(`IF(${a1(funnelFirst + i - 1, 1)}=0,"",${a1(funnelFirst + i, 1)}/${a1(funnelFirst + i - 1, 1)})`, fig.funnel[i - 1] === 0 ? '' : fig.funnel[i] / fig.funnel[i - 1]),
    ]),
    [null, '0', PCT],
  );
  sheet.conditionalFormats.push({
    range: a1Range(funnelFirst + 1, 2, funnelFirst + FUNNEL_STAGES.length - 1, 2),
    formula: `AND(${a1(funnelFirst + 1, 2)}<>"",${a1(funnelFirst + 1, 2)}<${N.funnelLow})`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 4,
  });
  row++;

  // Monthly trend.
  block([[L('Month', '月份'), L('Target', '目标'), L('Actual', '实际'), L('Completion', '完成率')]], undefined, true);
  const trendFirst = row;
  block(
    fig.months.map((m, i) => [serialToIso(m.month).slice(0, 7), m.target, m.actual, formula(`${a1(trendFirst + i, 2)}/${a1(trendFirst + i, 1)}`, computed(() => completionRate(m.actual, m.target)))]),
    [null, MONEY, MONEY, PCT],
  );
  row++;

  // Agenda with minutes that add up to the meeting's length.
  const items = [
    L('Review of results', '业绩回顾'),
    L('Market and competitors', '市场与竞争'),
    L('Strategy', '策略讨论'),
    L('Targets and gaps', '目标与差距'),
    L('Actions and owners', '行动计划与责任人'),
  ];
  const agendaTitle = p.kind === 'week' ? L('Weekly meeting agenda', '周例会议程') : L('Monthly meeting agenda', '月度会议议程');
  block([[agendaTitle, L('Share', '时间占比'), L('Minutes', '分钟')]], undefined, true);
  const agendaFirst = row;
  const mins = agendaMinutes(minutes);
  block(items.map((it, i) => [it, AGENDA_SHARES[i], mins[i]]), [null, '0%', '0']);
  block([[L('Total', '合计'), formula(`SUM(${a1Range(agendaFirst, 1, row - 1, 1)})`, 1), formula(`SUM(${a1Range(agendaFirst, 2, row - 1, 2)})`, minutes)]], [null, '0%', '0'], true);
  sheet.notes.push({
    cell: a1(agendaFirst - 1, 2),
    text: L('Minutes split by the largest-remainder rule so they add up to the meeting length; =SALES.SPLIT recomputes them.', '分钟数按最大余数法分配，合计等于会议时长；可用 =SALES.SPLIT 重算。'),
  });

  sheet.charts.push(
    {
      type: 'column',
      title: L('Completion by region', '各区域完成率'),
      categories: a1Range(regionRows.first, 0, regionRows.last, 0, true),
      series: [{ name: L('Completion', '完成率'), values: a1Range(regionRows.first, 3, regionRows.last, 3, true) }],
      anchor: { row: 1, col: 7 },
      size: { cols: 7, rows: 14 },
    },
    {
      type: 'bar',
      title: L('Funnel', '销售漏斗'),
      categories: a1Range(funnelFirst, 0, funnelFirst + FUNNEL_STAGES.length - 1, 0, true),
      series: [{ name: L('Reached', '到达数'), values: a1Range(funnelFirst, 1, funnelFirst + FUNNEL_STAGES.length - 1, 1, true) }],
      anchor: { row: 16, col: 7 },
      size: { cols: 7, rows: 14 },
    },
    {
      type: 'line',
      title: L('Monthly trend', '月度趋势'),
      categories: a1Range(trendFirst, 0, trendFirst + fig.months.length - 1, 0, true),
      series: [
        { name: L('Target', '目标'), values: a1Range(trendFirst, 1, trendFirst + fig.months.length - 1, 1, true) },
        { name: L('Actual', '实际'), values: a1Range(trendFirst, 2, trendFirst + fig.months.length - 1, 2, true) },
      ],
      anchor: { row: 31, col: 7 },
      size: { cols: 9, rows: 16 },
    },
  );
  sheet.columnWidths = { 0: 22, 1: 16, 2: 16, 3: 11, 4: 7 };
  return sheet;
}
