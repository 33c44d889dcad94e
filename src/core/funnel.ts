import { divZeroError, numError } from './errors';

export const DEFAULT_FUNNEL_THRESHOLD = 0.3;

export interface FunnelStage {
  count: number;
  /** Conversion from the previous stage; null for the first stage. */
  fromPrevious: number | null;
  fromFirst: number;
  low: boolean;
}

/** Counts per stage, first stage first; a stage converting under `threshold` is flagged LOW. */
export function funnel(counts: readonly number[], threshold = DEFAULT_FUNNEL_THRESHOLD): FunnelStage[] {
  if (threshold < 0) throw numError('threshold must not be negative');
  counts.forEach((c, i) => {
    if (c < 0 || !Number.isInteger(c)) throw numError(`counts: stage ${i + 1} must be a whole number ≥ 0`);
  });
  if (counts.length === 0) return [];
  if (counts[0] === 0) throw divZeroError('counts: the first stage (leads) is 0');
  return counts.map((count, i) => {
    if (i === 0) return { count, fromPrevious: null, fromFirst: 1, low: false };
    const prev = counts[i - 1];
    if (prev === 0) throw divZeroError(`counts: stage ${i} is 0, so stage ${i + 1} has no conversion`);
    const fromPrevious = count / prev;
    return { count, fromPrevious, fromFirst: count / counts[0], low: fromPrevious < threshold };
  });
}
