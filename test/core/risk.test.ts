import { pace, projectedAttainment, riskLevel } from '../../src/core/risk';
import { kindOf as kind } from '../support/errors';


describe('risk lights (rules.md › Warnings)', () => {
  it('uses 100 % / 80 % of pace by default', () => {
    expect(riskLevel(100, 100)).toBe('GREEN');
    expect(riskLevel(80, 100)).toBe('YELLOW');
    expect(riskLevel(79.99, 100)).toBe('RED');
    expect(riskLevel(450_000, 1_000_000, 0.5)).toBe('YELLOW');
    expect(riskLevel(500_000, 1_000_000, 0.5)).toBe('GREEN');
  });
  it('is exact on the boundary despite binary fractions (0.7 × 0.8 pace)', () => {
    // expected-to-date 70 × 0.8 = 56: 56 is exactly yellow even though 56 / 70 = 0.7999999999999999
    expect(riskLevel(56, 100, 0.7)).toBe('YELLOW');
  });
  it('takes custom thresholds and rejects inverted ones', () => {
    expect(riskLevel(90, 100, 1, 0.9, 0.7)).toBe('GREEN');
    expect(kind(() => riskLevel(90, 100, 1, 0.7, 0.9))).toBe('VALUE');
  });
  it('answers #DIV/0!, #N/A and #NUM! for impossible inputs', () => {
    expect(kind(() => pace(1, 0))).toBe('DIV0');
    expect(kind(() => pace(1, 10, 0))).toBe('NA');
    expect(kind(() => pace(1, 10, 1.5))).toBe('NUM');
    expect(kind(() => pace(1, -10))).toBe('NUM');
  });
});

describe('run-rate projection', () => {
  const APR1 = 46113; // 2026-04-01
  it('projects from calendar days, asOf inclusive', () => {
    expect(projectedAttainment(300_000, 1_000_000, APR1, APR1 + 29, APR1 + 9)).toBeCloseTo(0.9, 12);
    expect(projectedAttainment(100, 100, APR1, APR1 + 29, APR1 + 29)).toBe(1);
  });
  it('stops counting at the end of the period and refuses a period not started', () => {
    expect(projectedAttainment(120, 100, APR1, APR1 + 29, APR1 + 60)).toBeCloseTo(1.2, 12);
    expect(kind(() => projectedAttainment(1, 100, APR1, APR1 + 29, APR1 - 1))).toBe('NA');
    expect(kind(() => projectedAttainment(1, 100, APR1 + 29, APR1, APR1 + 3))).toBe('VALUE');
    expect(kind(() => projectedAttainment(1, 0, APR1, APR1 + 29, APR1))).toBe('DIV0');
  });
});
