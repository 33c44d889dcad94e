import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { dateSerial as d } from '../../src/data/calendar';
import { dealCredits, deriveRepMonths } from '../../src/data/derive';
import type { Dataset, PipelineRow } from '../../src/data/model';
import { defaultPeriod, emptyPeriodNotice, monthPeriod, periodHasData } from '../../src/data/periods';
import { BuildContext } from '../../src/sheets/context';
import { buildEvaluationSheet, evaluationRows } from '../../src/sheets/evaluationSheet';
import type { SheetSpec } from '../../src/sheets/model';
import { dataset, deal, rep } from './datasets';

const line = (owner: string, date: number, stage: PipelineRow['stage']): PipelineRow => ({
  date, owner, customer: 'Lead Co', industry: '', stage, action: '', status: 'inProgress', expected: null, notes: '',
});

/**
 * Reps P and Q in January and February 2030. X buys from P in January and again in February; Y
 * buys from P and Q together in January; Z's first order is cancelled, so Z's first sale is the
 * February one. Worked by hand below.
 */
const data: Dataset = dataset({
  reps: [rep('P', { region: 'North' }), rep('Q', { region: 'North' })],
  roster: true,
  deals: [
    deal('D1', 'X', d(2030, 1, 5), 1_000, 'P', { collected: 1_000 }),
    deal('D2', 'Y', d(2030, 1, 20), 3_000, [['P', 0.5], ['Q', 0.5]], { collected: 1_500 }),
    deal('D3', 'X', d(2030, 2, 3), 500, 'P', { collected: 0 }),
    deal('D4', 'Z', d(2030, 2, 10), 2_000, 'Q', { cancelled: d(2030, 2, 15), collected: 0 }),
    deal('D5', 'Z', d(2030, 2, 20), 700, 'Q', { collected: 700 }),
  ],
  pipeline: [line('P', d(2030, 1, 2), 'lead'), line('P', d(2030, 1, 9), 'intent'), line('P', d(2030, 1, 20), 'won'), line('P', d(2030, 2, 1), 'won'), line('Q', d(2030, 2, 4), 'lead'), line('Q', d(2030, 2, 19), 'won')],
  asOf: d(2030, 2, 28),
});

describe('figures derived from deals and pipeline', () => {
  const derived = deriveRepMonths(data, 2);

  it('splits credit by share (largest remainder) and leaves out cancelled deals', () => {
    expect(dealCredits(deal('S', 'c', 1, 100, [['A', 0.5], ['B', 0.3], ['C', 0.2]]), 2)).toEqual([{ rep: 'A', amount: 50 }, { rep: 'B', amount: 30 }, { rep: 'C', amount: 20 }]);
    // 0.01 split three ways by thirds-ish shares: the cent goes to the largest remainder, ties to the earlier.
    expect(dealCredits(deal('T', 'c', 1, 0.01, [['A', 0.4], ['B', 0.3], ['C', 0.3]]), 2)).toEqual([{ rep: 'A', amount: 0.01 }, { rep: 'B', amount: 0 }, { rep: 'C', amount: 0 }]);
    expect(derived.get('P', '2030-01')).toEqual({ actual: 2_500, deals: 2, newCustomers: 2, collected: 1_750, booked: 2_500, leads: 3 });
    expect(derived.get('Q', '2030-01')).toEqual({ actual: 1_500, deals: 1, newCustomers: 1, collected: 750, booked: 1_500, leads: 0 });
    expect(derived.get('P', '2030-02')).toEqual({ actual: 500, deals: 1, newCustomers: 0, collected: 0, booked: 500, leads: 1 });
    expect(derived.get('Q', '2030-02')).toEqual({ actual: 700, deals: 1, newCustomers: 1, collected: 700, booked: 700, leads: 2 });
    expect(derived.get('Nobody', '2030-02')).toEqual({ actual: 0, deals: 0, newCustomers: 0, collected: 0, booked: 0, leads: 0 });
  });

  it('without collected amounts or a pipeline the figures are null, not zero', () => {
    const bare = deriveRepMonths({ ...data, pipeline: null, deals: data.deals.map((x) => ({ ...x, collected: null })) }, 2);
    expect(bare.get('P', '2030-01')).toMatchObject({ collected: null, leads: null, actual: 2_500 });
    expect(bare.hasCollected).toBe(false);
  });

  it('evaluation: AOV from deals, new customers, conversion from the pipeline, collection from collected amounts, blanks with notes', () => {
    const ctx = new BuildContext(data, DEFAULT_SETTINGS, 'en-US', monthPeriod(d(2030, 2, 1)));
    const rows = evaluationRows(ctx);
    const view = rows.map((r) => [r.rep, r.period, r.actual, r.won, r.aov, r.newCustomers, r.leads, r.conversion, r.collected, r.receivables, r.collection, r.process, r.target, r.completion]);
    expect(view).toEqual([
      ['P', d(2030, 1, 1), 2_500, 2, 1_250, 2, 3, 2 / 3, 1_750, 2_500, 0.7, null, null, ''],
      ['Q', d(2030, 1, 1), 1_500, 1, 1_500, 1, 0, '', 750, 1_500, 0.5, null, null, ''],
      ['P', d(2030, 2, 1), 500, 1, 500, 0, 1, 1, 0, 500, 0, null, null, ''],
      ['Q', d(2030, 2, 1), 700, 1, 700, 1, 2, 0.5, 700, 700, 1, null, null, ''],
    ]);
    // P in January: conversion 0.667 ÷ 0.3 caps at 100 (weight 0.25), AOV 1,250 ÷ 80,000 × 100 = 1.5625
    // (0.2), collection 70 (0.15); completion and process missing: (25 + 0.3125 + 10.5) ÷ 0.6 = 59.6875.
    expect(rows[0].score).toBe(59.7);
    expect(rows[0].sources).toEqual({ leads: 'derived', won: 'derived', collection: 'derived', process: 'missing' });
    const sheet = buildEvaluationSheet(ctx) as SheetSpec;
    const note = (header: string) => {
      const col = sheet.tables[0].columns.findIndex((c) => c.header === header);
      return sheet.notes.find((n) => n.cell === `${String.fromCharCode(65 + col)}3`)?.text;
    };
    expect(note('Leads')).toMatch(/pipeline rows dated in the month/);
    expect(note('Won deals')).toMatch(/the rep's deals in the month/);
    expect(note('Collected')).toMatch(/collected amounts of the month's deals/);
    expect(note('Process score')).toMatch(/^Blank where the data has no process rating/);
    expect(note('Target')).toMatch(/Blank where a rep has no target/);
    expect(note('Score')).toMatch(/weights \(Settings\) scaled to add up to 100 %/);
    const p = sheet.tables[0].rows[0];
    expect([p[3], p[14]]).toEqual(['', '']); // target and process: blank, not a sample value
  });
});

describe('periods from the data', () => {
  it('the default period is the last full calendar month with data, never today', () => {
    expect(defaultPeriod(data)).toEqual({ kind: 'month', start: d(2030, 2, 1), end: d(2030, 2, 28), label: '2030-02' });
    expect(defaultPeriod({ ...data, asOf: d(2030, 2, 27) }).label).toBe('2030-01');
    expect(defaultPeriod(dataset({ asOf: d(2031, 7, 9) })).label).toBe('2031-07');
  });

  it('an empty period is announced with the range the data covers', () => {
    expect(periodHasData(data, monthPeriod(d(2030, 2, 1)))).toBe(true);
    expect(emptyPeriodNotice(data, monthPeriod(d(2030, 2, 1)))).toBeNull();
    expect(emptyPeriodNotice(data, monthPeriod(d(2031, 5, 1)))).toEqual({ code: 'periodEmpty', params: { period: '2031-05', first: '2030-01-02', last: '2030-02-20' } });
    expect(emptyPeriodNotice({ ...data, quotas: [{ scope: 'rep', name: 'P', period: '2031-05', amount: 1 }] }, monthPeriod(d(2031, 5, 1)))).toBeNull();
  });
});
