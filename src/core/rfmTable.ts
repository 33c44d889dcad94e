import type { ExactSums } from './money';

/** A customer as the data names it (an id or a name). */
export type CustomerId = string | number;

/**
 * Recency, frequency, monetary and the three scores of every customer, as columns. Its own file
 * because rfm.ts builds it and rfmSegments.ts reads it, and rfm.ts uses the segments.
 */
export interface RfmTable {
  asOf: number;
  bins: number;
  ids: readonly CustomerId[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** The exact sums behind `monetary` (for comparisons that must not round). */
  money: ExactSums;
}
