import { valueError, numError } from '../core/errors';

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
  const m = trimBlankTail(matrix(v, name));
  if (m.length > 1 && m[0].length === 1) return numberColumn(m, name);
  let cells: Cell[];
  if (m.length === 1) {
    cells = m[0];
    let end = cells.length;
    while (end > 0 && isBlank(cells[end - 1])) end--;
    cells = cells.slice(0, end);
  } else if (m.every((r) => r.length === 1)) {
    cells = m.map((r) => r[0]);
  } else {
    throw valueError('notRowOrColumn', { arg: name });
  }
  if (cells.length === 0) throw valueError('emptyRange', { arg: name });
  const out: number[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === 'number' && Number.isFinite(c)) out[i] = c;
    else if (isBlank(c)) throw valueError('blankAt', { arg: name, at: i + 1, unit: 'cell' });
    else throw valueError('notANumberAt', { arg: name, at: i + 1, unit: 'cell', value: describe(c) });
  }
  return out;
}

/** numberVector for an n×1 range, in one pass without intermediate arrays (a million stages, criteria …). */
function numberColumn(m: Matrix, name: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    if (row.length !== 1) throw valueError('notRowOrColumn', { arg: name });
    const c = row[0];
    if (typeof c === 'number' && c - c === 0) out.push(c);
    else if (isBlank(c)) throw valueError('blankAt', { arg: name, at: i + 1, unit: 'cell' });
    else throw valueError('notANumberAt', { arg: name, at: i + 1, unit: 'cell', value: describe(c) });
  }
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

export type ColumnKind = 'number' | 'id';
export interface ColumnSpec {
  name: string;
  value: unknown;
  kind: ColumnKind;
}

/**
 * One pass over an n×1 range: values by row, blanks counted into `filled`, first bad row kept.
 * Numbers go into a Float64Array (NaN where blank), so a million of them are not a million boxed
 * numbers for the collector; ids into an array built with push (a preallocated array of a million
 * slots gets slow dictionary elements in V8).
 */
function readColumn(m: Matrix, name: string, numeric: boolean, height: number, filled: Uint8Array): { values: Float64Array | (string | number)[]; badRow: number } {
  const numbers = numeric ? new Float64Array(height) : null;
  const ids: (string | number)[] = [];
  let badRow = -1;
  for (let i = 0; i < height; i++) {
    const row = m[i];
    if (row !== undefined && (!Array.isArray(row) || row.length !== 1)) throw valueError('notSingleColumn', { arg: name });
    const v = row === undefined ? undefined : row[0];
    if (v === null || v === undefined || v === '') {
      if (numbers !== null) numbers[i] = NaN;
      else ids.push('');
      continue;
    }
    filled[i]++;
    if (numbers !== null) {
      if (typeof v === 'number' && v - v === 0) numbers[i] = v;
      else {
        numbers[i] = NaN;
        if (badRow < 0) badRow = i;
      }
    } else if (typeof v === 'string' || typeof v === 'number') ids.push(v);
    else {
      ids.push('');
      if (badRow < 0) badRow = i;
    }
  }
  return { values: numbers ?? ids, badRow };
}

/**
 * Parallel single-column ranges read as rows: fully blank rows are skipped, a row blank in
 * some columns only is an error naming the row (1-based within the ranges), as is a cell of the
 * wrong type. One pass per column and no copying when no row is blank, since SALES.RFM passes a
 * million rows through here.
 */
export function parallelColumns(specs: readonly ColumnSpec[]): { columns: (Float64Array | (string | number)[])[]; rows: number } {
  // Rows are checked while they are read: a million-row range is walked once, not three times.
  const ms = specs.map((s) => (Array.isArray(s.value) && s.value.length > 0 ? (s.value as Matrix) : matrix(s.value, s.name)));
  const height = ms.reduce((h, m) => Math.max(h, m.length), 0);
  const k = specs.length;
  const filled = new Uint8Array(height);
  const read = ms.map((m, c) => readColumn(m, specs[c].name, specs[c].kind === 'number', height, filled));
  let rows = 0;
  let partial = -1;
  for (let i = 0; i < height; i++) {
    if (filled[i] === k) rows++;
    else if (filled[i] !== 0 && partial < 0) partial = i;
  }
  const bad = read.reduce((best, r, c) => (r.badRow >= 0 && (best < 0 || r.badRow < read[best].badRow) ? c : best), -1);
  if (partial >= 0 && (bad < 0 || partial <= read[bad].badRow)) {
    const missing = specs.filter((_, c) => ms[c][partial] === undefined || isBlank(ms[c][partial][0])).map((s) => s.name);
    throw valueError('rowsPartlyBlank', { row: partial + 1, missing: missing.join(', ') });
  }
  if (bad >= 0) {
    const row = read[bad].badRow;
    const value = describe(ms[bad][row][0]);
    if (specs[bad].kind === 'number') throw valueError('notANumberAt', { arg: specs[bad].name, at: row + 1, unit: 'row', value });
    throw valueError('notTextOrNumberAt', { arg: specs[bad].name, at: row + 1, value });
  }
  const keep = (values: Float64Array | (string | number)[]) => {
    if (rows === height) return values;
    if (!(values instanceof Float64Array)) return values.filter((_, i) => filled[i] === k);
    const out = new Float64Array(rows);
    for (let i = 0, j = 0; i < height; i++) if (filled[i] === k) out[j++] = values[i];
    return out;
  };
  const columns = read.map(({ values }) => keep(values));
  return { columns, rows };
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
