import { numError } from './errors';

export const DEFAULT_FUNNEL_THRESHOLD = 0.3;

export interface FunnelStage {
  count: number;
  /** Conversion from the previous stage; null for the first stage and after a stage of 0. */
  fromPrevious: number | null;
  /** Conversion from the first stage; null when the first stage is 0. */
  fromFirst: number | null;
  low: boolean;
}

/**
 * The funnel as columns, for a million stages without a million objects: conversions are NaN
 * where there is none (the first stage, after a stage of 0, or all of them when the first is 0).
 */
export interface FunnelColumns {
  fromPrevious: Float64Array;
  fromFirst: Float64Array;
  low: Uint8Array;
}

/**
 * Counts per stage, first stage first; a stage converting under `threshold` is flagged LOW. A
 * stage after a stage of 0 has no conversion (blank), so one empty stage does not hide the rest.
 */
export function funnelColumns(counts: ArrayLike<number>, threshold = DEFAULT_FUNNEL_THRESHOLD): FunnelColumns {
  if (threshold < 0) throw numError('negative', { arg: 'threshold' });
  const n = counts.length;
  for (let i = 0; i < n; i++) {
    const c = counts[i];
    if (c < 0 || !Number.isInteger(c)) throw numError('wholeNumberAt', { arg: 'counts', at: i + 1, unit: 'stage' });
  }
  const fromPrevious = new Float64Array(n);
  const fromFirst = new Float64Array(n);
  const low = new Uint8Array(n);
  const first = n > 0 ? counts[0] : 0;
  for (let i = 0; i < n; i++) {
    const prev = i === 0 ? 0 : counts[i - 1];
    const p = prev === 0 ? NaN : counts[i] / prev;
    fromPrevious[i] = p;
    fromFirst[i] = first === 0 ? NaN : counts[i] / first;
    low[i] = p < threshold ? 1 : 0;
  }
  return { fromPrevious, fromFirst, low };
}

export function funnel(counts: readonly number[], threshold = DEFAULT_FUNNEL_THRESHOLD): FunnelStage[] {
  const { fromPrevious, fromFirst, low } = funnelColumns(counts, threshold);
  const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return counts.map((count, i) => ({ count, fromPrevious: orNull(fromPrevious[i]), fromFirst: orNull(fromFirst[i]), low: low[i] === 1 }));
}
