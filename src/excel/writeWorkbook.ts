/**
 * Writes a WorkbookSpec into the open workbook without ever destroying a user's cells.
 *
 * Syncs, whatever the number of rows:
 *   1   read the workbook's sheet, table and defined names and the add-in's registry;
 *   (+2 only with `refresh`: read the add-in's tables' positions, then check the cells a growing
 *       table would take are empty)
 *   1   add the new sheets, the defined names and the registry entry;
 *   1 per sheet for its content — more only when a sheet's payload exceeds the request budget
 *       (4 MB of the 5 MB Excel on the web accepts): then ⌈payload ÷ budget⌉ (see batch.ts).
 *
 * Names: a sheet name that is taken becomes "Name (2)", "Name (3)"…; a table or defined name
 * that is taken becomes "SPK_X_2"…, and every formula, rule and chart of the workbook spec that
 * refers to the renamed sheet / table / name is rewritten to the new one. With `refresh`, a table
 * that is the add-in's own (SPK_ prefix and listed in the registry), still where it was generated
 * and with room to grow, is rewritten in place under its name; anything else gets a new sheet.
 * If writing fails, the sheets and names this run created are removed again.
 */
import type { Language } from '../i18n/language';
import type { Cell, SheetSpec, TableSpec, WorkbookSpec } from '../sheets/model';
import { a1Range, isFormula } from '../sheets/model';
import type { XlRange, XlRequestContext, XlTable, XlWorksheet } from './api';
import { Batch, cost, type BatchStats } from './batch';
import { rewriteFormula, type RewriteOptions } from './formulas';
import { message } from './messages';
import { isOwnName, isOwnTable, loadRegistry, readRegistry, saveRegistry, withEntries, type Registry } from './registry';
import type { Support } from './support';
import { rulesOnTable, writeConditionalFormats, writeSheet, writeTable, writeValidations, type WriteContext } from './writeSheet';

export interface WriteWorkbookOptions {
  language: Language;
  refresh: boolean;
  support: Support;
  /** Bytes per request (default 4 MB). */
  budget?: number;
  /** Called after each sheet is written. */
  onSheet?: (done: number, total: number, sheetName: string) => void;
}

export interface WrittenSheet {
  kind: SheetSpec['kind'];
  /** The name asked for, and the one the sheet has. */
  asked: string;
  name: string;
  mode: 'new' | 'refresh';
  /** Data rows written (all tables of the sheet). */
  rows: number;
  /** Syncs the sheet's content took. */
  syncs: number;
}

export interface WorkbookWriteResult {
  sheets: WrittenSheet[];
  /** Renames, refresh fallbacks and skipped features, in the user's language. */
  notices: string[];
  stats: BatchStats;
}

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

export function safeSheetName(name: string): string {
  const s = name.replace(INVALID_SHEET_CHARS, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return s || 'Sheet';
}

/** The first of "Name", "Name (2)", "Name (3)"… (≤ 31 characters) not in `taken` (lower-case). */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The first of "X", "X_2", "X_3"… not in `taken` (lower-case; tables and names share one namespace). */
export function freeIdentifier(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) {
    const candidate = `${wanted}_${k}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function rewriteSpec(spec: WorkbookSpec, o: RewriteOptions): WorkbookSpec {
  if ((o.sheets?.size ?? 0) === 0 && (o.names?.size ?? 0) === 0) return spec;
  const rw = (f: string): string => rewriteFormula(f, o);
  const cell = (c: Cell): Cell => (isFormula(c) ? { ...c, formula: rw(c.formula) } : c);
  const rows = (cells: Cell[][]): Cell[][] => cells.map((r) => (r.some(isFormula) ? r.map(cell) : r));
  return {
    names: spec.names.map((n) => ({ ...n, refersTo: rw(n.refersTo) })),
    sheets: spec.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, cells: rows(b.cells) })),
      tables: s.tables.map((t) => ({ ...t, rows: rows(t.rows) })),
      conditionalFormats: s.conditionalFormats.map((r) => ({ ...r, formula: rw(r.formula) })),
      charts: s.charts.map((c) => ({ ...c, categories: rw(c.categories), series: c.series.map((x) => ({ ...x, values: rw(x.values) })) })),
    })),
  };
}

interface RefreshTarget {
  sheet: string;
  tables: { spec: TableSpec; address: string; rows: number }[];
}

export async function writeWorkbook(context: XlRequestContext, input: WorkbookSpec, options: WriteWorkbookOptions): Promise<WorkbookWriteResult> {
  const { language, support } = options;
  const wb = context.workbook;
  const batch = new Batch(context, options.budget, support.calcSuspend ? () => context.application.suspendApiCalculationUntilNextSync() : undefined);
  const notices: string[] = [];

  // 1. What is already there.
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  wb.names.load('items/name');
  const registrySetting = loadRegistry(wb);
  await batch.sync();
  const registry: Registry = readRegistry(registrySetting);
  const sheetNames = wb.worksheets.items.map((w) => w.name);
  const takenSheets = new Set(sheetNames.map((n) => n.toLowerCase()));
  const tableNames = new Set(wb.tables.items.map((t) => t.name.toLowerCase()));
  const definedNames = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
  const takenIds = new Set([...tableNames, ...definedNames]);

  // 2. With refresh: which sheets can be rewritten in place.
  const refresh = new Map<number, RefreshTarget>();
  if (options.refresh) await planRefresh(batch, input, registry, tableNames, refresh, notices, language);

  // 3. Names.
  const sheetMap = new Map<string, string>();
  const idMap = new Map<string, string>();
  const newSheets: string[] = [];
  const actualNames = input.sheets.map((s, i) => {
    const r = refresh.get(i);
    if (r) return r.sheet;
    const name = freeSheetName(s.name, takenSheets);
    takenSheets.add(name.toLowerCase());
    newSheets.push(name);
    if (name !== s.name) {
      notices.push(message(language, 'sheetRenamed', { wanted: s.name, actual: name }));
    }
    return name;
  });
  input.sheets.forEach((s, i) => actualNames[i] !== s.name && sheetMap.set(s.name, actualNames[i]));
  const newTables: string[] = [];
  input.sheets.forEach((s, i) => {
    if (refresh.has(i)) return;
    for (const t of s.tables) {
      const name = freeIdentifier(t.name, takenIds);
      takenIds.add(name.toLowerCase());
      newTables.push(name);
      if (name !== t.name) {
        idMap.set(t.name, name);
        notices.push(message(language, 'tableRenamed', { wanted: t.name, actual: name }));
      }
    }
  });
  const repoint: string[] = [];
  const newNames: string[] = [];
  for (const n of input.names) {
    if (definedNames.has(n.name.toLowerCase()) && isOwnName(registry, n.name)) {
      repoint.push(n.name);
      continue;
    }
    const name = freeIdentifier(n.name, takenIds);
    takenIds.add(name.toLowerCase());
    newNames.push(name);
    if (name !== n.name) {
      idMap.set(n.name, name);
      notices.push(message(language, 'nameRenamed', { wanted: n.name, actual: name }));
    }
  }
  const spec = rewriteSpec(input, { sheets: sheetMap, names: idMap });
  const tableName = (t: TableSpec): string => idMap.get(t.name) ?? t.name;

  // 4. New sheets, names and the registry, in one request.
  const before = registry;
  const after = withEntries(registry, { sheets: newSheets, tables: newTables, names: [...newNames, ...repoint] });
  const rollback = async (): Promise<void> => {
    try {
      for (const s of newSheets) wb.worksheets.getItemOrNullObject(s).delete();
      for (const n of newNames) wb.names.getItemOrNullObject(n).delete();
      saveRegistry(wb, before);
      await context.sync();
    } catch {
      // Best effort: the original error is the one to report.
    }
  };
  const skipped: string[] = [];
  const cx: WriteContext = { batch, workbook: wb, support, language, skipped };
  const written: WrittenSheet[] = [];
  let current = '';
  try {
    for (const s of newSheets) await batch.put(cost(s), () => void wb.worksheets.add(s));
    for (const n of spec.names) {
      const name = idMap.get(n.name) ?? n.name;
      const formula = n.refersTo.startsWith('=') ? n.refersTo : `=${n.refersTo}`;
      await batch.put(cost([name, formula]), () => {
        if (repoint.includes(n.name)) wb.names.getItemOrNullObject(name).delete();
        wb.names.add(name, formula);
      });
    }
    await batch.put(cost(after), () => saveRegistry(wb, after));
    await batch.sync();

    // 5. One request per sheet (more only past the byte budget).
    for (let i = 0; i < spec.sheets.length; i++) {
      const s = spec.sheets[i];
      const name = actualNames[i];
      current = name;
      const ws = wb.worksheets.getItemOrNullObject(name);
      const syncsBefore = batch.stats.syncs;
      const target = refresh.get(i);
      if (target) await refreshSheet(cx, ws, s, target, name);
      else await writeSheet(cx, ws, s, new Map(s.tables.map((t) => [t.name, tableName(t)])), name);
      await batch.sync();
      written.push({
        kind: s.kind,
        asked: input.sheets[i].name,
        name,
        mode: target ? 'refresh' : 'new',
        rows: s.tables.reduce((n, t) => n + t.rows.length, 0),
        syncs: batch.stats.syncs - syncsBefore,
      });
      options.onSheet?.(i + 1, spec.sheets.length, name);
    }
  } catch (e) {
    await rollback();
    const error = e instanceof Error ? e.message : String(e);
    throw new Error(message(language, 'writeFailed', { sheet: current || (newSheets[0] ?? ''), error }));
  }
  notices.push(...skipped);
  return { sheets: written, notices, stats: batch.stats };
}

async function planRefresh(
  batch: Batch,
  spec: WorkbookSpec,
  registry: Registry,
  tableNames: Set<string>,
  out: Map<number, RefreshTarget>,
  notices: string[],
  language: Language,
): Promise<void> {
  const wb = batch.context.workbook;
  const loaded = new Map<number, { t: TableSpec; table: XlTable; range: XlRange }[]>();
  spec.sheets.forEach((s, i) => {
    const existing = s.tables.filter((t) => tableNames.has(t.name.toLowerCase()));
    if (s.tables.length === 0 || existing.length === 0) return;
    const foreign = existing.find((t) => !isOwnTable(registry, t.name));
    if (foreign) return notices.push(message(language, 'refreshNotOurs', { table: foreign.name }));
    if (existing.length !== s.tables.length) return notices.push(message(language, 'refreshMoved', { table: existing[0].name }));
    loaded.set(
      i,
      s.tables.map((t) => {
        const table = wb.tables.getItemOrNullObject(t.name);
        const range = table.getRange();
        range.load('address,rowCount,columnCount,rowIndex,columnIndex');
        table.worksheet.load('name');
        return { t, table, range };
      }),
    );
  });
  if (loaded.size === 0) return;
  await batch.sync();

  const growth: { i: number; t: TableSpec; used: XlRange }[] = [];
  const candidates = new Map<number, RefreshTarget>();
  for (const [i, list] of loaded) {
    const sheet = list[0].table.worksheet.name;
    const moved = list.find(
      ({ t, range, table }) =>
        table.worksheet.name !== sheet || range.rowIndex !== t.origin.row || range.columnIndex !== t.origin.col || range.columnCount !== t.columns.length,
    );
    if (moved) {
      notices.push(message(language, 'refreshMoved', { table: moved.t.name }));
      continue;
    }
    const ws = wb.worksheets.getItemOrNullObject(sheet);
    candidates.set(i, {
      sheet,
      tables: list.map(({ t, range }) => ({ spec: t, address: range.address.slice(range.address.lastIndexOf('!') + 1), rows: range.rowCount })),
    });
    for (const { t, range } of list) {
      const newRows = Math.max(t.rows.length, 1) + 1;
      if (newRows > range.rowCount) {
        const extra = a1Range(t.origin.row + range.rowCount, t.origin.col, t.origin.row + newRows - 1, t.origin.col + t.columns.length - 1);
        const used = ws.getRange(extra).getUsedRangeOrNullObject(true);
        used.load('address');
        growth.push({ i, t, used });
      }
    }
  }
  if (growth.length > 0) await batch.sync();
  for (const g of growth) {
    if (!g.used.isNullObject && candidates.has(g.i)) {
      notices.push(message(language, 'refreshBlocked', { table: g.t.name, rows: g.t.rows.length }));
      candidates.delete(g.i);
    }
  }
  for (const [i, c] of candidates) out.set(i, c);
}

/** Rewrites the add-in's own tables of a sheet in place: old table to range, cleared, new data, table re-added under its name. */
async function refreshSheet(cx: WriteContext, ws: XlWorksheet, spec: SheetSpec, target: RefreshTarget, sheetName: string): Promise<void> {
  for (const { spec: t, address } of target.tables) {
    await cx.batch.put(cost([t.name, address]), () => {
      const old = ws.getRange(address);
      if (cx.support.conditionalFormats) old.conditionalFormats.clearAll();
      if (cx.support.dataValidation) old.dataValidation.clear();
      cx.workbook.tables.getItemOrNullObject(t.name).convertToRange();
      ws.getRange(address).clear('All');
    });
    await writeTable(cx, ws, t, t.name, sheetName);
    const rules = rulesOnTable(spec, t);
    await writeValidations(cx, ws, rules.validations, sheetName, true);
    await writeConditionalFormats(cx, ws, rules.conditionalFormats, sheetName);
  }
}
