/**
 * The one tokenizer over Excel's invariant (en-US) A1 formula syntax that both writers use, and
 * helpers over addresses:
 * - `rewriteFormula` renames sheets and defined names (a generated sheet, table or name that had
 *   to take a free name), shifts relative row references (a column whose formula is the same in
 *   every row is written once and filled down), moves references (a refreshed table's rows, a
 *   block pushed down by a grown table) and hands function names to a hook (the file format's
 *   `_xlfn.` prefixes);
 * - `parseRange` / `parseAddress` turn "B2:F20" and "'My sheet'!B2:F20" into 0-based corners.
 *
 * The tokenizer skips string literals ("…"), quoted sheet names ('…') and structured references
 * ([…]), reads numbers whole (so the E3 in 1.5E3 is not a cell) and never treats a function name
 * (LOG10( …) as a cell.
 */
import { columnLetter, quoteSheet } from '../model';

export interface RewriteOptions {
  /** Rows to add to every relative row reference. */
  rowShift?: number;
  /** Old sheet name (any case) → new sheet name. */
  sheets?: ReadonlyMap<string, string>;
  /** Old defined name (any case) → new defined name. */
  names?: ReadonlyMap<string, string>;
  /**
   * Replaces every cell reference token (overrides rowShift); `sheet` is the sheet the reference
   * names ('' when it names none), `end` is true for the second corner of a range.
   */
  cell?: (token: string, sheet: string, end: boolean) => string;
  /** Replaces every function name (the name before "("). */
  func?: (name: string) => string;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
// Character classes by char code (the tokenizer runs over every formula of a long column).
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Start of a name or reference: letter, _, \, $ — or any non-ASCII letter (Chinese names). */
const isIdentStart = (c: number): boolean => isLetter(c) || c === 95 || c === 92 || c === 36 || c > 127;
const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c) || c === 46;
/** A whole-row range such as 2:5 (relative row refs we do not shift). */
const ROW_RANGE = /(^|[^A-Za-z0-9_$.])\$?\d+:\$?\d+/;

const lower = (m: ReadonlyMap<string, string> | undefined): Map<string, string> | undefined =>
  m && m.size > 0 ? new Map([...m].map(([k, v]) => [k.toLowerCase(), v])) : undefined;

/** Column letters → 0-based index (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function shiftCell(token: string, rowShift: number): string {
  const m = CELL.exec(token);
  if (!m || rowShift === 0) return token;
  const [, dc, col, dr, row] = m;
  if (dr === '$') return token;
  const r = Number(row) + rowShift;
  return `${dc}${col}${dr}${r}`;
}

/** Index of the quote closing the one at `i` (a doubled quote inside is part of the text). */
function closingQuote(formula: string, i: number): number {
  const q = formula[i];
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] !== q) j++;
    else if (formula[j + 1] === q) j += 2;
    else break;
  }
  return j;
}

export function rewriteFormula(formula: string, options: RewriteOptions): string {
  const rowShift = options.rowShift ?? 0;
  const sheets = lower(options.sheets);
  const names = lower(options.names);
  const cellHook = options.cell;
  const funcHook = options.func;
  if (rowShift === 0 && !sheets && !names && !cellHook && !funcHook) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  let afterSheet = false;
  // The sheet the current reference names (a range's second corner keeps its first's), and
  // whether the next cell token is a range's second corner.
  let sheet = '';
  let end = false;
  /** After anything but a reference's sheet or a range's colon, the next token starts afresh. */
  const fresh = (): void => {
    afterSheet = false;
    sheet = '';
    end = false;
  };
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      const j = closingQuote(formula, i);
      out += formula.slice(i, j + 1);
      i = j + 1;
      fresh();
      continue;
    }
    if (ch === "'") {
      const j = closingQuote(formula, i);
      const quoted = formula.slice(i, j + 1);
      const isSheet = formula[j + 1] === '!';
      const name = quoted.slice(1, -1).replace(/''/g, "'");
      const renamed = isSheet ? sheets?.get(name.toLowerCase()) : undefined;
      out += renamed !== undefined ? quoteSheet(renamed) : quoted;
      i = j + 1;
      if (isSheet) {
        out += '!';
        i++;
        afterSheet = true;
        sheet = name;
        end = false;
      }
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']') {
          depth--;
          if (depth === 0) break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      fresh();
      continue;
    }
    const code = formula.charCodeAt(i);
    if (isDigit(code) || (code === 46 && isDigit(formula.charCodeAt(i + 1)))) {
      let j = i;
      while (j < n && isDigit(formula.charCodeAt(j))) j++;
      if (formula[j] === '.') j++;
      while (j < n && isDigit(formula.charCodeAt(j))) j++;
      if ((formula[j] === 'E' || formula[j] === 'e') && /^[+-]?[0-9]/.test(formula.slice(j + 1, j + 3))) {
        j += formula[j + 1] === '+' || formula[j + 1] === '-' ? 2 : 1;
        while (j < n && isDigit(formula.charCodeAt(j))) j++;
      }
      out += formula.slice(i, j);
      i = j;
      fresh();
      continue;
    }
    if (isIdentStart(code)) {
      let j = i + 1;
      while (j < n && isIdentPart(formula.charCodeAt(j))) j++;
      const token = formula.slice(i, j);
      const next = formula[j];
      if (next === '!') {
        const renamed = sheets?.get(token.toLowerCase());
        out += (renamed !== undefined ? quoteSheet(renamed) : token) + '!';
        i = j + 1;
        afterSheet = true;
        sheet = token;
        end = false;
        continue;
      }
      if (next === '(') out += funcHook ? funcHook(token) : token;
      else if (CELL.test(token)) out += cellHook ? cellHook(token, sheet, end) : shiftCell(token, rowShift);
      else if (!afterSheet && names?.has(token.toLowerCase())) out += names.get(token.toLowerCase());
      else out += token;
      i = j;
      afterSheet = false;
      continue;
    }
    out += ch;
    // A range's second corner ("A1:B2") keeps the sheet of the first.
    if (ch === ':') end = true;
    else fresh();
    i++;
  }
  return out;
}

/** "$B$4" → its parts; null when the token is not a cell reference. */
export function parseCell(token: string): { col: number; row: number; absCol: boolean; absRow: boolean } | null {
  const m = CELL.exec(token);
  if (!m) return null;
  return { absCol: m[1] === '$', col: columnIndex(m[2]), absRow: m[3] === '$', row: Number(m[4]) - 1 };
}

/** A cell reference token with the given parts (0-based row and column). */
export const cellToken = (c: { col: number; row: number; absCol: boolean; absRow: boolean }): string =>
  `${c.absCol ? '$' : ''}${columnLetter(c.col)}${c.absRow ? '$' : ''}${c.row + 1}`;

/**
 * `formula` compiled once into text pieces and cell references, so the same formula shifted by
 * any number of rows is a cheap join (a 10,000-row column is checked without re-tokenizing).
 */
export function rowShifter(formula: string): (rowShift: number) => string {
  if (formula.includes('\u0000')) return (k) => rewriteFormula(formula, { rowShift: k });
  const cells: string[] = [];
  const marked = rewriteFormula(formula, {
    cell: (token) => {
      cells.push(token);
      return `\u0000${cells.length - 1}\u0000`;
    },
  });
  const parts = marked.split('\u0000');
  return (k) => {
    let out = parts[0];
    for (let p = 1; p < parts.length; p += 2) out += shiftCell(cells[Number(parts[p])], k) + parts[p + 1];
    return out;
  };
}

/** True when `formula` written in the first row and filled down `rows` rows gives `formulaAt(i)`. */
export function isFillable(first: string, formulaAt: (i: number) => string, rows: number): boolean {
  if (ROW_RANGE.test(first.replace(/"[^"]*"/g, '""'))) return false;
  const at = rowShifter(first);
  for (let i = 1; i < rows; i++) if (at(i) !== formulaAt(i)) return false;
  return true;
}

export interface RangeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B2:F20", "$B$2", "C:C" (columns only: rows 0…1,048,575) → 0-based rectangle. */
export function parseRange(a1: string): RangeRect {
  const parts = a1.replace(/\$/g, '').toUpperCase().split(':');
  const corner = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`not an A1 reference: ${a1}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = corner(parts[0]);
  const b = parts.length > 1 ? corner(parts[1]) : a;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? 1_048_575;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? 16_383;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** "'My sheet'!B2:F20" or "Sheet1!A1" → sheet name and rectangle. */
export function parseAddress(address: string): { sheet: string; rect: RangeRect } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: '', rect: parseRange(address) };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, rect: parseRange(address.slice(bang + 1)) };
}

export function intersects(a: RangeRect, b: RangeRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export const contains = (outer: RangeRect, inner: RangeRect): boolean =>
  inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;

/** A rectangle as "B2:F20" ("B2" for one cell), optionally absolute. */
export function rectAddress(r: RangeRect, absolute = false): string {
  const d = absolute ? '$' : '';
  const corner = (row: number, col: number) => `${d}${columnLetter(col)}${d}${row + 1}`;
  return r.rows === 1 && r.cols === 1 ? corner(r.row, r.col) : `${corner(r.row, r.col)}:${corner(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** `a` minus every rectangle of `cut`, as disjoint rectangles (bands above, below, left, right). */
export function subtract(a: RangeRect, cut: readonly RangeRect[]): RangeRect[] {
  let parts: RangeRect[] = [a];
  for (const c of cut) {
    const next: RangeRect[] = [];
    for (const p of parts) {
      if (!intersects(p, c)) {
        next.push(p);
        continue;
      }
      const top = Math.max(p.row, c.row);
      const bottom = Math.min(p.row + p.rows, c.row + c.rows);
      if (c.row > p.row) next.push({ row: p.row, col: p.col, rows: c.row - p.row, cols: p.cols });
      if (c.row + c.rows < p.row + p.rows) next.push({ row: c.row + c.rows, col: p.col, rows: p.row + p.rows - c.row - c.rows, cols: p.cols });
      if (c.col > p.col) next.push({ row: top, col: p.col, rows: bottom - top, cols: c.col - p.col });
      if (c.col + c.cols < p.col + p.cols) next.push({ row: top, col: c.col + c.cols, rows: bottom - top, cols: p.col + p.cols - c.col - c.cols });
    }
    parts = next;
  }
  return parts;
}

/** The cells of `rects`, as rectangles that do not overlap (each cell once). */
export function disjoint(rects: readonly RangeRect[]): RangeRect[] {
  const out: RangeRect[] = [];
  for (const r of rects) out.push(...subtract(r, out.filter((o) => intersects(o, r))));
  return out;
}
