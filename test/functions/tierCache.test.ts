/**
 * The COMMISSION tier cache: bounded by its own byte accounting, never stale, and tier tables
 * of any length (a whole column of them) answer.
 */
import { cachedBytes, CACHE_BYTES, clearTierCache } from '../../src/functions/commissionArgs';
import { commission } from '../../src/functions/functions';
import { cell } from './cell';

const COLUMN = 1_048_576;
/** A whole-column range as Excel passes it: the filled rows, then blank rows to the sheet's end. */
const wholeColumn = (filled: readonly (readonly unknown[])[]): unknown[][] => Array.from({ length: COLUMN }, (_, i) => (i < filled.length ? filled[i].slice() : [null, null]));
/** n tiers 10 apart, rates 1.0 %, 1.1 % … 1.6 % repeating. */
const tiers = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i * 10, (10 + (i % 7)) / 1000]);
const SEED = [
  [0, 0.01],
  [1_000_000, 0.015],
  [2_000_000, 0.02],
];

beforeEach(clearTierCache);

describe('the tier cache', () => {
  it('keeps a whole-column range of three tiers once and reuses it for a fresh copy', () => {
    expect(commission(2_500_000, wholeColumn(SEED), null, null)).toBe(35_000);
    const kept = cachedBytes();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(10_000);
    expect(commission(2_500_000, wholeColumn(SEED), null, null)).toBe(35_000);
    expect(cachedBytes()).toBe(kept);
  });
  it('is never stale: a changed rate, a changed bound or a filled cell below the tiers is read again', () => {
    expect(commission(2_500_000, wholeColumn(SEED), null, null)).toBe(35_000);
    const rate = SEED.map((r, i) => (i === 2 ? [r[0], 0.03] : r));
    expect(commission(2_500_000, wholeColumn(rate), null, null)).toBe(40_000);
    const bound = SEED.map((r, i) => (i === 1 ? [500_000, r[1]] : r));
    expect(commission(2_500_000, wholeColumn(bound), null, null)).toBe(37_500);
    const below = wholeColumn(SEED);
    below[10] = [null, 0.05];
    expect(cell(() => commission(2_500_000, below, null, null))).toBe('#VALUE! tiers: row 4 is partly blank');
    // The same numbers as text are not the same table.
    expect(cell(() => commission(2_500_000, SEED.map((r) => r.map(String)), null, null))).toMatch(/^#VALUE! tiers: row 1 must be a number/);
    // -0 as the first bound is a table of its own (kept apart from 0), with the same answer.
    expect(commission(2_500_000, SEED.map((r, i) => (i === 0 ? [-0, r[1]] : r)), null, null)).toBe(35_000);
  });
  it('holds no more than 50 MB by its own accounting, whatever the ranges', () => {
    expect(CACHE_BYTES).toBe(50 * 1024 * 1024);
    // Tables of 20,000 tiers fit a few at a time; older ones make room for newer ones.
    // Amount 15k falls in band 2 (from 10k, 1.1 %): 0.165k, rounded half away from zero.
    const want = [0.17, 0.33, 0.5, 0.66, 0.83];
    let max = 0;
    for (let k = 1; k <= 5; k++) {
      const t = tiers(20_000).map(([lower, rate]) => [lower * k, rate]);
      expect(commission(15 * k, t, 'flat', null)).toBe(want[k - 1]);
      max = Math.max(max, cachedBytes());
    }
    // Three or four such tables are kept at once (each about 12 MB by the accounting), never five.
    expect(max).toBeGreaterThan(3 * 20_000 * 600);
    expect(max).toBeLessThanOrEqual(CACHE_BYTES);
  });
});
