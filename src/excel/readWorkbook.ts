/**
 * What the Office.js writer reads before it writes: the workbook's sheets, tables and names with
 * their ids, the add-in's ownership record, the values of the tables a refresh merges, the values
 * of the Settings names, and whether cells a refresh would newly write hold anything. Large reads
 * are split so no response carries more than READ_CELLS cells (Excel on the web caps a response
 * like a request, at about 5 MB).
 */
import type { ExistingWorkbook, Rect } from '../sheets/writePlan/types';
import { rectAddress } from '../sheets/writePlan/refs';
import type { XlRange, XlRequestContext } from './api';
import { loadRegistry, readRegistry } from './registry';

/** Cells read in one request at most. */
export const READ_CELLS = 100_000;

export interface ReadResult {
  existing: ExistingWorkbook;
  /** The stored record as it was (null when there was none), to put back if writing fails. */
  registryRaw: unknown;
}

/** Sheets, tables, names and the ownership record: one sync, two when the workbook has tables. */
export async function readExisting(context: XlRequestContext): Promise<ReadResult> {
  const wb = context.workbook;
  wb.worksheets.load('items/name,items/id');
  wb.tables.load('items/name,items/id');
  wb.names.load('items/name,items/value');
  const setting = loadRegistry(wb);
  await context.sync();
  const tables = wb.tables.items.map((t) => {
    const range = t.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    t.worksheet.load('id');
    return { t, range };
  });
  if (tables.length > 0) await context.sync();
  return {
    existing: {
      sheets: wb.worksheets.items.map((w) => ({ id: w.id, name: w.name })),
      tables: tables.map(({ t, range }) => ({
        id: t.id,
        name: t.name,
        sheetId: t.worksheet.id,
        rect: { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
      })),
      names: wb.names.items.map((n) => ({ name: n.name, refersTo: String(n.value ?? '') })),
      ownership: readRegistry(setting),
      contents: new Map(),
    },
    registryRaw: setting.isNullObject ? null : setting.value,
  };
}

export type RangeProperty = 'values' | 'formulas' | 'numberFormat';

/**
 * Reads properties of rectangles on sheets (by id or name), in requests of at most READ_CELLS
 * cells: each rectangle is cut into bands of rows, bands are packed into requests.
 */
export async function readRects(context: XlRequestContext, items: readonly { sheet: string; rect: Rect }[], properties: readonly RangeProperty[], cellsPerRead = READ_CELLS): Promise<Record<RangeProperty, unknown[][]>[]> {
  const out = items.map(() => ({ values: [], formulas: [], numberFormat: [] }) as Record<RangeProperty, unknown[][]>);
  const bands: { item: number; range: XlRange; cells: number }[] = [];
  let pending = 0;
  const flush = async (): Promise<void> => {
    if (bands.length === 0) return;
    await context.sync();
    for (const b of bands) for (const p of properties) out[b.item][p].push(...(b.range[p] as unknown[][]));
    bands.length = 0;
    pending = 0;
  };
  for (let i = 0; i < items.length; i++) {
    const { sheet, rect } = items[i];
    const rowsPerBand = Math.max(1, Math.floor(cellsPerRead / Math.max(rect.cols, 1)));
    for (let r = 0; r < rect.rows; r += rowsPerBand) {
      const rows = Math.min(rowsPerBand, rect.rows - r);
      const cells = rows * rect.cols;
      if (pending > 0 && pending + cells > cellsPerRead) await flush();
      const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRange(rectAddress({ ...rect, row: rect.row + r, rows }));
      range.load(properties.join(','));
      bands.push({ item: i, range, cells });
      pending += cells;
    }
  }
  await flush();
  return out;
}

/** The values of the named ranges (names that are missing or hold a constant are left out). */
export async function readNamedValues(context: XlRequestContext, names: readonly string[]): Promise<Map<string, unknown[][]>> {
  const ranges = names.map((n) => {
    const range = context.workbook.names.getItemOrNullObject(n).getRangeOrNullObject();
    range.load('values');
    return { n, range };
  });
  await context.sync();
  return new Map(ranges.filter(({ range }) => !range.isNullObject).map(({ n, range }) => [n, range.values]));
}

/**
 * For each sheet, the addresses of the cells within `rects` that hold something (typed values
 * or formulas); an empty list when they are all empty. One sync.
 */
export async function typedCells(context: XlRequestContext, checks: readonly { sheet: string; rects: readonly Rect[] }[]): Promise<string[][]> {
  const loads = checks.map((c) =>
    c.rects.map((r) => {
      const used = context.workbook.worksheets.getItemOrNullObject(c.sheet).getRange(rectAddress(r)).getUsedRangeOrNullObject(true);
      used.load('address');
      return used;
    }),
  );
  if (loads.some((l) => l.length > 0)) await context.sync();
  return loads.map((l) => l.filter((u) => !u.isNullObject).map((u) => u.address.slice(u.address.lastIndexOf('!') + 1)));
}
