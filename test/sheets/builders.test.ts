import Decimal from 'decimal.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { yearPeriod } from '../../src/data/periods';
import { buildSampleDataset, sampleSettings, TRICKY_CUSTOMERS } from '../../src/sample/sampleData';
import { legacyData } from '../../src/sheets/legacyData';
import type { EvaluationInput, SalesData } from '../../src/sheets/data';
import { buildEvaluationSheet, evaluationRows } from '../../src/sheets/evaluationSheet';
import { buildImprovementSheet, improvementItems } from '../../src/sheets/improvementSheet';
import { isFormula, type SheetSpec } from '../../src/sheets/model';
import { agendaMinutes, buildReviewSheet } from '../../src/sheets/reviewSheet';
import { buildTargetsSheet, targetSplit, TARGET_LEVELS } from '../../src/sheets/targetsSheet';
import { buildTrackingSheet } from '../../src/sheets/trackingSheet';
import { buildCustomersSheet } from '../../src/sheets/customersSheet';
import { SHEET_KINDS } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { sheetCells } from './specCells';

const S = sampleSettings(DEFAULT_SETTINGS);
const ds = buildSampleDataset({ seed: 3, transactions: 8_000, customers: 400 });
const year = yearPeriod(ds.asOf);
const data = legacyData(ds, S, year);
const all = SHEET_KINDS;

/** A month of evaluation inputs for one rep, complete on the report date. */
const month = (period: number, rep: string, actual: number, target = 100_000): EvaluationInput => ({
  period, rep, region: '华东', target, actual, newCustomers: 1, leads: 20, won: 4, collected: 90, receivables: 100, process: 80,
});

describe('workbook', () => {
  const spec = buildWorkbook(ds, { sheets: all, language: 'zh-CN', period: year, settings: S }).spec;

  it('puts Settings first and names every table SPK_*', () => {
    expect(spec.sheets.map((s) => s.kind)).toEqual([...SHEET_KINDS]);
    for (const s of spec.sheets) for (const t of s.tables) expect(t.name).toMatch(/^SPK_/);
  });

  it('builds exactly the kinds asked for, Settings first, commission sheets included', () => {
    const kinds = buildWorkbook(ds, { sheets: ['reconciliation', 'plans', 'evaluation'], language: 'en-US', period: year, settings: S }).spec.sheets.map((s) => s.kind);
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
});

describe('evaluation', () => {
  const jan = 45658; // 2025-01-01
  const feb = 45689;
  const mar = 45717;
  const base: SalesData = { ...data, asOf: 45777 }; // 2025-04-30

  it('flags needs-improvement only on the second consecutive month under 80 %', () => {
    const rows = evaluationRows({ ...base, evaluation: [month(jan, 'A', 70_000), month(feb, 'A', 79_999), month(mar, 'A', 90_000), month(jan, 'B', 70_000), month(feb, 'B', 85_000), month(mar, 'B', 60_000)] }, S, 'en-US');
    expect(rows.map((r) => [r.input.rep, r.needsImprovement])).toEqual([
      ['A', false], ['A', true], ['A', false], ['B', false], ['B', false], ['B', false],
    ]);
  });

  it('does not judge a month still running by the two-period rule, but colours it by pace', () => {
    const rows = evaluationRows({ ...base, asOf: mar + 9, evaluation: [month(feb, 'A', 50_000), month(mar, 'A', 28_000)] }, S, 'en-US');
    expect(rows[1].elapsed).toBeCloseTo(10 / 31, 12);
    expect(rows[1].needsImprovement).toBe(false);
    expect(rows[1].pace).toBeCloseTo(28_000 / (100_000 * (10 / 31)), 12); // 0.868
    expect(rows[1].status).toBe('Yellow');
  });

  it('marks outstanding at exactly 120 % and shows the core’s error for a zero target', () => {
    const rows = evaluationRows({ ...base, evaluation: [month(jan, 'A', 120_000), month(jan, 'B', 119_999), { ...month(jan, 'C', 5), target: 0 }] }, S, 'en-US');
    expect(rows.map((r) => r.outstanding)).toEqual([true, false, false]);
    expect(rows[2].completion).toBe('#DIV/0!');
    expect(rows[2].score).toBe('#DIV/0!');
    const sheet = buildEvaluationSheet({ ...base, evaluation: [month(jan, 'C', 5, 0)] }, S, 'en-US');
    expect(sheet.tables[0].rows[0][5]).toEqual({ formula: 'E4/D4', value: '#DIV/0!' });
  });

  it('has live red / yellow / green rules reading the threshold names', () => {
    const sheet = buildEvaluationSheet(data, S, 'en-US');
    const rules = sheet.conditionalFormats.filter((c) => /SPK_Risk/.test(c.formula));
    expect(rules).toHaveLength(6);
    expect(rules[0].formula).toBe('AND($R4>0,$E4/($D4*$R4)<SPK_RiskYellow)');
  });
});

describe('improvement plan', () => {
  it('proposes the weakest metric with a measurable effect (seed: conversion 15 % → 20 %)', () => {
    const li: EvaluationInput = { period: 45658, rep: '李*', region: '华东', target: 300_000, actual: 210_000, newCustomers: 5, leads: 100 / 3, won: 5, collected: 85, receivables: 100, process: 82.5 };
    const d: SalesData = { ...data, asOf: 45700, evaluation: [li] };
    const items = improvementItems(d, S, 'en-US');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ rep: '李*', metric: 'conversion', target: 0.2, reason: 'grade', deadline: 45716 });
    const sheet = buildImprovementSheet(d, S, 'en-US');
    expect(sheet.tables[0].rows[0][8]).toBe('Lead-to-deal conversion 15.0 % → 20.0 %');
  });

  it('has a row for every flagged rep of the latest complete month in the sample', () => {
    const rows = evaluationRows(data, S, 'zh-CN');
    const latest = Math.max(...rows.filter((r) => r.elapsed >= 1).map((r) => r.input.period));
    const flagged = rows.filter((r) => r.input.period === latest && (r.needsImprovement || r.grade === '待改进')).map((r) => r.input.rep);
    expect(flagged.length).toBeGreaterThan(0);
    expect(improvementItems(data, S, 'zh-CN').map((i) => i.rep)).toEqual(flagged);
  });
});

describe('targets', () => {
  const split = targetSplit(data, S);
  it('splits the distributed total so every level adds up exactly', () => {
    expect(split.distributable.add(split.buffer).toNumber()).toBe(data.plan.total);
    for (const level of TARGET_LEVELS) {
      const parts = split.parts.filter((p) => p.level === level);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.reduce((a, p) => a.add(p.base), new Decimal(0)).eq(split.distributable)).toBe(true);
      for (const p of parts) expect(p.base.decimalPlaces()).toBeLessThanOrEqual(S.decimals);
    }
  });
  it('uses 40 / 30 / 30 by region and 60 / 30 / 10 by product line, with three tiers', () => {
    const d = split.distributable.toNumber();
    expect(split.parts.filter((p) => p.level === 'region').map((p) => p.base.toNumber())).toEqual([d * 0.4, d * 0.3, d * 0.3]);
    expect(split.parts.filter((p) => p.level === 'productLine').map((p) => p.base.toNumber())).toEqual([d * 0.6, d * 0.3, d * 0.1]);
    const q1 = split.parts[0];
    expect(q1.challenge.toNumber()).toBe(q1.base.mul(1.2).toDecimalPlaces(2).toNumber());
    expect(q1.excellence.toNumber()).toBe(q1.base.mul(1.4).toDecimalPlaces(2).toNumber());
  });
  it('shows zero differences in its check block and colours rows by pace', () => {
    const sheet = buildTargetsSheet(data, S, 'en-US');
    const check = sheet.blocks.find((b) => b.origin.col === 4 && b.cells.length === TARGET_LEVELS.length)!;
    expect(check.cells.map((r) => (r[2] as { value: number }).value)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sheet.conditionalFormats.some((c) => c.formula.includes('SPK_RiskGreen'))).toBe(true);
  });
});

describe('tracking, customers and review pack', () => {
  it('tracking has drop-downs for stage and status and an overdue rule on TODAY()', () => {
    const sheet: SheetSpec = buildTrackingSheet(data, S, 'zh-CN');
    expect(sheet.validations.map((v) => v.list)).toEqual([['线索', '意向', '谈判', '成交', '丢单'], ['未开始', '进行中', '已完成']]);
    expect(sheet.conditionalFormats[0].formula).toBe('AND($H4<>"",$H4<TODAY(),$G4<>"已完成")');
    const funnel = sheet.blocks.find((b) => b.origin.col === 10 && b.cells.length === 4)!;
    const counts = funnel.cells.map((r) => (r[1] as { value: number }).value);
    expect(counts[0]).toBe(data.pipeline.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('customers: tiers with cadence, ABC classes and notes naming the SALES functions', () => {
    const sheet = buildCustomersSheet(data, S, 'en-US');
    const rows = sheet.tables[0].rows;
    const value = (r: number, c: number) => (rows[r][c] as { value: unknown }).value;
    const tiers = new Set(rows.map((_, i) => value(i, 12)));
    expect(tiers).toEqual(new Set(['Core', 'Potential', 'Developing', 'New lead']));
    for (let i = 0; i < rows.length; i++) {
      const cadence = { Core: 30, Potential: 14, Developing: 30, Reactivate: 30, 'New lead': 7 }[value(i, 12) as string];
      expect(value(i, 13)).toBe(cadence);
    }
    expect(value(0, 17)).toBe('A');
    expect(value(rows.length - 1, 17)).toBe('');
    expect(sheet.notes[0].text).toContain('=SALES.RFM(');
  });

  it('agenda minutes add up to 45 and 120 minutes', () => {
    expect(agendaMinutes(45)).toEqual([9, 7, 11, 11, 7]);
    expect(agendaMinutes(120)).toEqual([24, 18, 30, 30, 18]);
    const sheet = buildReviewSheet(data, S, 'en-US', { kind: 'week', start: data.asOf - 6, end: data.asOf, label: 'W50' });
    const total = sheet.blocks.find((b) => b.cells[0][0] === 'Total')!;
    expect((total.cells[0][2] as { value: number }).value).toBe(45);
    expect(sheet.charts.map((c) => c.type)).toEqual(['column', 'bar', 'line']);
  });
});
