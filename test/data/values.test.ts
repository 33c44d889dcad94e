import { readDate, readLevel, readNumber, readPeriod, readShare, readStage, readStatus, readYear } from '../../src/data/values';
import { dateSerial, serialToIso } from '../../src/data/calendar';

describe('reading cells', () => {
  it('reads amounts the way finance writes them', () => {
    expect(readNumber(1234.5)).toBe(1234.5);
    expect(readNumber('1234.5')).toBe(1234.5);
    expect(readNumber('1,234,567.89')).toBe(1234567.89);
    expect(readNumber('￥12,345.60')).toBe(12345.6);
    expect(readNumber('$ 1,000')).toBe(1000);
    expect(readNumber('1 234 567')).toBe(1234567);
    expect(readNumber("1'234.50")).toBe(1234.5);
    expect(readNumber('12,345.00元')).toBe(12345);
    expect(readNumber('USD 99.95')).toBe(99.95);
    expect(readNumber('EUR-5')).toBe(-5);
    expect(readNumber('(1,234.00)')).toBe(-1234);
    expect(readNumber('１２３４．５')).toBe(1234.5);
    expect(readNumber('  ')).toBeNull();
    expect(readNumber(null)).toBeNull();
    // Not numbers: text, a decimal comma, misplaced separators, a percentage.
    for (const bad of ['abc', 'n/a', '1.234,56', '12,34', '60%', '0x1F', '1,2345']) expect(readNumber(bad)).toBeNaN();
  });

  it('reads grouped amounts to exactly the double the plain number gives', () => {
    let state = 17;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    // Compared in the loop and asserted once: 20,000 expect() calls cost more than the reading.
    const wrong: [string, number | null, number][] = [];
    for (let i = 0; i < 20_000; i++) {
      const cents = next() * 4096 + (next() % 4096);
      const text = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const plain = Number(text.replace(/,/g, ''));
      if (!Object.is(readNumber(text), plain)) wrong.push([text, readNumber(text), plain]);
      if (!Object.is(readNumber(`-${text}`), -plain)) wrong.push([`-${text}`, readNumber(`-${text}`), -plain]);
    }
    expect(wrong).toEqual([]);
  });

  it('reads shares as percentages or fractions', () => {
    expect(readShare('60%', false)).toBeCloseTo(0.6, 12);
    expect(readShare('60%', true)).toBeCloseTo(0.6, 12);
    expect(readShare('60.00', true)).toBeCloseTo(0.6, 12);
    expect(readShare(0.6, false)).toBe(0.6);
    expect(readShare('', true)).toBeNull();
    expect(readShare('most', true)).toBeNaN();
  });

  it('reads dates in every form an export uses, as Excel serials', () => {
    const mar15 = dateSerial(2024, 3, 15);
    expect(mar15).toBe(45366);
    for (const v of [45366, 45366.75, '2024-03-15', '2024/3/15', '2024.3.15', '2024年3月15日', '2024-03-15 10:22:00', '2024-03-15T10:22:00Z', '20240315', 20240315, '45366', new Date(Date.UTC(2024, 2, 15))]) {
      expect([v, readDate(v)]).toEqual([v, mar15]);
    }
    expect(readDate('3/15/2024')).toBe(mar15);
    expect(readDate('15/3/2024', 'dmy')).toBe(mar15);
    expect(readDate('2024-02-30')).toBeNaN();
    expect(readDate('next week')).toBeNaN();
    expect(readDate(true)).toBeNaN();
    expect(readDate('')).toBeNull();
    // A real date far outside 1950–2200 comes back negative, so the message can say so.
    const small = readDate(12)!;
    expect(small).toBeLessThan(0);
    expect(serialToIso(-small - 1)).toBe('1900-01-11');
  });

  it('reads months and years', () => {
    for (const v of ['2026-03', '2026/3', '2026-3', '2026年3月', '202603', 202603, 'Mar 2026', 'March-2026', '2026 Mar', '2026-03-17', dateSerial(2026, 3, 1), new Date(Date.UTC(2026, 2, 1))]) {
      expect([v, readPeriod(v)]).toEqual([v, '2026-03']);
    }
    expect(readPeriod('2026-13')).toBe('');
    expect(readPeriod('Q1')).toBe('');
    expect(readPeriod(' ')).toBeUndefined();
    expect(readYear('2026')).toBe(2026);
    expect(readYear('FY2026')).toBe(2026);
    expect(readYear('2026年度')).toBe(2026);
    expect(readYear(2026)).toBe(2026);
    expect(readYear('26')).toBeNaN();
  });

  it('reads stages, statuses and levels in English, Chinese and CRM words', () => {
    expect(['Closed Won', '成交', 'Prospecting', 'Negotiation/Review', 'closed lost', '意向'].map(readStage)).toEqual(['won', 'won', 'lead', 'negotiation', 'lost', 'intent']);
    expect(readStage('Maybe')).toBeUndefined();
    expect(readStage('')).toBeNull();
    expect(['In Progress', '已完成', 'Not started'].map(readStatus)).toEqual(['inProgress', 'done', 'notStarted']);
    expect(['Senior', '骨干', 'junior', '新人'].map(readLevel)).toEqual(['senior', 'core', 'new', 'new']);
  });
});
