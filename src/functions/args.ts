import { valueError, numError } from '../core/errors';
import { inSlices, runNow, type Steps } from './slices';

/**
 * Turning what Excel passes into plain values, with a message naming the argument when it is
 * not usable. Excel passes ranges as 2-D arrays, omitted optional arguments as null, and blank
 * cells as null or "".
 */
export type Cell = number | string | boolean | null | undefined;
export type Matrix = Cell[][];

export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** A cell as a message shows it, the same in every language: "abc" (quoted), TRUE, 12, {…}. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 20 ? v.slice(0, 20) + '…' : v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (Array.isArray(v)) return '{…}';
  return String(v);
}

function finite(v: unknown, name: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw valueError('notANumber', { arg: name, value: describe(v) });
}

/** A single cell: a 1×1 range counts as its value. */
function single(v: unknown, name: string): unknown {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  throw valueError('notSingleValue', { arg: name });
}

export function num(v: unknown, name: string): number {
  const x = single(v, name);
  if (isBlank(x)) throw valueError('required', { arg: name });
  return finite(x, name);
}

export function optNum(v: unknown, name: string, dflt: number): number;
export function optNum(v: unknown, name: string, dflt: null): number | null;
export function optNum(v: unknown, name: string, dflt: number | null): number | null {
  const x = single(v, name);
  return isBlank(x) ? dflt : finite(x, name);
}

export function nonNegative(v: unknown, name: string): number {
  const x = num(v, name);
  if (x < 0) throw numError('negative', { arg: name });
  return x;
}

export function optInt(v: unknown, name: string, dflt: number, min: number, max: number): number {
  const x = optNum(v, name, dflt);
  if (!Number.isInteger(x) || x < min || x > max) throw numError('wholeNumberRange', { arg: name, min, max });
  return x;
}


export function optBool(v: unknown, name: string, dflt: boolean): boolean {
  const x = single(v, name);
  if (isBlank(x)) return dflt;
  if (typeof x === 'boolean') return x;
  if (x === 0 || x === 1) return x === 1;
  throw valueError('notBoolean', { arg: name, value: describe(x) });
}

/** A range argument; a single value passed where a range is expected counts as a 1×1 range. */
export function matrix(v: unknown, name: string): Matrix {
  if (!Array.isArray(v)) return [[v as Cell]];
  if (v.length === 0 || !v.every(Array.isArray)) throw valueError('notARange', { arg: name });
  return v as Matrix;
}

const rowBlank = (row: readonly Cell[]): boolean => row.every(isBlank);

/** Drops fully blank rows at the end (ranges are often selected longer than the data). */
export function trimBlankTail(m: Matrix): Matrix {
  let end = m.length;
  while (end > 0 && rowBlank(m[end - 1])) end--;
  return end === m.length ? m : m.slice(0, end);
}

/** A row or a column of numbers (a 1×n or n×1 range); blank cells inside are an error. */
export function numberVector(v: unknown, name: string): number[] {
  return Array.from(runNow(numbers(v, name)));
}

function numberAtError(c: unknown, name: string, i: number): Error {
  if (isBlank(c)) return valueError('blankAt', { arg: name, at: i + 1, unit: 'cell' });
  return valueError('notANumberAt', { arg: name, at: i + 1, unit: 'cell', value: describe(c) });
}

/**
 * numberVector as a Float64Array, read in one pass (in slices for a column): a million stages
 * or criteria are not a million boxed numbers pushed into a growing array.
 */
export function* numbers(v: unknown, name: string): Steps<Float64Array> {
  const m = trimBlankTail(matrix(v, name));
  if (m.length === 0) throw valueError('emptyRange', { arg: name });
  if (m.length === 1) {
    const cells = m[0];
    let end = cells.length;
    while (end > 0 && isBlank(cells[end - 1])) end--;
    if (end === 0) throw valueError('emptyRange', { arg: name });
    const out = new Float64Array(end);
    for (let i = 0; i < end; i++) {
      const c = cells[i];
      if (typeof c === 'number' && c - c === 0) out[i] = c;
      else throw numberAtError(c, name, i);
    }
    return out;
  }
  if (m[0].length !== 1) throw valueError('notRowOrColumn', { arg: name });
  const out = new Float64Array(m.length);
  yield* inSlices(m.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const row = m[i];
      if (row.length !== 1) throw valueError('notRowOrColumn', { arg: name });
      const c = row[0];
      if (typeof c === 'number' && c - c === 0) out[i] = c;
      else throw numberAtError(c, name, i);
    }
  });
  return out;
}

/**
 * Every cell of a range, row by row, as numbers with NaN for a blank cell (SPLIT's weights);
 * any other cell is an error naming its position in that order.
 */
export function* numbersOrBlank(m: Matrix, name: string): Steps<Float64Array> {
  let count = 0;
  for (let i = 0; i < m.length; i++) count += m[i].length;
  const out = new Float64Array(count);
  let k = 0;
  yield* inSlices(m.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const row = m[i];
      for (let j = 0; j < row.length; j++, k++) {
        const c = row[j];
        if (typeof c === 'number' && c - c === 0) out[k] = c;
        else if (isBlank(c)) out[k] = NaN;
        else throw valueError('notANumberAt', { arg: name, at: k + 1, unit: 'cell', value: describe(c) });
      }
    }
  });
  return out;
}

/** A table of numbers with exactly `columns` columns; a partly filled row is an error naming it. */
export function numberTable(v: unknown, name: string, columns: number): number[][] {
  const m = trimBlankTail(matrix(v, name));
  if (m.length === 0) throw valueError('emptyRange', { arg: name });
  if (m[0].length !== columns) throw valueError('tableColumns', { arg: name, expected: columns, got: m[0].length });
  return m.map((row, i) => {
    if (row.some(isBlank)) throw valueError('rowPartlyBlank', { arg: name, row: i + 1 });
    return row.map((c) => {
      if (typeof c === 'number' && Number.isFinite(c)) return c;
      throw valueError('notANumberAt', { arg: name, at: i + 1, unit: 'row', value: describe(c) });
    });
  });
}

/** Rows of two parallel columns (ABC's ids and values) that are kept, as flat columns. */
export interface IdValueRows {
  /** The kept rows' ids, in input order. */
  ids: (string | number)[];
  values: Float64Array;
  /** Input row of each kept row; null when no row was skipped. */
  rows: Uint32Array | null;
}

const idOk = (v: unknown): boolean => (typeof v === 'string' ? v !== '' : typeof v === 'number');
const singleColumn = (v: unknown, name: string): Matrix => (Array.isArray(v) && v.length > 0 ? (v as Matrix) : matrix(v, name));

/**
 * Two parallel single-column ranges, ids (text or number) and numbers, read in one pass in
 * slices: fully blank rows are skipped; the first row that is neither blank nor good is an
 * error naming it (1-based): partly blank, else the wrong type. A shorter range counts as blank
 * below its end. The ids are copied into a flat array while their rows are being read anyway:
 * a caller that visits them in another order (sorted by value) then reads one array instead of
 * a million scattered row arrays.
 */
export function* idValueRows(ids: unknown, values: unknown, idName: string, valueName: string): Steps<IdValueRows> {
  const a = singleColumn(ids, idName);
  const b = singleColumn(values, valueName);
  const height = Math.max(a.length, b.length);
  const out = new Float64Array(height);
  const idsOut: (string | number)[] = new Array(height);
  let skipped: number[] | null = null;
  yield* inSlices(height, (from, to) => {
    for (let i = from; i < to; i++) {
      const ra = a[i];
      const rb = b[i];
      if (ra !== undefined && (!Array.isArray(ra) || ra.length !== 1)) throw valueError('notSingleColumn', { arg: idName });
      if (rb !== undefined && (!Array.isArray(rb) || rb.length !== 1)) throw valueError('notSingleColumn', { arg: valueName });
      const id = ra === undefined ? undefined : ra[0];
      const v = rb === undefined ? undefined : rb[0];
      if (idOk(id) && typeof v === 'number' && v - v === 0) {
        out[i] = v;
        idsOut[i] = id as string | number;
        continue;
      }
      const blankId = isBlank(id);
      const blankValue = isBlank(v);
      if (blankId && blankValue) {
        (skipped ??= []).push(i);
        continue;
      }
      if (blankId || blankValue) throw valueError('rowsPartlyBlank', { row: i + 1, missing: blankId ? idName : valueName });
      if (!idOk(id)) throw valueError('notTextOrNumberAt', { arg: idName, at: i + 1, value: describe(id) });
      throw valueError('notANumberAt', { arg: valueName, at: i + 1, unit: 'row', value: describe(v) });
    }
  });
  if (skipped === null) return { ids: idsOut, values: out, rows: null };
  const drop: number[] = skipped;
  const kept = height - drop.length;
  const rows = new Uint32Array(kept);
  const keptValues = new Float64Array(kept);
  const keptIds: (string | number)[] = new Array(kept);
  for (let i = 0, j = 0, d = 0; i < height; i++) {
    if (d < drop.length && drop[d] === i) d++;
    else {
      rows[j] = i;
      keptIds[j] = idsOut[i];
      keptValues[j++] = out[i];
    }
  }
  return { ids: keptIds, values: keptValues, rows };
}

/** A row or column of labels; blank cells are an error. */
export function textVector(v: unknown, name: string): string[] {
  const m = trimBlankTail(matrix(v, name));
  const cells = m.length === 1 ? m[0] : m.map((r) => r[0]);
  return cells.map((c, i) => {
    if (isBlank(c)) throw valueError('blankAt', { arg: name, at: i + 1, unit: 'cell' });
    return String(c);
  });
}
