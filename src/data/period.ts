/**
 * The report period and whether it has data. The default is the last full calendar month in the
 * data: a month is full when the data runs to (or past) its last day; an export taken on the 15th
 * defaults to the month before. A period chosen without a single deal is announced before anything
 * is generated, with the months that do have deals.
 */
import { monthsOf } from './dataset';
import type { Dataset, PeriodId } from './model';
import { problem, type DataProblem } from './problems';
import { periodBounds, periodOfSerial, readPeriod } from './values';

export interface MonthPeriod {
  kind: 'month';
  start: number;
  end: number;
  label: PeriodId;
}

export const monthPeriod = (period: PeriodId): MonthPeriod => ({ kind: 'month', ...periodBounds(period), label: period });

/** The months with deals, oldest first. */
export const dealMonths = (dataset: Pick<Dataset, 'deals'>): PeriodId[] => [...monthsOf(dataset.deals)].sort();

/** The last full calendar month with deals, or the data's only (partial) month; null without deals. */
export function defaultPeriod(dataset: Pick<Dataset, 'deals'>): PeriodId | null {
  const months = dealMonths(dataset);
  if (months.length === 0) return null;
  const lastDate = dataset.deals.reduce((m, d) => (d.date > m ? d.date : m), -Infinity);
  const lastMonth = periodOfSerial(lastDate);
  const full = periodBounds(lastMonth).end === lastDate ? lastMonth : null;
  const candidates = months.filter((m) => (full ? m <= full : m < lastMonth));
  return candidates.length > 0 ? candidates[candidates.length - 1] : lastMonth;
}

/** Whether any deal falls between two serials (inclusive): the check before generating a period. */
export function hasDealsBetween(dataset: Pick<Dataset, 'deals'>, start: number, end: number): boolean {
  for (const d of dataset.deals) if (d.date >= start && d.date <= end) return true;
  return false;
}

/** The problem to announce when a period (a month, quarter, week or year) has no deals; null when it has some. */
export function emptyPeriodProblem(dataset: Pick<Dataset, 'deals'>, period: { start: number; end: number; label: string }): DataProblem | null {
  if (hasDealsBetween(dataset, period.start, period.end)) return null;
  const months = dealMonths(dataset);
  return problem('periodEmpty', { period: period.label, first: months[0] ?? '', last: months[months.length - 1] ?? '' });
}

/** A "--period" value as a month, or the problem with it. */
export function parsePeriodOption(text: string): MonthPeriod | DataProblem {
  const p = readPeriod(text);
  return p ? monthPeriod(p) : problem('badPeriod', { value: text });
}
