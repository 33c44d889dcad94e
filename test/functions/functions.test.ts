import * as Functions from '../../src/functions/functions';
import { setPause } from '../../src/functions/adapter';
import { SLICE_ROWS } from '../../src/functions/slices';
import { cell } from './cell';

/** Excel passes an omitted optional argument as null, which the JSDoc-facing signatures don't spell. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cells are untyped
const F = Functions as unknown as Record<keyof typeof Functions, (...args: unknown[]) => any>;

const SEED = [
  [0, 0.01],
  [1_000_000, 0.015],
  [2_000_000, 0.02],
];

describe('SALES.COMMISSION', () => {
  it('computes the seed plan both ways', () => {
    expect(F.commission(2_500_000, SEED, null, null, null)).toBe(35_000);
    expect(F.commission(2_500_000, SEED, 'flat', null, null)).toBe(50_000);
    expect(F.commission(2_500_000, SEED, 'Marginal ', null, null)).toBe(35_000);
  });
  it('ignores blank rows after the table and accepts attainment bounds with a quota', () => {
    const tiers = [[0, 0.05], [1, 0.08], [null, null], ['', '']];
    expect(F.commission(600_000, tiers, null, 500_000, null)).toBe(25_000 + 8_000);
  });
  it('answers bad input with the error and a message naming the argument', () => {
    expect(cell(() => F.commission(-1, SEED, null, null, null))).toBe('#NUM! amount must not be negative');
    expect(cell(() => F.commission('abc', SEED, null, null, null))).toBe('#VALUE! amount must be a number, got "abc"');
    expect(cell(() => F.commission(null, SEED, null, null, null))).toBe('#VALUE! amount is required');
    expect(cell(() => F.commission(1, [[0, 0.1, 3]], null, null, null))).toBe('#VALUE! tiers must have 2 columns, got 3');
    expect(cell(() => F.commission(1, [[0, 0.1], [5, null]], null, null, null))).toBe('#VALUE! tiers: row 2 is partly blank');
    expect(cell(() => F.commission(1, [[0, 0.1], [0, 0.2]], null, null, null))).toBe('#VALUE! tiers: lower bounds must be strictly ascending (row 2)');
    expect(cell(() => F.commission(1, SEED, 'tiered', null, null))).toBe('#VALUE! mode must be one of "marginal", "flat", got "tiered"');
    expect(cell(() => F.commission(1, SEED, null, 0, null))).toBe('#DIV/0! quota is 0: attainment bands need a quota');
    expect(cell(() => F.commission(1, SEED, null, null, 2.5))).toBe('#NUM! decimals must be a whole number from -9 to 10');
    expect(cell(() => F.commission(1, SEED, 'flat', null, null, 'inclusive'))).toBe('#VALUE! boundary must be one of "lower", "upper", got "inclusive"');
  });
  it('"up to 1,000,000 at 1 %": the boundary argument decides a flat amount on a bound', () => {
    expect(F.commission(1_000_000, SEED, 'flat', null, null, 'upper')).toBe(10_000);
    expect(F.commission(1_000_000, SEED, 'flat', null, null, 'lower')).toBe(15_000);
    expect(F.commission(1_000_000, SEED, 'flat', null, null, null)).toBe(15_000);
    expect(F.commission(1_000_000.01, SEED, 'flat', null, null, 'upper')).toBe(15_000);
    expect(F.commission(2_000_000, SEED, 'flat', null, null, 'upper')).toBe(30_000);
    expect(F.commission(2_000_000, SEED, 'marginal', null, null, 'upper')).toBe(F.commission(2_000_000, SEED, 'marginal', null, null, 'lower'));
    // Attainment bounds with a quota: 100 % of 500,000 exactly.
    expect(F.commission(500_000, [[0, 0.05], [1, 0.08]], 'flat', 500_000, null, 'upper')).toBe(25_000);
    expect(F.commission(500_000, [[0, 0.05], [1, 0.08]], 'flat', 500_000, null, 'lower')).toBe(40_000);
  });
  it('rounds each band on its own: 997,267.42 × 1 % = 9,972.67', () => {
    expect(F.commission(997_267.42, SEED, null, null, null)).toBe(9_972.67);
  });
});

describe('SALES.COMMISSIONLINES', () => {
  it('spills a header, one line per band and a total equal to COMMISSION', () => {
    expect(F.commissionLinesFn(2_500_000, SEED, null, null, null)).toEqual([
      ['From', 'To', 'Base', 'Rate', 'Commission'],
      [0, 1_000_000, 1_000_000, 0.01, 10_000],
      [1_000_000, 2_000_000, 1_000_000, 0.015, 15_000],
      [2_000_000, '', 500_000, 0.02, 10_000],
      ['Total', '', 2_500_000, '', 35_000],
    ]);
  });
  it('shows ROUND(base × rate) on every line, and their sum as the total, equal to COMMISSION', () => {
    // 100.5 × 1 % = 1.005 → 1.01 on each line: the total is 2.02, though 2.01 rounded once is 2.01.
    const tiers = [[0, 0.01], [100.5, 0.01]];
    expect(F.commissionLinesFn(201, tiers, null, null, null)).toEqual([
      ['From', 'To', 'Base', 'Rate', 'Commission'],
      [0, 100.5, 100.5, 0.01, 1.01],
      [100.5, '', 100.5, 0.01, 1.01],
      ['Total', '', 201, '', 2.02],
    ]);
    expect(F.commission(201, tiers, null, null, null)).toBe(2.02);
    expect(F.commissionLinesFn(997_267.42, SEED, null, null, null)[1]).toEqual([0, 1_000_000, 997_267.42, 0.01, 9_972.67]);
  });
  it('takes the band boundary as its sixth argument', () => {
    expect(F.commissionLinesFn(1_000_000, SEED, 'flat', null, null, 'upper')).toEqual([
      ['From', 'To', 'Base', 'Rate', 'Commission'],
      [0, 1_000_000, 1_000_000, 0.01, 10_000],
      ['Total', '', 1_000_000, '', 10_000],
    ]);
    expect(F.commissionLinesFn(1_000_000, SEED, 'flat', null, null, 'lower')[1]).toEqual([1_000_000, 2_000_000, 1_000_000, 0.015, 15_000]);
  });
});

describe('SALES.SPLIT', () => {
  it('gives tied remainders to the earlier cell, compared exactly', () => {
    expect(F.split(1, [[1], [7], [7]], null)).toEqual([[0.07], [0.47], [0.46]]);
    expect(F.split(1, [[7, 1, 7]], null)).toEqual([[0.47, 0.07, 0.46]]);
    expect(F.split(0.02, [[1], [1], [1]], null)).toEqual([[0.01], [0.01], [0]]);
  });
  it('splits the seed quarter with the shape of the weights', () => {
    expect(F.split(4_000_000, [[120], [150], [130]], null)).toEqual([[1_200_000], [1_500_000], [1_300_000]]);
    expect(F.split(100, [[1, 1, 1]], null)).toEqual([[33.34, 33.33, 33.33]]);
    expect(F.split(100, [[1, ''], [null, 1]], 0)).toEqual([[50, ''], ['', 50]]);
  });
  it('refuses all-zero and negative weights and text', () => {
    expect(cell(() => F.split(100, [[0], [0]], null))).toBe('#DIV/0! weights add up to 0');
    expect(cell(() => F.split(100, [[1], [-1]], null))).toBe('#NUM! weights: cell 2 is negative');
    expect(cell(() => F.split(100, [[1], ['x']], null))).toBe('#VALUE! weights: cell 2 must be a number, got "x"');
    expect(cell(() => F.split(-5, [[1]], null))).toBe('#NUM! total must not be negative');
  });
});

describe('SALES.BONUSPOOL', () => {
  it('gives tied remainders to the earlier member, compared exactly', () => {
    expect(F.bonusPoolFn(100, 100, 0.02, [[4], [1], [1]], null, null, null)).toEqual([[1.34], [0.33], [0.33]]);
    // 0.7 × 1/3 + 0.3 × 2/3 and 0.7 × 2/3 + 0.3 × 1/3 … with w = 0.5 both shares are exactly 1/2.
    expect(F.bonusPoolFn(50, 50, 0.02, [[1], [2]], [[2], [1]], 0.5, null)).toEqual([[0.5], [0.5]]);
    expect(F.bonusPoolFn(50.5, 50, 0.02, [[1], [2]], [[2], [1]], 0.5, null)).toEqual([[0.51], [0.5]]);
    expect(F.bonusPoolFn(100, 100, 0.01, [[1], [2]], [[2], [1]], 0.5, null)).toEqual([[0.5], [0.5]]);
  });
  it('splits the funded pool, or returns zeros', () => {
    expect(F.bonusPoolFn(1_000_000, 900_000, 0.02, [[5], [3], [2]], null, null, null)).toEqual([[10_000], [6_000], [4_000]]);
    expect(F.bonusPoolFn(800_000, 900_000, 0.02, [[5], [3], [2]], null, null, null)).toEqual([[0], [0], [0]]);
    expect(F.bonusPoolFn(1000, 1000, 0.1, [[1], [1]], [[3], [1]], 0.5, null)).toEqual([[62.5], [37.5]]);
  });
  it('refuses a zero target', () => {
    expect(cell(() => F.bonusPoolFn(1, 0, 0.02, [[1]], null, null, null))).toBe('#DIV/0! teamTarget is 0');
  });
});

describe('SALES.SCORE and SALES.GRADE', () => {
  const BENCH = [[1, 0.3, 80_000, 1, 100]];
  it('scores and grades the seed rows', () => {
    expect(F.score([[1.04, 0.25, 65_000, 0.92, 71.2]], BENCH, null)).toBe(88);
    expect(F.score([[0.7], [0.15], [42_000], [0.85], [82.5]], BENCH, null)).toBe(65);
    expect(F.grade(88, null, null)).toBe('Good');
    expect(F.grade(65, null, null)).toBe('Needs improvement');
  });
  it('uses Chinese labels when the language argument says zh-CN, whatever Office displays', () => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: 'en-US' } };
    try {
      expect(F.grade(88, null, null, 'zh-CN')).toBe('良好');
      expect(F.grade(95, null, null, 'zh-cn')).toBe('优秀');
      expect(F.commissionLinesFn(10, [[0, 0.1]], null, null, null, null, 'zh-CN')[0]).toEqual(['起点', '终点', '计提基数', '费率', '提成']);
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: 'zh-CN' } };
    try {
      expect(F.grade(88, null, null)).toBe('Good');
      expect(F.grade(88, null, null, 'en-US')).toBe('Good');
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
  it('takes custom cut-offs and labels', () => {
    expect(F.grade(75, [[80, 60]], [['A', 'B', 'C']])).toBe('B');
    expect(cell(() => F.grade(75, [[80, 60]], null))).toBe('#VALUE! labels are needed with 2 cut-offs');
    expect(cell(() => F.grade(75, [[80, 60]], [['A', 'B']]))).toBe('#VALUE! labels: 3 values expected, got 2');
  });
  it('checks shapes and weights', () => {
    expect(cell(() => F.score([[1, 1, 1, 1]], BENCH, null))).toBe('#VALUE! metrics: 5 values expected, got 4');
    expect(cell(() => F.score([[1, 1, 1, 1, 1]], BENCH, [[0.5, 0.5, 0.5, 0, 0]]))).toBe('#VALUE! weights must sum to 1 (they sum to 1.5)');
    expect(cell(() => F.score([[1, 1], [1, 1]], BENCH, null))).toBe('#VALUE! metrics must be a single row or column');
  });
});

describe('SALES.RISK and SALES.PACE', () => {
  it('returns stable codes', () => {
    expect(F.risk(450_000, 1_000_000, 0.5, null, null)).toBe('YELLOW');
    expect(F.risk(70, 100, null, null, null)).toBe('RED');
    expect(F.risk(100, 100, null, null, null)).toBe('GREEN');
    expect(cell(() => F.risk(1, 0, null, null, null))).toBe('#DIV/0! target is 0');
    expect(cell(() => F.risk(1, 10, 0, null, null))).toBe('#N/A the period has not started (elapsed is 0)');
  });
  it('projects the run rate', () => {
    const apr1 = 46113;
    expect(F.paceFn(300_000, 1_000_000, apr1, apr1 + 29, apr1 + 9)).toBeCloseTo(0.9, 12);
    expect(cell(() => F.paceFn(1, 10, apr1, apr1 + 29, apr1 - 3))).toBe('#N/A the period has not started on asOf');
  });
});

describe('SALES.RFM', () => {
  const customers = [['A'], ['B'], ['A'], [null]];
  const dates = [[45000], [45010], [45020], [null]];
  const amounts = [[100], [50], [25.5], [null]];
  it('spills a header and one row per customer', () => {
    expect(F.rfmFn(customers, dates, amounts, null, null, null)).toEqual([
      ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'],
      ['A', 0, 2, 125.5, 3, 3, 3, '333', 'Need Attention'],
      ['B', 10, 1, 50, 1, 1, 1, '111', 'Lost'],
    ]);
    expect(F.rfmFn(customers, dates, amounts, 45030, null, false)[0]).toEqual(['A', 10, 2, 125.5, 3, 3, 3, '333', 'Need Attention']);
  });
  it('names a partly blank row and a wrong type', () => {
    expect(cell(() => F.rfmFn([['A'], ['B']], [[1], [2]], [[5], [null]], null, null, null))).toBe('#VALUE! row 2 is partly blank (amounts)');
    expect(cell(() => F.rfmFn([['A']], [['x']], [[5]], null, null, null))).toBe('#VALUE! dates: row 1 must be a number, got "x"');
    expect(cell(() => F.rfmFn([['A', 'B']], [[1]], [[5]], null, null, null))).toBe('#VALUE! customers must be a single column');
  });
});

describe('the other functions', () => {
  it('CUSTOMERTIER', () => {
    expect(F.customerTierFn(4, 620_000, null, null)).toBe('core');
    expect(F.customerTierFn(0, 0, true, null)).toBe('reactivate');
    expect(F.customerTierFn(0, 0, null, null)).toBe('lead');
    expect(F.customerTierFn(2, 150, null, [[2, 100, 50]])).toBe('core');
    expect(cell(() => F.customerTierFn(0, 0, 'yes', null))).toBe('#VALUE! boughtBefore must be TRUE or FALSE, got "yes"');
  });
  it('ABC', () => {
    expect(F.abc([['a'], ['b'], ['c']], [[20], [70], [10]], null, null, null)).toEqual([
      ['ID', 'Value', 'Share', 'Cumulative share', 'Class'],
      ['b', 70, 0.7, 0.7, 'A'],
      ['a', 20, 0.2, 0.9, 'A'],
      ['c', 10, 0.1, 1, 'B'],
    ]);
    expect(cell(() => F.abc([['a']], [[0]], null, null, null))).toBe('#DIV/0! values add up to 0');
    // Fully blank rows are skipped and every id stays with its own value (numbers and text apart).
    expect(F.abc([['k1'], [null], [7], [''], ['7']], [[5], [null], [30], [''], [15]], null, null, false)).toEqual([
      [7, 30, 0.6, 0.6, 'A'],
      ['7', 15, 0.3, 0.9, 'A'],
      ['k1', 5, 0.1, 1, 'B'],
    ]);
  });
  it('LEADSCORE', () => {
    expect(F.leadScoreFn([[1, 0.5, 0.25]], [[0.5, 0.3, 0.2]], null)).toBe(70);
    expect(F.leadScoreFn([[8, 200]], [[1, 1]], [[10, 100]])).toBe(90);
    expect(cell(() => F.leadScoreFn([[1, 2]], [[1]], null))).toBe('#VALUE! values has 2 items, weights has 1');
  });
  it('FUNNEL', () => {
    expect(F.funnelFn([[200], [50], [20], [8]], null)).toEqual([
      [200, '', 1, ''],
      [50, 0.25, 0.25, 'LOW'],
      [20, 0.4, 0.1, ''],
      [8, 0.4, 0.04, ''],
    ]);
    expect(F.funnelFn([[200, 50]], 0.2)).toEqual([
      [200, '', 1, ''],
      [50, 0.25, 0.25, ''],
    ]);
    // A stage of 0 leaves the conversions after it blank; every stage keeps its row.
    expect(F.funnelFn([[100], [0], [0]], null)).toEqual([
      [100, '', 1, ''],
      [0, 0, 0, 'LOW'],
      [0, '', 0, ''],
    ]);
    expect(F.funnelFn([[0], [1]], null)).toEqual([
      [0, '', '', ''],
      [1, '', '', ''],
    ]);
    expect(F.funnelFn([[200], [50]], null, 'zh-CN')).toEqual([
      [200, '', 1, ''],
      [50, 0.25, 0.25, '偏低'],
    ]);
    expect(cell(() => F.funnelFn([[10], [2.5]], null))).toBe('#NUM! counts: stage 2 must be a whole number ≥ 0');
  });
  it('RETENTION', () => {
    expect(F.retention(200, 210, 30)).toBe(0.9);
    expect(cell(() => F.retention(0, 210, 30))).toBe('#DIV/0! startCustomers is 0');
    expect(cell(() => F.retention(-1, 210, 30))).toBe('#NUM! startCustomers must not be negative');
  });
});

describe('big ranges in slices', () => {
  afterEach(() => setPause(null));
  it('RFM over more rows than a slice yields between slices and answers exactly what the one-pass read does', async () => {
    const n = 2 * SLICE_ROWS + 17;
    const ids = Array.from({ length: n }, (_, i) => [i % 3 === 0 ? i % 1000 : `C${i % 997}`]);
    const dates = Array.from({ length: n }, (_, i) => [45000 + (i % 365)]);
    const amounts = Array.from({ length: n }, (_, i) => [(i % 500) / 4]);
    const whole = F.rfmFn(ids, dates, amounts, null, null, null, 'cn8');
    let pauses = 0;
    setPause(async () => {
      pauses++;
    });
    const sliced = F.rfmFn(ids, dates, amounts, null, null, null, 'cn8');
    expect(sliced).toBeInstanceOf(Promise);
    expect(await sliced).toEqual(whole);
    expect(pauses).toBe(2);
    // A bad row in a later slice is still an Excel error naming it.
    const bad = dates.map((r, i) => (i === n - 1 ? ['x'] : r));
    await expect(F.rfmFn(ids, bad, amounts)).rejects.toMatchObject({ code: '#VALUE!', message: `dates: row ${n} must be a number, got "x"` });
  });
});
