/**
 * A grid of cells as a reader found it (a CSV file, one sheet of an .xlsx file, a workbook
 * table), before anything is known about its headers; and a `RawTable`, the grid seen from its
 * header row down. Readers keep cells in whatever form is cheapest for them (a CSV grid slices
 * one big string on demand), so a million-row file is not copied into a million arrays.
 */

/** How many data rows the pane's mapping step shows under a table's headers. */
export const PREVIEW_ROWS = 5;

export interface Grid {
  /** Number of records (lines of a CSV, rows of a sheet), header included. */
  readonly length: number;
  /** A cell: string, number, boolean, Date, or null for an empty cell. */
  cell(record: number, col: number): unknown;
  /** Number of cells in the record (trailing empty ones included). */
  width(record: number): number;
  /** The record's number as the user sees it: the CSV line, the sheet row. */
  rowNumber(record: number): number;
  /**
   * The cell, as one shared string per distinct text in the column (for columns whose values
   * repeat: customers, reps, dates). Optional: a grid without it gives `cell`.
   */
  repeatedCell?(record: number, col: number): unknown;
}

export interface RawTable {
  /**
   * Where the table is, as messages name it: the file (command line, browser), the file and sheet
   * ("book.xlsx › Deals"), or the workbook table or range.
   */
  readonly source: string;
  readonly headers: readonly string[];
  /** Data rows below the header. */
  readonly rows: number;
  cell(row: number, col: number): unknown;
  /** The cell as one shared string per distinct value (Grid.repeatedCell), where the grid can. */
  repeatedCell(row: number, col: number): unknown;
  /** repeatedCell gives shared strings (else it is `cell`, and a reader shares them itself if it wants). */
  readonly sharesRepeats: boolean;
  width(row: number): number;
  rowNumber(row: number): number;
  /** The header's own row number (where the user sees the column names). */
  readonly headerRow: number;
  /** Cells beyond the header are a sign of a shifted row (CSV), not notes beside a table (a sheet). */
  readonly strictWidth: boolean;
  /** The column's name as the user sees it at this row, where that is not its header (monthColumns.ts). */
  columnName?(row: number, col: number): string;
}

/** A grid read from its `headerAt` record down, as a table of data rows. */
export function tableOf(grid: Grid, headerAt: number, source: string, strictWidth = false): RawTable {
  const headers: string[] = [];
  const w = headerAt < grid.length ? grid.width(headerAt) : 0;
  for (let c = 0; c < w; c++) {
    const h = grid.cell(headerAt, c);
    headers.push(h === null || h === undefined ? '' : String(h).trim());
  }
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const first = headerAt + 1;
  return {
    source,
    headers,
    rows: Math.max(grid.length - first, 0),
    cell: (row, col) => grid.cell(first + row, col),
    repeatedCell: grid.repeatedCell ? (row, col) => grid.repeatedCell!(first + row, col) : (row, col) => grid.cell(first + row, col),
    width: (row) => grid.width(first + row),
    rowNumber: (row) => grid.rowNumber(first + row),
    headerRow: headerAt < grid.length ? grid.rowNumber(headerAt) : 1,
    strictWidth,
    sharesRepeats: grid.repeatedCell !== undefined,
  };
}

/** A grid over rows already in memory (an .xlsx sheet, Excel range values). */
export function arrayGrid(rows: readonly (readonly unknown[])[], firstRowNumber = 1, rowNumbers?: ArrayLike<number>): Grid {
  return {
    length: rows.length,
    cell: (r, c) => {
      const v = rows[r][c];
      return v === undefined || v === '' ? null : v;
    },
    width: (r) => rows[r].length,
    rowNumber: (r) => (rowNumbers ? rowNumbers[r] : firstRowNumber + r),
  };
}

/** A table whose header and rows are given directly (tests, the pane's preview of a few rows). */
export function arrayTable(source: string, headers: readonly string[], rows: readonly (readonly unknown[])[]): RawTable {
  return tableOf(arrayGrid([headers, ...rows]), 0, source);
}
