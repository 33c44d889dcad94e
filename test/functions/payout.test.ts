import * as F from '../../src/functions/functions';
import { planToRows } from '../../src/core/plans/table';
import { examplePlan, seedPlan } from '../../src/core/plans/examples';

const SEED = [
  ['basis', 'money'],
  ['mode', 'marginal'],
  ['lower', 'rate'],
  [0, 0.01],
  [1_000_000, 0.015],
  [2_000_000, 0.02],
];

function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return { code: (e as CustomFunctions.Error).code, message: (e as CustomFunctions.Error).message as string };
  }
  throw new Error('expected an Excel error');
}

describe('SALES.PAYOUT', () => {
  it('pays the seed plan: 2,500,000 marginal → 35,000; flat → 50,000', () => {
    expect(F.payout(2_500_000, SEED)).toBe(35_000);
    const flat = SEED.map((r) => (r[0] === 'mode' ? ['mode', 'flat'] : r));
    expect(F.payout(2_500_000, flat)).toBe(50_000);
    expect(F.payout(2_500_000, [[0, 0.01], [1_000_000, 0.015], [2_000_000, 0.02]])).toBe(35_000);
  });

  it('reads the band boundary row, and agrees with COMMISSION at every band edge', () => {
    for (const boundary of ['lower', 'upper']) {
      const flat = [['mode', 'flat'], ['boundary', boundary], [0, 0.01], [1_000_000, 0.015], [2_000_000, 0.02]];
      const tiers = flat.slice(2);
      for (const a of [0, 999_999.99, 1_000_000, 1_000_000.01, 1_999_999.99, 2_000_000, 2_000_000.01]) {
        expect([boundary, a, F.payout(a, flat)]).toEqual([boundary, a, F.commission(a, tiers, 'flat', null, null, boundary)]);
      }
    }
    expect(F.payout(1_000_000, [['mode', 'flat'], ['boundary', 'upper'], [0, 0.01], [1_000_000, 0.015]])).toBe(10_000);
    expect(F.payout(1_000_000, [['计算方式', '全额累进'], ['档位边界', '含上限'], [0, 0.01], [1_000_000, 0.015]])).toBe(10_000);
    expect(F.payout(1_000_000, [['mode', 'flat'], [0, 0.01], [1_000_000, 0.015]])).toBe(15_000);
  });

  it('rounds each band on its own, as a statement line does: 997,267.42 × 1 % = 9,972.67', () => {
    expect(F.payout(997_267.42, SEED)).toBe(9_972.67);
    // 100.5 × 1 % = 1.005 → 1.01 twice: 2.02, the sum of the lines.
    expect(F.payout(201, [[0, 0.01], [100.5, 0.01]])).toBe(2.02);
  });

  it('reads Chinese settings and rounds to the cent, half away from zero', () => {
    const zh = [['计提基础', '金额'], ['计算方式', '超额累进'], [0, 0.015]];
    expect(F.payout(100.3, zh)).toBe(1.5);
    expect(F.payout(0.7, zh, null, null, 3)).toBe(0.011);
    expect(F.payout(1000.01, [[0, 0.015]])).toBe(15);
  });

  it('adds the record bonus and applies the cap and the gate of the range', () => {
    const rows = [
      ['component', 'base'], ['kind', 'rate table'], ['basis', 'money'], ['mode', 'marginal'], [0, 0.01], [200_000, 0.02],
      ['component', 'cap'], ['kind', 'cap'], ['applies to', 'base'], ['amount', 8_000],
      ['component', 'record'], ['kind', 'record bonus'], ['rate', 0.05],
      ['component', 'gate'], ['kind', 'gate'], ['min attainment', 0.5],
    ];
    // 500,000: base 2,000 + 6,000 = 8,000 (at the cap); record (500,000 − 400,000) × 5 % = 5,000.
    expect(F.payout(500_000, rows, 600_000, 400_000)).toBe(13_000);
    // 700,000: base 12,000 capped to 8,000; record 15,000.
    expect(F.payout(700_000, rows, 600_000, 400_000)).toBe(23_000);
    // Below half the quota: nothing.
    expect(F.payout(250_000, rows, 600_000, 100_000)).toBe(0);
    // No record given: no record bonus.
    expect(F.payout(500_000, rows, 600_000)).toBe(8_000);
  });

  it('reads a whole plan table as the Plans sheet lays it out (team pool ignored)', () => {
    // Example plan at 380,000 on a 300,000 quota, record 250,000 (the golden May statement): 5,600 + 1,680 + 6,500.
    expect(F.payout(380_000, planToRows(examplePlan(), 'zh-CN'), 300_000, 250_000)).toBe(13_780);
    expect(F.payout(2_500_000, planToRows(seedPlan(), 'en-US'))).toBe(35_000);
  });

  it('bands on attainment need the quota', () => {
    const accel = [['kind', 'accelerator'], ['mode', 'marginal'], [0, 0.05], [1, 0.08], [1.2, 0.1]];
    expect(F.payout(700_000, accel, 500_000)).toBe(43_000);
    expect(excelError(() => F.payout(700_000, accel))).toEqual({ code: '#VALUE!', message: 'quota is required: the plan has attainment bands or a gate' });
    expect(excelError(() => F.payout(700_000, accel, 0))).toEqual({ code: '#DIV/0!', message: 'quota is 0: attainment bands need a quota' });
  });

  it('answers bad input with an Excel error naming the argument', () => {
    expect(excelError(() => F.payout(-1, SEED))).toEqual({ code: '#NUM!', message: 'amount must not be negative' });
    expect(excelError(() => F.payout(100, SEED, -5))).toEqual({ code: '#NUM!', message: 'quota must not be negative' });
    expect(excelError(() => F.payout(100, SEED, null, -5))).toEqual({ code: '#NUM!', message: 'record must not be negative' });
    expect(excelError(() => F.payout('x', SEED))).toEqual({ code: '#VALUE!', message: 'amount must be a number, got "x"' });
    expect(excelError(() => F.payout(100, [[0], [1]]))).toEqual({ code: '#VALUE!', message: 'plan must have 2 columns, got 1' });
    expect(excelError(() => F.payout(100, [['mode', 'stepped'], [0, 0.01]])).message).toBe(
      'plan is invalid: row 1, components.0.mode: must be one of marginal, flat',
    );
    expect(excelError(() => F.payout(100, [[5, 0.01]])).message).toBe('plan is invalid: row 1, components.0.tiers.0.lower: the first band must start at 0');
    expect(excelError(() => F.payout(100, [['kind', 'team pool'], ['rate', 0.02]])).message).toBe('plan: no rate table, accelerator or record bonus in the range');
    expect(excelError(() => F.payout(100, SEED, null, null, 11)).code).toBe('#NUM!');
  });
});
