import fc from 'fast-check';
import { CustomerTotals, rfmTable, rfmThresholds, type RfmTable } from '../../src/core/rfm';
import { CN8_SEGMENTS, firstMatch, RFM10_RULES, RFM10_SEGMENTS, ruleSegments, schemeSegments, type SegmentRule } from '../../src/core/rfmSegments';

function table(rows: [string, number, number][], options: { asOf?: number; bins?: number } = {}): RfmTable {
  const totals = new CustomerTotals(options.asOf ?? null);
  rows.forEach(([id, date, amount], i) => totals.add(id, date, amount, i + 1));
  return rfmTable(totals, options.bins ?? 5);
}

/** The documented example of R's rfm package (rfm_segment): names and score ranges, in its order. */
const PACKAGE_EXAMPLE = {
  names: ['Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers', "Can't Lose Them", 'At Risk', 'Need Attention', 'About To Sleep', 'Lost'],
  recency_lower: [5, 3, 2, 3, 4, 1, 1, 1, 2, 1],
  recency_upper: [5, 5, 4, 4, 5, 2, 2, 3, 3, 1],
  frequency_lower: [5, 3, 2, 1, 1, 3, 2, 3, 1, 1],
  frequency_upper: [5, 5, 4, 3, 3, 4, 5, 5, 3, 5],
  monetary_lower: [5, 2, 2, 3, 1, 4, 4, 3, 1, 1],
  monetary_upper: [5, 5, 4, 5, 5, 5, 5, 5, 4, 5],
};

/** rfm_segment's rule: a row takes the first segment whose three ranges hold (later ones skip assigned rows), else "Others". */
function packageSegment(r: number, f: number, m: number): string {
  const e = PACKAGE_EXAMPLE;
  for (let i = 0; i < e.names.length; i++) {
    const between = (x: number, lo: number, hi: number) => x >= lo && x <= hi;
    if (between(r, e.recency_lower[i], e.recency_upper[i]) && between(f, e.frequency_lower[i], e.frequency_upper[i]) && between(m, e.monetary_lower[i], e.monetary_upper[i])) return e.names[i];
  }
  return 'Others';
}

const NAMES: Record<string, string> = Object.fromEntries(RFM10_SEGMENTS.map((code, i) => [code, [...PACKAGE_EXAMPLE.names, 'Others'][i]]));

describe('rfm10: the ten segments of the rfm package example', () => {
  it('has the documented ranges, in the documented order', () => {
    expect(RFM10_RULES.map((r) => [NAMES[r.name], r.r[0], r.r[1], r.f[0], r.f[1], r.m[0], r.m[1]])).toEqual(
      PACKAGE_EXAMPLE.names.map((n, i) => [
        n,
        PACKAGE_EXAMPLE.recency_lower[i],
        PACKAGE_EXAMPLE.recency_upper[i],
        PACKAGE_EXAMPLE.frequency_lower[i],
        PACKAGE_EXAMPLE.frequency_upper[i],
        PACKAGE_EXAMPLE.monetary_lower[i],
        PACKAGE_EXAMPLE.monetary_upper[i],
      ]),
    );
  });
  it('segments worked by hand: first match wins, else Others', () => {
    const seg = (r: number, f: number, m: number) => NAMES[RFM10_SEGMENTS[firstMatch(RFM10_RULES, r, f, m)]];
    expect(seg(5, 5, 5)).toBe('Champions');
    expect(seg(5, 5, 4)).toBe('Potential Loyalist'); // R 3–5, F 3–5, M 2–5 comes before Loyal Customers
    expect(seg(2, 2, 2)).toBe('Loyal Customers');
    expect(seg(3, 1, 4)).toBe('Promising');
    expect(seg(5, 1, 1)).toBe('New Customers');
    expect(seg(2, 4, 5)).toBe("Can't Lose Them");
    expect(seg(1, 2, 4)).toBe('At Risk');
    expect(seg(2, 5, 3)).toBe('Need Attention');
    expect(seg(2, 1, 1)).toBe('About To Sleep');
    expect(seg(1, 1, 1)).toBe('Lost');
    expect(seg(2, 5, 1)).toBe('Others');
  });
  it('agrees with the package rule on all 125 score triples', () => {
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) {
      expect([r, f, m, NAMES[RFM10_SEGMENTS[firstMatch(RFM10_RULES, r, f, m)]]]).toEqual([r, f, m, packageSegment(r, f, m)]);
    }
  });
});

describe('cn8: the Chinese eight-class model', () => {
  // Eight customers as of day 100, one per class. Means: recency 10, frequency 2, monetary 500.
  // H: recency ≤ 10, frequency ≥ 2, monetary ≥ 500.
  const rows: [string, number, number][] = [];
  const customer = (id: string, recency: number, purchases: number, total: number) => {
    for (let i = 0; i < purchases; i++) rows.push([id, 100 - recency - (purchases - 1 - i), total / purchases]);
  };
  customer('HHH', 0, 4, 900); // recency 0
  customer('LHH', 20, 4, 600);
  customer('HLH', 5, 1, 800);
  customer('LLH', 15, 1, 500); // exactly at the monetary mean: high
  customer('HHL', 10, 2, 300); // exactly at the recency mean: high; frequency 2 = mean: high
  customer('LHL', 15, 2, 200);
  customer('HLL', 0, 1, 400);
  customer('LLL', 15, 1, 300);
  const t = table(rows, { asOf: 100 });

  it('the hand-made set has the means the comments say', () => {
    const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
    expect([mean(t.recency), mean(t.frequency), mean(t.monetary)]).toEqual([10, 2, 500]);
  });
  it('puts each customer in its class (R, F, M order)', () => {
    const seg = schemeSegments(t, 'cn8');
    const byId = Object.fromEntries(t.ids.map((id, c) => [id, CN8_SEGMENTS[seg[c]]]));
    expect(byId).toEqual({
      HHH: 'importantValue',
      LHH: 'importantRetain',
      HLH: 'importantDevelop',
      LLH: 'importantWinBack',
      HHL: 'generalValue',
      LHL: 'generalRetain',
      HLL: 'generalDevelop',
      LLL: 'generalWinBack',
    });
  });
  it('property: a customer is never low on a measure where it is at least as good as one that is high', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100)), { minLength: 1, maxLength: 60 }),
        (tx) => {
          const tt = table(tx.map(([id, day, amount]) => [`C${id}`, day, amount]));
          const seg = schemeSegments(tt, 'cn8');
          const BITS: Record<string, string> = { importantValue: 'HHH', importantRetain: 'LHH', importantDevelop: 'HLH', importantWinBack: 'LLH', generalValue: 'HHL', generalRetain: 'LHL', generalDevelop: 'HLL', generalWinBack: 'LLL' };
          const high = (c: number, k: 0 | 1 | 2) => BITS[CN8_SEGMENTS[seg[c]]][k] === 'H';
          for (let a = 0; a < tt.ids.length; a++) {
            for (let b = 0; b < tt.ids.length; b++) {
              if (tt.monetary[a] >= tt.monetary[b] && high(b, 2)) expect(high(a, 2)).toBe(true);
              if (tt.frequency[a] >= tt.frequency[b] && high(b, 1)) expect(high(a, 1)).toBe(true);
              if (tt.recency[a] <= tt.recency[b] && high(b, 0)) expect(high(a, 0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('rules: [name, Rmin, Rmax, Fmin, Fmax, Mmin, Mmax], first match wins', () => {
  const rules: SegmentRule[] = [
    { name: 'best', r: [4, 5], f: [4, 5], m: [4, 5] },
    { name: 'recent', r: [4, 5], f: [1, 5], m: [1, 5] },
    { name: 'big', r: [1, 5], f: [1, 5], m: [5, 5] },
  ];
  it('gives the first rule that holds, rules.length when none does', () => {
    expect(firstMatch(rules, 5, 5, 5)).toBe(0);
    expect(firstMatch(rules, 4, 1, 5)).toBe(1);
    expect(firstMatch(rules, 3, 1, 5)).toBe(2);
    expect(firstMatch(rules, 3, 3, 3)).toBe(3);
  });
  it('property: the package example as user rules segments exactly like rfm10', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 500 })), { minLength: 1, maxLength: 80 }), (tx) => {
        const tt = table(tx.map(([id, day, amount]) => [`C${id}`, day, amount]));
        expect(Array.from(ruleSegments(tt, RFM10_RULES))).toEqual(Array.from(schemeSegments(tt, 'rfm10')));
      }),
      { numRuns: 100 },
    );
  });
});

describe('RFM thresholds: the cut points of each score', () => {
  it('gives per score the lowest and highest value of its customers', () => {
    // Five customers as of day 100: recency 0, 10, 20, 30, 40; frequency 1..5; monetary 100..500.
    const rows: [string, number, number][] = [];
    for (let k = 0; k < 5; k++) for (let p = 0; p <= k; p++) rows.push([`C${k}`, 100 - 10 * (4 - k), 100]);
    const t = table(rows, { asOf: 100 });
    expect(rfmThresholds(t)).toEqual([
      { score: 1, recency: [40, 40], frequency: [1, 1], monetary: [100, 100] },
      { score: 2, recency: [30, 30], frequency: [2, 2], monetary: [200, 200] },
      { score: 3, recency: [20, 20], frequency: [3, 3], monetary: [300, 300] },
      { score: 4, recency: [10, 10], frequency: [4, 4], monetary: [400, 400] },
      { score: 5, recency: [0, 0], frequency: [5, 5], monetary: [500, 500] },
    ]);
  });
  it('property: the ranges of consecutive scores do not overlap and every customer falls in its score range', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 10_000 })), { minLength: 1, maxLength: 120 }), fc.integer({ min: 2, max: 8 }), (tx, bins) => {
        const t = table(tx.map(([id, day, amount]) => [`C${id}`, day, amount]), { bins });
        const cuts = rfmThresholds(t);
        for (let c = 0; c < t.ids.length; c++) {
          const r = cuts[t.r[c] - 1].recency!;
          expect(t.recency[c] >= r[0] && t.recency[c] <= r[1]).toBe(true);
          const m = cuts[t.m[c] - 1].monetary!;
          expect(t.monetary[c] >= m[0] && t.monetary[c] <= m[1]).toBe(true);
        }
        const present = cuts.filter((s) => s.monetary !== null).map((s) => s.monetary!);
        for (let i = 1; i < present.length; i++) expect(present[i][0]).toBeGreaterThan(present[i - 1][1]);
        const rec = cuts.filter((s) => s.recency !== null).map((s) => s.recency!);
        for (let i = 1; i < rec.length; i++) expect(rec[i][1]).toBeLessThan(rec[i - 1][0]);
      }),
      { numRuns: 100 },
    );
  });
});
