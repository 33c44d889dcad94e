import { abcClasses, customerTier, leadScore, retentionRate } from '../../src/core/customers';
import { funnel } from '../../src/core/funnel';
import { bonusPool } from '../../src/core/bonusPool';
import { splitTarget, targetTiers } from '../../src/core/targets';
import { Dec, sum } from '../../src/core/money';
import fc from 'fast-check';
import { kindOf as kind } from '../support/errors';


describe('customer tiers (rules.md › Customers)', () => {
  it('classifies the seed tiers', () => {
    expect(customerTier(3, 500_000)).toBe('core');
    expect(customerTier(2, 500_000)).toBe('potential');
    expect(customerTier(5, 499_999.99)).toBe('potential');
    expect(customerTier(1, 200_000)).toBe('potential');
    expect(customerTier(1, 199_999)).toBe('developing');
    expect(customerTier(0, 0, true)).toBe('reactivate');
    expect(customerTier(0, 0, false)).toBe('lead');
  });
  it('takes threshold overrides and rejects bad input', () => {
    expect(customerTier(2, 100, false, [2, 100, 50])).toBe('core');
    expect(kind(() => customerTier(1.5, 10))).toBe('NUM');
    expect(kind(() => customerTier(1, -10))).toBe('NUM');
    expect(kind(() => customerTier(1, 10, false, [1, 2]))).toBe('VALUE');
  });
});

describe('ABC', () => {
  it('sorts by value, ties in input order, and closes A before 80 % and B before 95 %', () => {
    const rows = abcClasses(['a', 'b', 'c', 'd', 'e'], [10, 50, 20, 10, 10]);
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(rows.map((r) => r.cumulative)).toEqual([0.5, 0.7, 0.8, 0.9, 1]);
    // cumulative before: 0, .5, .7 (<.8 → A), .8 (B), .9 (B)
    expect(rows.map((r) => r.cls)).toEqual(['A', 'A', 'A', 'B', 'B']);
    expect(rows.map((r) => r.share)).toEqual([0.5, 0.2, 0.1, 0.1, 0.1]);
  });
  it('puts the tail in C and rejects an all-zero or negative list', () => {
    const rows = abcClasses(['x', 'y', 'z'], [96, 3, 1]);
    expect(rows.map((r) => r.cls)).toEqual(['A', 'C', 'C']);
    expect(kind(() => abcClasses(['x'], [0]))).toBe('DIV0');
    expect(kind(() => abcClasses(['x'], [-1]))).toBe('NUM');
    expect(kind(() => abcClasses(['x'], [1], 0.9, 0.5))).toBe('VALUE');
  });
});

describe('lead score, retention, funnel', () => {
  it('weights criteria against maxima', () => {
    expect(leadScore([1, 0.5, 0.25], [0.5, 0.3, 0.2])).toBe(70);
    expect(leadScore([8, 200], [1, 1], [10, 100])).toBe(90);
    expect(kind(() => leadScore([1], [0]))).toBe('DIV0');
    expect(kind(() => leadScore([1, 2], [1]))).toBe('VALUE');
  });
  it('computes retention and refuses a zero start', () => {
    expect(retentionRate(200, 210, 30)).toBe(0.9);
    expect(kind(() => retentionRate(0, 10, 1))).toBe('DIV0');
    expect(kind(() => retentionRate(10, 5, 6))).toBe('NUM');
  });
  it('flags a stage converting under the threshold (seed: inquiry → quote under 30 %)', () => {
    const stages = funnel([200, 50, 20, 8]);
    expect(stages.map((s) => s.fromPrevious)).toEqual([null, 0.25, 0.4, 0.4]);
    expect(stages.map((s) => s.fromFirst)).toEqual([1, 0.25, 0.1, 0.04]);
    expect(stages.map((s) => s.low)).toEqual([false, true, false, false]);
    // A stage of 0 leaves the next stage's conversion blank instead of failing the whole funnel.
    expect(funnel([10, 0, 1]).map((s) => [s.fromPrevious, s.fromFirst, s.low])).toEqual([[null, 1, false], [0, 0, true], [null, 0.1, false]]);
    expect(funnel([0, 1]).map((s) => [s.fromPrevious, s.fromFirst])).toEqual([[null, null], [null, null]]);
    expect(kind(() => funnel([10, 2.5]))).toBe('NUM');
  });
});

describe('bonus pool (rules.md › Commissions)', () => {
  it('funds 2 % when the team reaches target and splits it by contribution', () => {
    const r = bonusPool({ teamActual: 1_000_000, teamTarget: 900_000, poolRate: 0.02, contribution: [5, 3, 2], decimals: 2 });
    expect(r.funded).toBe(true);
    expect(r.shares.map(Number)).toEqual([10_000, 6_000, 4_000]);
  });
  it('pays nothing below target', () => {
    const r = bonusPool({ teamActual: 800_000, teamTarget: 900_000, poolRate: 0.02, contribution: [5, 3, 2], decimals: 2 });
    expect(r.pool.toNumber()).toBe(0);
    expect(r.shares.map(Number)).toEqual([0, 0, 0]);
  });
  it('mixes in collaboration with weight w', () => {
    const r = bonusPool({
      teamActual: 1000,
      teamTarget: 1000,
      poolRate: 0.1,
      contribution: [1, 1],
      collaboration: [3, 1],
      collaborationWeight: 0.5,
      decimals: 2,
    });
    // shares: 0.5 × 0.5 + 0.5 × 0.75 = 0.625 and 0.375 of 100
    expect(r.shares.map(Number)).toEqual([62.5, 37.5]);
  });
  it('property: allocations add up exactly to the pool', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((a) => a.some((x) => x > 0)),
        fc.integer({ min: 0, max: 4 }),
        (cents, contribution, d) => {
          const r = bonusPool({ teamActual: cents / 100, teamTarget: 1, poolRate: 0.02, contribution, decimals: d });
          expect(sum(r.shares).eq(r.pool)).toBe(true);
        },
      ),
    );
  });
  it('property: members with the same contribution and collaboration get shares a unit apart at most, the earlier one the larger', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 9 }).filter((a) => a.some(([c]) => c > 0) && a.some(([, k]) => k > 0)),
        fc.integer({ min: 0, max: 10 }),
        (cents, members, w) => {
          const r = bonusPool({
            teamActual: cents / 100,
            teamTarget: 0.01,
            poolRate: 0.07,
            contribution: members.map(([c]) => c),
            collaboration: members.map(([, k]) => k),
            collaborationWeight: w / 10,
            decimals: 2,
          });
          for (let i = 0; i < members.length; i++) {
            for (let j = i + 1; j < members.length; j++) {
              if (members[i][0] !== members[j][0] || members[i][1] !== members[j][1]) continue;
              const diff = r.shares[i].sub(r.shares[j]);
              expect(diff.eq(0) || diff.eq(0.01)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
  it('rejects a zero target, a zero contribution total and mismatched members', () => {
    expect(kind(() => bonusPool({ teamActual: 1, teamTarget: 0, poolRate: 0.02, contribution: [1], decimals: 2 }))).toBe('DIV0');
    expect(kind(() => bonusPool({ teamActual: 1, teamTarget: 1, poolRate: 0.02, contribution: [0, 0], decimals: 2 }))).toBe('DIV0');
    expect(kind(() => bonusPool({ teamActual: 1, teamTarget: 1, poolRate: 0.02, contribution: [1], collaboration: [1, 2], decimals: 2 }))).toBe('VALUE');
  });
});

describe('target splits (rules.md › Targets)', () => {
  it('splits regions 40/30/30 and product lines 60/30/10 exactly', () => {
    expect(splitTarget(10_000_000, [40, 30, 30], 0).map(Number)).toEqual([4_000_000, 3_000_000, 3_000_000]);
    expect(splitTarget(1000, [1, 1, 1], 2).map(Number)).toEqual([333.34, 333.33, 333.33]);
    expect(splitTarget(100, [1, null, 1], 2).map((x) => (x === null ? null : Number(x)))).toEqual([50, null, 50]);
  });
  it('property: parts add up to the total at any precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }).filter((a) => a.some((x) => x > 0)),
        fc.integer({ min: -3, max: 4 }),
        (cents, weights, d) => {
          const total = cents / 100;
          const parts = splitTarget(total, weights, d) as Dec[];
          const expected = new Dec(total);
          expect(sum(parts).sub(expected).abs().lte(new Dec(10).pow(-d).div(2))).toBe(true);
        },
      ),
    );
  });
  it('builds base, challenge and excellence tiers', () => {
    const t = targetTiers(1_000_000, 0.3, 0.4, 2);
    expect([t.base, t.challenge, t.excellence].map(Number)).toEqual([1_000_000, 1_300_000, 1_400_000]);
    expect(kind(() => targetTiers(1, 0.5, 0.3, 2))).toBe('NUM');
  });
});
