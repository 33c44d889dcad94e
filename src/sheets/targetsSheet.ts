/**
 * Targets (rules.md › Targets): the year's total, less a buffer, split by quarter → month → week, by region,
 * by product line and by person, each with base / challenge / excellence tiers, and the actual to
 * the report date with pace and a live traffic light (rules.md › Warnings). Splits are values from the core's
 * largest-remainder split (native formulas cannot make rounded parts add up exactly; SALES.SPLIT
 * recomputes them); a check block proves with SUMIF that every level adds up to the total.
 */
import type Decimal from 'decimal.js';
import { completionRate } from '../core/kpi';
import { Dec, ExactSums } from '../core/money';
import { pace } from '../core/risk';
import { splitTarget, targetTiers } from '../core/targets';
import type { Settings } from '../core/settings';
import type { Period } from '../host/types';
import type { Language } from '../i18n/language';
import { dateSerial, serialToIso, type SalesData, type Transaction } from './data';
import { a1, a1Range, columnLetter, type Cell, type SheetSpec } from './model';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { computed, DATE, emptySheet, formula, MONEY, PCT, sheetName, str, tr } from './text';

/** Person annual targets: each region's share split over its reps by capability level. */
export function personTargets(data: Pick<SalesData, 'reps' | 'regions' | 'plan'>, decimals: number): Map<string, number> {
  const { plan } = data;
  const [distributable] = splitTarget(plan.total, [1 - plan.buffer, plan.buffer], decimals) as Decimal[];
  const regionParts = splitTarget(distributable.toNumber(), data.regions.map((r) => plan.regionWeights[r] ?? 0), decimals);
  const out = new Map<string, number>();
  data.regions.forEach((region, i) => {
    const members = data.reps.filter((r) => r.region === region);
    if (members.length === 0) return;
    const parts = splitTarget(regionParts[i]!.toNumber(), members.map((r) => plan.levelWeights[r.level]), decimals);
    members.forEach((r, k) => out.set(r.name, parts[k]!.toNumber()));
  });
  return out;
}

export type TargetLevel = 'quarter' | 'month' | 'week' | 'region' | 'productLine' | 'person';
export const TARGET_LEVELS: readonly TargetLevel[] = ['quarter', 'month', 'week', 'region', 'productLine', 'person'];

export interface TargetPart {
  level: TargetLevel;
  name: string;
  weight: number;
  start: number;
  end: number;
  base: Decimal;
  challenge: Decimal;
  excellence: Decimal;
  actual: number;
}

export interface TargetSplit {
  total: number;
  buffer: Decimal;
  distributable: Decimal;
  parts: TargetPart[];
}

const iso = (s: number) => serialToIso(s).slice(5);

/** Calendar weeks (Monday–Sunday) cut at the month's edges, weighted by their days. */
function weeksOf(monthStart: number, monthEnd: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = monthStart;
  while (s <= monthEnd) {
    const weekday = (new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
    const e = Math.min(monthEnd, s + 6 - weekday);
    out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

/** Sum of amounts matching `pick` between two dates, exact to the cent. */
function actualOf(tx: readonly Transaction[], start: number, end: number, pick: (t: Transaction) => boolean): number {
  const sums = new ExactSums(1);
  for (const t of tx) if (t.date >= start && t.date <= end && pick(t)) sums.add(0, t.amount);
  return sums.toDecimal(0).toNumber();
}

export function targetSplit(data: SalesData, settings: Settings): TargetSplit {
  const { plan } = data;
  const d = settings.decimals;
  const [distributable, buffer] = splitTarget(plan.total, [1 - plan.buffer, plan.buffer], d) as Decimal[];
  const yStart = dateSerial(plan.year, 1, 1);
  const yEnd = dateSerial(plan.year, 12, 31);
  const parts: TargetPart[] = [];
  const add = (level: TargetLevel, name: string, weight: number, start: number, end: number, base: Decimal, pick: (t: Transaction) => boolean) => {
    const tiers = targetTiers(base.toNumber(), plan.challengeUplift, plan.excellenceUplift, d);
    parts.push({ level, name, weight, start, end, base: tiers.base, challenge: tiers.challenge, excellence: tiers.excellence, actual: actualOf(data.transactions, start, end, pick) });
  };
  const all = () => true;
  const quarters = splitTarget(distributable.toNumber(), plan.quarterWeights, d) as Decimal[];
  const months: { start: number; end: number; base: Decimal; weight: number }[] = [];
  quarters.forEach((q, qi) => {
    const start = dateSerial(plan.year, qi * 3 + 1, 1);
    add('quarter', `Q${qi + 1}`, plan.quarterWeights[qi], start, dateSerial(plan.year, qi * 3 + 4, 1) - 1, q, all);
    const mw = plan.monthWeights.slice(qi * 3, qi * 3 + 3);
    (splitTarget(q.toNumber(), mw, d) as Decimal[]).forEach((m, k) => {
      const ms = dateSerial(plan.year, qi * 3 + k + 1, 1);
      months.push({ start: ms, end: dateSerial(plan.year, qi * 3 + k + 2, 1) - 1, base: m, weight: mw[k] });
    });
  });
  for (const m of months) add('month', serialToIso(m.start).slice(0, 7), m.weight, m.start, m.end, m.base, all);
  for (const m of months) {
    const weeks = weeksOf(m.start, m.end);
    const days = weeks.map((w) => w.end - w.start + 1);
    (splitTarget(m.base.toNumber(), days, d) as Decimal[]).forEach((w, k) =>
      add('week', `${iso(weeks[k].start)} – ${iso(weeks[k].end)}`, days[k], weeks[k].start, weeks[k].end, w, all),
    );
  }
  const regions = splitTarget(distributable.toNumber(), data.regions.map((r) => plan.regionWeights[r] ?? 0), d) as Decimal[];
  data.regions.forEach((r, i) => add('region', r, plan.regionWeights[r] ?? 0, yStart, yEnd, regions[i], (t) => t.region === r));
  const lines = splitTarget(distributable.toNumber(), data.productLines.map((p) => plan.productLineWeights[p] ?? 0), d) as Decimal[];
  data.productLines.forEach((p, i) => add('productLine', p, plan.productLineWeights[p] ?? 0, yStart, yEnd, lines[i], (t) => t.productLine === p));
  const persons = personTargets(data, d);
  for (const rep of data.reps) {
    const base = persons.get(rep.name);
    if (base !== undefined) add('person', rep.name, plan.levelWeights[rep.level], yStart, yEnd, new Dec(base), (t) => t.rep === rep.name);
  }
  return { total: plan.total, buffer, distributable, parts };
}

export function levelLabel(level: TargetLevel, language: Language): string {
  const en = { quarter: 'Quarter', month: 'Month', week: 'Week', region: 'Region', productLine: 'Product line', person: 'Person' };
  const zh = { quarter: '季度', month: '月度', week: '周', region: '区域', productLine: '产品线', person: '个人' };
  return (language === 'en-US' ? en : zh)[level];
}

export const TARGETS_TABLE = 'SPK_Targets';
const TABLE_ROW = 12;
const C = { level: 0, name: 1, weight: 2, start: 3, end: 4, base: 5, challenge: 6, excellence: 7, actual: 8, completion: 9, elapsed: 10, pace: 11, status: 12 };

export function buildTargetsSheet(data: SalesData, settings: Settings, language: Language, _period?: Period): SheetSpec {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('targets', sheetName('targets', language));
  const split = targetSplit(data, settings);
  const money = settings.decimals > 0 ? `#,##0.${'0'.repeat(settings.decimals)}` : '#,##0';

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[L(`Targets ${data.plan.year}`, `${data.plan.year} 年目标分解`)]], bold: true, fontSize: 14 });
  // Summary: B3 total, B4 buffer rate, B5 buffer, B6 distributable (the total the levels split).
  const TOTAL = a1(2, 1, true);
  const DIST = a1(5, 1, true);
  const summary: [string, Cell, string][] = [
    [L('Annual target', '年度目标'), split.total, money],
    [L('Buffer held back', '预留缓冲比例'), data.plan.buffer, '0%'],
    [L('Buffer', '预留缓冲'), split.buffer.toNumber(), money],
    [L('Distributed', '可分解目标'), formula(`${TOTAL}-${a1(4, 1, true)}`, split.distributable.toNumber()), money],
    [L('Challenge uplift', '挑战目标上浮'), data.plan.challengeUplift, '0%'],
    [L('Excellence uplift', '卓越目标上浮'), data.plan.excellenceUplift, '0%'],
  ];
  summary.forEach(([label, value, fmt], k) => sheet.blocks.push({ origin: { row: 2 + k, col: 0 }, cells: [[label, value]], numberFormats: [null, fmt] }));

  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + split.parts.length;
  const rows: Cell[][] = split.parts.map((p, i) => {
    const r = first + i + 1;
    const ref = (c: number) => `${columnLetter(c)}${r}`;
    const elapsed = elapsedFraction(p.start, p.end, data.asOf);
    const base = p.base.toNumber();
    const paceValue = elapsed > 0 ? computed(() => pace(p.actual, base, elapsed)) : '';
    return [
      levelLabel(p.level, language),
      p.name,
      p.weight,
      p.start,
      p.end,
      base,
      p.challenge.toNumber(),
      p.excellence.toNumber(),
      p.actual,
      formula(`${ref(C.actual)}/${ref(C.base)}`, computed(() => completionRate(p.actual, base))),
      formula(elapsedFormula(ref(C.start), ref(C.end)), elapsed),
      formula(`IF(${ref(C.elapsed)}>0,${ref(C.actual)}/(${ref(C.base)}*${ref(C.elapsed)}),"")`, paceValue),
      formula(riskStatusFormula(ref(C.pace), language), typeof paceValue === 'number' ? riskStatusValue(p.actual, base, elapsed, settings, language) : paceValue),
    ];
  });
  sheet.tables.push({
    name: TARGETS_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    columns: [
      { header: L('Level', '层级'), width: 9 },
      { header: L('Name', '名称'), width: 16 },
      { header: L('Weight', '权重'), numberFormat: '0.00', width: 8 },
      { header: L('Start', '开始'), numberFormat: DATE, width: 11 },
      { header: L('End', '结束'), numberFormat: DATE, width: 11 },
      { header: L('Base target', '基础目标'), numberFormat: money, width: 16 },
      { header: L('Challenge target', '挑战目标'), numberFormat: money, width: 16 },
      { header: L('Excellence target', '卓越目标'), numberFormat: money, width: 16 },
      { header: L('Actual to date', '截至报告日实际'), numberFormat: MONEY, width: 16 },
      { header: L('Completion', '完成率'), numberFormat: PCT, width: 10 },
      { header: L('Period elapsed', '时间进度'), numberFormat: '0%', width: 9 },
      { header: L('Pace', '达成节奏'), numberFormat: PCT, width: 9 },
      { header: L('Status', '预警'), width: 8 },
    ],
    rows,
  });
  const abs = (c: number) => `$${columnLetter(c)}${first + 1}`;
  sheet.conditionalFormats.push(
    ...riskRules(a1Range(first, C.completion, last, C.completion), abs(C.actual), abs(C.base), abs(C.elapsed), 1),
    ...riskRules(a1Range(first, C.pace, last, C.status), abs(C.actual), abs(C.base), abs(C.elapsed), 4),
  );

  // Check: every level adds up to the distributed total, to the cent.
  const levelRange = a1Range(first, C.level, last, C.level, true);
  const baseRange = a1Range(first, C.base, last, C.base, true);
  const CHECK_COL = 4;
  sheet.blocks.push({ origin: { row: 2, col: CHECK_COL }, cells: [[L('Level', '层级'), L('Sum of parts', '分解合计'), L('Difference', '差额')]], bold: true });
  sheet.blocks.push({
    origin: { row: 3, col: CHECK_COL },
    cells: TARGET_LEVELS.map((level, k) => {
      const sum = split.parts.filter((p) => p.level === level).reduce((acc, p) => acc.add(p.base), new Dec(0));
      const sumCell = a1(3 + k, CHECK_COL + 1);
      return [
        levelLabel(level, language),
        formula(`ROUND(SUMIF(${levelRange},${str(levelLabel(level, language))},${baseRange}),${settings.decimals})`, sum.toNumber()),
        formula(`ROUND(${sumCell}-${DIST},${settings.decimals})`, sum.sub(split.distributable).toNumber()),
      ];
    }),
    numberFormats: [null, money, money],
  });
  sheet.notes.push({
    cell: a1(TABLE_ROW, C.base),
    text: L(
      'Split values from the largest-remainder rule so parts add up exactly (native formulas cannot do this); =SALES.SPLIT(total, weights) recomputes any level. Completion, pace and the traffic light are native formulas reading the Settings sheet.',
      '分解值按最大余数法计算，保证各部分合计精确等于总额（原生公式无法实现）；可用 =SALES.SPLIT(总额, 权重) 重算任一层级。完成率、节奏与红黄绿灯为读取“设置”表的原生公式。',
    ),
  });
  sheet.columnWidths = { [CHECK_COL]: 11 };
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 2 };
  return sheet;
}
