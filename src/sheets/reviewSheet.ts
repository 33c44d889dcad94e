/**
 * Review meeting pack (rules.md › Review meeting pack), laid out as the dashboard a manager puts on
 * the screen and prints on two landscape pages:
 *
 *   page 1  KPI tiles (target, actual, completion, gap, pace, status light) · month over month,
 *           year over year and year to date (or "not enough history") · the agenda with minutes ·
 *           month by month target vs actual · rankings by region and product line, each with its chart
 *   page 2  the ranking of salespeople and the funnel, each with its chart
 *
 * Tables sit in columns A–F and their charts beside them from column H, so a chart prints on the
 * page of its table. Self-contained (it reads no other generated sheet); sums are values from the
 * data, ratios, ranks, gaps and changes are native formulas.
 */
import type Decimal from 'decimal.js';
import { Dec, ExactSums, splitByWeights } from '../core/money';
import { completionRate } from '../core/kpi';
import { pace as paceOf } from '../core/risk';
import { addMonths, dateSerial, monthEnd, monthId, monthStart, monthsBetween, serialToIso, ymd, yearOf } from '../data/calendar';
import { dataProductLines, dataRegions, dealCredits, dealRegion, isSale } from '../data/derive';
import { FUNNEL_STAGES } from '../data/model';
import type { Period } from '../core/period';
import type { BuildContext, Built } from './context';
import { COUNT, DATE, PCT, PCT0 } from './formats';
import { a1, a1Range, type BlockSpec, type Cell, type ChartSpec } from './model';
import { finishSheet } from './print';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { N } from './settingsSheet';
import { targetOver } from './targetSplit';
import { computed, emptySheet, formula, sheetName } from './text';
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

/** A span of days, inclusive. */
interface Span {
  start: number;
  end: number;
}

/** One comparison: the current span's sales against a reference (an earlier span, or a target); null when the data does not reach back. */
export interface Comparison {
  current: Span;
  actual: number;
  reference: number | null;
}

/** The same span a year earlier (29 February becomes the 28th). */
function yearBefore(s: Span): Span {
  const back = (x: number) => {
    const [y, m, d] = ymd(x);
    return Math.min(dateSerial(y - 1, m, d), monthEnd(dateSerial(y - 1, m, 1)));
  };
  return { start: back(s.start), end: back(s.end) };
}

/**
 * The pack's figures for a period. Targets are the one target split's (targetSplit.ts), so a
 * month's target here is the Targets sheet's month row, a week's its week rows; actuals are sales
 * to the report date, net of deals cancelled by then. A comparison needs data reaching back to the
 * start of the span it compares with (from the month of the data's first deal).
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
  const reps = data.reps.map((r) => r.name);
  const to = Math.max(period.start, Math.min(period.end, data.asOf));
  const sums = new ExactSums(1 + regions.length + lines.length + reps.length);
  const months = monthsBetween(period.start, period.end);
  const monthSums = new ExactSums(Math.max(1, months.length));
  const regionIndex = new Map(regions.map((r, i) => [r, 1 + i]));
  const lineIndex = new Map(lines.map((p, i) => [p, 1 + regions.length + i]));
  const repIndex = new Map(reps.map((r, i) => [r, 1 + regions.length + lines.length + i]));
  const monthIndex = new Map(months.map((m, i) => [monthId(m), i]));
  // Sales by day from the data's first deal, for the comparisons.
  let first = Infinity;
  for (const deal of data.deals) if (deal.date < first) first = deal.date;
  const day0 = Number.isFinite(first) ? monthStart(first) : period.start;
  const byDay = new ExactSums(Math.max(1, to - day0 + 1));
  for (const deal of data.deals) {
    if (deal.date > to || !isSale(deal, data.asOf)) continue;
    if (deal.date >= day0) byDay.add(deal.date - day0, deal.amount);
    if (deal.date < period.start) continue;
    sums.add(0, deal.amount);
    const r = regionIndex.get(dealRegion(deal, ctx.reps) ?? '');
    if (r !== undefined) sums.add(r, deal.amount);
    const p = lineIndex.get(deal.productLine ?? '');
    if (p !== undefined) sums.add(p, deal.amount);
    for (const c of dealCredits(deal, d)) {
      const k = repIndex.get(c.rep);
      if (k !== undefined) sums.add(k, c.amount);
    }
    monthSums.add(monthIndex.get(monthId(deal.date))!, deal.amount);
  }
  const salesIn = (s: Span): number | null => {
    if (s.start < day0) return null;
    const acc = new ExactSums(1);
    for (let x = s.start; x <= s.end; x++) acc.add(0, byDay.toNumber(x - day0));
    return acc.toNumber(0);
  };
  const group = (name: string, target: Decimal | null, slot: number) => ({ name, target: num(target), actual: sums.toNumber(slot) });
  // Month over month: the report month to date against the same days of the month before.
  const monthNow: Span = { start: monthStart(to), end: to };
  const prevStart = addMonths(monthNow.start, -1);
  const monthBefore: Span = { start: prevStart, end: Math.min(monthEnd(prevStart), prevStart + (to - monthNow.start)) };
  const yearToDate: Span = { start: dateSerial(yearOf(to), 1, 1), end: to };
  const whole: Span = { start: period.start, end: to };
  return {
    target: num(targetOver(company, period, d)),
    actual: sums.toNumber(0),
    regions: ranked(regions.map((name, i) => group(name, targetOver((m) => book(m).regions.get(name)?.[index(m)] ?? null, period, d), 1 + i))),
    productLines: ranked(lines.map((name, i) => group(name, targetOver((m) => book(m).productLines?.get(name)?.[index(m)] ?? null, period, d), 1 + regions.length + i))),
    reps: ranked(reps.map((name, i) => group(name, targetOver((m) => targets.of('people', name, m), period, d), 1 + regions.length + lines.length + i))),
    months: months.map((m, i) => ({
      month: m,
      target: num(targetOver(company, { ...period, start: Math.max(m, period.start), end: Math.min(monthEnd(m), period.end) }, d)),
      actual: monthSums.toNumber(i),
    })),
    funnel: data.pipeline === null ? null : funnelCounts(pipelineInPeriod(data, period)),
    mom: { current: monthNow, actual: salesIn(monthNow) ?? 0, reference: salesIn(monthBefore) } as Comparison,
    yoy: { current: whole, actual: salesIn(whole) ?? 0, reference: salesIn(yearBefore(whole)) } as Comparison,
    ytdTarget: { current: yearToDate, actual: salesIn(yearToDate) ?? 0, reference: num(targetOver(company, { ...period, ...yearToDate }, d)) } as Comparison,
    ytdLastYear: { current: yearToDate, actual: salesIn(yearToDate) ?? 0, reference: salesIn(yearBefore(yearToDate)) } as Comparison,
    previousMonth: monthBefore,
  };
}

/** Tables in A–F, charts from column H. */
const CHART_COL = 7;
const CHART_COLS = 8;
/** A chart is at least this many rows tall, so its bars and labels stay readable. */
const CHART_ROWS = 12;

export function buildReviewSheet(ctx: BuildContext): Built {
  const { data, settings, language, period: p } = ctx;
  if (data.deals.length === 0) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount', 'rep'] }] };
  const t = ctx.text.reviewSheet;
  const w = ctx.text.sheetWords;
  const money = ctx.formats.money0;
  const sheet = emptySheet('review', sheetName('review', language));
  const fig = reviewFigures(ctx, p);
  const add = (row: number, col: number, cells: Cell[][], numberFormats?: (string | null)[], style: Pick<BlockSpec, 'bold' | 'fontSize'> = {}) =>
    sheet.blocks.push({ origin: { row, col }, cells, numberFormats, ...style });
  const chart = (c: Omit<ChartSpec, 'anchor' | 'size'>, row: number, rows: number, col = CHART_COL, cols = CHART_COLS) =>
    sheet.charts.push({ ...c, anchor: { row, col }, size: { cols, rows: Math.max(rows, CHART_ROWS) } });

  // Title, report date and period (the pace formulas read the elapsed share on row 3).
  add(0, 0, [[t.title(p.label)]], undefined, { bold: true, fontSize: 16 });
  const elapsed = elapsedFraction(p.start, p.end, data.asOf);
  add(1, 0, [[w.reportDate, { formula: N.asOf, value: data.asOf }, t.periodLine, p.start, p.end]], [null, DATE, null, DATE, DATE]);
  add(2, 0, [[w.elapsed, formula(elapsedFormula(a1(1, 3), a1(1, 4)), elapsed)]], [null, PCT0]);

  // KPI tiles: labels on row 5, figures on row 6.
  const tiles = 4;
  const v = (k: number) => a1(tiles + 1, k);
  const target = fig.target ?? 0;
  const paceValue = elapsed > 0 && target > 0 ? computed(() => paceOf(fig.actual, target, elapsed)) : '';
  add(tiles, 0, [[t.tiles.target, t.tiles.actual, t.tiles.completion, t.tiles.gap, t.tiles.pace, t.tiles.status]], undefined, { bold: true });
  add(
    tiles + 1,
    0,
    [
      [
        fig.target ?? '',
        fig.actual,
        formula(`IF(N(${v(0)})>0,${v(1)}/${v(0)},"")`, target > 0 ? computed(() => completionRate(fig.actual, target)) : ''),
        formula(`IF(ISNUMBER(${v(0)}),MAX(0,${v(0)}-${v(1)}),"")`, fig.target === null ? '' : Dec.max(0, new Dec(fig.target).sub(fig.actual)).toNumber()),
        formula(`IF(AND(${a1(2, 1)}>0,N(${v(0)})>0),${v(1)}/(${v(0)}*${a1(2, 1)}),"")`, paceValue),
        formula(riskStatusFormula(v(4), language), typeof paceValue === 'number' ? riskStatusValue(fig.actual, target, elapsed, settings, language) : paceValue),
      ],
    ],
    [money, money, PCT, money, PCT, null],
    { bold: true, fontSize: 16 },
  );
  sheet.conditionalFormats.push(...riskRules(a1Range(tiles + 1, 2, tiles + 1, 5), a1(tiles + 1, 1, true), a1(tiles + 1, 0, true), a1(2, 1, true), 1));
  if (fig.target === null) sheet.notes.push({ cell: a1(tiles, 0), text: ctx.text.sheetData.review.noTargets });

  // Month over month, year over year, year to date: sums from the data, differences and changes as formulas.
  const cmp = tiles + 3;
  const c = t.comparison;
  add(cmp, 0, [c.header], undefined, { bold: true });
  const iso = (s: number) => serialToIso(s);
  const lastYear = (label: string) => label.replace(String(yearOf(p.start)), String(yearOf(p.start) - 1));
  const rows: [string, string, Comparison][] = [
    [c.mom, c.span(monthId(fig.mom.current.start), monthId(fig.previousMonth.start)), fig.mom],
    [c.yoy, c.span(p.label, lastYear(p.label)), fig.yoy],
    [c.ytd, c.to(iso(fig.ytdTarget.current.end)), fig.ytdTarget],
    [c.ytdLastYear, c.to(iso(fig.ytdLastYear.current.end)), fig.ytdLastYear],
  ];
  // Measure | span | actual | compared with | difference | change, in the tiles' six columns.
  add(
    cmp + 1,
    0,
    rows.map(([label, span, x], i) => {
      const r = cmp + 1 + i;
      const has = x.reference !== null;
      const ref = has ? x.reference! : x === fig.ytdTarget ? c.noTarget : c.noHistory;
      return [
        label,
        span,
        x.actual,
        ref,
        has ? formula(`${a1(r, 2)}-${a1(r, 3)}`, new Dec(x.actual).sub(x.reference!).toNumber()) : '',
        has ? formula(`IF(N(${a1(r, 3)})=0,"",${a1(r, 2)}/${a1(r, 3)}-1)`, x.reference === 0 ? '' : x.actual / x.reference! - 1) : '',
      ];
    }),
    [null, null, money, money, money, PCT],
  );

  // Agenda beside the comparisons: minutes add up to the meeting's length.
  const minutes = meetingMinutes(p);
  const mins = agendaMinutes(minutes);
  const g = t.agenda;
  add(cmp, CHART_COL, [[p.kind === 'week' ? g.weekly : g.monthly, ...g.header.slice(1)]], undefined, { bold: true });
  add(cmp + 1, CHART_COL, g.items.map((it, i) => [it, AGENDA_SHARES[i], mins[i]]), [null, PCT0, COUNT]);
  const agendaTotal = cmp + 1 + g.items.length;
  add(
    agendaTotal,
    CHART_COL,
    [[w.total, formula(`SUM(${a1Range(cmp + 1, CHART_COL + 1, agendaTotal - 1, CHART_COL + 1)})`, 1), formula(`SUM(${a1Range(cmp + 1, CHART_COL + 2, agendaTotal - 1, CHART_COL + 2)})`, minutes)]],
    [null, PCT0, COUNT],
    { bold: true },
  );
  sheet.notes.push({ cell: a1(cmp, CHART_COL + 2), text: g.note });

  // Month by month: each month's target is the Targets sheet's (its weeks in the period, for a part).
  const trend = Math.max(cmp + rows.length, agendaTotal) + 2;
  const tr = t.trend;
  add(trend, 0, [tr.header], undefined, { bold: true });
  const t0 = trend + 1;
  add(
    t0,
    0,
    fig.months.map((m, i) => [
      monthId(m.month),
      m.target ?? '',
      m.actual,
      formula(`IF(N(${a1(t0 + i, 1)})>0,${a1(t0 + i, 2)}/${a1(t0 + i, 1)},"")`, m.target !== null && m.target > 0 ? computed(() => completionRate(m.actual, m.target as number)) : ''),
      formula(`SUM(${a1(t0, 2, true)}:${a1(t0 + i, 2)})`, fig.months.slice(0, i + 1).reduce((acc, x) => acc.add(x.actual), new Dec(0)).toNumber()),
    ]),
    [null, money, money, PCT, money],
  );
  const tLast = t0 + fig.months.length - 1;
  const targetSeries = fig.target === null ? [] : [{ name: w.target, values: a1Range(t0, 1, tLast, 1, true) }];
  chart({ type: fig.target === null ? 'line' : 'column', title: tr.chart, categories: a1Range(t0, 0, tLast, 0, true), series: [...targetSeries, { name: w.actual, values: a1Range(t0, 2, tLast, 2, true) }] }, trend, fig.months.length + 1);
  let row = Math.max(tLast, trend + CHART_ROWS - 1) + 2;

  // Rankings: Name | Target | Actual | Completion | Rank; a group without a target has no rank.
  const ranking = (top: number, title: string, groups: Group[]): { first: number; last: number } | null => {
    if (groups.length === 0) return null;
    add(top, 0, [[title, w.target, w.actual, w.completion, w.rank]], undefined, { bold: true });
    const first = top + 1;
    const last = first + groups.length - 1;
    const range = a1Range(first, 3, last, 3, true);
    add(
      first,
      0,
      groups.map((gr, i) => {
        const r = first + i;
        const done = gr.completion;
        const rank = typeof done === 'number' ? 1 + groups.filter((o) => typeof o.completion === 'number' && o.completion > done).length : '';
        return [
          gr.name,
          gr.target ?? '',
          gr.actual,
          formula(`IF(N(${a1(r, 1)})>0,${a1(r, 2)}/${a1(r, 1)},"")`, done),
          formula(`IF(ISNUMBER(${a1(r, 3)}),SUMPRODUCT(ISNUMBER(${range})*(${range}>${a1(r, 3)}))+1,"")`, rank),
        ];
      }),
      [null, money, money, PCT, COUNT],
    );
    return { first, last };
  };
  // A ranking without a single target has no completion to chart.
  const rankChart = (what: string, groups: Group[], rows: { first: number; last: number }, top: number, col: number, cols: number, height: number, type: ChartSpec['type'] = 'column') =>
    groups.some((gr) => typeof gr.completion === 'number') &&
    chart(
      {
        type,
        title: t.ranking.chart(what),
        categories: a1Range(rows.first, 0, rows.last, 0, true),
        series: [{ name: w.completion, values: a1Range(rows.first, 3, rows.last, 3, true) }],
      },
      top,
      height,
      col,
      cols,
    );
  // Regions and product lines, one under the other, their charts side by side beside them.
  const regionTop = row;
  const regionRows = ranking(regionTop, t.ranking.region, fig.regions);
  const lineTop = regionRows ? regionRows.last + 2 : regionTop;
  const lineRows = ranking(lineTop, t.ranking.productLine, fig.productLines);
  const bandEnd = Math.max(lineRows?.last ?? lineTop, regionRows?.last ?? regionTop, regionTop + CHART_ROWS - 1);
  const half = CHART_COLS / 2;
  if (regionRows) rankChart(t.ranking.region, fig.regions, regionRows, regionTop, CHART_COL, lineRows ? half : CHART_COLS, bandEnd - regionTop + 1);
  if (lineRows) rankChart(t.ranking.productLine, fig.productLines, lineRows, regionTop, regionRows ? CHART_COL + half : CHART_COL, regionRows ? half : CHART_COLS, bandEnd - regionTop + 1);

  // Page 2: salespeople, then the funnel.
  const page2 = bandEnd + 2;
  const repRows = ranking(page2, t.ranking.rep, fig.reps);
  if (repRows) rankChart(t.ranking.rep, fig.reps, repRows, page2, CHART_COL, CHART_COLS, repRows.last - page2 + 1, 'bar');
  row = Math.max(repRows?.last ?? page2, page2 + (repRows ? CHART_ROWS - 1 : -2)) + 2;

  const stages = w.stages;
  const funnel = fig.funnel;
  const fu = t.funnel;
  add(row, 0, [[fu.header[0], fu.header[1], fu.header[2]]], undefined, { bold: true });
  const f0 = row + 1;
  add(
    f0,
    0,
    FUNNEL_STAGES.map((s, i) => [
      stages[s],
      funnel === null ? '' : funnel[i],
      i === 0 || funnel === null ? '' : formula(`IF(N(${a1(f0 + i - 1, 1)})=0,"",${a1(f0 + i, 1)}/${a1(f0 + i - 1, 1)})`, funnel[i - 1] === 0 ? '' : funnel[i] / funnel[i - 1]),
    ]),
    [null, COUNT, PCT],
  );
  if (funnel === null) sheet.notes.push({ cell: a1(row, 0), text: ctx.text.sheetData.review.noPipeline });
  else chart({ type: 'bar', title: fu.chart, categories: a1Range(f0, 0, f0 + FUNNEL_STAGES.length - 1, 0, true), series: [{ name: fu.header[1], values: a1Range(f0, 1, f0 + FUNNEL_STAGES.length - 1, 1, true) }] }, row, FUNNEL_STAGES.length + 1);
  sheet.conditionalFormats.push({
    range: a1Range(f0 + 1, 2, f0 + FUNNEL_STAGES.length - 1, 2),
    formula: `AND(${a1(f0 + 1, 2)}<>"",${a1(f0 + 1, 2)}<${N.funnelLow})`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 4,
  });

  // Two landscape pages, one page wide each: the break keeps the rankings of salespeople and the funnel on page 2.
  return finishSheet(sheet, ctx.run, sheet.name, { orientation: 'landscape', rowBreaks: [page2] });
}
