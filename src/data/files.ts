/**
 * A data file's bytes (read by the command line from disk, by the browser preview from a picked or
 * dropped file) into tables: a CSV file is one table; an .xlsx file gives every Excel table in it
 * and every other sheet. The header row is found in each (a report title above it is skipped).
 */
import { decodeText, parseCsv } from './csv';
import type { TableInput } from './dataset';
import { readTable } from './monthColumns';
import type { ColumnMapping } from './mapping';
import { problem, type DataProblem } from './problems';
import { locateHeader } from './recognise';

export interface FileTables {
  tables: TableInput[];
  problems: DataProblem[];
  /** How the file was read, for the summary ("CSV, GB18030"; "xlsx"). */
  format: 'csv' | 'xlsx' | null;
  encoding?: string;
}

const extension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', '']);

/** The label of a sheet's table in messages: the file and the sheet (and the Excel table's name). */
export const sheetLabel = (file: string, sheet: string, table?: string): string => `${file} › ${sheet}${table ? ` › ${table}` : ''}`;

export async function readDataFile(name: string, bytes: Uint8Array, mappings: readonly ColumnMapping[] = []): Promise<FileTables> {
  const ext = extension(name);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (XLSX_EXTENSIONS.has(ext) || (zip && ext !== 'xls')) return readWorkbookFile(name, bytes, mappings);
  if (ext === 'xls') return { tables: [], problems: [problem('legacyXls', { file: name })], format: null };
  if (!TEXT_EXTENSIONS.has(ext)) return { tables: [], problems: [problem('unknownFileType', { file: name })], format: null };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    if (decoded.reason === 'xls') return { tables: [], problems: [problem('legacyXls', { file: name })], format: null };
    return { tables: [], problems: [problem('encodingUnreadable', { file: name })], format: null };
  }
  const grid = parseCsv(decoded.text, ext === 'tsv' ? 9 : undefined);
  const problems: DataProblem[] = [];
  if (grid.unterminatedQuoteLine > 0) problems.push(problem('unterminatedQuote', { line: grid.unterminatedQuoteLine }, { source: name, row: grid.unterminatedQuoteLine }));
  const table = readTable(grid, locateHeader(grid, mappings), name, true);
  return { tables: [{ table, file: name }], problems, format: 'csv', encoding: decoded.encoding };
}

async function readWorkbookFile(name: string, bytes: Uint8Array, mappings: readonly ColumnMapping[]): Promise<FileTables> {
  const { readXlsx } = await import('./xlsx');
  let grids;
  try {
    grids = await readXlsx(bytes);
  } catch {
    return { tables: [], problems: [problem('notXlsx', { file: name })], format: null };
  }
  const several = grids.length > 1;
  const tables: TableInput[] = grids.map((g) => {
    const label = several || g.table ? sheetLabel(name, g.sheet, g.table) : name;
    const header = g.hasHeader ? 0 : locateHeader(g.grid, mappings);
    return { table: readTable(g.grid, header, label, false, `${name} ${g.sheet} ${g.table ?? ''}`), file: name, optional: several };
  });
  return { tables, problems: [], format: 'xlsx' };
}
