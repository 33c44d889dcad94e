/**
 * Review meeting pack (rules.md › Review meeting pack): total vs target with gap and a traffic light, rankings by region
 * and product line, the funnel, the monthly trend, the agenda with minutes per item, and charts.
 * Self-contained (it reads no other generated sheet), so it works whichever sheets are generated;
 * sums are values from the data, ratios, ranks and gaps are native formulas.
 */
import type Decimal from 'decimal.js';
import { Dec, ExactSums, splitByWeights } from '../core/money';
import { completionRate } from '../core/kpi';
import { pace as paceOf } from '../core/risk';
import { monthEnd, monthId, monthsBetween, serialToIso, yearOf } from '../data/calendar';
import { dataProductLines, dataRegions, dealRegion, isSale } from '../data/derive';
import { FUNNEL_STAGES } from '../data/model';
import type { Period } from '../core/period';
import { catalogue } from '../i18n';
import type { BuildContext, Built } from './context';
import { STAGE_LABELS } from './data';
import { a1, a1Range, type Cell } from './model';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { N } from './settingsSheet';
import { targetOver } from './targetSplit';
import { computed, DATE, emptySheet, formula, MONEY, PCT, sheetName, tr } from './text';
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
  /** null: no target for the group in the period. */
  target: number | null;
  actual: number;
  completion: number | '';
}

const ranked = (gs: Omit<Group, 'completion'>[]): Group[] =>
  gs
    .map((g) => ({ ...g, completion: g.target !== null && g.target > 0 ? (computed(() => completionRate(g.actual, g.target as number)) as number) : ('' as const) }))
    .sort((a, b) => (typeof b.completion === 'number' ? b.completion : -Infinity) - (typeof a.completion === 'number' ? a.completion : -Infinity));

/**
 * The pack's figures for a period. Targets are the one target split's (targetSplit.ts), so a
 * month's target here is the Targets sheet's month row, a week's its week rows; actuals are sales
 * to the report date, net of deals cancelled by then.
 */
export function reviewFigures(ctx: BuildContext, period: Period) {
  const { data, settings, targets } = ctx;
  const d = settings.decimals;
  const num = (x: Decimal | null) => (x === null ? null : x.toNumber());
  const index = (m: number) => Number(monthId(m).slice(5, 7)) - 1;
  const book = (m: number) => targets.year(yearOf(m));
  const company = (m: number) => (book(m).any ? book(m).months[index(m)] : null);
  const regions = dataRegions(data);
  const lines = dataProductLines(data);
  const to = Math.min(period.end, data.asOf);
  const sums = new ExactSums(1 + regions.length + lines.length);
  const months = monthsBetween(period.start, period.end);
  const monthSums = new ExactSums(Math.max(1, months.length));
  const regionIndex = new Map(regions.map((r, i) => [r, 1 + i]));
  const lineIndex = new Map(lines.map((p, i) => [p, 1 + regions.length + i]));
  const monthIndex = new Map(months.map((m, i) => [monthId(m), i]));
  for (const deal of data.deals) {
    if (deal.date < period.start || deal.date > to || !isSale(deal, data.asOf)) continue;
    sums.add(0, deal.amount);
    const r = regionIndex.get(dealRegion(deal, ctx.reps) ?? '');
    if (r !== undefined) sums.add(r, deal.amount);
    const p = lineIndex.get(deal.productLine ?? '');
    if (p !== undefined) sums.add(p, deal.amount);
    monthSums.add(monthIndex.get(monthId(deal.date))!, deal.amount);
  }
  return {
    target: num(targetOver(company, period, d)),
    actual: sums.toNumber(0),
    regions: ranked(regions.map((name, i) => ({ name, target: num(targetOver((m) => book(m).regions.get(name)?.[index(m)] ?? null, period, d)), actual: sums.toNumber(1 + i) }))),
    productLines: ranked(lines.map((name, i) => ({ name, target: num(targetOver((m) => book(m).productLines?.get(name)?.[index(m)] ?? null, period, d)), actual: sums.toNumber(1 + regions.length + i) }))),
    months: months.map((m, i) => ({
      month: m,
      target: num(targetOver(company, { ...period, start: Math.max(m, period.start), end: Math.min(monthEnd(m), period.end) }, d)),
      actual: monthSums.toNumber(i),
    })),
    funnel: data.pipeline === null ? null : funnelCounts(pipelineInPeriod(data, period)),
  };
}

export function buildReviewSheet(ctx: BuildContext): Built {
  const { data, settings, language, period: p } = ctx;
  if (data.deals.length === 0) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] };
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('review', sheetName('review', language));
  const fig = reviewFigures(ctx, p);
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
  const target = fig.target ?? 0;
  const paceValue = elapsed > 0 && target > 0 ? computed(() => paceOf(fig.actual, target, elapsed)) : '';
  block([[L('Total vs target', '目标完成总览'), '']], undefined, true);
  block(
    [
      [L('Period start', '期间开始'), p.start],
      [L('Period end', '期间结束'), p.end],
      [L('Target', '目标'), fig.target ?? ''],
      [L('Actual', '实际'), fig.actual],
      [L('Completion', '完成率'), formula(`IF(N(${ref(3)})>0,${ref(4)}/${ref(3)},"")`, target > 0 ? computed(() => completionRate(fig.actual, target)) : '')],
      [L('Gap to target', '目标差距'), formula(`IF(ISNUMBER(${ref(3)}),MAX(0,${ref(3)}-${ref(4)}),"")`, fig.target === null ? '' : Dec.max(0, new Dec(fig.target).sub(fig.actual)).toNumber())],
      [L('Period elapsed', '时间进度'), formula(elapsedFormula(ref(1), ref(2)), elapsed)],
      [L('Pace', '达成节奏'), formula(`IF(AND(${ref(7)}>0,N(${ref(3)})>0),${ref(4)}/(${ref(3)}*${ref(7)}),"")`, paceValue)],
      [L('Status', '预警'), formula(riskStatusFormula(ref(8), language), typeof paceValue === 'number' ? riskStatusValue(fig.actual, target, elapsed, settings, language) : paceValue)],
    ],
    [null, MONEY],
  );
  sheet.conditionalFormats.push(...riskRules(a1Range(top + 5, 1, top + 9, 1), `$B$${top + 5}`, `$B$${top + 4}`, `$B$${top + 8}`, 1));
  row++;

  // Rankings: Name | Target | Actual | Completion | Rank.
  // Rankings: Name | Target | Actual | Completion | Rank; a group without a target has no rank.
  const ranking = (title: string, groups: Group[]) => {
    if (groups.length === 0) return null;
    block([[title, L('Target', '目标'), L('Actual', '实际'), L('Completion', '完成率'), L('Rank', '排名')]], undefined, true);
    const first = row;
    const lastRow = row + groups.length - 1;
    const range = a1Range(first, 3, lastRow, 3, true);
    block(
      groups.map((g, i) => {
        const r = first + i;
        const c = g.completion;
        const rank = typeof c === 'number' ? 1 + groups.filter((o) => typeof o.completion === 'number' && o.completion > c).length : '';
        return [
          g.name,
          g.target ?? '',
          g.actual,
          formula(`IF(N(${a1(r, 1)})>0,${a1(r, 2)}/${a1(r, 1)},"")`, c),
          formula(`IF(ISNUMBER(${a1(r, 3)}),SUMPRODUCT(ISNUMBER(${range})*(${range}>${a1(r, 3)}))+1,"")`, rank),
        ];
      }),
      [null, MONEY, MONEY, PCT, '0'],
    );
    row++;
    return { first, last: lastRow };
  };
  const regionRows = ranking(L('Region', '区域'), fig.regions);
  ranking(L('Product line', '产品线'), fig.productLines);

  // Funnel, from the pipeline in the period.
  const stages = STAGE_LABELS[language];
  const funnel = fig.funnel;
  block([[L('Funnel stage', '漏斗阶段'), L('Reached', '到达数'), L('Conversion', '阶段转化率')]], undefined, true);
  const funnelFirst = row;
  block(
    FUNNEL_STAGES.map((s, i) => [
      stages[s],
      funnel === null ? '' : funnel[i],
      i === 0 || funnel === null
        ? ''
        : formula(`IF(N(${a1(funnelFirst + i - 1, 1)})=0,"",${a1(funnelFirst + i, 1)}/${a1(funnelFirst + i - 1, 1)})`, funnel[i - 1] === 0 ? '' : funnel[i] / funnel[i - 1]),
    ]),
    [null, '0', PCT],
  );
  if (funnel === null) sheet.notes.push({ cell: a1(funnelFirst - 1, 0), text: catalogue(language).sheetData.review.noPipeline });
  sheet.conditionalFormats.push({
    range: a1Range(funnelFirst + 1, 2, funnelFirst + FUNNEL_STAGES.length - 1, 2),
    formula: `AND(${a1(funnelFirst + 1, 2)}<>"",${a1(funnelFirst + 1, 2)}<${N.funnelLow})`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 4,
  });
  row++;

  // Monthly trend: each month's target is the Targets sheet's (its weeks in the period, for a part).
  block([[L('Month', '月份'), L('Target', '目标'), L('Actual', '实际'), L('Completion', '完成率')]], undefined, true);
  const trendFirst = row;
  block(
    fig.months.map((m, i) => [
      serialToIso(m.month).slice(0, 7),
      m.target ?? '',
      m.actual,
      formula(`IF(N(${a1(trendFirst + i, 1)})>0,${a1(trendFirst + i, 2)}/${a1(trendFirst + i, 1)},"")`, m.target !== null && m.target > 0 ? computed(() => completionRate(m.actual, m.target as number)) : ''),
    ]),
    [null, MONEY, MONEY, PCT],
  );
  if (fig.target === null) sheet.notes.push({ cell: a1(top + 3, 0), text: catalogue(language).sheetData.review.noTargets });
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

  if (regionRows) {
    sheet.charts.push({
      type: 'column',
      title: L('Completion by region', '各区域完成率'),
      categories: a1Range(regionRows.first, 0, regionRows.last, 0, true),
      series: [{ name: L('Completion', '完成率'), values: a1Range(regionRows.first, 3, regionRows.last, 3, true) }],
      anchor: { row: 1, col: 7 },
      size: { cols: 7, rows: 14 },
    });
  }
  if (funnel !== null) {
    sheet.charts.push({
      type: 'bar',
      title: L('Funnel', '销售漏斗'),
      categories: a1Range(funnelFirst, 0, funnelFirst + FUNNEL_STAGES.length - 1, 0, true),
      series: [{ name: L('Reached', '到达数'), values: a1Range(funnelFirst, 1, funnelFirst + FUNNEL_STAGES.length - 1, 1, true) }],
      anchor: { row: 16, col: 7 },
      size: { cols: 7, rows: 14 },
    });
  }
  sheet.charts.push({
    type: 'line',
    title: L('Monthly trend', '月度趋势'),
    categories: a1Range(trendFirst, 0, trendFirst + fig.months.length - 1, 0, true),
    series: [
      { name: L('Target', '目标'), values: a1Range(trendFirst, 1, trendFirst + fig.months.length - 1, 1, true) },
      { name: L('Actual', '实际'), values: a1Range(trendFirst, 2, trendFirst + fig.months.length - 1, 2, true) },
    ],
    anchor: { row: 31, col: 7 },
    size: { cols: 9, rows: 16 },
  });
  sheet.columnWidths = { 0: 22, 1: 16, 2: 16, 3: 11, 4: 7 };
  return sheet;
}
