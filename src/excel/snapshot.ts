/**
 * All or nothing for the Office.js writer: before a write changes anything, everything the plan
 * touches is read (cells with their formulas and number formats, fonts of the add-in's blocks,
 * the drop-down lists and column widths it rewrites, table sizes, the rules and charts it
 * replaces, the page setup, names and the ownership record); when writing fails at any step, `restore` puts it
 * all back in a run of its own, so every sheet, table, name and value is as it was.
 *
 * Excel has no transaction, and a sheet cannot be rebuilt elsewhere and swapped in without
 * breaking the references other sheets, names and charts hold to it: so the snapshot is taken
 * of exactly what the plan will change and no more.
 */
import type { XlConditionalFormat, XlConditionalFormatCollection, XlDataValidationErrorAlert, XlDataValidationRule, XlRange, XlRequestContext, XlWorksheet } from './api';
import type { OwnedRule, OwnedScale, OwnedSheet } from '../sheets/writePlan/ownership';
import { disjoint, rectAddress } from '../sheets/writePlan/refs';
import { regionRect } from '../sheets/writePlan/cells';
import type { ExistingWorkbook, Rect, WritePlan } from '../sheets/writePlan/types';
import { Batch, cost } from './batch';
import { readRects } from './readWorkbook';
import { REGISTRY_KEY } from './registry';
import { addCustomRule, writeRows, type WriteContext } from './writeSheet';
import { addColorScale } from './writeColorScales';
import { columnLetter } from '../sheets/model';
import type { Support } from './support';
import type { Language } from '../core/language';

interface SheetSnapshot {
  id: string;
  name: string;
  cells: { rect: Rect; formulas: unknown[][]; formats: unknown[][] }[];
  fonts: { rect: Rect; bold: boolean | null; size: number | null }[];
  /** Every range whose list the run may change, and the lists they had. */
  listRanges: string[];
  lists: { range: string; rule: XlDataValidationRule; alert: XlDataValidationErrorAlert }[];
  /** The add-in's rules before, and every rule signature the run may add or remove. */
  rules: OwnedRule[];
  signatures: { range: string; formula: string }[];
  /** The add-in's color scales before, and every range the run may add or remove one on. */
  scales: OwnedScale[];
  scaleRanges: string[];
  tables: { id: string; before: Rect }[];
  /** Ids of the tables and charts the sheet had. */
  tableIds: string[];
  chartIds: string[];
  charts: OwnedSheet['charts'];
  widths: { col: number; points: number }[];
  /** The page setup a refresh rewrites (ExcelApi 1.9), or null when the run writes none. */
  page: PageSnapshot | null;
}

/** A sheet's page setup as it was: what writePrint sets, so a failed run can set it back. */
export interface PageSnapshot {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
  titleRows: string | null;
  area: string | null;
  /** Rows (0-based) with a manual break above them. */
  breaks: number[];
}

const HEADER_FOOTER = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
const bareAddress = (a: string): string => a.slice(a.lastIndexOf('!') + 1);

/** Queues the reads of a sheet's page setup; the returned function reads them after the sync. */
function loadPage(ws: XlWorksheet): () => PageSnapshot {
  const layout = ws.pageLayout;
  layout.load('orientation,paperSize,zoom');
  const hf = layout.headersFooters.defaultForAllPages;
  hf.load(HEADER_FOOTER.join(','));
  const titleRows = layout.getPrintTitleRowsOrNullObject();
  titleRows.load('address');
  const area = layout.getPrintAreaOrNullObject();
  area.load('address');
  ws.horizontalPageBreaks.load('items/rowIndex');
  return () => ({
    orientation: layout.orientation,
    paperSize: layout.paperSize,
    zoom: { ...layout.zoom },
    headerFooter: Object.fromEntries(HEADER_FOOTER.map((k) => [k, hf[k]])) as PageSnapshot['headerFooter'],
    titleRows: titleRows.isNullObject ? null : bareAddress(titleRows.address),
    area: area.isNullObject ? null : bareAddress(area.address),
    breaks: ws.horizontalPageBreaks.items.map((b) => b.rowIndex),
  });
}

/** Sets a page setup back as the snapshot has it. */
function restorePage(ws: XlWorksheet, p: PageSnapshot): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation;
  layout.paperSize = p.paperSize;
  layout.zoom = p.zoom;
  layout.setPrintTitleRows(p.titleRows ?? '');
  layout.setPrintArea(p.area ?? '');
  const hf = layout.headersFooters.defaultForAllPages;
  for (const k of HEADER_FOOTER) hf[k] = p.headerFooter[k];
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of p.breaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

export interface Snapshot {
  registryRaw: unknown;
  newSheets: string[];
  createdNames: string[];
  replacedNames: { name: string; formula: string }[];
  sheets: SheetSnapshot[];
}

/**
 * Queues the range of every formula rule and color scale of `cfs` (a loaded collection), and a
 * rule's formula; read them after a sync. Other kinds (a user's data bars, say) are never touched.
 */
export function loadRules(cfs: XlConditionalFormatCollection | null): { cf: XlConditionalFormat; scale: boolean; range: XlRange }[] {
  return (cfs?.items ?? [])
    .filter((cf) => cf.type === 'Custom' || cf.type === 'ColorScale')
    .map((cf) => {
      if (cf.type === 'Custom') cf.custom.rule.load('formula');
      const range = cf.getRange();
      range.load('address');
      return { cf, scale: cf.type === 'ColorScale', range };
    });
}

/** A range as compared across runs: without sheet or $. */
export const bareRange = (range: string): string => range.slice(range.lastIndexOf('!') + 1).replace(/\$/g, '');

/** A rule as compared across runs: its range without sheet or $, and its formula as Excel returns it ("=…"). */
export const ruleKey = (range: string, formula: string): string => `${bareRange(range)}\u0000${formula.startsWith('=') ? formula : `=${formula}`}`;

/** Everything the plan will change, read in a few syncs (cells in requests of bounded size). */
export async function takeSnapshot(context: XlRequestContext, plan: WritePlan, existing: ExistingWorkbook, registryRaw: unknown, support: Support): Promise<Snapshot> {
  const refreshed = plan.sheets.filter((s) => s.mode === 'refresh');
  const wb = context.workbook;
  const sheets: SheetSnapshot[] = [];
  const pending: (() => void)[] = [];
  for (const s of refreshed) {
    const ws = wb.worksheets.getItemOrNullObject(s.existingId!);
    const owned = existing.ownership.sheets.find((o) => o.id === s.existingId);
    const fonts = s.fonts.map((f) => {
      const font = ws.getRange(rectAddress(f.rect)).format.font;
      font.load('bold,size');
      return { rect: f.rect, font };
    });
    const listRanges = [...new Set([...s.lists.clear, ...s.lists.set.map((v) => v.range)])];
    const lists = listRanges.map((range) => {
      const dv = ws.getRange(range).dataValidation;
      dv.load('rule,errorAlert');
      return { range, dv };
    });
    const widths = Object.keys(s.widths).map((col) => {
      const letter = columnLetter(Number(col));
      const format = ws.getRange(`${letter}:${letter}`).format;
      format.load('columnWidth');
      return { col: Number(col), format };
    });
    // Chart ids need ExcelApi 1.7; without it the add-in writes no charts, so there is none to take back.
    if (support.charts) ws.charts.load('items/id');
    const page = s.print ? loadPage(ws) : null;
    const snap: SheetSnapshot = {
      id: s.existingId!,
      name: s.name,
      cells: [],
      fonts: [],
      listRanges,
      lists: [],
      rules: owned?.rules ?? [],
      signatures: [...(owned?.rules ?? []), ...s.rules.add].map((r) => ({ range: r.range, formula: r.formula })),
      scales: owned?.scales ?? [],
      scaleRanges: [...(owned?.scales ?? []), ...s.scales.add].map((c) => c.range),
      tables: s.tables.filter((t) => t.existingId !== undefined && t.before).map((t) => ({ id: t.existingId!, before: t.before! })),
      tableIds: existing.tables.filter((t) => t.sheetId === s.existingId).map((t) => t.id),
      chartIds: [],
      charts: owned?.charts ?? [],
      widths: [],
      page: null,
    };
    pending.push(() => {
      snap.page = page ? page() : null;
      snap.fonts = fonts.map(({ rect, font }) => ({ rect, bold: font.bold ?? null, size: font.size ?? null }));
      snap.lists = lists.filter(({ dv }) => dv.rule?.list !== undefined && dv.rule.list !== null).map(({ range, dv }) => ({ range, rule: dv.rule, alert: dv.errorAlert }));
      snap.widths = widths.map(({ col, format }) => ({ col, points: format.columnWidth }));
      snap.chartIds = support.charts ? ws.charts.items.map((c) => c.id) : [];
    });
    sheets.push(snap);
  }
  if (refreshed.length > 0) await context.sync();
  for (const p of pending) p();
  // Cells: every rectangle the run writes, clears or grows a table over.
  const items = refreshed.flatMap((s, i) =>
    disjoint([...s.clears, ...s.regions.map(regionRect), ...s.tables.flatMap((t) => [t.rect, ...(t.before ? [t.before] : [])])]).map((rect) => ({ sheet: s.existingId!, rect, i })),
  );
  const read = await readRects(context, items, ['formulas', 'numberFormat']);
  items.forEach((it, k) => sheets[it.i].cells.push({ rect: it.rect, formulas: read[k].formulas, formats: read[k].numberFormat }));
  const names = new Map(existing.names.map((n) => [n.name.toLowerCase(), n]));
  return {
    registryRaw,
    newSheets: plan.sheets.filter((s) => s.mode === 'new').map((s) => s.name),
    createdNames: plan.names.filter((n) => !n.replace).map((n) => n.name),
    replacedNames: plan.names.filter((n) => n.replace).map((n) => ({ name: n.name, formula: `=${names.get(n.name.toLowerCase())?.refersTo ?? '#REF!'}`.replace(/^==/, '=') })),
    sheets,
  };
}

/** Text Excel would read as something else in a cell that is not formatted as text ("001", "+1", "TRUE"). */
const parsesAsOther = (s: string): boolean => /^[+\-@']/.test(s) || /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?\s*$/.test(s) || /^(true|false)$/i.test(s) || /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(s);

/** A cell's content as it must be written back: text that Excel would parse differently keeps a leading apostrophe. */
function restoredInput(formula: unknown, format: unknown): unknown {
  if (typeof formula !== 'string' || formula === '' || formula.startsWith('=') || format === '@') return formula;
  return parsesAsOther(formula) ? `'${formula}` : formula;
}

/** Puts back everything the snapshot holds. Several syncs: first what is there now, then the writes. */
export async function restore(context: XlRequestContext, snapshot: Snapshot, support: Support, language: Language, budget?: number): Promise<void> {
  const wb = context.workbook;
  // 1. What the failed run left.
  const sheetsNow = snapshot.newSheets.map((name) => {
    const ws = wb.worksheets.getItemOrNullObject(name);
    ws.load('id');
    return ws;
  });
  const namesNow = [...snapshot.createdNames, ...snapshot.replacedNames.map((n) => n.name)].map((n) => {
    const item = wb.names.getItemOrNullObject(n);
    item.load('name');
    return { n, item };
  });
  const setting = wb.settings.getItemOrNullObject(REGISTRY_KEY);
  setting.load('value');
  const perSheet = snapshot.sheets.map((s) => {
    const ws = wb.worksheets.getItemOrNullObject(s.id);
    if (support.charts) ws.charts.load('items/id');
    ws.tables.load('items/id');
    const cfs = support.conditionalFormats ? ws.getRange().conditionalFormats : null;
    cfs?.load('items/type');
    return { s, ws, cfs };
  });
  await context.sync();
  const rules = perSheet.map(({ cfs }) => loadRules(cfs));
  if (rules.some((r) => r.length > 0)) await context.sync();

  // 2. Put it back.
  const batch = new Batch(context, budget);
  const cx: WriteContext = { batch, workbook: wb, support, language };
  const put = (value: unknown, queue: () => void) => batch.put(cost(value), queue);
  for (const ws of sheetsNow) if (!ws.isNullObject) await put('sheet', () => ws.delete());
  for (const { item } of namesNow) if (!item.isNullObject) await put('name', () => item.delete());
  for (const n of snapshot.replacedNames) await put(n, () => wb.names.add(n.name, n.formula));
  for (let k = 0; k < perSheet.length; k++) {
    const { s, ws } = perSheet[k];
    const sig = new Set(s.signatures.map((x) => ruleKey(x.range, x.formula)));
    const scaleRanges = new Set(s.scaleRanges.map(bareRange));
    // The add-in's rules and scales go (old and new alike, re-added below), and a rule a failed add left without its formula.
    for (const { cf, scale, range } of rules[k]) {
      const ours = scale ? scaleRanges.has(bareRange(range.address)) : ((f) => f === '' || f === '=' || sig.has(ruleKey(range.address, f)))(cf.custom.rule.formula);
      if (ours) await put('cf', () => cf.delete());
    }
    for (const r of [...s.rules].sort((a, b) => b.priority - a.priority)) await put(r, () => addCustomRule(ws.getRange(r.range), r.formula, r.fill, r.fontColor, r.stopIfTrue));
    for (const c of s.scales) await put(c, () => addColorScale(ws.getRange(c.range), c));
    const charts = support.charts ? ws.charts.items : [];
    for (const chart of charts) if (!s.chartIds.includes(chart.id)) await put('chart', () => chart.delete());
    for (const c of s.charts) {
      const chart = charts.find((x) => x.id === c.id);
      if (!chart) continue;
      await put(c, () => {
        chart.title.text = c.title;
        c.values.forEach((v, i) => {
          const series = chart.series.getItemAt(i);
          series.setValues(ws.getRange(v.slice(v.lastIndexOf('!') + 1)));
          series.setXAxisValues(ws.getRange(c.categories.slice(c.categories.lastIndexOf('!') + 1)));
        });
      });
    }
    for (const range of s.listRanges) await put(range, () => ws.getRange(range).dataValidation.clear());
    for (const l of s.lists) {
      await put(l, () => {
        const dv = ws.getRange(l.range).dataValidation;
        dv.rule = l.rule;
        dv.errorAlert = l.alert;
      });
    }
    for (const table of ws.tables.items) if (!s.tableIds.includes(table.id)) await put('table', () => table.convertToRange());
    for (const t of s.tables) await put(t, () => wb.tables.getItemOrNullObject(t.id).resize(rectAddress(t.before)));
    for (const c of s.cells) {
      await writeRows(cx, ws, c.rect.row, c.rect.col, c.formats, 'numberFormat', s.name);
      await writeRows(cx, ws, c.rect.row, c.rect.col, c.formulas.map((r, i) => r.map((f, j) => restoredInput(f, c.formats[i]?.[j]))), 'formulas', s.name);
    }
    for (const f of s.fonts) {
      await put(f, () => {
        const font = ws.getRange(rectAddress(f.rect)).format.font;
        if (f.bold !== null) font.bold = f.bold;
        if (f.size !== null) font.size = f.size;
      });
    }
    for (const w of s.widths) {
      const letter = columnLetter(w.col);
      await put(w, () => {
        ws.getRange(`${letter}:${letter}`).format.columnWidth = w.points;
      });
    }
    const page = s.page;
    if (page) await put(page, () => restorePage(ws, page));
  }
  await put('registry', () => {
    if (snapshot.registryRaw === null) {
      if (!setting.isNullObject) setting.delete();
    } else wb.settings.add(REGISTRY_KEY, snapshot.registryRaw);
  });
  await batch.sync();
}
