import fc from 'fast-check';
import { bandIndex, bandStart, commission, commissionLines, commissionNumber, rateTable, type Boundary, type RateTable } from '../../src/core/commission';
import { Dec, roundHalfAway, sum } from '../../src/core/money';
import { raised } from '../support/errors';

const SEED = rateTable([
  { lower: 0, rate: 0.01 },
  { lower: 1_000_000, rate: 0.015 },
  { lower: 2_000_000, rate: 0.02 },
]);

describe('seed plan (rules.md › Commissions)', () => {
  it('2,500,000 marginal is 10,000 + 15,000 + 10,000 = 35,000', () => {
    const r = commissionLines(new Dec(2_500_000), SEED, 'marginal', 2);
    expect(r.lines.map((l) => l.amount.toNumber())).toEqual([10_000, 15_000, 10_000]);
    expect(r.lines.map((l) => l.base.toNumber())).toEqual([1_000_000, 1_000_000, 500_000]);
    expect(r.total.toNumber()).toBe(35_000);
    expect(commissionNumber(2_500_000, SEED, 'marginal', 2)).toBe(35_000);
  });
  it('2,500,000 flat (retroactive) is 2 % of everything = 50,000', () => {
    const r = commissionLines(new Dec(2_500_000), SEED, 'flat', 2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].rate.toNumber()).toBe(0.02);
    expect(r.total.toNumber()).toBe(50_000);
    expect(commissionNumber(2_500_000, SEED, 'flat', 2)).toBe(50_000);
  });
  it('an amount exactly on a bound uses that band in flat mode and stops there in marginal mode', () => {
    expect(commissionNumber(1_000_000, SEED, 'flat', 2)).toBe(15_000);
    expect(commissionNumber(1_000_000, SEED, 'marginal', 2)).toBe(10_000);
    expect(commissionLines(new Dec(1_000_000), SEED, 'marginal', 2).lines).toHaveLength(1);
  });
  it('zero earns zero with no band used in marginal mode', () => {
    expect(commissionLines(new Dec(0), SEED, 'marginal', 2).lines).toHaveLength(0);
    expect(commissionNumber(0, SEED, 'marginal', 2)).toBe(0);
  });
});

describe('attainment bands', () => {
  it('turns bounds into money with the quota', () => {
    const t = rateTable(
      [
        { lower: 0, rate: 0.05 },
        { lower: 1, rate: 0.08 },
        { lower: 1.2, rate: 0.1 },
      ],
      500_000,
    );
    // 700,000 on a 500,000 quota: 500,000 × 5 % + 100,000 × 8 % + 100,000 × 10 %
    expect(commissionNumber(700_000, t, 'marginal', 2)).toBe(25_000 + 8_000 + 10_000);
    expect(commissionNumber(700_000, t, 'flat', 2)).toBe(70_000);
  });
});

describe('validation', () => {
  const bad = (f: () => unknown, kind: string, text: RegExp) => {
    const r = raised(f);
    expect(r.startsWith(`${kind}: `)).toBe(true);
    expect(r).toMatch(text);
  };
  it('rejects bad tables and amounts with the right kind', () => {
    bad(() => rateTable([]), 'VALUE', /at least one/);
    bad(() => rateTable([{ lower: 5, rate: 0.1 }]), 'VALUE', /first lower bound must be 0/);
    bad(() => rateTable([{ lower: 0, rate: 0.1 }, { lower: 0, rate: 0.2 }]), 'VALUE', /ascending \(row 2\)/);
    bad(() => rateTable([{ lower: 0, rate: -0.1 }]), 'NUM', /negative/);
    bad(() => rateTable([{ lower: 0, rate: 0.1 }], 0), 'DIV0', /quota is 0/);
    bad(() => commissionNumber(-1, SEED, 'marginal', 2), 'NUM', /amount must not be negative/);
  });
});

describe('band boundary', () => {
  const UPPER = rateTable([{ lower: 0, rate: 0.01 }, { lower: 1_000_000, rate: 0.015 }, { lower: 2_000_000, rate: 0.02 }], null, 'upper');
  it('"up to 1,000,000 at 1 %": 1,000,000 flat is 10,000 with an upper boundary, 15,000 with a lower one', () => {
    expect(commissionNumber(1_000_000, UPPER, 'flat', 2)).toBe(10_000);
    expect(commissionNumber(1_000_000, SEED, 'flat', 2)).toBe(15_000);
    expect(commission(new Dec(1_000_000), UPPER, 'flat', 2).toNumber()).toBe(10_000);
    expect(commissionLines(new Dec(1_000_000), UPPER, 'flat', 2).lines.map((l) => [l.band, l.amount.toNumber()])).toEqual([[1, 10_000]]);
  });
  it('at every band edge: a cent below, on it and a cent above', () => {
    const cases: [number, number, number][] = [
      // amount, flat with lower boundary, flat with upper boundary
      [999_999.99, 9_999.9999, 9_999.9999],
      [1_000_000, 15_000, 10_000],
      [1_000_000.01, 15_000.00015, 15_000.00015],
      [1_999_999.99, 29_999.99985, 29_999.99985],
      [2_000_000, 40_000, 30_000],
      [2_000_000.01, 40_000.0002, 40_000.0002],
      [0, 0, 0],
    ];
    for (const [a, lo, up] of cases) {
      expect([a, commissionNumber(a, SEED, 'flat', 2), commissionNumber(a, UPPER, 'flat', 2)]).toEqual([a, roundHalfAway(new Dec(lo), 2).toNumber(), roundHalfAway(new Dec(up), 2).toNumber()]);
      expect(commissionNumber(a, SEED, 'marginal', 2)).toBe(commissionNumber(a, UPPER, 'marginal', 2));
    }
  });
  it('the first amount of the next band is the bound itself, or a cent above it with an upper boundary', () => {
    expect(bandStart(SEED, 1, 2).toNumber()).toBe(1_000_000);
    expect(bandStart(UPPER, 1, 2).toNumber()).toBe(1_000_000.01);
    expect(bandStart(UPPER, 0, 2).toNumber()).toBe(0);
  });
});

describe('rounding', () => {
  it('rounds every line on its own: the issue example 997,267.42 × 1 % = 9,972.67', () => {
    expect(commissionNumber(997_267.42, SEED, 'marginal', 2)).toBe(9_972.67);
    expect(commissionLines(new Dec(997_267.42), SEED, 'marginal', 2).lines[0].amount.toString()).toBe('9972.67');
  });
  it('a total is the sum of its rounded lines, even where the unrounded sum rounds the other way', () => {
    const w = rateTable([{ lower: 0, rate: 0.01 }, { lower: 100.5, rate: 0.01 }]);
    // 100.5 × 1 % = 1.005 → 1.01 and 100.5 × 1 % = 1.005 → 1.01: total 2.02, where 2.01 once rounded is 2.01.
    const x = commissionLines(new Dec(201), w, 'marginal', 2);
    expect([x.lines.map((l) => l.amount.toString()), x.exact.toString(), x.total.toString()]).toEqual([['1.01', '1.01'], '2.01', '2.02']);
    expect(commissionNumber(201, w, 'marginal', 2)).toBe(2.02);
  });
  it('rounds half away from zero at the cent', () => {
    const t = rateTable([{ lower: 0, rate: 0.015 }]);
    expect(commissionNumber(100.3, t, 'marginal', 2)).toBe(1.5); // 1.5045 → 1.50
    expect(commissionNumber(100.5, t, 'marginal', 2)).toBe(1.51); // 1.5075 → 1.51
    expect(commissionNumber(1, rateTable([{ lower: 0, rate: 0.005 }]), 'marginal', 2)).toBe(0.01); // 0.005 → 0.01
  });
});

const tableArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 5 }),
    fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 6, maxLength: 6 }),
    fc.constantFrom<Boundary>('lower', 'upper'),
  )
  .map(([bounds, rates, boundary]) => {
    const lowers = [0, ...bounds.sort((a, b) => a - b)];
    return rateTable(lowers.map((lower, i) => ({ lower, rate: rates[i] / 1_000_000 })), null, boundary);
  });
/** Any amount in cents, often exactly on a bound of the table or a cent either side of it. */
const amountOn = (t: RateTable) =>
  fc.oneof(
    fc.integer({ min: 0, max: 800_000_000 }).map((c) => c / 100),
    fc.tuple(fc.nat(), fc.constantFrom(-0.01, 0, 0.01)).map(([i, d]) => Math.max(0, new Dec(t.lowers[i % t.lowers.length]).add(d).toNumber())),
  );
const tableAndAmount = tableArb.chain((t) => amountOn(t).map((a) => [t, a] as const));
const amountArb = fc.integer({ min: 0, max: 800_000_000 }).map((c) => c / 100);

describe('properties', () => {
  it('the integer fast path equals the decimal path', () => {
    fc.assert(
      fc.property(tableAndAmount, fc.constantFrom('marginal' as const, 'flat' as const), fc.integer({ min: 0, max: 12 }), ([t, a], mode, d) => {
        expect(commissionNumber(a, t, mode, d)).toBe(commission(new Dec(a), t, mode, d).toNumber());
      }),
      { numRuns: 2000 },
    );
  });
  it('every line is ROUND(base × rate), the lines add up exactly to the total, which equals the commission', () => {
    fc.assert(
      fc.property(tableAndAmount, fc.constantFrom('marginal' as const, 'flat' as const), ([t, a], mode) => {
        const r = commissionLines(new Dec(a), t, mode, 2);
        for (const l of r.lines) expect(l.amount.toString()).toBe(roundHalfAway(l.base.mul(l.rate), 2).toString());
        expect(sum(r.lines.map((l) => l.amount)).eq(r.total)).toBe(true);
        expect(r.total.toNumber()).toBe(commissionNumber(a, t, mode, 2));
      }),
    );
  });
  it('the boundary decides only flat mode, and only on a bound', () => {
    fc.assert(
      fc.property(tableAndAmount, ([t, a]) => {
        const lower = { ...t, boundary: 'lower' as const };
        const upper = { ...t, boundary: 'upper' as const };
        const onBound = t.lowers.some((l, i) => i > 0 && l.eq(a));
        expect(commissionNumber(a, lower, 'marginal', 2)).toBe(commissionNumber(a, upper, 'marginal', 2));
        const i = bandIndex(lower, new Dec(a));
        const j = bandIndex(upper, new Dec(a));
        expect(j).toBe(onBound ? i - 1 : i);
        expect(commissionNumber(a, lower, 'flat', 2)).toBe(roundHalfAway(new Dec(a).mul(t.rates[i]), 2).toNumber());
        expect(commissionNumber(a, upper, 'flat', 2)).toBe(roundHalfAway(new Dec(a).mul(t.rates[j]), 2).toNumber());
      }),
      { numRuns: 1000 },
    );
  });
  it('marginal commission is non-decreasing and continuous in the amount', () => {
    fc.assert(
      fc.property(tableArb, amountArb, fc.integer({ min: 1, max: 100_000 }), (t, a, step) => {
        const b = a + step / 100;
        const ca = commissionLines(new Dec(a), t, 'marginal', 2).exact;
        const cb = commissionLines(new Dec(b), t, 'marginal', 2).exact;
        expect(cb.gte(ca)).toBe(true);
        // continuity: the increase never exceeds the step times the highest rate
        const maxRate = Dec.max(...t.rates);
        expect(cb.sub(ca).lte(new Dec(b).sub(a).mul(maxRate))).toBe(true);
      }),
    );
  });
});
