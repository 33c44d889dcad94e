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
 * Counts per stage, first stage first; a stage converting under `threshold` is flagged LOW. A
 * stage after a stage of 0 has no conversion (blank), so one empty stage does not hide the rest.
 */
export function funnel(counts: readonly number[], threshold = DEFAULT_FUNNEL_THRESHOLD): FunnelStage[] {
  if (threshold < 0) throw numError('negative', { arg: 'threshold' });
  const n = counts.length;
  for (let i = 0; i < n; i++) {
    const c = counts[i];
    if (c < 0 || !Number.isInteger(c)) throw numError('wholeNumberAt', { arg: 'counts', at: i + 1, unit: 'stage' });
  }
  const out: FunnelStage[] = new Array(n);
  const first = n > 0 ? counts[0] : 0;
  for (let i = 0; i < n; i++) {
    const count = counts[i];
    const prev = i === 0 ? 0 : counts[i - 1];
    const fromPrevious = i === 0 || prev === 0 ? null : count / prev;
    out[i] = { count, fromPrevious, fromFirst: first === 0 ? null : count / first, low: fromPrevious !== null && fromPrevious < threshold };
  }
  return out;
}
