/**
 * The bundled sample is a company a manager can demo: plausible names in the workbook's language
 * without numbers tacked on, no text that only a security test would type, a closed year, a
 * December statement that shows every part of the plan working, and RFM segments that mean what a
 * manager expects on its customers' buying pace.
 */
import { rfm } from '../../src/core/rfm';
import { dateSerial, serialToIso } from '../../src/data/calendar';
import { isSale } from '../../src/data/derive';
import { yearPeriod } from '../../src/data/periods';
import { SHEET_KINDS } from '../../src/core/sheetKinds';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { workbookForRequest } from '../../src/sample/requestWorkbook';
import { buildSampleDataset } from '../../src/sample/sampleData';
import type { Language } from '../../src/core/language';

const CJK = /[\u3400-\u9fff]/;

describe.each(['zh-CN', 'en-US'] as Language[])('the %s sample', (language) => {
  const data = buildSampleDataset({ language });
  const customers = [...new Set(data.deals.map((d) => d.customer))];
  const names = [...customers, ...data.prospects, ...data.reps.map((r) => r.name), ...data.reps.map((r) => r.team ?? ''), data.company ?? ''];

  it('is a plausible company: real-looking names in its language, none numbered, none a formula', () => {
    expect(customers.length).toBe(1_200);
    expect(new Set(data.reps.map((r) => r.name)).size).toBe(data.reps.length);
    for (const n of names) {
      expect([n, /\d/.test(n)]).toEqual([n, false]);
      expect([n, /^[=+\-@]/.test(n)]).toEqual([n, false]);
      expect([n, language === 'zh-CN' ? /[A-Za-z]/.test(n) : CJK.test(n)]).toEqual([n, false]);
    }
    expect(data.company).toBe(language === 'zh-CN' ? '华信精密仪器有限公司' : 'Northfield Instruments Inc.');
  });

  it('reports on a year that has closed, with the year before it for comparison', () => {
    expect(serialToIso(data.asOf)).toBe('2025-12-31');
    expect(serialToIso(Math.min(...data.deals.map((d) => d.date))).slice(0, 4)).toBe('2024');
    const year = (y: string) => data.deals.filter((d) => serialToIso(d.date).startsWith(y)).reduce((a, d) => a + d.amount, 0);
    // A company that grows.
    expect(year('2025') / year('2024')).toBeGreaterThan(1.05);
  });

  it('has a December statement with tiers above the first, a funded pool, a record, a split, a clawback and a joiner', () => {
    const r = workbookForRequest(data, { sheets: SHEET_KINDS, language, period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
    const run = r.commissions!;
    expect(run.period).toBe('2025-12');
    const dec = run.statements.filter((s) => s.period === '2025-12');
    const lines = dec.flatMap((s) => s.lines.filter((l) => !l.amount.isZero()));
    expect(lines.some((l) => l.kind === 'band' && (l.band ?? 0) >= 2)).toBe(true);
    expect(lines.some((l) => l.kind === 'band' && (l.band ?? 0) >= 3)).toBe(true);
    expect(new Set(lines.filter((l) => l.kind === 'teamPool').map((l) => l.component)).size).toBeGreaterThan(0);
    expect(dec.filter((s) => s.lines.some((l) => l.kind === 'teamPool' && !l.amount.isZero())).length).toBeGreaterThan(4);
    expect(lines.some((l) => l.kind === 'recordBonus')).toBe(true);
    expect(lines.some((l) => l.kind === 'clawback' && l.amount.isNegative())).toBe(true);
    expect(data.deals.some((d) => serialToIso(d.date).startsWith('2025-12') && d.splits.length > 1)).toBe(true);
    const joiner = data.reps.find((rep) => rep.start !== null)!;
    expect(serialToIso(joiner.start!)).toBe('2025-12-08');
    const theirs = dec.find((s) => s.rep === joiner.name)!;
    expect(theirs.eligibleDays).toBe(24);
    expect(theirs.proratedQuota!.lt(theirs.quota!)).toBe(true);
    expect(theirs.total.isPositive()).toBe(true);
  });

  it('calls a customer lost only when they have gone quiet for much longer than they used to buy', () => {
    const sales = data.deals.filter((d) => isSale(d, data.asOf));
    const rows = rfm(sales.map((d) => d.customer), sales.map((d) => d.date), sales.map((d) => d.amount), { asOf: data.asOf });
    const lost = rows.filter((x) => x.segment === 'lost');
    expect(lost.length).toBeGreaterThan(50);
    const firstSeen = new Map<string, number>();
    for (const d of sales) firstSeen.set(d.customer, Math.min(firstSeen.get(d.customer) ?? Infinity, d.date));
    for (const x of lost) {
      // Quiet for half a year at least, and longer than their usual gap between orders: an order missed.
      const span = data.asOf - x.recency - firstSeen.get(String(x.customer))!;
      const usualGap = x.frequency > 1 ? span / (x.frequency - 1) : 0;
      expect([x.customer, x.recency >= 180 && x.recency > usualGap]).toEqual([x.customer, true]);
    }
    // And the customers buying every few weeks are not among them.
    const recent = rows.filter((x) => x.recency <= 45 && x.frequency >= 10);
    expect(recent.length).toBeGreaterThan(100);
    for (const x of recent) expect(['lost', 'hibernating', 'atRisk', 'cantLose']).not.toContain(x.segment);
  });
});

describe('sample data', () => {
  const a = buildSampleDataset({ seed: 5 });
  it('is a Dataset of the documented shape, marked as the sample: two closed years to 31 December', () => {
    expect(a.origin).toBe('sample');
    expect(serialToIso(a.asOf)).toBe('2025-12-31');
    expect(new Set(a.reps.map((r) => r.region)).size).toBe(3);
    expect(a.reps).toHaveLength(25);
    expect(Math.abs(a.deals.length - 40_000)).toBeLessThan(400);
    expect(a.pipeline!.length).toBeGreaterThanOrEqual(200);
    expect(new Set(a.quotas.map((q) => q.period)).size).toBe(24);
    expect(a.annualTargets.map((t) => t.year)).toEqual([2024, 2025]);
    expect(a.quotas.every((q) => q.scope === 'rep')).toBe(true);
    expect(a.deals.every((t) => t.date <= a.asOf && t.date >= dateSerial(2024, 1, 1))).toBe(true);
    expect(a.payments!.length).toBeGreaterThan(0);
  });
  it('is reproducible from the seed and differs between seeds', () => {
    const again = buildSampleDataset({ seed: 5 });
    expect(again.deals.slice(0, 50)).toEqual(a.deals.slice(0, 50));
    expect(again.quotas).toEqual(a.quotas);
    expect(buildSampleDataset({ seed: 6 }).deals.slice(0, 50)).not.toEqual(a.deals.slice(0, 50));
  });
});
