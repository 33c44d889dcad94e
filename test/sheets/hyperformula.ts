/**
 * Test helper: a WorkbookSpec loaded into a spreadsheet engine (HyperFormula), and every formula
 * cell whose value there differs from the value the core computed for it. Array arithmetic is on,
 * as SUMPRODUCT evaluates its arguments as arrays in Excel and LibreOffice.
 */
import { HyperFormula, DetailedCellError } from 'hyperformula';
import { a1, isFormula, type WorkbookSpec } from '../../src/sheets/model';
import { formulaCells, sameValue, sheetCells } from './specCells';

/** Loads a WorkbookSpec into HyperFormula: literals as values (text kept as text), formulas, names. */
export function loadIntoHyperFormula(spec: WorkbookSpec): HyperFormula {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of spec.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const { row, col, cell } of sheetCells(sheet)) {
      while (grid.length <= row) grid.push([]);
      // A leading apostrophe tells HyperFormula "this is text", as typing it does in Excel.
      grid[row][col] = isFormula(cell) ? `=${cell.formula}` : typeof cell === 'string' && /^[='+\-@]/.test(cell) ? `'${cell}` : cell;
    }
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  for (const n of spec.names) hf.addNamedExpression(n.name, `=${n.refersTo}`);
  return hf;
}

/** Formula cells whose HyperFormula value is not the core's, and how many formula cells there are. */
export function mismatches(spec: WorkbookSpec, hf: HyperFormula): { count: number; problems: string[] } {
  const problems: string[] = [];
  let count = 0;
  for (const sheet of spec.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const { row, col, cell } of formulaCells(sheet)) {
      count++;
      const raw = hf.getCellValue({ sheet: id, row, col });
      const got = raw instanceof DetailedCellError ? raw.value : raw;
      if (!sameValue(got, cell.value)) problems.push(`${sheet.name}!${a1(row, col)} = ${String(got)}, core ${String(cell.value)} (${cell.formula})`);
    }
  }
  return { count, problems };
}
