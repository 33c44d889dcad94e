import { monthEnd, monthIdStart } from '../../data/calendar';
import type { PeriodId } from '../../data/model';
import type { Period } from '../../host/types';

/** Whether a period overlaps a month with deals ("YYYY-MM", from the data check). */
export function periodHasDeals(period: Pick<Period, 'start' | 'end'>, months: readonly PeriodId[]): boolean {
  return months.some((m) => monthIdStart(m) <= period.end && monthEnd(monthIdStart(m)) >= period.start);
}
