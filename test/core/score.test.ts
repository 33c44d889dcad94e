import { compositeScore, gradeIndex, subScore, GRADE_CODES, checkWeights } from '../../src/core/score';
import { kindOf, raised } from '../support/errors';

describe('composite score (rules.md › Performance evaluation)', () => {
  it('scores the seed rows 88 (张) and 65 (李) with the default benchmarks', () => {
    expect(compositeScore([1.04, 0.25, 65_000, 0.92, 71.2])).toBe(88);
    expect(compositeScore([0.7, 0.15, 42_000, 0.85, 82.5])).toBe(65);
  });
  it('grades them good and needs improvement', () => {
    expect(GRADE_CODES[gradeIndex(88)]).toBe('good');
    expect(GRADE_CODES[gradeIndex(65)]).toBe('improve');
    expect(GRADE_CODES[gradeIndex(90)]).toBe('excellent');
    expect(GRADE_CODES[gradeIndex(70)]).toBe('pass');
    expect(GRADE_CODES[gradeIndex(69.9)]).toBe('improve');
  });
  it('caps each sub-score at 100', () => {
    expect(subScore(2, 1).toNumber()).toBe(100);
    expect(subScore(0.15, 0.3).toNumber()).toBe(50);
    expect(compositeScore([5, 5, 500_000, 5, 500], [1, 0.3, 80_000, 1, 100])).toBe(100);
  });
  it('uses custom weights and rejects weights that do not sum to 1', () => {
    expect(compositeScore([1, 0, 0, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0])).toBe(100);
    expect(() => checkWeights([0.1, 0.2, 0.7])).not.toThrow();
    expect(raised(() => compositeScore([1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [0.3, 0.3, 0.3, 0.3, 0.3]))).toBe('VALUE: weights must sum to 1 (they sum to 1.5)');
  });
  it('rejects a zero benchmark as a division by zero and wrong shapes as values', () => {
    expect(kindOf(() => compositeScore([1, 1, 1, 1, 1], [1, 0, 1, 1, 1]))).toBe('DIV0');
    expect(kindOf(() => compositeScore([1, 1, 1, 1], [1, 1, 1, 1, 1]))).toBe('VALUE');
    expect(kindOf(() => compositeScore([-1, 1, 1, 1, 1]))).toBe('NUM');
    expect(kindOf(() => gradeIndex(50, [70, 80]))).toBe('VALUE');
  });
});
