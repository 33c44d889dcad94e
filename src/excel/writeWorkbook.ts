/**
 * Writes a WorkbookSpec into the open workbook through Office.js by carrying out the write plan
 * (src/sheets/writePlan): the plan decides, this file reads, writes and, when anything fails,
 * puts everything back.
 *
 * One run, merged into one undo group where Excel supports it (ExcelApi 1.20), so a Generate is
 * one undo step. Syncs:
 *   1   the workbook's sheets, tables, names and the add-in's record (+1 when it has tables);
 *   with a refresh: the refreshed tables' values, whether the cells the refresh would newly write
 *       hold anything, and a snapshot of everything it will change (bounded reads, see readWorkbook);
 *   1   new sheets and names;
 *   1 per sheet for its content — more only when a sheet's payload exceeds the request budget
 *       (4 MB of the 5 MB Excel on the web accepts): then ⌈payload ÷ budget⌉ (see batch.ts);
 *   1   the record, with the ids Excel gave what this run created.
 * If any step fails, a second run restores the snapshot (sheets and names this run created are
 * removed, refreshed sheets get their cells, formats, tables, lists, rules and charts back) and
 * the error says what failed and whether everything was put back.
 */
import type { Language } from '../core/language';
import type { WorkbookSpec } from '../sheets/model';
import { WriteError, type WriteNotice } from '../sheets/writePlan/notices';
import type { OwnedSheet, Ownership } from '../sheets/writePlan/ownership';
import { planWrite, tablesToRead, withoutSheet } from '../sheets/writePlan/plan';
import { rectAddress } from '../sheets/writePlan/refs';
import type { WritePlan } from '../sheets/writePlan/types';
import type { ExcelEnv, XlWorksheet } from './api';
import { Batch, cost, type BatchStats } from './batch';
import { readExisting, readRects, typedCells } from './readWorkbook';
import { saveRegistry } from './registry';
import { bareRange, loadRules, restore, ruleKey, takeSnapshot, type Snapshot } from './snapshot';
import { featuresOf, type Support } from './support';
import { writePlannedSheet, type Created, type SheetHandles, type WriteContext } from './writeSheet';

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
  kind: WorkbookSpec['sheets'][number]['kind'];
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
  /** Renames, flagged rows, sheets left as they were and skipped features, as codes. */
  notices: WriteNotice[];
  stats: BatchStats;
  /** Whether the run was one undo step. */
  oneUndo: boolean;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function writeWorkbook(env: Pick<ExcelEnv, 'run'>, input: WorkbookSpec, options: WriteWorkbookOptions): Promise<WorkbookWriteResult> {
  const { language, support } = options;
  let snapshot: Snapshot | null = null;
  let current = '';
  try {
    return await env.run(
      async (context) => {
        const wb = context.workbook;
        const batch = new Batch(context, options.budget, support.calcSuspend ? () => context.application.suspendApiCalculationUntilNextSync() : undefined);
        const planOptions = { refresh: options.refresh, language, features: featuresOf(support) };

        // 1. What is there, and what a refresh merges with.
        const { existing, registryRaw } = await readExisting(context);
        const ids = tablesToRead(input, existing, planOptions);
        const found = ids.map((id) => existing.tables.find((t) => t.id === id)!);
        const values = await readRects(context, found.map((t) => ({ sheet: t.sheetId, rect: t.rect })), ['values']);
        const contents = new Map(found.map((t, i) => [t.id, values[i].values]));
        let plan: WritePlan = planWrite(input, { ...existing, contents }, planOptions);

        // 2. A refresh never writes over a cell the user typed: such a sheet is left as it is.
        const typed = await typedCells(context, plan.sheets.map((s) => ({ sheet: s.existingId ?? s.name, rects: s.mode === 'refresh' ? s.mustBeEmpty : [] })));
        for (let i = typed.length - 1; i >= 0; i--) if (typed[i].length > 0) plan = withoutSheet(plan, i, typed[i].join(', '), existing);

        // 3. Everything the plan changes, to put back if a later step fails.
        snapshot = await takeSnapshot(context, plan, existing, registryRaw, support);
        const handles = await sheetHandles(context, plan, existing.ownership);

        // 4. New sheets and names, in one request.
        const cx: WriteContext = { batch, workbook: wb, support, language };
        const sheets = new Map<string, XlWorksheet>();
        for (const s of plan.sheets) {
          if (s.mode !== 'new') continue;
          await batch.put(cost(s.name), () => {
            const ws = wb.worksheets.add(s.name);
            ws.load('id');
            sheets.set(s.name, ws);
          });
        }
        for (const n of plan.names) {
          const formula = n.refersTo.startsWith('=') ? n.refersTo : `=${n.refersTo}`;
          await batch.put(cost([n.name, formula]), () => {
            if (n.replace) wb.names.getItemOrNullObject(n.name).delete();
            wb.names.add(n.name, formula);
          });
        }
        await batch.sync();

        // 5. One request per sheet (more only past the byte budget).
        const written: WrittenSheet[] = [];
        const created: Created[] = [];
        for (let i = 0; i < plan.sheets.length; i++) {
          const s = plan.sheets[i];
          current = s.name;
          const ws = sheets.get(s.name) ?? wb.worksheets.getItemOrNullObject(s.existingId!);
          const before = batch.stats.syncs;
          created.push(await writePlannedSheet(cx, ws, s, handles[i]));
          await batch.sync();
          written.push({ kind: s.kind, asked: s.asked, name: s.name, mode: s.mode, rows: s.rows, syncs: batch.stats.syncs - before });
          options.onSheet?.(i + 1, plan.sheets.length, s.name);
        }

        // 6. The record, with the ids of what this run created.
        current = '';
        const record = recordOf(plan, sheets, created);
        await batch.put(cost(record), () => saveRegistry(wb, record));
        await batch.sync();
        return { sheets: written, notices: plan.notices, stats: batch.stats, oneUndo: support.undoGroup };
      },
      support.undoGroup ? { mergeUndoGroup: true } : undefined,
    );
  } catch (e) {
    if (e instanceof WriteError && e.problem.code === 'failed') throw e;
    let restoreError: string | undefined;
    const taken: Snapshot | null = snapshot;
    if (taken) {
      try {
        await env.run((context) => restore(context, taken, support, language, options.budget));
      } catch (r) {
        restoreError = errorText(r);
      }
    }
    const cause = e instanceof WriteError && e.problem.code === 'rowTooLarge' ? e.problem : undefined;
    throw new WriteError({ code: 'failed', sheet: current, error: cause ? '' : errorText(e), ...(cause ? { cause } : {}), restored: restoreError === undefined, ...(restoreError ? { restoreError } : {}) });
  }
}

/** The add-in's rules and charts on each refreshed sheet, loaded before anything is written. */
async function sheetHandles(context: Parameters<Parameters<ExcelEnv['run']>[0]>[0], plan: WritePlan, ownership: Ownership): Promise<SheetHandles[]> {
  const loads = plan.sheets.map((s) => {
    const rules = s.rules.remove.length + s.scales.remove.length > 0;
    if (s.mode !== 'refresh' || (!rules && s.charts.update.length === 0)) return null;
    const ws = context.workbook.worksheets.getItemOrNullObject(s.existingId!);
    const cfs = rules ? ws.getRange().conditionalFormats : null;
    cfs?.load('items/type');
    if (s.charts.update.length > 0) ws.charts.load('items/id');
    return { s, ws, cfs };
  });
  if (loads.some((l) => l !== null)) await context.sync();
  const details = loads.map((l) => loadRules(l?.cfs ?? null));
  const series = loads.map((l) => (l && l.s.charts.update.length > 0 ? l.ws.charts.items : []));
  if (details.some((d) => d.length > 0)) await context.sync();
  return loads.map((l, i) => {
    if (!l) return { oldRules: [], oldScales: [], charts: new Map() };
    const ours = new Set(l.s.rules.remove.map((r) => ruleKey(r.range, r.formula)));
    const scales = new Set(l.s.scales.remove.map((c) => bareRange(c.range)));
    const owned = ownership.sheets.find((o) => o.id === l.s.existingId);
    return {
      oldRules: details[i].filter(({ cf, scale, range }) => !scale && ours.has(ruleKey(range.address, cf.custom.rule.formula))).map(({ cf }) => cf),
      oldScales: details[i].filter(({ scale, range }) => scale && scales.has(bareRange(range.address))).map(({ cf }) => cf),
      charts: new Map(series[i].map((c) => [c.id, { chart: c, series: owned?.charts.find((x) => x.id === c.id)?.values.length ?? 1 }])),
    };
  });
}

/** The ownership record after the run. */
function recordOf(plan: WritePlan, sheets: ReadonlyMap<string, XlWorksheet>, created: readonly Created[]): Ownership {
  const written: OwnedSheet[] = plan.sheets.map((s, i) => ({
    id: s.existingId ?? sheets.get(s.name)!.id,
    ...s.record,
    tables: s.tables.map((t) => ({
      id: t.existingId ?? created[i].tables.find((c) => c.spec === t.spec)!.table.id,
      spec: t.spec,
      origin: rectAddress({ ...t.rect, rows: 1, cols: 1 }),
      headers: t.headers,
      keys: t.keys,
    })),
    charts: created[i].charts.map(({ chart, spec }) => ({ id: chart.id, title: spec.title, categories: spec.categories, values: spec.series.map((x) => x.values) })),
  }));
  return { version: 2, sheets: [...plan.keep, ...written], names: plan.ownedNames };
}
