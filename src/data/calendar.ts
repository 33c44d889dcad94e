/**
 * Calendar arithmetic on Excel date serials (days since 1899-12-30, the 1900 date system every
 * builder uses) and on months written "YYYY-MM". Pure and UTC-based, so no time zone moves a date.
 */
import type { PeriodId } from './model';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
}

const utc = (serial: number): Date => new Date(EPOCH + Math.floor(serial) * DAY_MS);

// A million deals fall on a few thousand days: each day is taken apart once.
const parts = new Map<number, [number, number, number]>();
const ids = new Map<number, PeriodId>();

/** [year, month 1–12, day]. */
export function ymd(serial: number): [number, number, number] {
  let p = parts.get(serial);
  if (p === undefined) {
    const d = utc(serial);
    p = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (parts.size < 100_000) parts.set(serial, p);
  }
  return p;
}

export const serialToIso = (serial: number): string => utc(serial).toISOString().slice(0, 10);
export const yearOf = (serial: number): number => ymd(serial)[0];

/** First day of the month holding the date. */
export function monthStart(serial: number): number {
  const [y, m] = ymd(serial);
  return dateSerial(y, m, 1);
}

/** Last day of the month holding the date. */
export function monthEnd(serial: number): number {
  const [y, m] = ymd(serial);
  return dateSerial(y, m + 1, 1) - 1;
}

/** First day of the month `k` months after (negative: before) the month holding the date. */
export function addMonths(serial: number, k: number): number {
  const [y, m] = ymd(serial);
  return dateSerial(y, m + k, 1);
}

/** "YYYY-MM" of the month holding the date. */
export function monthId(serial: number): PeriodId {
  let id = ids.get(serial);
  if (id === undefined) {
    const [y, m] = ymd(serial);
    id = `${y}-${String(m).padStart(2, '0')}`;
    if (ids.size < 100_000) ids.set(serial, id);
  }
  return id;
}

/** First day of a "YYYY-MM" month. */
export function monthIdStart(id: PeriodId): number {
  return dateSerial(Number(id.slice(0, 4)), Number(id.slice(5, 7)), 1);
}

/** The first days of the twelve months of a year. */
export function monthsOfYear(year: number): number[] {
  return Array.from({ length: 12 }, (_, i) => dateSerial(year, i + 1, 1));
}

/** The first days of every month from the one holding `from` to the one holding `to`. */
export function monthsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = monthStart(from); m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
