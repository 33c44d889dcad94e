/**
 * What the pane and the command line need about periods beyond periods.ts (the default period and
 * the empty-period check): the months that have deals, and a "--period YYYY-MM" value read.
 */
import type { Period } from '../core/period';
import { monthId, monthIdStart } from './calendar';
import type { Dataset, PeriodId } from './model';
import { monthPeriod } from './periods';
import { problem, type DataProblem } from './problems';
import { readPeriod } from './values';

/** The months with at least one deal, oldest first. */
export function dealMonths(dataset: { deals: readonly Dataset['deals'][number][] }): PeriodId[] {
  // Deals cluster in few days: format each day's month once rather than a million times.
  const days = new Set<number>();
  for (const d of dataset.deals) days.add(d.date);
  return [...new Set([...days].map(monthId))].sort();
}

/** A "--period" value (any way of writing a month) as the month's Period, or the problem with it. */
export function parsePeriodOption(text: string): Period | DataProblem {
  const p = readPeriod(text);
  return p ? monthPeriod(monthIdStart(p)) : problem('badPeriod', { value: text });
}
