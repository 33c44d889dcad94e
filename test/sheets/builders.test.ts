import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { dateSerial as d } from '../../src/data/calendar';
import type { Activity, Dataset } from '../../src/data/model';
import { monthPeriod, yearPeriod } from '../../src/data/periods';
import type { Period } from '../../src/host/types';
import type { Language } from '../../src/core/language';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { TRICKY_CUSTOMERS, withTrickyCustomers } from '../data/tricky';
import { BuildContext, isSkip, type Built } from '../../src/sheets/context';
import { buildCustomersSheet } from '../../src/sheets/customersSheet';
import { buildEvaluationSheet, evaluationRows } from '../../src/sheets/evaluationSheet';
import { buildImprovementSheet, improvementItems } from '../../src/sheets/improvementSheet';
import { isFormula, SHEET_KINDS, type SheetSpec } from '../../src/sheets/model';
import { agendaMinutes, buildReviewSheet } from '../../src/sheets/reviewSheet';
import { buildTargetsSheet, TARGET_LEVELS } from '../../src/sheets/targetsSheet';
import { buildTrackingSheet } from '../../src/sheets/trackingSheet';
import { buildWorkbook } from '../../src/sheets/workbook';
import { dataset, deal, rep } from '../data/datasets';
import { sheetCells } from './specCells';

const S = sampleSettings(DEFAULT_SETTINGS);
const sample = buildSampleDataset({ seed: 3, transactions: 8_000, customers: 400 });
const year = yearPeriod(sample.asOf);
const ctx = (data: Dataset, period: Period = yearPeriod(data.asOf), language: Language = 'en-US', settings = S) => new BuildContext(data, settings, language, period);
const sheet = (b: Built): SheetSpec => {
  if (isSkip(b)) throw new Error(`skipped: ${JSON.stringify(b.skip)}`);
  return b;
};

describe('workbook', () => {
  const spec = buildWorkbook(withTrickyCustomers(sample), { sheets: SHEET_KINDS, language: 'zh-CN', period: year, settings: S }).spec;

  it('puts Settings first and names every table SPK_*', () => {
    expect(spec.sheets.map((s) => s.kind)).toEqual([...SHEET_KINDS]);
    for (const s of spec.sheets) for (const t of s.tables) expect(t.name).toMatch(/^SPK_/);
  });

  it('builds exactly the kinds asked for, Settings first, commission sheets included', () => {
    const kinds = buildWorkbook(sample, { sheets: ['reconciliation', 'plans', 'evaluation'], language: 'en-US', period: year, settings: S }).spec.sheets.map((s) => s.kind);
    expect(kinds).toEqual(['settings', 'evaluation', 'plans', 'reconciliation']);
  });

  it('defines every SPK_ name a formula or conditional format reads', () => {
    const defined = new Set(spec.names.map((n) => n.name));
    const used = new Set<string>();
    for (const s of spec.sheets) {
      for (const { cell } of sheetCells(s)) if (isFormula(cell)) for (const m of cell.formula.match(/SPK_\w+/g) ?? []) used.add(m);
      for (const cf of s.conditionalFormats) for (const m of cf.formula.match(/SPK_\w+/g) ?? []) used.add(m);
    }
    expect(used.size).toBeGreaterThan(15);
    for (const n of used) expect(defined).toContain(n);
  });

  it('keeps text from data as plain string cells, never formulas', () => {
    const strings = spec.sheets.flatMap((s) => sheetCells(s).map((p) => p.cell)).filter((c): c is string => typeof c === 'string');
    for (const name of TRICKY_CUSTOMERS) expect(strings).toContain(name);
    for (const s of spec.sheets) for (const { cell } of sheetCells(s)) if (isFormula(cell)) expect(cell.formula).not.toContain('cmd|');
  });

  it('uses no function LibreOffice or HyperFormula lacks, and SALES.* only in notes', () => {
    for (const s of spec.sheets) {
      for (const { cell } of sheetCells(s)) {
        if (!isFormula(cell)) continue;
        expect(cell.formula).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|IFS|AVERAGEIFS|RANK|SALES\.)\s*\(/);
      }
    }
    const notes = spec.sheets.flatMap((s) => s.notes.map((n) => n.text)).join(' ');
    expect(notes).toContain('SALES.RFM');
    expect(notes).toContain('SALES.SPLIT');
  });

  it('the Settings report date is the data’s; in Excel on the team’s tables it is =TODAY() (the data’s date cached), a cell the user may pin', () => {
    const asOf = spec.sheets[0].blocks.find((b) => b.cells[0][2] === 'SPK_AsOf')!;
    expect(asOf.cells[0][1]).toBe(sample.asOf);
    expect(asOf.userColumns).toEqual([]);
    const live = buildWorkbook(sample, { sheets: ['tracking'], language: 'en-US', period: year, settings: S, reportDate: 'today' }).spec.sheets[0];
    const today = live.blocks.find((b) => b.cells[0][2] === 'SPK_AsOf')!;
    expect(today.cells[0][1]).toEqual({ formula: 'TODAY()', value: sample.asOf });
    expect(today.userColumns).toEqual([1]);
    expect(live.notes.map((n) => n.text)).toContain('Today’s date, so pace and overdue rows follow the calendar. Type a date here to pin the report date.');
  });
});

/** A team of reps A, B, C with monthly quotas of 100,000 and one deal a month of `actual`. */
function team(months: [string, number, number, Partial<Activity>?][], asOf: number, target = 100_000): Dataset {
  const reps = [...new Set(months.map(([r]) => r))].map((r) => rep(r, { region: 'North' }));
  return dataset({
    reps,
    roster: true,
    deals: months.filter(([, , a]) => a > 0).map(([r, m, a], i) => deal(`D${i}`, `Customer ${r}`, d(2030, m, 10), a, r, { region: 'North' })),
    quotas: months.map(([r, m]) => ({ scope: 'rep' as const, name: r, period: `2030-${String(m).padStart(2, '0')}`, amount: target })),
    activity: months.map(([r, m, , a]) => ({ rep: r, period: `2030-${String(m).padStart(2, '0')}`, leads: 20, won: 4, collected: 90, receivables: 100, process: 80, ...a })),
    asOf,
  });
}

describe('evaluation', () => {
  const apr30 = d(2030, 4, 30);
  const q1: Period = { kind: 'quarter', start: d(2030, 1, 1), end: d(2030, 3, 31), label: '2030-Q1' };

  it('flags needs-improvement only on the second consecutive month under 80 %', () => {
    const data = team([['A', 1, 70_000], ['A', 2, 79_999], ['A', 3, 90_000], ['B', 1, 70_000], ['B', 2, 85_000], ['B', 3, 60_000]], apr30);
    const rows = evaluationRows(ctx(data, q1));
    expect(rows.map((r) => [r.rep, r.period, r.needsImprovement])).toEqual([
      ['A', d(2030, 1, 1), false], ['B', d(2030, 1, 1), false],
      ['A', d(2030, 2, 1), true], ['B', d(2030, 2, 1), false],
      ['A', d(2030, 3, 1), false], ['B', d(2030, 3, 1), false],
    ]);
  });

  it('does not judge a month still running by the two-period rule, but colours it by pace', () => {
    const data = team([['A', 2, 50_000], ['A', 3, 28_000]], d(2030, 3, 10));
    const rows = evaluationRows(ctx(data, monthPeriod(d(2030, 3, 1))));
    expect(rows[1].elapsed).toBeCloseTo(10 / 31, 12);
    expect(rows[1].needsImprovement).toBe(false);
    expect(rows[1].pace).toBeCloseTo(28_000 / (100_000 * (10 / 31)), 12); // 0.868
    expect(rows[1].status).toBe('Yellow');
  });

  it('marks outstanding at exactly 120 %; a rep without a target gets blank completion and a score over the rest', () => {
    const data = team([['A', 1, 120_000], ['B', 1, 119_999]], apr30);
    data.reps.push(rep('C', { region: 'North' }));
    data.deals.push(deal('C1', 'Customer C', d(2030, 1, 12), 5_000, 'C'));
    const rows = evaluationRows(ctx(data, monthPeriod(d(2030, 1, 1))));
    expect(rows.map((r) => [r.rep, r.outstanding])).toEqual([['A', true], ['B', false], ['C', false]]);
    const c = rows[2];
    expect([c.target, c.completion, c.pace, c.status]).toEqual([null, '', '', '']);
    // Won from the deal (1), AOV 5,000; no leads (no activity, no pipeline); weights of AOV alone.
    expect([c.won, c.aov, c.leads, c.conversion, c.collection, c.process]).toEqual([1, 5_000, null, '', '', null]);
    expect(c.score).toBe(6.3); // 100 × min(5,000 ÷ 80,000, 1) = 6.25 → 6.3
    const s = sheet(buildEvaluationSheet(ctx(data, monthPeriod(d(2030, 1, 1)))));
    const cRow = s.tables[0].rows[2];
    expect(cRow[3]).toBe('');
    expect(cRow[5]).toEqual({ formula: 'IF(N(D6)>0,E6/D6,"")', value: '' });
    expect(s.notes.find((n) => n.cell === 'D3')?.text).toMatch(/Blank where a rep has no target/);
  });

  it('has live red / yellow / green rules reading the threshold names', () => {
    const s = sheet(buildEvaluationSheet(ctx(sample)));
    const rules = s.conditionalFormats.filter((c) => /SPK_Risk/.test(c.formula));
    expect(rules).toHaveLength(6);
    expect(rules[0].formula).toBe('AND($R4>0,$E4/($D4*$R4)<SPK_RiskYellow)');
  });
});

describe('improvement plan', () => {
  it('proposes the weakest metric with a measurable effect (seed: conversion 15 % → 20 %)', () => {
    const data = team([['李*', 1, 210_000, { leads: 100 / 3, won: 5, collected: 85, receivables: 100, process: 82.5 }]], d(2030, 2, 10), 300_000);
    const c = ctx(data, monthPeriod(d(2030, 1, 1)));
    const items = improvementItems(c);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ rep: '李*', metric: 'conversion', target: 0.2, reason: 'grade', deadline: d(2030, 2, 28) });
    expect(sheet(buildImprovementSheet(c)).tables[0].rows[0][8]).toBe('Lead-to-deal conversion 15.0% → 20.0%');
  });

  it('has a row for every flagged rep of the latest complete month in the sample', () => {
    const c = ctx(sample, year, 'zh-CN');
    const rows = evaluationRows(c);
    const latest = Math.max(...rows.filter((r) => r.elapsed >= 1).map((r) => r.period));
    const flagged = rows.filter((r) => r.period === latest && (r.needsImprovement || r.grade === '待改进')).map((r) => r.rep);
    expect(flagged.length).toBeGreaterThan(0);
    expect(improvementItems(c).map((i) => i.rep)).toEqual(flagged);
  });
});

describe('targets', () => {
  it('shows zero differences in its check block and colours rows by pace', () => {
    const s = sheet(buildTargetsSheet(ctx(sample)));
    const check = s.blocks.find((b) => b.origin.col === 14 && b.cells[0][0] === 'Quarter')!;
    expect(check.cells.map((r) => r[0])).toEqual(['Quarter', 'Month', 'Week', 'Region', 'Team', 'Product line', 'Person']);
    expect(TARGET_LEVELS).toHaveLength(7);
    expect(check.cells.map((r) => (r[2] as { value: number }).value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(s.conditionalFormats.some((c) => c.formula.includes('SPK_RiskGreen'))).toBe(true);
  });
});

describe('tracking, customers and review pack', () => {
  it('tracking has drop-downs for stage and status and an overdue rule on the report date', () => {
    const s = sheet(buildTrackingSheet(ctx(sample, year, 'zh-CN')));
    expect(s.validations.map((v) => v.list)).toEqual([['线索', '意向', '谈判', '成交', '丢单'], ['未开始', '进行中', '已完成']]);
    expect(s.conditionalFormats[0].formula).toBe('AND($H4<>"",$H4<SPK_AsOf,$G4<>"已完成")');
    const funnel = s.blocks.find((b) => b.origin.col === 10 && b.cells.length === 4)!;
    const counts = funnel.cells.map((r) => (r[1] as { value: number }).value);
    expect(counts[0]).toBe(sample.pipeline!.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('tracking is skipped, naming the pipeline table, when the data has none', () => {
    expect(buildTrackingSheet(ctx({ ...sample, pipeline: null }))).toEqual({ skip: [{ table: 'pipeline', columns: ['date', 'owner', 'customer', 'stage', 'status'] }] });
  });

  it('customers: tiers with cadence, ABC classes and notes naming the SALES functions', () => {
    const s = sheet(buildCustomersSheet(ctx(sample)));
    const rows = s.tables[0].rows;
    const value = (r: number, c: number) => (rows[r][c] as { value: unknown }).value;
    const tiers = new Set(rows.map((_, i) => value(i, 12)));
    expect(tiers).toEqual(new Set(['Core', 'Potential', 'Developing', 'Reactivate', 'New lead']));
    for (let i = 0; i < rows.length; i++) {
      const cadence = { Core: 30, Potential: 14, Developing: 30, Reactivate: 30, 'New lead': 7 }[value(i, 12) as string];
      expect(value(i, 13)).toBe(cadence);
    }
    expect(value(0, 17)).toBe('A');
    expect(value(rows.length - 1, 17)).toBe('');
    expect(s.notes[0].text).toContain('=SALES.RFM(');
  });

  it('agenda minutes add up to 45 and 120 minutes', () => {
    expect(agendaMinutes(45)).toEqual([9, 7, 11, 11, 7]);
    expect(agendaMinutes(120)).toEqual([24, 18, 30, 30, 18]);
    const s = sheet(buildReviewSheet(ctx(sample, { kind: 'week', start: sample.asOf - 6, end: sample.asOf, label: 'W50' })));
    const total = s.blocks.find((b) => b.cells[0][0] === 'Total')!;
    expect((total.cells[0][2] as { value: number }).value).toBe(45);
    // Month by month, completion by region, by product line and by salesperson, the funnel.
    expect(s.charts.map((c) => c.type)).toEqual(['column', 'column', 'column', 'bar', 'bar']);
  });
});
