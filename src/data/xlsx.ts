/**
 * Reading an .xlsx file (exceljs, in Node and in the browser): every Excel table in it, and every
 * sheet without tables as one grid. Rows keep their sheet row numbers, which messages name. Cells
 * come as Excel stores them: numbers, text, Date for date-formatted cells, a formula's cached
 * result, rich text as its plain text.
 */
import ExcelJS from 'exceljs';
import type { Grid } from './grid';
import { arrayGrid } from './grid';

export interface XlsxGrid {
  /** Sheet name, and the table's name when the grid is an Excel table. */
  sheet: string;
  table?: string;
  grid: Grid;
  /** The grid is an Excel table: its first row is the header. */
  hasHeader: boolean;
}

/** An exceljs cell value as a plain value (null when empty). */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v === '' ? null : v;
  const o = v as { formula?: unknown; sharedFormula?: unknown; result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  if ('error' in o) return String(o.error);
  if ('text' in o) return plainValue(o.text);
  return null;
}

const decodeRange = (ref: string): { top: number; left: number; bottom: number; right: number } | null => {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3] ?? m[1]), bottom: Number(m[4] ?? m[2]) };
};

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: unknown[][] = [];
  const numbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as unknown[];
    const out: unknown[] = new Array(Math.max(values.length - 1, 0));
    for (let c = 1; c < values.length; c++) out[c - 1] = plainValue(values[c]);
    rows.push(out);
    numbers.push(n);
  });
  return arrayGrid(rows, 1, numbers);
}

function tableGrid(ws: ExcelJS.Worksheet, ref: string): Grid | null {
  const r = decodeRange(ref);
  if (!r) return null;
  const rows: unknown[][] = [];
  const numbers: number[] = [];
  for (let n = r.top; n <= r.bottom; n++) {
    const row = ws.getRow(n);
    const out: unknown[] = [];
    for (let c = r.left; c <= r.right; c++) out.push(plainValue(row.getCell(c).value));
    rows.push(out);
    numbers.push(n);
  }
  return arrayGrid(rows, r.top, numbers);
}

/** Every table and table-less sheet of the workbook; throws when the bytes are not an .xlsx file. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxGrid[]> {
  const wb = new ExcelJS.Workbook();
  // exceljs's typings want a Node Buffer; it reads any ArrayBuffer view.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: XlsxGrid[] = [];
  wb.eachSheet((ws) => {
    const tables = ws.getTables().map((t) => (t as unknown as { table?: { name?: string; tableRef?: string } }).table ?? {});
    const withRefs = tables.filter((t) => typeof t.tableRef === 'string');
    if (withRefs.length > 0) {
      for (const t of withRefs) {
        const grid = tableGrid(ws, t.tableRef!);
        if (grid) out.push({ sheet: ws.name, table: t.name, grid, hasHeader: true });
      }
    } else {
      out.push({ sheet: ws.name, grid: sheetGrid(ws), hasHeader: false });
    }
  });
  return out;
}
