import fc from 'fast-check';
import * as F from '../../src/functions/functions';
import { CATALOGUE } from '../../src/functions/catalogue';

/** Each catalogue id and the adapter the build associates with it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- adapters take untyped Excel arguments
export const ADAPTERS: Record<string, (...args: any[]) => unknown> = {
  COMMISSION: F.commission,
  COMMISSIONLINES: F.commissionLinesFn,
  SPLIT: F.split,
  BONUSPOOL: F.bonusPoolFn,
  SCORE: F.score,
  GRADE: F.grade,
  RISK: F.risk,
  PACE: F.paceFn,
  RFM: F.rfmFn,
  CUSTOMERTIER: F.customerTierFn,
  ABC: F.abc,
  LEADSCORE: F.leadScoreFn,
  FUNNEL: F.funnelFn,
  RETENTION: F.retention,
  PAYOUT: F.payout,
};

const cellArb = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 0.3, 1e15, -0.0),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('=cmd|x', 'flat', 'marginal', ''),
  fc.boolean(),
  fc.constant(null),
);
const rangeArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const argArb = fc.oneof(cellArb, rangeArb);

function isScalar(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';
}

describe('every function answers any Excel-shaped input with a value or an Excel error', () => {
  it('has an adapter for every catalogue entry', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
  });
  for (const spec of CATALOGUE) {
    it(spec.id, () => {
      fc.assert(
        fc.property(fc.array(argArb, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
          let result: unknown;
          try {
            result = ADAPTERS[spec.id](...args);
          } catch (e) {
            expect(e).toBeInstanceOf(CustomFunctions.Error);
            expect(typeof (e as CustomFunctions.Error).message).toBe('string');
            return;
          }
          if (spec.result === 'matrix') {
            expect(Array.isArray(result)).toBe(true);
            for (const row of result as unknown[][]) for (const v of row) expect(isScalar(v)).toBe(true);
          } else {
            expect(isScalar(result)).toBe(true);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});
