/**
 * SALES.RFM's arguments. The three transaction columns are read and totalled in one pass over
 * the rows Excel passes (a million n×1 arrays): each row is checked as it is read (fully blank
 * rows skipped, a partly blank row or a wrong type is an error naming it) and added to the
 * customer totals at once, with no intermediate columns.
 */
import { valueError } from '../core/errors';
import { CustomerTotals, MAX_RFM_BINS } from '../core/rfm';
import type { SegmentRule, SegmentScheme } from '../core/rfmSegments';
import { describe, isBlank, matrix, trimBlankTail, type Matrix } from './args';
import { inSlices, type Steps } from './slices';
import { enumValue } from './spec';

const NAMES = ['customers', 'dates', 'amounts'] as const;

function column(v: unknown, name: string): Matrix {
  return Array.isArray(v) && v.length > 0 ? (v as Matrix) : matrix(v, name);
}

/** Reads rows [from, to) into the totals. */
function readRows(c: Matrix, d: Matrix, a: Matrix, totals: CustomerTotals, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const cr = c[i];
    const dr = d[i];
    const ar = a[i];
    // Row shape: each range is one column wide (a shorter range counts as blank below its end).
    if ((cr !== undefined && cr.length !== 1) || (dr !== undefined && dr.length !== 1) || (ar !== undefined && ar.length !== 1)) {
      const name = cr !== undefined && cr.length !== 1 ? 'customers' : dr !== undefined && dr.length !== 1 ? 'dates' : 'amounts';
      throw valueError('notSingleColumn', { arg: name });
    }
    const id = cr === undefined ? undefined : cr[0];
    const date = dr === undefined ? undefined : dr[0];
    const amount = ar === undefined ? undefined : ar[0];
    if (typeof date === 'number' && typeof amount === 'number' && (typeof id === 'string' ? id !== '' : typeof id === 'number') && date - date === 0 && amount - amount === 0) {
      totals.add(id as string | number, date, amount, i + 1);
      continue;
    }
    checkRow(i, [id, date, amount]);
  }
}

function columns(customers: unknown, dates: unknown, amounts: unknown) {
  const c = column(customers, 'customers');
  const d = column(dates, 'dates');
  const a = column(amounts, 'amounts');
  return { c, d, a, height: Math.max(c.length, d.length, a.length) };
}

/** The customer totals, read in slices (see slices.ts), so a million rows can yield to the pane. */
export function* transactions(customers: unknown, dates: unknown, amounts: unknown, asOf: number | null): Steps<CustomerTotals> {
  const { c, d, a, height } = columns(customers, dates, amounts);
  const totals = new CustomerTotals(asOf);
  yield* inSlices(height, (from, to) => readRows(c, d, a, totals, from, to));
  return totals;
}

/** A row that is not the common case: blank (skipped), partly blank or of a wrong type (errors). */
function checkRow(i: number, cells: readonly unknown[]): void {
  const blank = cells.map(isBlank);
  if (blank.every(Boolean)) return;
  if (blank.some(Boolean)) throw valueError('rowsPartlyBlank', { row: i + 1, missing: NAMES.filter((_, k) => blank[k]).join(', ') });
  const [id, date, amount] = cells;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw valueError('notTextOrNumberAt', { arg: 'customers', at: i + 1, value: describe(id) });
  }
  const bad = !(typeof date === 'number' && Number.isFinite(date)) ? 1 : 2;
  throw valueError('notANumberAt', { arg: NAMES[bad], at: i + 1, unit: 'row', value: describe(bad === 1 ? date : amount) });
}

export type Segments = { scheme: SegmentScheme } | { rules: SegmentRule[] };

const RULE_COLUMNS = ['Rmin', 'Rmax', 'Fmin', 'Fmax', 'Mmin', 'Mmax'];

/** A score bound in a rule: a whole number (or its text: Excel may pass the range as text). */
function bound(v: unknown): number | null {
  const x = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= MAX_RFM_BINS ? x : null;
}

/**
 * The `segments` argument: a scheme name, or a range of rules [name, Rmin, Rmax, Fmin, Fmax, Mmin,
 * Mmax] (first match wins). A first row whose bounds are all text is a header and is skipped.
 */
export function readSegments(v: unknown): Segments {
  if (isBlank(v)) return { scheme: 'grid' };
  const m = trimBlankTail(matrix(v, 'segments'));
  if (m.length === 1 && m[0].length === 1) {
    return isBlank(m[0][0]) ? { scheme: 'grid' } : { scheme: enumValue('SEGMENTS', 'segments', m[0][0]) as SegmentScheme };
  }
  if (m[0].length !== 7) throw valueError('tableColumns', { arg: 'segments', expected: 7, got: m[0].length });
  const header = m[0].slice(1).every((c) => typeof c === 'string' && bound(c) === null);
  const rules: SegmentRule[] = [];
  m.forEach((row, i) => {
    if (i === 0 && header) return;
    const name = row[0];
    if (isBlank(name)) throw valueError('ruleName', { row: i + 1 });
    const b = row.slice(1).map(bound);
    for (let k = 0; k < 6; k += 2) {
      if (b[k] === null || b[k + 1] === null || (b[k] as number) > (b[k + 1] as number)) {
        throw valueError('ruleRange', { row: i + 1, column: `${RULE_COLUMNS[k]}/${RULE_COLUMNS[k + 1]}` });
      }
    }
    rules.push({ name: String(name), r: [b[0]!, b[1]!], f: [b[2]!, b[3]!], m: [b[4]!, b[5]!] });
  });
  if (rules.length === 0) throw valueError('emptyRange', { arg: 'segments' });
  return { rules };
}
