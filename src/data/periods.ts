/**
 * The period a generate run starts on, and the check that a chosen period holds any data, both
 * from the data alone: the report date is the data's, never today's, and nothing assumes a year.
 */
import type { Period } from '../core/period';
import { monthEnd, monthId, monthIdStart, monthStart, serialToIso, yearOf } from './calendar';
import type { Dataset } from './model';
import type { SheetNotice } from './notices';

/** The calendar month holding a date, as a Period. */
export function monthPeriod(serial: number): Period {
  const start = monthStart(serial);
  return { kind: 'month', start, end: monthEnd(start), label: monthId(start) };
}

/** The calendar year holding a date, as a Period. */
export function yearPeriod(serial: number): Period {
  const year = yearOf(serial);
  const start = monthIdStart(`${year}-01`);
  return { kind: 'year', start, end: monthIdStart(`${year + 1}-01`) - 1, label: String(year) };
}

/** Calls `visit` with every date the data has activity on: deals and pipeline rows. */
function eachDate(data: Dataset, visit: (date: number) => boolean | void): boolean {
  for (const d of data.deals) if (visit(d.date) === true) return true;
  for (const p of data.pipeline ?? []) if (visit(p.date) === true) return true;
  return false;
}

/**
 * The last full calendar month in the data: the latest month that ends on or before the report
 * date and holds a deal or a pipeline row. Without one (data only in the report date's month),
 * the report date's month.
 */
export function defaultPeriod(data: Dataset): Period {
  let best: number | null = null;
  eachDate(data, (date) => {
    const end = monthEnd(date);
    if (end <= data.asOf && (best === null || end > best)) best = end;
  });
  return monthPeriod(best ?? data.asOf);
}

/** True when a deal, pipeline row, quota, annual target or payment falls in the period. */
export function periodHasData(data: Dataset, period: Period): boolean {
  const inside = (d: number) => d >= period.start && d <= period.end;
  if (eachDate(data, inside)) return true;
  if (data.quotas.some((q) => monthIdStart(q.period) <= period.end && monthEnd(monthIdStart(q.period)) >= period.start)) return true;
  if (data.annualTargets.some((a) => yearOf(period.start) <= a.year && a.year <= yearOf(period.end))) return true;
  return (data.payments ?? []).some((p) => monthIdStart(p.period) <= period.end && monthEnd(monthIdStart(p.period)) >= period.start);
}

/** A notice when nothing in the data falls in the period (to show before generating), else null. */
export function emptyPeriodNotice(data: Dataset, period: Period): SheetNotice | null {
  if (periodHasData(data, period)) return null;
  let [lo, hi] = [Infinity, -Infinity];
  eachDate(data, (d) => {
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  });
  const [first, last] = lo <= hi ? [serialToIso(lo), serialToIso(hi)] : [null, null];
  return { code: 'periodEmpty', params: { period: period.label, first, last } };
}
