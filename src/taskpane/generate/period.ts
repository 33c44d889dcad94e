import type { Period } from '../../host/types';

const DAY_MS = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (the 1900 date system, as every builder uses). */
const EPOCH_SERIAL = 25_569;

const toSerial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS + EPOCH_SERIAL;
const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025-06-15" → [2025, 6, 15], or null when it is not a real date. */
export function parseIsoDate(text: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/**
 * The period of `kind` containing the day: weeks run Monday to Sunday and are labelled with the
 * ISO week (2025-W24), months 2025-06, quarters 2025-Q2, years 2025. Start and end are inclusive
 * Excel serials, as GenerateRequest wants.
 */
export function periodContaining(kind: Period['kind'], y: number, m: number, d: number): Period {
  switch (kind) {
    case 'year':
      return { kind, start: toSerial(y, 1, 1), end: toSerial(y, 12, 31), label: String(y) };
    case 'quarter': {
      const q = Math.floor((m - 1) / 3);
      return { kind, start: toSerial(y, q * 3 + 1, 1), end: toSerial(y, q * 3 + 4, 0), label: `${y}-Q${q + 1}` };
    }
    case 'month':
      return { kind, start: toSerial(y, m, 1), end: toSerial(y, m + 1, 0), label: `${y}-${pad(m)}` };
    case 'week': {
      const day = toSerial(y, m, d);
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
      const start = day - weekday;
      // ISO week: the week belongs to the year of its Thursday.
      const thursday = new Date((start + 3 - EPOCH_SERIAL) * DAY_MS);
      const isoYear = thursday.getUTCFullYear();
      const week = Math.floor((start + 3 - toSerial(isoYear, 1, 1)) / 7) + 1;
      return { kind, start, end: start + 6, label: `${isoYear}-W${pad(week)}` };
    }
  }
}

/** Today's date as yyyy-mm-dd in local time (the default day of the period picker). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
