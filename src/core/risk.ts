import { divZeroError, naError, numError, valueError } from './errors';
import { Dec } from './money';

/** Stable traffic-light codes (rules.md › Warnings); labels and colours live elsewhere. */
export type RiskLevel = 'GREEN' | 'YELLOW' | 'RED';
export const DEFAULT_GREEN = 1;
export const DEFAULT_YELLOW = 0.8;

/**
 * Pace = actual ÷ (target × elapsed), the share of the expected-to-date amount achieved.
 * Decimal, so a pace that is exactly on a threshold (56 of 100 at 70 % of the period = 0.8)
 * is not pushed under it by binary fractions.
 */
function paceDecimal(actual: number, target: number, elapsed: number): Dec {
  if (target === 0) throw divZeroError('zero', { arg: 'target' });
  if (target < 0) throw numError('negative', { arg: 'target' });
  if (elapsed < 0 || elapsed > 1) throw numError('between', { arg: 'elapsed', min: 0, max: 1 });
  if (elapsed === 0) throw naError('periodNotStarted', {});
  return new Dec(actual).div(new Dec(target).mul(elapsed));
}

export function pace(actual: number, target: number, elapsed = 1): number {
  return paceDecimal(actual, target, elapsed).toNumber();
}

export function checkRiskThresholds(green: number, yellow: number): void {
  if (green < 0 || yellow < 0) throw numError('negative', { arg: green < 0 ? 'green' : 'yellow' });
  if (yellow > green) throw valueError('notAbove', { arg: 'yellow', other: 'green' });
}

export function riskLevel(actual: number, target: number, elapsed = 1, green = DEFAULT_GREEN, yellow = DEFAULT_YELLOW): RiskLevel {
  checkRiskThresholds(green, yellow);
  const p = paceDecimal(actual, target, elapsed);
  if (p.gte(green)) return 'GREEN';
  if (p.gte(yellow)) return 'YELLOW';
  return 'RED';
}

/** Whole calendar days from `start` to `asOf`, both inclusive (dates are Excel serials). */
export function daysElapsed(start: number, end: number, asOf: number): { elapsed: number; total: number } {
  const s = Math.floor(start);
  const e = Math.floor(end);
  const a = Math.floor(asOf);
  if (e < s) throw valueError('notBelow', { arg: 'end', other: 'start' });
  if (a < s) throw naError('periodNotStartedOn', { arg: 'asOf' });
  return { elapsed: Math.min(a, e) - s + 1, total: e - s + 1 };
}

/** Run-rate projection of attainment at period end: (actual ÷ days elapsed × days in period) ÷ target. */
export function projectedAttainment(actual: number, target: number, start: number, end: number, asOf: number): number {
  if (target === 0) throw divZeroError('zero', { arg: 'target' });
  if (target < 0) throw numError('negative', { arg: 'target' });
  const { elapsed, total } = daysElapsed(start, end, asOf);
  return (actual * total) / (elapsed * target);
}
