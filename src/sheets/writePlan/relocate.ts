/**
 * Where a reference points after a refresh, so formulas, rules, lists and charts follow their
 * tables: the builders write references for the rows of the new data at the spec's positions;
 * after the merge those rows sit where their keys were, the table may be longer (rows the user
 * appended, rows flagged) and blocks under a longer table move down. A reference
 * - to a row of a table follows that row (a formula in the row itself keeps pointing at its row);
 * - to a whole column of a table (first to last row) covers the whole merged table;
 * - to a cell of a block that moved moves with it.
 */
import type { Cell } from '../model';
import { isFormula } from '../model';
import { cellToken, parseCell, rewriteFormula } from './refs';
import type { Rect } from './types';

export interface TablePlace {
  /** The table's header row and first column, and its spec size (at least one body row). */
  header: number;
  col: number;
  specRows: number;
  specCols: number;
  /** Final data rows, the final index of each spec row, and the table column of each spec column. */
  finalRows: number;
  position: readonly number[];
  columns: readonly number[];
}

export interface SheetPlace {
  tables: TablePlace[];
  /** Elements pushed down by a longer table above them. */
  moved: { rect: Rect; delta: number }[];
}

/** Where a formula being relocated sits: in a table's row (spec row index) or anywhere else. */
export interface FormulaSite {
  table?: TablePlace;
  specRow?: number;
}

const identity = (t: TablePlace): boolean =>
  t.finalRows === Math.max(t.specRows, 1) && t.position.every((p, i) => p === i) && t.columns.every((c, j) => c === j);

/** True when nothing on the sheet moves, so its formulas need no rewriting. */
export const isStill = (p: SheetPlace | undefined): boolean => !p || (p.moved.length === 0 && p.tables.every(identity));

/** The new row and column of a reference `(row, col)` on a sheet laid out as `place`. */
function move(place: SheetPlace, row: number, col: number, absRow: boolean, end: boolean, site: FormulaSite): { row: number; col: number } {
  for (const t of place.tables) {
    const first = t.header + 1;
    const last = t.header + Math.max(t.specRows, 1);
    if (col < t.col || col >= t.col + t.specCols || row < t.header || row > last) continue;
    const c = t.col + t.columns[col - t.col];
    if (row === t.header) return { row, col: c };
    if (site.table === t && site.specRow !== undefined && !absRow) return { row: row + t.position[site.specRow] - site.specRow, col: c };
    if (end && row === last) return { row: first + t.finalRows - 1, col: c };
    if (!end && row === first) return { row, col: c };
    const p = t.position[row - first];
    return { row: p === undefined ? row : first + p, col: c };
  }
  for (const m of place.moved) {
    const r = m.rect;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) return { row: row + m.delta, col };
  }
  return { row, col };
}

export interface Relocator {
  /** The formula text with references moved (its own sheet is `sheet`, the spec name). */
  formula(f: string, sheet: string, site?: FormulaSite): string;
  /** A cell with its formula relocated (literals as they are). */
  cell(c: Cell, sheet: string, site?: FormulaSite): Cell;
}

/**
 * Rewrites references for every sheet in `places` (by spec name) and renames sheets and
 * identifiers on the way (`sheets`, `names`: spec name → name in the workbook).
 */
export function relocator(places: ReadonlyMap<string, SheetPlace>, sheets: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): Relocator {
  const moving = new Map([...places].filter(([, p]) => !isStill(p)).map(([k, v]) => [k.toLowerCase(), v]));
  const renames = sheets.size > 0 || names.size > 0;
  const formula = (f: string, sheet: string, site: FormulaSite = {}): string => {
    if (moving.size === 0 && !renames) return f;
    const cell =
      moving.size === 0
        ? undefined
        : (token: string, named: string, end: boolean): string => {
            const place = moving.get((named || sheet).toLowerCase());
            const c = place ? parseCell(token) : null;
            if (!place || !c) return token;
            const to = move(place, c.row, c.col, c.absRow, end, named && named.toLowerCase() !== sheet.toLowerCase() ? {} : site);
            return cellToken({ ...c, row: to.row, col: to.col });
          };
    return rewriteFormula(f, { sheets, names, cell });
  };
  return {
    formula,
    cell: (c, sheet, site) => (isFormula(c) ? { ...c, formula: formula(c.formula, sheet, site) } : c),
  };
}
