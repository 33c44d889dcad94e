import { parseIsoDate, periodContaining, todayIso } from '../../../src/taskpane/generate/period';

/** Excel serial of a date (1900 system). */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe('period choice (pure)', () => {
  test('a typed day is a real date or nothing', () => {
    expect(parseIsoDate('2025-06-15')).toEqual([2025, 6, 15]);
    expect(parseIsoDate('2024-02-29')).toEqual([2024, 2, 29]);
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('15/06/2025')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  test('month, quarter and year containing the day, inclusive Excel serials', () => {
    expect(periodContaining('month', 2024, 2, 10)).toEqual({ kind: 'month', start: serial(2024, 2, 1), end: serial(2024, 2, 29), label: '2024-02' });
    expect(periodContaining('quarter', 2025, 5, 20)).toEqual({ kind: 'quarter', start: 45748, end: 45838, label: '2025-Q2' });
    expect(periodContaining('quarter', 2025, 12, 31)).toMatchObject({ start: serial(2025, 10, 1), end: serial(2025, 12, 31), label: '2025-Q4' });
    expect(periodContaining('year', 2025, 7, 1)).toEqual({ kind: 'year', start: serial(2025, 1, 1), end: serial(2025, 12, 31), label: '2025' });
  });

  test('weeks run Monday to Sunday and carry the ISO week of their Thursday', () => {
    // Sunday 2025-06-15 is in the week of Monday 9 June: ISO week 24.
    expect(periodContaining('week', 2025, 6, 15)).toEqual({ kind: 'week', start: serial(2025, 6, 9), end: serial(2025, 6, 15), label: '2025-W24' });
    // Wednesday 2024-12-31 belongs to 2025-W01 (its Thursday is 2 January 2025).
    expect(periodContaining('week', 2024, 12, 31)).toMatchObject({ start: serial(2024, 12, 30), label: '2025-W01' });
    // Friday 2021-01-01 belongs to 2020-W53.
    expect(periodContaining('week', 2021, 1, 1)).toMatchObject({ start: serial(2020, 12, 28), label: '2020-W53' });
  });

  test('today in local time, as the picker starts', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
