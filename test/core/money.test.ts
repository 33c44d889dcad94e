import fc from 'fast-check';
import { Dec, ExactSums, largestRemainder, roundHalfAway, roundPartsToTotal, scaledInt, splitByWeights, sum } from '../../src/core/money';

describe('roundHalfAway', () => {
  it.each([
    ['2.345', 2, '2.35'],
    ['-2.345', 2, '-2.35'],
    ['2.344', 2, '2.34'],
    ['0.5', 0, '1'],
    ['-0.5', 0, '-1'],
    ['1250', -2, '1300'],
    ['-1250', -2, '-1300'],
    ['1249.99', -2, '1200'],
  ])('%s to %i places is %s (Excel ROUND)', (x, d, expected) => {
    expect(roundHalfAway(new Dec(x), d).toString()).toBe(new Dec(expected).toString());
  });
});

describe('roundPartsToTotal', () => {
  it('gives the missing cent to the largest remainder, ties to the earlier part', () => {
    const thirds = [1, 1, 1].map(() => new Dec(100).div(3));
    expect(roundPartsToTotal(thirds, 2).map(String)).toEqual(['33.34', '33.33', '33.33']);
  });
  it('handles negative parts (clawbacks) and still adds up', () => {
    const parts = ['10.005', '-3.333', '7.1115'].map((x) => new Dec(x));
    const out = roundPartsToTotal(parts, 2);
    expect(sum(out).toString()).toBe(roundHalfAway(sum(parts), 2).toString());
    expect(out.map(String)).toEqual(['10', '-3.33', '7.11']);
  });
  it('rejects a total the parts cannot reach', () => {
    expect(() => roundPartsToTotal([new Dec(1)], 2, new Dec(5))).toThrow(RangeError);
  });
  it('property: rounded parts always add up to the rounded total exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (ints, d) => {
          const parts = ints.map((i) => new Dec(i).div(997));
          const out = roundPartsToTotal(parts, d);
          expect(sum(out).eq(roundHalfAway(sum(parts), d))).toBe(true);
          out.forEach((p, i) => expect(p.sub(parts[i]).abs().lt(new Dec(10).pow(-d))).toBe(true));
        },
      ),
    );
  });
});

describe('splitByWeights', () => {
  it('splits the seed quarter by opportunity exactly', () => {
    const parts = splitByWeights(new Dec(4_000_000), [120, 150, 130].map((w) => new Dec(w)), 2);
    expect(parts.map((p) => p.toNumber())).toEqual([1_200_000, 1_500_000, 1_300_000]);
  });
  it('splits 2,500,000 into four equal weeks', () => {
    expect(splitByWeights(new Dec(2_500_000), [1, 1, 1, 1].map((w) => new Dec(w)), 0).map(Number)).toEqual([625000, 625000, 625000, 625000]);
  });
});

describe('scaledInt and ExactSums', () => {
  it('recognises short decimals and rejects the rest', () => {
    expect(scaledInt(12.34, 100)).toBe(1234);
    expect(scaledInt(0.1, 10_000)).toBe(1000);
    expect(scaledInt(1 / 3, 10_000)).toBeNull();
  });
  it('sums 0.1 ten times to exactly 1, where floating point gives 0.9999999999999999', () => {
    const s = new ExactSums(1);
    let float = 0;
    for (let i = 0; i < 10; i++) {
      s.add(0, 0.1);
      float += 0.1;
    }
    expect(float).not.toBe(1);
    expect(s.toNumber(0)).toBe(1);
  });
  it('falls back to decimal for long decimals and stays exact', () => {
    const s = new ExactSums(1);
    s.add(0, 0.1);
    s.add(0, 0.123456789);
    s.add(0, 0.2);
    expect(s.toDecimal(0).toString()).toBe('0.423456789');
  });
  it('grows on demand', () => {
    const s = new ExactSums(1);
    s.ensure(100);
    s.add(99, 2.5);
    expect(s.toNumber(99)).toBe(2.5);
    expect(s.capacity).toBeGreaterThanOrEqual(100);
  });
});

describe('largest remainder compares remainders exactly, ties to the earlier part', () => {
  it('splits 1 by {1,7,7} into 0.07 / 0.47 / 0.46: three remainders of exactly 1/150 are a tie', () => {
    expect(splitByWeights(new Dec(1), [1, 7, 7].map((w) => new Dec(w)), 2).map(String)).toEqual(['0.07', '0.47', '0.46']);
    expect(splitByWeights(new Dec(2), [4, 1, 1].map((w) => new Dec(w)), 2).map(String)).toEqual(['1.34', '0.33', '0.33']);
  });

  it('handles parts whose decimals no 40-digit decimal holds exactly', () => {
    // Parts with 46 decimals: the first remainder is larger only in its 46th digit.
    const a = new Dec(`0.00${'3'.repeat(43)}4`);
    const b = new Dec(`0.00${'3'.repeat(44)}`);
    expect(roundPartsToTotal([b, a, b], 2, new Dec('0.01')).map(String)).toEqual(['0', '0.01', '0']);
    expect(roundPartsToTotal([b, b, b], 2, new Dec('0.01')).map(String)).toEqual(['0.01', '0', '0']);
    expect(largestRemainder([1n, 1n, 1n], 3n, 1n)).toEqual([1n, 0n, 0n]);
    // −5/3 and 2/3: floors −2 and 0, remainders 1/3 and 2/3; the missing unit goes to the second.
    expect(largestRemainder([-5n, 2n], 3n, -1n)).toEqual([-2n, 1n]);
  });

  it('splits negative totals with the same rule (floors towards −∞, units to the largest remainders)', () => {
    expect(splitByWeights(new Dec(-1), [1, 1, 1].map((w) => new Dec(w)), 2).map(String)).toEqual(['-0.33', '-0.33', '-0.34']);
  });

  it('property: a part gets the extra unit only if its exact remainder is larger, or equal and earlier', () => {
    // Checked against the definition with plain BigInt cross-multiplication, not the implementation.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (units, ws, scale) => {
          if (ws.every((w) => w === 0)) return;
          const weights = ws.map((w) => new Dec(w).div(10 ** scale));
          const total = new Dec(units).div(100);
          const parts = splitByWeights(total, weights, 2);
          const W = ws.reduce((a, b) => a + b, 0);
          const T = BigInt(units);
          const floor = ws.map((w) => (T * BigInt(w)) / BigInt(W));
          const rem = ws.map((w) => (T * BigInt(w)) % BigInt(W));
          const got = parts.map((p) => BigInt(p.mul(100).toFixed(0)));
          expect(got.reduce((a, b) => a + b, 0n)).toBe(T);
          const up = got.map((g, i) => g - floor[i]);
          for (let i = 0; i < ws.length; i++) {
            expect(up[i] === 0n || up[i] === 1n).toBe(true);
            for (let j = 0; j < ws.length; j++) {
              if (up[i] === 1n && up[j] === 0n) {
                expect(rem[i] > rem[j] || (rem[i] === rem[j] && i < j)).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
