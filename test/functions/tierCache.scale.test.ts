/**
 * Tier tables of any length (a scale test: in \`npm test\`, not in the quick \`npm run test:unit\`):
 * a whole column of 200,000 tiers answers exactly and is never kept in the cache.
 */
import { cachedBytes, clearTierCache } from '../../src/functions/commissionArgs';
import { commission } from '../../src/functions/functions';

const COLUMN = 1_048_576;
/** A whole-column range as Excel passes it: the filled rows, then blank rows to the sheet's end. */
const wholeColumn = (filled: readonly (readonly unknown[])[]): unknown[][] => Array.from({ length: COLUMN }, (_, i) => (i < filled.length ? filled[i].slice() : [null, null]));
/** n tiers 10 apart, rates 1.0 %, 1.1 % … 1.6 % repeating. */
const tiers = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i * 10, (10 + (i % 7)) / 1000]);

beforeEach(clearTierCache);

describe('tier tables of any length', () => {
  it('200,000 tiers in a whole column answer exactly, both modes, without overflowing the stack, and are not kept', () => {
    const range = wholeColumn(tiers(200_000));
    // Each band rounds on its own: 10 × 1.0 % … 10 × 1.6 % = 0.10 … 0.16, 0.91 per 7 bands;
    // 28,571 cycles and 3 bands more (0.10 + 0.11 + 0.12) up to 2,000,000.
    expect(commission(2_000_000, range, 'marginal', null)).toBe(25_999.94);
    // Band 200,000 (from 1,999,990), rate 1.2 %.
    expect(commission(2_000_000, range, 'flat', null)).toBe(24_000);
    // Such a table costs more than the cache's bound: validated on every call, never kept.
    expect(cachedBytes()).toBe(0);
  });
});
