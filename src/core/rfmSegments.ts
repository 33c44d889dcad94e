import { Dec } from './money';
import type { RfmTable } from './rfmTable';

/**
 * Segment schemes over RFM scores (rules.md › Customers). Each scheme gives every customer an
 * index into its list of stable codes (names live in i18n), or, for user rules, into the rules.
 */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** Segment by R (row, 5 → 1) and F (column, 1 → 5), the classic R×F grid. */
const SEGMENT_GRID: Readonly<Record<number, readonly RfmSegment[]>> = {
  5: ['newCustomers', 'potentialLoyalists', 'potentialLoyalists', 'champions', 'champions'],
  4: ['promising', 'potentialLoyalists', 'potentialLoyalists', 'loyal', 'loyal'],
  3: ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  2: ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLose'],
  1: ['lost', 'lost', 'atRisk', 'atRisk', 'cantLose'],
};

/** Grid segment for scores on any scale: both are first mapped linearly onto the grid's 1–5. */
export function rfmSegment(r: number, f: number, bins = 5): RfmSegment {
  return SEGMENT_GRID[to5(r, bins)][to5(f, bins) - 1];
}

/** A score on 1–bins mapped linearly onto 1–5, for the schemes defined on quintiles. */
export const to5 = (s: number, bins: number): number => (bins === 5 ? s : 1 + Math.round(((s - 1) * 4) / (bins - 1)));

/** A rule: a name and inclusive score ranges for R, F and M. */
export interface SegmentRule {
  name: string;
  r: readonly [number, number];
  f: readonly [number, number];
  m: readonly [number, number];
}

/**
 * The ten segments of the documented example of R's `rfm` package (rfm_segment), in its order:
 * the first rule whose R, F and M ranges (inclusive, 1–5 scores) all hold wins, else "others".
 */
export const RFM10_SEGMENTS = [
  'champions',
  'potentialLoyalist',
  'loyalCustomers',
  'promising',
  'newCustomers',
  'cantLoseThem',
  'atRisk',
  'needAttention',
  'aboutToSleep',
  'lost',
  'others',
] as const;
export type Rfm10Segment = (typeof RFM10_SEGMENTS)[number];

export const RFM10_RULES: readonly SegmentRule[] = (
  [
    // name, R lower/upper, F lower/upper, M lower/upper
    ['champions', 5, 5, 5, 5, 5, 5],
    ['potentialLoyalist', 3, 5, 3, 5, 2, 5],
    ['loyalCustomers', 2, 4, 2, 4, 2, 4],
    ['promising', 3, 4, 1, 3, 3, 5],
    ['newCustomers', 4, 5, 1, 3, 1, 5],
    ['cantLoseThem', 1, 2, 3, 4, 4, 5],
    ['atRisk', 1, 2, 2, 5, 4, 5],
    ['needAttention', 1, 3, 3, 5, 3, 5],
    ['aboutToSleep', 2, 3, 1, 3, 1, 4],
    ['lost', 1, 1, 1, 5, 1, 5],
  ] as const
).map(([name, r0, r1, f0, f1, m0, m1]) => ({ name, r: [r0, r1], f: [f0, f1], m: [m0, m1] }));

/**
 * The Chinese eight-class model: R, F and M are each high (H) or low (L) against the mean over
 * all customers (recency ≤ mean, frequency ≥ mean, monetary ≥ mean), read in the order R, F, M.
 */
export const CN8_SEGMENTS = ['importantValue', 'importantRetain', 'importantDevelop', 'importantWinBack', 'generalValue', 'generalRetain', 'generalDevelop', 'generalWinBack'] as const;
export type Cn8Segment = (typeof CN8_SEGMENTS)[number];
/** Index by R-high, F-high, M-high bits: HHH, LHH, HLH, LLH, HHL, LHL, HLL, LLL. */
const CN8_BY_BITS: Readonly<Record<string, Cn8Segment>> = {
  HHH: 'importantValue',
  LHH: 'importantRetain',
  HLH: 'importantDevelop',
  LLH: 'importantWinBack',
  HHL: 'generalValue',
  LHL: 'generalRetain',
  HLL: 'generalDevelop',
  LLL: 'generalWinBack',
};

const CN8_INDEX: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(CN8_BY_BITS).map(([bits, code]) => [bits, CN8_SEGMENTS.indexOf(code)]));

export type SegmentScheme = 'grid' | 'rfm10' | 'cn8';
export const SEGMENT_SCHEMES: readonly SegmentScheme[] = ['grid', 'rfm10', 'cn8'];

/** The codes a scheme's indexes point into. */
export const SCHEME_CODES: Readonly<Record<SegmentScheme, readonly string[]>> = {
  grid: RFM_SEGMENTS,
  rfm10: RFM10_SEGMENTS,
  cn8: CN8_SEGMENTS,
};

/** Index of the first matching rule, `rules.length` when none matches. */
export function firstMatch(rules: readonly SegmentRule[], r: number, f: number, m: number): number {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && m >= rule.m[0] && m <= rule.m[1]) return i;
  }
  return rules.length;
}

export function ruleSegments(t: RfmTable, rules: readonly SegmentRule[]): Int32Array {
  const out = new Int32Array(t.ids.length);
  for (let c = 0; c < out.length; c++) out[c] = firstMatch(rules, t.r[c], t.f[c], t.m[c]);
  return out;
}

/**
 * Per customer: is monetary ≥ the mean monetary? Decided on doubles when clearly apart, else
 * exactly on the decimal sums (a customer exactly at the mean is high).
 */
function monetaryHigh(t: RfmTable): Uint8Array {
  const k = t.ids.length;
  let total = 0;
  for (let c = 0; c < k; c++) total += t.monetary[c];
  const out = new Uint8Array(k);
  let exactTotal: Dec | null = null;
  for (let c = 0; c < k; c++) {
    const diff = t.monetary[c] * k - total;
    if (Math.abs(diff) > 1e-9 * Math.max(Math.abs(total), 1)) {
      out[c] = diff > 0 ? 1 : 0;
      continue;
    }
    if (exactTotal === null) {
      exactTotal = new Dec(0);
      for (let j = 0; j < k; j++) exactTotal = exactTotal.add(t.money.toDecimal(j));
    }
    out[c] = t.money.toDecimal(c).mul(k).gte(exactTotal) ? 1 : 0;
  }
  return out;
}

export function cn8Segments(t: RfmTable): Int32Array {
  const k = t.ids.length;
  // Recency days and purchase counts are whole numbers: x ≤ mean ⟺ x × k ≤ Σ x, exactly.
  let recencySum = 0;
  let frequencySum = 0;
  for (let c = 0; c < k; c++) {
    recencySum += t.recency[c];
    frequencySum += t.frequency[c];
  }
  const mHigh = monetaryHigh(t);
  const out = new Int32Array(k);
  for (let c = 0; c < k; c++) {
    const key = (t.recency[c] * k <= recencySum ? 'H' : 'L') + (t.frequency[c] * k >= frequencySum ? 'H' : 'L') + (mHigh[c] ? 'H' : 'L');
    out[c] = CN8_INDEX[key];
  }
  return out;
}

export function schemeSegments(t: RfmTable, scheme: SegmentScheme): Int32Array {
  if (scheme === 'cn8') return cn8Segments(t);
  if (scheme === 'rfm10') {
    const out = new Int32Array(t.ids.length);
    for (let c = 0; c < out.length; c++) out[c] = firstMatch(RFM10_RULES, to5(t.r[c], t.bins), to5(t.f[c], t.bins), to5(t.m[c], t.bins));
    return out;
  }
  const out = new Int32Array(t.ids.length);
  for (let c = 0; c < out.length; c++) out[c] = RFM_SEGMENTS.indexOf(rfmSegment(t.r[c], t.f[c], t.bins));
  return out;
}
