/**
 * How a cell is written, decided once for both writers: its number format, and which rectangles
 * of a table or block a refresh writes when only some of its cells are the add-in's.
 */
import type { Cell } from '../model';
import { isFormula } from '../model';
import type { PlannedRegion, Rect } from './types';

/** The rectangle a region writes. */
export const regionRect = (r: PlannedRegion): Rect => ({ row: r.row, col: r.col, rows: r.cells.length, cols: r.cells.reduce((m, x) => Math.max(m, x.length), 0) });

export const TEXT_FORMAT = '@';
export const GENERAL = 'General';

export const isEmptyCell = (c: Cell | undefined): boolean => c === undefined || c === null || c === '';
const isText = (c: Cell | undefined): c is string => typeof c === 'string' && c !== '';

/**
 * A column's base format: '@' when its literals are all text (empty cells included, so a notes
 * column is text throughout), else its declared format ('@' declared on a column holding numbers
 * or formulas falls back to General: Excel would show those as text).
 */
export function columnBase(rows: readonly (readonly Cell[])[], c: number, declared: string | null | undefined): string {
  let text = false;
  let other = false;
  for (const r of rows) {
    const x = r[c];
    if (isText(x)) text = true;
    else if (!isEmptyCell(x)) other = true;
    if (other) break;
  }
  if (text && !other) return TEXT_FORMAT;
  const f = declared ?? GENERAL;
  return f === TEXT_FORMAT && other ? GENERAL : f;
}

/** The number format a cell gets: a text literal always '@' (never parsed), anything else its column's base. */
export const formatOf = (c: Cell | undefined, base: string): string => (isText(c) ? TEXT_FORMAT : base);

/** Base formats of every column of `rows`, `width` wide. */
export const columnBases = (rows: readonly (readonly Cell[])[], width: number, declared?: readonly (string | null | undefined)[]): string[] =>
  Array.from({ length: width }, (_, c) => columnBase(rows, c, declared?.[c]));

/**
 * The regions that write `cells` (placed at row0, col0) where `mask(r, c)` is true: consecutive
 * rows with the same mask form a band, each band's consecutive masked columns a region. A table
 * whose matched rows get their add-in columns rewritten is a handful of regions, whatever its rows.
 */
export function maskedRegions(
  row0: number,
  col0: number,
  cells: readonly (readonly Cell[])[],
  width: number,
  bases: readonly string[],
  mask: (r: number) => readonly boolean[],
): PlannedRegion[] {
  const out: PlannedRegion[] = [];
  const same = (a: readonly boolean[], b: readonly boolean[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  let r = 0;
  while (r < cells.length) {
    const m = mask(r);
    let e = r;
    while (e + 1 < cells.length && same(mask(e + 1), m)) e++;
    let c = 0;
    while (c < width) {
      if (!m[c]) {
        c++;
        continue;
      }
      let ce = c;
      while (ce + 1 < width && m[ce + 1]) ce++;
      const block: Cell[][] = [];
      for (let i = r; i <= e; i++) {
        const src = cells[i];
        const line: Cell[] = new Array(ce - c + 1);
        for (let k = c; k <= ce; k++) line[k - c] = src[k] ?? null;
        block.push(line);
      }
      out.push({ row: row0 + r, col: col0 + c, cells: block, formats: bases.slice(c, ce + 1) });
      c = ce + 1;
    }
    r = e + 1;
  }
  return out;
}

/**
 * A key cell as compared across runs: the value a spreadsheet shows (a formula's cached result),
 * so a key the add-in wrote and the same key read back from either writer's workbook are equal.
 */
export function keyPart(v: unknown): string {
  if (v !== null && typeof v === 'object' && isFormula(v as Cell)) return keyPart((v as { value?: unknown }).value);
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  return `s${String(v).trim()}`;
}
