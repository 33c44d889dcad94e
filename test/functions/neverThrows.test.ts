import fc from 'fast-check';
import { ADAPTERS } from '../../src/functions/functions';
import { allArgs } from '../../src/functions/spec';
import { FUNCTION_TABLE } from '../../src/functions/table';

const cellArb = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 0.3, 1e15, -0.0),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('=cmd|x', 'flat', 'marginal', '', 'zh-CN', 'en-US', 'EN-us', 'fr-FR', 'grid', 'rfm10', 'cn8', 'Lost', '__proto__'),
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
  it('has an adapter for every table entry', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(FUNCTION_TABLE.map((f) => f.id).sort());
  });
  /** A rules range for SALES.RFM's segments argument: mostly well-formed, sometimes not. */
  const rulesArb = fc.array(
    fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null)), ...Array.from({ length: 6 }, () => fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('3', 'x', null)))),
    { minLength: 1, maxLength: 4 },
  );
  for (const spec of FUNCTION_TABLE) {
    const arity = allArgs(spec).length;
    it(`${spec.id} (${arity} arguments, language included)`, () => {
      const args = fc.array(argArb, { minLength: arity, maxLength: arity });
      const withRules = spec.id === 'RFM' ? fc.tuple(args, rulesArb).map(([a, rules]) => a.map((x, i) => (i === 6 ? rules : x))) : args;
      fc.assert(
        fc.property(fc.oneof(args, withRules), (args) => {
          let result: unknown;
          try {
            result = ADAPTERS[spec.id](...args);
            expect(result).not.toBeInstanceOf(Promise);
          } catch (e) {
            expect(e).toBeInstanceOf(CustomFunctions.Error);
            expect(typeof (e as CustomFunctions.Error).message).toBe('string');
            // An "unexpected" error is a bug the adapter did not anticipate (a TypeError …), not bad input.
            expect((e as CustomFunctions.Error).message).not.toMatch(/^Unexpected error/);
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
