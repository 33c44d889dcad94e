import { divZeroError, numError, valueError } from './errors';
import { Dec, HUNDRED, ONE, ZERO, roundHalfAway } from './money';

/** The five metrics of the composite score, in the order SALES.SCORE takes them (rules.md › Performance evaluation). */
export const SCORE_METRICS = ['completion', 'conversion', 'averageOrderValue', 'collection', 'process'] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

export const DEFAULT_SCORE_WEIGHTS: readonly number[] = [0.3, 0.25, 0.2, 0.15, 0.1];
/**
 * Default benchmarks: the value that earns a full 100 sub-score. Process behaviour is itself a
 * 0–100 rating. With these, the seed's example rows score 88 (张, process 71.2) and 65 (李, 82.5).
 */
export const DEFAULT_SCORE_BENCHMARKS: readonly number[] = [1, 0.3, 80_000, 1, 100];
export const DEFAULT_GRADE_CUTOFFS: readonly number[] = [90, 80, 70];
/** Stable grade codes, best first; labels come from i18n. */
export const GRADE_CODES = ['excellent', 'good', 'pass', 'improve'] as const;
export type GradeCode = (typeof GRADE_CODES)[number];

/** 100 × min(metric ÷ benchmark, 1). */
export function subScore(metric: number, benchmark: number, name = 'metric'): Dec {
  if (benchmark === 0) throw divZeroError('zero', { arg: `benchmarks (${name})` });
  if (benchmark < 0) throw numError('negative', { arg: `benchmarks (${name})` });
  if (metric < 0) throw numError('negative', { arg: name });
  const ratio = new Dec(metric).div(benchmark);
  return HUNDRED.mul(ratio.gt(ONE) ? ONE : ratio);
}

/** Weights must be non-negative and sum to 1 (to 1e-9, so 0.1 + 0.2 style inputs pass). */
export function checkWeights(weights: readonly number[], what = 'weights'): void {
  if (weights.some((w) => w < 0)) throw numError('negative', { arg: what });
  const total = weights.reduce((acc, w) => acc.add(w), ZERO);
  if (total.sub(1).abs().gt(1e-9)) throw valueError('weightsSum', { arg: what, sum: total.toSignificantDigits(10).toString() });
}

/** Composite 0–100 score, rounded half away from zero to 1 decimal. */
export function compositeScore(
  metrics: readonly number[],
  benchmarks: readonly number[] = DEFAULT_SCORE_BENCHMARKS,
  weights: readonly number[] = DEFAULT_SCORE_WEIGHTS,
): number {
  const n = SCORE_METRICS.length;
  if (metrics.length !== n) throw valueError('countExpected', { arg: 'metrics', expected: n, got: metrics.length });
  if (benchmarks.length !== n) throw valueError('countExpected', { arg: 'benchmarks', expected: n, got: benchmarks.length });
  if (weights.length !== n) throw valueError('countExpected', { arg: 'weights', expected: n, got: weights.length });
  checkWeights(weights);
  let total = ZERO;
  for (let i = 0; i < n; i++) total = total.add(subScore(metrics[i], benchmarks[i], SCORE_METRICS[i]).mul(weights[i]));
  return roundHalfAway(total, 1).toNumber();
}

/** Cut-offs strictly descending; returns the index of the grade (0 = best, cutoffs.length = lowest). */
export function gradeIndex(score: number, cutoffs: readonly number[] = DEFAULT_GRADE_CUTOFFS): number {
  checkCutoffs(cutoffs);
  const i = cutoffs.findIndex((c) => score >= c);
  return i === -1 ? cutoffs.length : i;
}

export function checkCutoffs(cutoffs: readonly number[]): void {
  if (cutoffs.length === 0) throw valueError('emptyRange', { arg: 'cutoffs' });
  for (let i = 1; i < cutoffs.length; i++) {
    if (!(cutoffs[i] < cutoffs[i - 1])) throw valueError('descending', { arg: 'cutoffs' });
  }
}

/**
 * The composite score over the metrics a team has (null: missing), their weights scaled to add up
 * to 1 (rules.md › Performance evaluation); null when no metric with a positive weight is present.
 * With all five present it equals compositeScore.
 */
export function partialScore(
  metrics: readonly (number | null)[],
  benchmarks: readonly number[] = DEFAULT_SCORE_BENCHMARKS,
  weights: readonly number[] = DEFAULT_SCORE_WEIGHTS,
): number | null {
  const n = SCORE_METRICS.length;
  if (metrics.length !== n) throw valueError(`metrics: ${n} values expected, got ${metrics.length}`);
  checkWeights(weights);
  let total = ZERO;
  let present = ZERO;
  for (let i = 0; i < n; i++) {
    const m = metrics[i];
    if (m === null || weights[i] === 0) continue;
    total = total.add(subScore(m, benchmarks[i], SCORE_METRICS[i]).mul(weights[i]));
    present = present.add(weights[i]);
  }
  return present.isZero() ? null : roundHalfAway(total.div(present), 1).toNumber();
}
