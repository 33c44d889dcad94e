/**
 * The million-row paths (integer SPLIT, scaled ABC, grouped lead score, radix order) against the
 * plain decimal definitions they replace, on random inputs.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { abcClasses, leadScore } from '../../src/core/customers';
import { descendingOrder, descendingOrderOfIntegers, kthLargest } from '../../src/core/order';
import { splitTargetNumbers } from '../../src/core/targets';

const D = Decimal.clone({ precision: 60 });

describe('splitTargetNumbers', () => {
  it('splits exactly, ties to the earlier cell', () => {
    expect(splitTargetNumbers(100, [1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
    expect(splitTargetNumbers(4_000_000, [120, 150, 130], 2)).toEqual([1_200_000, 1_500_000, 1_300_000]);
    expect(splitTargetNumbers(1, [1, 7, 7], 2)).toEqual([0.07, 0.47, 0.46]);
    expect(splitTargetNumbers(100, [1, null, 1], 0)).toEqual([50, null, 50]);
    expect(splitTargetNumbers(1234, [1, 2], -2)).toEqual([400, 800]);
  });
  it('property: parts add up to the rounded total and each part is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
        fc.array(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100_000 }).map((w) => w / 1000)), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        (total, weights, decimals) => {
          if (!weights.some((w) => w !== null && w > 0)) return;
          const parts = splitTargetNumbers(total, weights, decimals);
          const unit = new D(10).pow(-decimals);
          const target = new D(total).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          const sumW = weights.reduce((s: Decimal, w) => (w === null ? s : s.add(w)), new D(0));
          let sum = new D(0);
          parts.forEach((p, i) => {
            const w = weights[i];
            if (w === null) return expect(p).toBeNull();
            const exact = target.mul(w).div(sumW);
            expect(new D(p as number).sub(exact).abs().lt(unit)).toBe(true);
            sum = sum.add(p as number);
          });
          expect(sum.eq(target)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('property: equals largest remainder computed with exact rationals (BigInt), ties to the earlier cell', () => {
    // Reference: parts in cents; exact share_i = t × w_i / W; floors, then the missing cents to the
    // largest remainders r_i = t × w_i mod W, ties to the lower index.
    const reference = (cents: number, weights: number[]): number[] => {
      const t = BigInt(cents);
      const w = weights.map((x) => BigInt(x));
      const sumW = w.reduce((a, b) => a + b, 0n);
      const q = w.map((x) => (t * x) / sumW);
      const r = w.map((x) => (t * x) % sumW);
      let missing = Number(t - q.reduce((a, b) => a + b, 0n));
      const order = w.map((_, i) => i).sort((a, b) => (r[b] > r[a] ? 1 : r[b] < r[a] ? -1 : a - b));
      for (const i of order) if (missing-- > 0) q[i] += 1n;
      return q.map((x) => Number(x) / 100);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }), (cents, weights) => {
        if (!weights.some((w) => w > 0)) return;
        expect(splitTargetNumbers(cents / 100, weights, 2)).toEqual(reference(cents, weights));
      }),
      { numRuns: 500 },
    );
  });
});

/** ABC by its definition, in decimals. */
function naiveAbc(values: number[], aCut: number, bCut: number) {
  const total = values.reduce((s, v) => s.add(v), new D(0));
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  let before = new D(0);
  return order.map((i) => {
    const cls = before.lt(aCut) ? 'A' : before.lt(bCut) ? 'B' : 'C';
    before = before.add(new D(values[i]).div(total));
    return { id: i, cls, cumulative: before.toNumber() };
  });
}

describe('abcClasses on a million-row path', () => {
  it('property: same order, classes and cumulative shares as the decimal definition', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100), { minLength: 1, maxLength: 700 }), fc.constantFrom([0.8, 0.95], [0.5, 0.5], [0.3, 0.9]), (values, [a, b]) => {
        if (values.every((v) => v === 0)) return;
        const got = abcClasses(values.map((_, i) => i), values, a, b);
        const want = naiveAbc(values, a, b);
        expect(got.map((r) => [r.id, r.cls])).toEqual(want.map((r) => [r.id, r.cls]));
        got.forEach((r, k) => expect(r.cumulative).toBeCloseTo(want[k].cumulative, 12));
      }),
      { numRuns: 200 },
    );
  });
  it('decides a class boundary hit exactly (cumulative 0.8 before the item is B, not A)', () => {
    expect(abcClasses(['a', 'b', 'c'], [0.4, 0.4, 0.2]).map((r) => r.cls)).toEqual(['A', 'A', 'B']);
    expect(abcClasses(['a', 'b', 'c', 'd'], [0.1, 0.7, 0.15, 0.05]).map((r) => [r.id, r.cls])).toEqual([['b', 'A'], ['c', 'A'], ['a', 'B'], ['d', 'C']]);
  });
  it('long fractions take the decimal path and agree', () => {
    const values = [1 / 3, 2 / 3, 1 / 7];
    expect(abcClasses(['x', 'y', 'z'], values).map((r) => [r.id, r.cls])).toEqual(naiveAbc(values, 0.8, 0.95).map((r) => [['x', 'y', 'z'][r.id], r.cls]));
  });
});

describe('leadScore grouped by maximum', () => {
  const naive = (v: number[], w: number[], m: number[] | null) => {
    let num = new D(0);
    let den = new D(0);
    v.forEach((x, i) => {
      const ratio = new D(x).div(m === null ? 1 : m[i]);
      num = num.add(ratio.gt(1) ? w[i] : ratio.mul(w[i]));
      den = den.add(w[i]);
    });
    return num.div(den).mul(100).toNumber();
  };
  it('scores the seed example 70 and the capped example 90', () => {
    expect(leadScore([1, 0.5, 0.25], [0.5, 0.3, 0.2])).toBe(70);
    expect(leadScore([8, 200], [1, 1], [10, 100])).toBe(90);
  });
  it('property: equals the per-criterion decimal definition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }).map((x) => x / 100), fc.integer({ min: 0, max: 100 }).map((x) => x / 100), fc.constantFrom(1, 3, 7, 10, 100)), { minLength: 1, maxLength: 50 }),
        fc.boolean(),
        (rows, withMaxima) => {
          if (rows.every(([, w]) => w === 0)) return;
          const v = rows.map((r) => r[0]);
          const w = rows.map((r) => r[1]);
          const m = withMaxima ? rows.map((r) => r[2]) : null;
          expect(leadScore(v, w, m)).toBeCloseTo(naive(v, w, m), 10);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('descendingOrder', () => {
  it('property: largest first, ties in input order, for small and radix-sized inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e12, noNaN: true })), { minLength: 0, maxLength: 2000 }), (values) => {
        const want = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
        expect(Array.from(descendingOrder(values))).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });
  it('property: integers (scaled amounts) order exactly as descendingOrder, below and above 2^32', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.maxSafeNat()), { minLength: 0, maxLength: 2000 }), (values) => {
        const want = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
        expect(Array.from(descendingOrderOfIntegers(Float64Array.from(values)))).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });
});

describe('kthLargest', () => {
  it('property: equals the k-th element of the descending sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }), fc.nat(), (values, k0) => {
        const k = 1 + (k0 % values.length);
        const sorted = [...values].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
      }),
      { numRuns: 300 },
    );
  });
});
