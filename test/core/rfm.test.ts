import fc from 'fast-check';
import { quantileScores, rfm, rfmSegment } from '../../src/core/rfm';
import { raised } from '../support/errors';

describe('quantile scores', () => {
  it('is 1 + floor(bins × strictly-worse ÷ n)', () => {
    expect(Array.from(quantileScores([10, 20, 30, 40, 50], 5, true))).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(quantileScores([10, 20, 30, 40, 50], 5, false))).toEqual([5, 4, 3, 2, 1]);
    // ties share a score: the three 20s have one worse value each
    expect(Array.from(quantileScores([10, 20, 20, 20, 50], 5, true))).toEqual([1, 2, 2, 2, 5]);
    expect(Array.from(quantileScores([7, 7, 7], 5, true))).toEqual([1, 1, 1]);
  });
  it('property: counted (whole numbers) and sorted (fractions) paths give the same scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 2, max: 10 }), fc.boolean(), (vals, bins, up) => {
        const counted = quantileScores(vals, bins, up);
        const sorted = quantileScores(vals.map((v) => v + 0.5), bins, up);
        expect(Array.from(sorted)).toEqual(Array.from(counted));
      }),
    );
  });
  it('property: equal values get equal scores, better values never get lower scores, scores stay in 1..bins', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 10 }), fc.boolean(), (vals, bins, up) => {
        const s = quantileScores(vals, bins, up);
        for (let i = 0; i < vals.length; i++) {
          expect(s[i]).toBeGreaterThanOrEqual(1);
          expect(s[i]).toBeLessThanOrEqual(bins);
          for (let j = 0; j < vals.length; j++) {
            if (vals[i] === vals[j]) expect(s[i]).toBe(s[j]);
            const iBetter = up ? vals[i] > vals[j] : vals[i] < vals[j];
            if (iBetter) expect(s[i]).toBeGreaterThanOrEqual(s[j]);
          }
        }
      }),
    );
  });
});

describe('segments', () => {
  it('follows the R×F grid', () => {
    expect(rfmSegment(5, 5)).toBe('champions');
    expect(rfmSegment(5, 1)).toBe('newCustomers');
    expect(rfmSegment(4, 2)).toBe('potentialLoyalists');
    expect(rfmSegment(4, 1)).toBe('promising');
    expect(rfmSegment(3, 3)).toBe('needAttention');
    expect(rfmSegment(3, 2)).toBe('aboutToSleep');
    expect(rfmSegment(3, 4)).toBe('loyal');
    expect(rfmSegment(2, 5)).toBe('cantLose');
    expect(rfmSegment(2, 3)).toBe('atRisk');
    expect(rfmSegment(2, 1)).toBe('hibernating');
    expect(rfmSegment(1, 2)).toBe('lost');
    expect(rfmSegment(1, 4)).toBe('atRisk');
  });
  it('maps other bin counts onto the 1–5 grid', () => {
    expect(rfmSegment(10, 10, 10)).toBe('champions');
    expect(rfmSegment(1, 1, 3)).toBe('lost');
    expect(rfmSegment(2, 2, 3)).toBe('needAttention'); // 2 of 3 is the grid's 3
  });
});

describe('rfm', () => {
  // Five customers, as of day 100.
  const customers = ['A', 'B', 'A', 'C', 'D', 'E', 'A', 'B', 'E'];
  const dates = [90, 95, 99, 40, 10, 100, 100, 60, 100];
  const amounts = [100, 200.1, 300.2, 50, 10, 1000, 0.1, 0.2, 500];
  it('computes recency, frequency and exact monetary per customer in first-seen order', () => {
    const rows = rfm(customers, dates, amounts);
    expect(rows.map((r) => r.customer)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(rows.map((r) => r.recency)).toEqual([0, 5, 60, 90, 0]);
    expect(rows.map((r) => r.frequency)).toEqual([3, 2, 1, 1, 2]);
    expect(rows.map((r) => r.monetary)).toEqual([400.3, 200.3, 50, 10, 1500]);
    // recency: A and E tie at 0 → 3 worse each → R = 1 + floor(5×3/5) = 4
    expect(rows.map((r) => r.r)).toEqual([4, 3, 2, 1, 4]);
    expect(rows.map((r) => r.f)).toEqual([5, 3, 1, 1, 3]);
    expect(rows.map((r) => r.m)).toEqual([4, 3, 2, 1, 5]);
    expect(rows.map((r) => r.code)).toEqual(['454', '333', '212', '111', '435']);
    expect(rows.map((r) => r.segment)).toEqual(['loyal', 'needAttention', 'hibernating', 'lost', 'potentialLoyalists']);
  });
  it('measures recency from asOf and ignores later transactions', () => {
    const rows = rfm(customers, dates, amounts, { asOf: 95 });
    expect(rows.map((r) => r.customer)).toEqual(['A', 'B', 'C', 'D']);
    expect(rows[0]).toMatchObject({ recency: 5, frequency: 1, monetary: 100 });
  });
  it('is independent of row order except for the output order', () => {
    const idx = customers.map((_, i) => i).reverse();
    const a = rfm(customers, dates, amounts);
    const b = rfm(idx.map((i) => customers[i]), idx.map((i) => dates[i]), idx.map((i) => amounts[i]));
    const byId = (rs: typeof a) => Object.fromEntries(rs.map((r) => [r.customer, r.code]));
    expect(byId(b)).toEqual(byId(a));
  });
  it('takes any text as an id, including names of Object.prototype members', () => {
    const rows = rfm(['__proto__', 'constructor', 'toString', '__proto__'], [1, 2, 3, 4], [1, 2, 3, 4]);
    expect(rows.map((r) => [r.customer, r.frequency, r.monetary])).toEqual([
      ['__proto__', 2, 5],
      ['constructor', 1, 2],
      ['toString', 1, 3],
    ]);
  });
  it('keeps the number 1001 and the text "1001" apart, as Excel does (=1="1" is FALSE)', () => {
    const rows = rfm([1001, '1001', 1002, 1001], [1, 2, 3, 4], [1, 2, 4, 8]);
    expect(rows.map((r) => [r.customer, r.frequency, r.monetary])).toEqual([
      [1001, 2, 9],
      ['1001', 1, 2],
      [1002, 1, 4],
    ]);
  });
  it('refuses a negative date serial with #NUM! naming the row', () => {
    expect(raised(() => rfm(['A', 'B'], [5, -1], [1, 1]))).toBe('NUM: dates: row 2 is a negative date serial (Excel dates start at 1 = 1900-01-01)');
    expect(raised(() => rfm(['A'], [5], [1], { asOf: -3 }))).toMatch(/^NUM: asOf: row 1 is a negative date serial/);
  });
  it('rejects negative amounts, bad bins and an empty window', () => {
    expect(raised(() => rfm(['A'], [1], [-5]))).toBe('NUM: amounts: row 1 is negative');
    expect(raised(() => rfm(['A'], [1], [5], { bins: 1 }))).toMatch(/^NUM: bins/);
    expect(raised(() => rfm(['A'], [10], [5], { asOf: 5 }))).toMatch(/^VALUE: no transactions on or before asOf/);
    expect(raised(() => rfm(['A', 'B'], [1], [5]))).toBe('VALUE: customers has 2 items, dates has 1');
  });
});
