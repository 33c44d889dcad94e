/**
 * Quotas: one row per rep, team, region or the whole company and month, or per year for an annual
 * target (split into months by the template's season weights when the sheets are built).
 *
 * A row's scope is its most specific filled name: a rep, else a team, else a region, else the
 * company. The month is a period cell ("2026-03", "2026年3月", a date in the month), or a month
 * number (3, "3月", "Mar") next to a Year column; a period cell holding only a year, or a Year
 * column without a period, makes an annual target.
 */
import type { TableReader } from './cells';
import type { AnnualTarget, Quota, QuotaScope } from './model';
import { problem, type Place } from './problems';
import { cellText, isBlank, nameKey, periodOf } from './values';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month written without its year: 3, "03", "3月", "Mar", "March". */
function monthOnly(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1 && raw <= 12 ? raw : null;
  const s = cellText(raw).normalize('NFKC').trim().toLowerCase();
  const m = /^(\d{1,2})\s*月?$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const i = MONTH_NAMES.indexOf(s.slice(0, 3));
  return i >= 0 && /^[a-z]+$/.test(s) ? i + 1 : null;
}

export interface TargetsInto {
  quotas: Quota[];
  annual: AnnualTarget[];
  /** First place of each scope, name and period, for duplicates across tables. */
  seen: Map<string, Place>;
}

const scopeOf = (rep: string | null, team: string | null, region: string | null): [QuotaScope, string] =>
  rep !== null ? ['rep', rep] : team !== null ? ['team', team] : region !== null ? ['region', region] : ['company', ''];

/** Reads one quota row's month or year; reports and returns null when it has neither. */
function when(reader: TableReader, r: number): { period: string } | { year: number } | null {
  const hasPeriod = reader.has('period') && !isBlank(reader.raw(r, 'period'));
  const hasYear = reader.has('year') && !isBlank(reader.raw(r, 'year'));
  if (hasPeriod) {
    const month = hasYear ? monthOnly(reader.raw(r, 'period')) : null;
    if (month !== null) {
      const year = reader.year(r, 'year');
      return year === null ? null : { period: periodOf(year, month) };
    }
    const yearAlone = reader.yearOf(r, 'period');
    if (yearAlone !== null) return { year: yearAlone };
    const period = reader.period(r, 'period', true);
    return period === null ? null : { period };
  }
  if (hasYear) {
    const year = reader.year(r, 'year');
    return year === null ? null : { year };
  }
  reader.fail(problem('blank', { expected: 'period' }, reader.place(r, reader.has('period') ? 'period' : 'year')));
  return null;
}

export function readQuotas(reader: TableReader, into: TargetsInto): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'target')))) continue;
    const [scope, name] = scopeOf(reader.name(r, 'rep'), reader.text(r, 'team'), reader.text(r, 'region'));
    const amount = reader.amount(r, 'target', { required: true });
    const at = when(reader, r);
    if (reader.bad || amount === null || at === null) continue;
    const key = `${scope}|${nameKey(name)}|${'period' in at ? at.period : at.year}`;
    const first = into.seen.get(key);
    if (first) {
      reader.fail(problem('duplicateQuota', { name, period: 'period' in at ? at.period : String(at.year), first }, reader.place(r, 'target')));
      continue;
    }
    into.seen.set(key, reader.place(r));
    const ref = { source: t.source, row: t.rowNumber(r) };
    if ('period' in at) into.quotas.push({ scope, name, period: at.period, amount, ref });
    else into.annual.push({ scope, name, year: at.year, amount, ref });
  }
  return reader.rows;
}
