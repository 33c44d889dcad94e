/** Test helpers: every cell of a SheetSpec by position, and value comparison with a tolerance. */
import type { Cell, FormulaCell, Scalar, SheetSpec } from '../../src/sheets/model';
import { isFormula } from '../../src/sheets/model';

export interface PlacedCell {
  row: number;
  col: number;
  cell: Cell;
}

/** Tables (header row, then rows) and blocks, in writing order (later cells win, as in the writers). */
export function sheetCells(sheet: SheetSpec): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const b of sheet.blocks) b.cells.forEach((line, r) => line.forEach((cell, c) => out.push({ row: b.origin.row + r, col: b.origin.col + c, cell })));
  for (const t of sheet.tables) {
    t.columns.forEach((col, c) => out.push({ row: t.origin.row, col: t.origin.col + c, cell: col.header }));
    t.rows.forEach((line, r) => line.forEach((cell, c) => out.push({ row: t.origin.row + 1 + r, col: t.origin.col + c, cell })));
  }
  return out;
}

export function formulaCells(sheet: SheetSpec): (PlacedCell & { cell: FormulaCell })[] {
  return sheetCells(sheet).filter((p): p is PlacedCell & { cell: FormulaCell } => isFormula(p.cell));
}

/** Equal as a spreadsheet shows them: numbers to 1e-9 relative, blanks and "" alike. */
export function sameValue(actual: unknown, expected: Scalar | undefined): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(expected)) return blank(actual);
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof expected === 'boolean') return actual === expected || actual === (expected ? 1 : 0);
  return actual === expected;
}
