/**
 * Targets (rules.md › Targets): the year's target as the team's data gives it (less what it holds
 * back), by quarter → month → week, by region, team, product line and person, each with base /
 * challenge / excellence tiers, and the actual to the report date with pace and a live traffic
 * light (rules.md › Warnings). The parts come from the one target split (targetSplit.ts) the
 * Review pack, Evaluation and statements also read; they are values from the core's largest-
 * remainder split (native formulas cannot make rounded parts add up exactly; SALES.SPLIT recomputes
 * them), and a check block proves with SUMIF that every level adds up to the distributed total.
 */
import type Decimal from 'decimal.js';
import { completionRate } from '../core/kpi';
import { Dec, ExactSums } from '../core/money';
import { pace } from '../core/risk';
import { targetTiers } from '../core/targets';
import { dateSerial, monthEnd, monthId, serialToIso, yearOf } from '../data/calendar';
import { dealCredits, dealRegion, isSale } from '../data/derive';
import { catalogue } from '../i18n';
import type { Language } from '../core/language';
import type { BuildContext, Built } from './context';
import { DATE, PCT, PCT0 } from './formats';
import { a1, a1Range, columnLetter, type Cell } from './model';
import { finishSheet } from './print';
import { elapsedFormula, elapsedFraction, riskRules, riskStatusFormula, riskStatusValue } from './riskRules';
import { weekParts, type TargetBook } from './targetSplit';
import { computed, emptySheet, formula, sheetName, str } from './text';

export type TargetLevel = 'quarter' | 'month' | 'week' | 'region' | 'team' | 'productLine' | 'person';
export const TARGET_LEVELS: readonly TargetLevel[] = ['quarter', 'month', 'week', 'region', 'team', 'productLine', 'person'];

export interface TargetPart {
  level: TargetLevel;
  name: string;
  /** The weight the part was split by, or null when it came from the data's own targets. */
  weight: number | null;
  start: number;
  end: number;
  base: Decimal;
  challenge: Decimal;
  excellence: Decimal;
  actual: number;
}

export interface TargetSplit {
  book: TargetBook;
  parts: TargetPart[];
}

const iso = (s: number) => serialToIso(s).slice(5);
const yearTotal = (m: readonly (Decimal | null)[]): Decimal => m.reduce<Decimal>((a, b) => (b === null ? a : a.add(b)), new Dec(0));

/** Sales to the report date by day of the year and by region, team, product line and person. */
function actuals(ctx: BuildContext, year: number) {
  const { data, settings, reps } = ctx;
  const first = dateSerial(year, 1, 1);
  const byDay = new ExactSums(367);
  const by = { region: new Map<string, number>(), team: new Map<string, number>(), productLine: new Map<string, number>(), person: new Map<string, number>() };
  const sums = new ExactSums(64);
  const slot = (kind: keyof typeof by, name: string | null) => {
    if (name === null) return -1;
    const m = by[kind];
    let s = m.get(`${name}`);
    if (s === undefined) {
      s = by.region.size + by.team.size + by.productLine.size + by.person.size;
      m.set(name, s);
      sums.ensure(s + 1);
    }
    return s;
  };
  const put = (kind: keyof typeof by, name: string | null, x: number) => {
    const s = slot(kind, name);
    if (s >= 0) sums.add(s, x);
  };
  for (const d of data.deals) {
    if (yearOf(d.date) !== year || !isSale(d, data.asOf)) continue;
    byDay.add(d.date - first, d.amount);
    put('region', dealRegion(d, reps), d.amount);
    put('productLine', d.productLine, d.amount);
    for (const c of dealCredits(d, settings.decimals)) {
      put('person', c.rep, c.amount);
      put('team', reps.get(c.rep)?.team ?? null, c.amount);
    }
  }
  const days = (start: number, end: number) => {
    const s = new ExactSums(1);
    for (let x = Math.max(start, first); x <= Math.min(end, data.asOf, dateSerial(year, 12, 31)); x++) s.add(0, byDay.toNumber(x - first));
    return s.toNumber(0);
  };
  const of = (kind: keyof typeof by, name: string) => {
    const s = by[kind].get(name);
    return s === undefined ? 0 : sums.toNumber(s);
  };
  return { days, of };
}

export function targetSplit(ctx: BuildContext, year: number): TargetSplit {
  const { settings } = ctx;
  const t = settings.targets;
  const book = ctx.targets.year(year);
  const act = actuals(ctx, year);
  const yStart = dateSerial(year, 1, 1);
  const yEnd = dateSerial(year, 12, 31);
  const parts: TargetPart[] = [];
  const add = (level: TargetLevel, name: string, weight: number | null, start: number, end: number, base: Decimal, actual: number) => {
    const tiers = targetTiers(base.toNumber(), t.challengeUplift, t.excellenceUplift, settings.decimals);
    parts.push({ level, name, weight, start, end, base: tiers.base, challenge: tiers.challenge, excellence: tiers.excellence, actual });
  };
  const seasonal = book.seasonal;
  for (let q = 0; q < 4; q++) {
    const start = dateSerial(year, q * 3 + 1, 1);
    const end = dateSerial(year, q * 3 + 4, 1) - 1;
    add('quarter', ctx.text.targetsSheet.quarter(q + 1), seasonal ? t.quarterWeights[q] : null, start, end, yearTotal(book.months.slice(q * 3, q * 3 + 3)), act.days(start, end));
  }
  book.months.forEach((m, i) => {
    const start = dateSerial(year, i + 1, 1);
    add('month', monthId(start), seasonal ? t.monthWeights[i] : null, start, monthEnd(start), m, act.days(start, monthEnd(start)));
  });
  book.months.forEach((m, i) => {
    for (const w of weekParts(dateSerial(year, i + 1, 1), m, settings.decimals)) add('week', `${iso(w.start)} – ${iso(w.end)}`, w.end - w.start + 1, w.start, w.end, w.target, act.days(w.start, w.end));
  });
  for (const [name, m] of book.regions) add('region', name, book.byRegionWeight ? (t.regionWeights[name] ?? null) : null, yStart, yEnd, yearTotal(m), act.of('region', name));
  for (const [name, m] of book.teams) add('team', name, null, yStart, yEnd, yearTotal(m), act.of('team', name));
  for (const [name, m] of book.productLines ?? []) add('productLine', name, t.productLineWeights[name] ?? null, yStart, yEnd, yearTotal(m), act.of('productLine', name));
  for (const [name, m] of book.people) {
    const level = ctx.reps.get(name)?.level ?? null;
    const weight = book.byLevel.has(name) ? t.levelWeights[level ?? 'core'] : null;
    add('person', name, weight, yStart, yEnd, yearTotal(m), act.of('person', name));
  }
  return { book, parts };
}

export function levelLabel(level: TargetLevel, language: Language): string {
  return catalogue(language).targetsSheet.levels[level];
}

export const TARGETS_TABLE = 'SPK_Targets';
/** The table's header row: right under the title, so only the title and the header freeze. */
const TABLE_ROW = 2;
const C = { level: 0, name: 1, weight: 2, start: 3, end: 4, base: 5, challenge: 6, excellence: 7, actual: 8, completion: 9, elapsed: 10, pace: 11, status: 12 };
/** The summary and the check sit beside the table, one empty column after it. */
const SIDE_COL = 14;

export function buildTargetsSheet(ctx: BuildContext): Built {
  const { data, settings, language, period } = ctx;
  const t = ctx.text.targetsSheet;
  const w = ctx.text.sheetWords;
  const year = yearOf(period.start);
  if (!ctx.targets.year(year).any) return { skip: [{ table: 'quotas', columns: ['rep', 'period', 'quota'] }, { table: 'annualTargets', columns: ['year', 'annualTarget'] }] };
  const sheet = emptySheet('targets', sheetName('targets', language));
  const split = targetSplit(ctx, year);
  const { book } = split;
  const money = ctx.formats.money;

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[t.title(year)]], bold: true, fontSize: 14 });
  // Summary beside the table: total, held back (total − distributed), distributed (the total the levels split).
  const sum0 = TABLE_ROW;
  const TOTAL = a1(sum0, SIDE_COL + 1, true);
  const DIST = a1(sum0 + 2, SIDE_COL + 1, true);
  const summary: [string, Cell, string][] = [
    [t.annual, book.total.toNumber(), money],
    [t.buffer, book.buffer.toNumber(), money],
    [t.distributed, formula(`${TOTAL}-${a1(sum0 + 1, SIDE_COL + 1, true)}`, book.distributed.toNumber()), money],
    [t.challengeUplift, settings.targets.challengeUplift, PCT0],
    [t.excellenceUplift, settings.targets.excellenceUplift, PCT0],
  ];
  summary.forEach(([label, value, fmt], k) => sheet.blocks.push({ origin: { row: sum0 + k, col: SIDE_COL }, cells: [[label, value]], numberFormats: [null, fmt] }));

  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + split.parts.length;
  const rows: Cell[][] = split.parts.map((p, i) => {
    const r = first + i + 1;
    const ref = (c: number) => `${columnLetter(c)}${r}`;
    const elapsed = elapsedFraction(p.start, p.end, data.asOf);
    const base = p.base.toNumber();
    // A part with no target (a month the data has none for) shows no completion, pace or light.
    const paceValue = elapsed > 0 && base > 0 ? computed(() => pace(p.actual, base, elapsed)) : '';
    return [
      levelLabel(p.level, language),
      p.name,
      p.weight ?? '',
      p.start,
      p.end,
      base,
      p.challenge.toNumber(),
      p.excellence.toNumber(),
      p.actual,
      formula(`IF(${ref(C.base)}=0,"",${ref(C.actual)}/${ref(C.base)})`, base === 0 ? '' : computed(() => completionRate(p.actual, base))),
      formula(elapsedFormula(ref(C.start), ref(C.end)), elapsed),
      formula(`IF(AND(${ref(C.elapsed)}>0,${ref(C.base)}>0),${ref(C.actual)}/(${ref(C.base)}*${ref(C.elapsed)}),"")`, paceValue),
      formula(riskStatusFormula(ref(C.pace), language), typeof paceValue === 'number' ? riskStatusValue(p.actual, base, elapsed, settings, language) : paceValue),
    ];
  });
  const c = t.columns;
  sheet.tables.push({
    name: TARGETS_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    key: [C.level, C.name],
    columns: [
      { header: c.level },
      { header: c.name, numberFormat: '@' },
      { header: c.weight, numberFormat: 'General' },
      { header: c.start, numberFormat: DATE },
      { header: c.end, numberFormat: DATE },
      { header: c.base, numberFormat: money },
      { header: c.challenge, numberFormat: money },
      { header: c.excellence, numberFormat: money },
      { header: c.actual, numberFormat: money },
      { header: w.completion, numberFormat: PCT },
      { header: w.elapsed, numberFormat: PCT0 },
      { header: w.pace, numberFormat: PCT },
      { header: w.status },
    ],
    rows,
  });
  const abs = (col: number) => `$${columnLetter(col)}${first + 1}`;
  sheet.conditionalFormats.push(
    ...riskRules(a1Range(first, C.completion, last, C.completion), abs(C.actual), abs(C.base), abs(C.elapsed), 1),
    ...riskRules(a1Range(first, C.pace, last, C.status), abs(C.actual), abs(C.base), abs(C.elapsed), 4),
  );

  // Check: every level adds up to the distributed total, to the cent.
  const levelRange = a1Range(first, C.level, last, C.level, true);
  const baseRange = a1Range(first, C.base, last, C.base, true);
  const check0 = sum0 + summary.length + 1;
  const levels = TARGET_LEVELS.filter((level) => split.parts.some((p) => p.level === level));
  sheet.blocks.push({ origin: { row: check0, col: SIDE_COL }, cells: [t.check], bold: true });
  sheet.blocks.push({
    origin: { row: check0 + 1, col: SIDE_COL },
    cells: levels.map((level, k) => {
      const sum = split.parts.filter((p) => p.level === level).reduce((acc, p) => acc.add(p.base), new Dec(0));
      const sumCell = a1(check0 + 1 + k, SIDE_COL + 1);
      return [
        levelLabel(level, language),
        formula(`ROUND(SUMIF(${levelRange},${str(levelLabel(level, language))},${baseRange}),${settings.decimals})`, sum.toNumber()),
        formula(`ROUND(${sumCell}-${DIST},${settings.decimals})`, sum.sub(book.distributed).toNumber()),
      ];
    }),
    numberFormats: [null, money, money],
  });
  sheet.notes.push({
    cell: a1(sum0, SIDE_COL),
    text: ctx.text.sheetData.targetsSource({ annual: book.annual !== null, bufferRate: book.bufferRate, seasonal: book.seasonal }),
  });
  sheet.notes.push({ cell: a1(TABLE_ROW, C.base), text: t.splitNote });
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 2 };
  return finishSheet(sheet, ctx.run, sheet.name, { repeatRows: { first: TABLE_ROW, last: TABLE_ROW } });
}
