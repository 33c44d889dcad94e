/**
 * The write plan: every decision about putting a WorkbookSpec into a workbook, made once, purely,
 * for both writers (src/excel/ Office.js, src/xlsx/ exceljs), which only carry it out:
 * - which sheet is the add-in's own (by the id it stored, ownership.ts) and is refreshed in place,
 *   and which is new; the one Settings sheet is always reused once it exists;
 * - free names for new sheets and tables, and the names formulas use when the workbook already
 *   has one the add-in did not create; an existing name is never repointed;
 * - the merge of a refreshed table with what the user did to it (merge.ts), and where every
 *   reference then points (relocate.ts);
 * - which cells, formats, rules, lists and charts are written, cleared or left alone, and what a
 *   host lacks (host.ts);
 * - the cells a refresh would newly write, which must hold nothing the user typed.
 */
import { catalogue } from '../../i18n';
import type { Language } from '../../core/language';
import type { Cell, ColorScaleSpec, ColumnSpec, ConditionalFormatSpec, PrintSpec, SheetSpec, TableSpec, WorkbookSpec } from '../model';
import { columnBases, maskedRegions, regionRect } from './cells';
import { supportedParts } from './host';
import { freshLayout, layoutCells, mergeTable, rowMask, type TableLayout } from './merge';
import { freeIdentifier, freeSheetName } from './names';
import type { WriteNotice } from './notices';
import type { OwnedRule, OwnedScale, OwnedSheet, OwnedTable } from './ownership';
import { ownsName } from './ownership';
import { disjoint, parseRange, rectAddress, subtract } from './refs';
import { relocator, type Relocator, type SheetPlace, type TablePlace } from './relocate';
import type { ExistingWorkbook, HostFeatures, PlannedRegion, PlannedSheet, PlannedTable, Rect, WritePlan } from './types';

export interface PlanOptions {
  /** Rewrite the add-in's own sheets in place (the Settings sheet is reused whatever this says). */
  refresh: boolean;
  /** The workbook's language: the status column's header and flag. */
  language: Language;
  features: HostFeatures;
}

interface Target {
  spec: SheetSpec;
  owned: OwnedSheet | null;
  /** The workbook sheet the owned record points at. */
  sheet: { id: string; name: string } | null;
}

const lower = (s: string): string => s.toLowerCase();
const STATUS_WIDTH = 14;

/** Which existing sheet (if any) each spec sheet refreshes. */
export function sheetTargets(spec: WorkbookSpec, existing: Pick<ExistingWorkbook, 'sheets' | 'ownership'>, options: Pick<PlanOptions, 'refresh' | 'features'>): Target[] {
  const byId = new Map(existing.sheets.map((s) => [s.id, s]));
  const canRefresh = options.refresh && options.features.resizeTables === true;
  return spec.sheets.map((s) => {
    const slot = s.slot ?? '';
    const candidates = existing.ownership.sheets.filter((o) => {
      const found = byId.get(o.id);
      return o.kind === s.kind && o.slot === slot && found !== undefined && (o.token === undefined || found.token === o.token);
    });
    const owned = candidates[candidates.length - 1] ?? null;
    const refresh = owned !== null && (s.kind === 'settings' || canRefresh);
    return { spec: s, owned: refresh ? owned : null, sheet: refresh && owned ? byId.get(owned.id)! : null };
  });
}

/** The add-in's existing tables a plan must read the values of (tables it refreshes). */
export function tablesToRead(spec: WorkbookSpec, existing: Pick<ExistingWorkbook, 'sheets' | 'ownership' | 'tables'>, options: Pick<PlanOptions, 'refresh' | 'features'>): string[] {
  const ids: string[] = [];
  for (const t of sheetTargets(spec, existing, options)) {
    if (!t.owned) continue;
    for (const table of t.spec.tables) {
      const owned = t.owned.tables.find((o) => o.spec === table.name);
      if (table.key.length > 0 && owned && existing.tables.some((x) => x.id === owned.id && x.sheetId === t.owned!.id)) ids.push(owned.id);
    }
  }
  return ids;
}

/** A keyed table with the status column the add-in flags rows in, as its last column. */
function withStatus(t: TableSpec, language: Language): { table: TableSpec; status: number | null } {
  if (t.key.length === 0) return { table: t, status: null };
  const header: ColumnSpec = { header: catalogue(language).workbookWrite.statusHeader, numberFormat: '@', width: STATUS_WIDTH };
  return { table: { ...t, columns: [...t.columns, header], rows: t.rows.map((r) => [...r, '']) }, status: t.columns.length };
}

const bodyRows = (t: TableSpec): number => Math.max(t.rows.length, 1);
const tableRect = (t: TableSpec, rows: number, cols: number): Rect => ({ row: t.origin.row, col: t.origin.col, rows: rows + 1, cols });
const blockRect = (b: SheetSpec['blocks'][number], delta: number): Rect | null => {
  const w = b.cells.reduce((m, r) => Math.max(m, r.length), 0);
  return b.cells.length === 0 || w === 0 ? null : { row: b.origin.row + delta, col: b.origin.col, rows: b.cells.length, cols: w };
};
const inside = (r: Rect, areas: readonly Rect[]): boolean => areas.some((a) => r.row >= a.row && r.col >= a.col && r.row < a.row + a.rows && r.col < a.col + a.cols);

interface Merged {
  spec: TableSpec;
  status: number | null;
  layout: TableLayout;
  existing: { id: string; name: string; rect: Rect } | null;
  owned: OwnedTable | null;
  /** The table keeps its rows as they are (no key). */
  untouched: boolean;
}

type SheetDraft =
  | { ok: true; merged: Merged[]; place: SheetPlace; deltas: Map<object, number> }
  | { ok: false; notice: WriteNotice };

/** Merges a refreshed sheet's tables and works out what moves; or why the sheet cannot be refreshed. */
function draftRefresh(target: Target, existing: ExistingWorkbook, language: Language, sheetName: string): SheetDraft {
  const spec = target.spec;
  const merged: Merged[] = [];
  for (const raw of spec.tables) {
    const { table, status } = withStatus(raw, language);
    const owned = target.owned!.tables.find((o) => o.spec === raw.name) ?? null;
    const found = owned ? existing.tables.find((x) => x.id === owned.id && x.sheetId === target.owned!.id) : undefined;
    if (!owned || !found) {
      merged.push({ spec: table, status, layout: freshLayout(table), existing: null, owned: null, untouched: false });
      continue;
    }
    if (found.rect.row !== table.origin.row || found.rect.col !== table.origin.col || (owned.origin && owned.origin !== rectAddress({ ...found.rect, rows: 1, cols: 1 }))) {
      return { ok: false, notice: { code: 'refreshMoved', sheet: sheetName, table: found.name } };
    }
    if (table.key.length === 0) {
      const rows = found.rect.rows - 1;
      const layout: TableLayout = { rows: [], columns: table.columns.map((_, j) => j), width: found.rect.cols, position: table.rows.map((_, i) => i), keys: [], flagged: 0 };
      layout.rows = Array.from({ length: rows }, () => ({ kind: 'user' as const }));
      merged.push({ spec: table, status, layout, existing: found, owned, untouched: true });
      continue;
    }
    const values = existing.contents.get(found.id);
    if (!values) throw new Error(`write plan: the values of table ${found.name} were not read`);
    const result = mergeTable(table, values, owned);
    if (!result.ok) return { ok: false, notice: { code: 'refreshKeyMissing', sheet: sheetName, table: found.name, column: result.missingKey } };
    merged.push({ spec: table, status, layout: result.layout, existing: found, owned, untouched: false });
  }
  // A table that grew pushes down what the spec put under it (in its columns).
  const deltas = new Map<object, number>();
  const grows = merged
    .map((m) => ({ m, g: (m.untouched ? 0 : m.layout.rows.length) - bodyRows(m.spec) }))
    .filter((x) => !x.m.untouched && x.g > 0);
  const below = (m: Merged, r: Rect): boolean => r.row > m.spec.origin.row + bodyRows(m.spec) && r.col < m.spec.origin.col + m.spec.columns.length && r.col + r.cols > m.spec.origin.col;
  const shift = (el: object, r: Rect | null): void => {
    if (!r) return;
    const d = grows.reduce((n, x) => n + (below(x.m, r) ? x.g : 0), 0);
    if (d > 0) deltas.set(el, d);
  };
  for (const b of spec.blocks) shift(b, blockRect(b, 0));
  for (const m of merged) shift(m.spec, tableRect(m.spec, bodyRows(m.spec), m.spec.columns.length));
  for (const m of merged) {
    if (deltas.has(m.spec) && m.existing) return { ok: false, notice: { code: 'refreshMoved', sheet: sheetName, table: m.existing.name } };
  }
  const moved: SheetPlace['moved'] = [];
  for (const b of spec.blocks) {
    const d = deltas.get(b);
    const r = blockRect(b, 0);
    if (d && r) moved.push({ rect: r, delta: d });
  }
  const tables: TablePlace[] = merged
    .filter((m) => !m.untouched)
    .map((m) => ({
      header: m.spec.origin.row + (deltas.get(m.spec) ?? 0),
      col: m.spec.origin.col,
      specRows: m.spec.rows.length,
      specCols: m.spec.columns.length,
      finalRows: Math.max(m.layout.rows.length, 1),
      position: m.layout.position,
      columns: m.layout.columns,
    }));
  return { ok: true, merged, place: { tables, moved }, deltas };
}

/** Plans writing `spec` into the workbook `existing` describes. */
export function planWrite(input: WorkbookSpec, existing: ExistingWorkbook, options: PlanOptions): WritePlan {
  const { language, features } = options;
  const notices: WriteNotice[] = [];
  if (options.refresh && features.resizeTables !== true) notices.push({ code: 'refreshUnavailable', requirement: features.resizeTables.requirement });
  const targets = sheetTargets(input, existing, options);

  // Sheet names: the refreshed sheet keeps the name the user may have given it; a new one takes a free name.
  const taken = new Set(existing.sheets.map((s) => lower(s.name)));
  const names = targets.map((t) => {
    if (t.sheet) return t.sheet.name;
    const name = freeSheetName(t.spec.name, taken);
    taken.add(lower(name));
    if (name !== t.spec.name) notices.push({ code: 'sheetRenamed', sheet: name, wanted: t.spec.name });
    return name;
  });
  const sheetMap = new Map<string, string>();
  targets.forEach((t, i) => names[i] !== t.spec.name && sheetMap.set(t.spec.name, names[i]));

  // Refreshed sheets: merge their tables first (a sheet that cannot be refreshed is left as it is).
  const drafts = targets.map((t, i) => (t.owned ? draftRefresh(t, existing, language, names[i]) : null));
  const skipped = new Set<number>();
  drafts.forEach((d, i) => {
    if (d && !d.ok) {
      notices.push(d.notice);
      skipped.add(i);
    }
  });

  // Identifiers: tables and names share one namespace.
  const takenIds = new Set([...existing.tables.map((t) => lower(t.name)), ...existing.names.map((n) => lower(n.name))]);
  const idMap = new Map<string, string>();
  const tableNames = new Map<string, string>();
  targets.forEach((t, i) => {
    if (skipped.has(i)) return;
    const d = drafts[i];
    for (const table of t.spec.tables) {
      const kept = d?.ok ? d.merged.find((m) => m.spec.name === table.name)?.existing : null;
      const name = kept ? kept.name : freeIdentifier(table.name, takenIds);
      takenIds.add(lower(name));
      tableNames.set(table.name, name);
      if (name !== table.name) idMap.set(table.name, name);
      if (!kept && name !== table.name) notices.push({ code: 'tableRenamed', sheet: names[i], wanted: table.name, actual: name });
    }
  });
  const existingNames = new Map(existing.names.map((n) => [lower(n.name), n]));
  const plannedNames: WritePlan['names'] = [];
  const ownedNames = existing.ownership.names.filter((n) => existingNames.has(lower(n)));
  for (const n of input.names) {
    const found = existingNames.get(lower(n.name));
    if (found && ownsName(existing.ownership, n.name)) {
      // Never repointed: the workbook's settings stay where the user keeps them. Only a broken one,
      // or a constant the risk rules stood in with before there was a Settings sheet, is pointed at it.
      if (/#REF!/i.test(found.refersTo) || !found.refersTo.includes('!')) plannedNames.push({ ...n, replace: true });
      continue;
    }
    const name = found ? freeIdentifier(n.name, takenIds) : n.name;
    takenIds.add(lower(name));
    if (name !== n.name) {
      idMap.set(n.name, name);
      notices.push({ code: 'nameTaken', wanted: n.name, actual: name });
    }
    plannedNames.push({ name, refersTo: n.refersTo, replace: false });
    if (!ownedNames.some((x) => lower(x) === lower(name))) ownedNames.push(name);
  }

  const places = new Map<string, SheetPlace>();
  drafts.forEach((d, i) => d?.ok && places.set(targets[i].spec.name, d.place));
  const reloc = relocator(places, sheetMap, idMap);
  const finalNames = plannedNames.map((n) => ({ ...n, refersTo: reloc.formula(n.refersTo, '') }));

  const sheets: PlannedSheet[] = [];
  targets.forEach((t, i) => {
    if (skipped.has(i)) return;
    const d = drafts[i];
    sheets.push(d?.ok ? refreshSheet(t, d, names[i], reloc, tableNames, options, notices) : newSheet(t.spec, names[i], reloc, tableNames, options, notices));
  });

  const planned = new Set(sheets.map((s) => s.existingId).filter((x): x is string => x !== undefined));
  const present = new Set(existing.sheets.map((s) => s.id));
  const keep = existing.ownership.sheets.filter((o) => present.has(o.id) && !planned.has(o.id));
  return { sheets, names: finalNames, ownedNames, notices, keep };
}

/** Regions of a whole block (or its add-in cells only, `keep` saying which user cells stay). */
function blockRegions(b: SheetSpec['blocks'][number], delta: number, cells: Cell[][], keep: (row: number, col: number) => boolean): PlannedRegion[] {
  const w = cells.reduce((m, r) => Math.max(m, r.length), 0);
  const bases = columnBases(cells, w, b.numberFormats);
  const user = new Set(b.userColumns ?? []);
  const row0 = b.origin.row + delta;
  return maskedRegions(row0, b.origin.col, cells, w, bases, (r) => Array.from({ length: w }, (_, c) => !(user.has(c) && keep(row0 + r, b.origin.col + c))));
}

function fontsOf(b: SheetSpec['blocks'][number], rect: Rect | null): PlannedSheet['fonts'] {
  return rect && (b.bold || b.fontSize) ? [{ rect, ...(b.bold ? { bold: true } : {}), ...(b.fontSize ? { size: b.fontSize } : {}) }] : [];
}

/** The regions writing a table's header and the rows its layout writes. */
function tableRegions(m: Merged, header: number, reloc: Relocator, sheet: string, place: TablePlace | undefined, flag: string): PlannedRegion[] {
  const { spec, layout, status } = m;
  const col0 = spec.origin.col;
  const bases = new Array<string>(layout.width).fill('General');
  const specBases = columnBases(spec.rows, spec.columns.length, spec.columns.map((c) => c.numberFormat ?? null));
  spec.columns.forEach((_, j) => (bases[layout.columns[j]] = specBases[j]));
  const headerCells: Cell[] = new Array(layout.width).fill(null);
  spec.columns.forEach((c, j) => (headerCells[layout.columns[j]] = c.header));
  const headerMask = new Array<boolean>(layout.width).fill(false);
  layout.columns.forEach((c) => (headerMask[c] = true));
  const out = maskedRegions(header, col0, [headerCells], layout.width, new Array<string>(layout.width).fill('@'), () => headerMask);
  const cells = layoutCells(spec, layout, (r, j) => reloc.cell(spec.rows[r][j], sheet, { table: place, specRow: r }), flag, status);
  out.push(...maskedRegions(header + 1, col0, cells, layout.width, bases, (p) => rowMask(spec, layout, layout.rows[p], status)));
  return out;
}

const ownedRule = (r: ConditionalFormatSpec): OwnedRule => ({
  range: r.range,
  formula: r.formula,
  fill: r.fill,
  ...(r.fontColor ? { fontColor: r.fontColor } : {}),
  ...(r.stopIfTrue ? { stopIfTrue: true } : {}),
  priority: r.priority,
});

const ownedScale = (c: ColorScaleSpec): OwnedScale => ({ range: c.range, colors: [...c.colors] });

/** Validations, rules, color scales and charts of a sheet with their references relocated. */
function relocatedParts(parts: SheetSpec, reloc: Relocator) {
  const f = (x: string) => reloc.formula(x, parts.name);
  return {
    lists: parts.validations.map((v) => ({ ...v, range: f(v.range) })),
    rules: parts.conditionalFormats.map((r) => ({ ...r, range: f(r.range), formula: f(r.formula) })),
    scales: (parts.colorScales ?? []).map((c) => ({ ...c, range: f(c.range) })),
    charts: parts.charts.map((c) => ({ ...c, categories: f(c.categories), series: c.series.map((x) => ({ ...x, values: f(x.values) })) })),
  };
}

function widthsOf(spec: SheetSpec, tables: readonly TableSpec[]): Record<number, number> {
  const widths: Record<number, number> = { ...(spec.columnWidths ?? {}) };
  for (const t of tables) t.columns.forEach((c, i) => c.width !== undefined && (widths[t.origin.col + i] = c.width));
  return widths;
}

function newSheet(spec: SheetSpec, name: string, reloc: Relocator, tableNames: ReadonlyMap<string, string>, options: PlanOptions, notices: WriteNotice[]): PlannedSheet {
  const parts = supportedParts(spec, name, options.features, notices);
  const flag = catalogue(options.language).workbookWrite.noLongerInData;
  const regions: PlannedRegion[] = [];
  const fonts: PlannedSheet['fonts'] = [];
  const blocks: Rect[] = [];
  for (const b of parts.blocks) {
    const cells = b.cells.map((r) => r.map((c) => reloc.cell(c, spec.name)));
    regions.push(...blockRegions(b, 0, cells, () => false));
    const rect = blockRect(b, 0);
    if (rect) blocks.push(rect);
    fonts.push(...fontsOf(b, rect));
  }
  const tables: PlannedTable[] = [];
  const specs: TableSpec[] = [];
  for (const raw of parts.tables) {
    const { table, status } = withStatus(raw, options.language);
    specs.push(table);
    const layout = freshLayout(table);
    regions.push(...tableRegions({ spec: table, status, layout, existing: null, owned: null, untouched: false }, table.origin.row, reloc, spec.name, undefined, flag));
    tables.push({
      spec: raw.name,
      name: tableNames.get(raw.name) ?? raw.name,
      rect: tableRect(table, bodyRows(table), table.columns.length),
      style: table.style ?? 'TableStyleMedium2',
      headers: table.columns.map((c) => c.header),
      keys: layout.keys,
      rows: table.rows.length,
    });
  }
  const { lists, rules, scales, charts } = relocatedParts(parts, reloc);
  return {
    kind: spec.kind,
    slot: spec.slot ?? '',
    asked: spec.name,
    name,
    mode: 'new',
    clears: [],
    regions,
    fonts,
    tables,
    lists: { set: lists, clear: [] },
    rules: { add: rules, remove: [] },
    scales: { add: scales, remove: [] },
    charts: { add: charts, update: [] },
    notes: parts.notes,
    widths: widthsOf(spec, specs),
    freeze: parts.freeze,
    ...(spec.protect !== undefined ? { protect: spec.protect } : {}),
    ...(parts.print ? { print: parts.print } : {}),
    mustBeEmpty: [],
    rows: tables.reduce((n, t) => n + t.rows, 0),
    record: { kind: spec.kind, slot: spec.slot ?? '', blocks: blocks.map((r) => rectAddress(r)), rules: rules.map(ownedRule), lists: lists.map((v) => v.range), scales: scales.map(ownedScale) },
  };
}

function refreshSheet(
  t: Target,
  d: Extract<SheetDraft, { ok: true }>,
  name: string,
  reloc: Relocator,
  tableNames: ReadonlyMap<string, string>,
  options: PlanOptions,
  notices: WriteNotice[],
): PlannedSheet {
  const spec = t.spec;
  const owned = t.owned!;
  // Notes and frozen panes are set once, on a new sheet: afterwards they are the user's.
  const parts = supportedParts({ ...spec, notes: [], freeze: undefined }, name, options.features, notices);
  const flag = catalogue(options.language).workbookWrite.noLongerInData;
  const oldBlocks = owned.blocks.flatMap((a) => {
    try {
      return [parseRange(a)];
    } catch {
      return [];
    }
  });
  const oldAreas = [...oldBlocks, ...d.merged.flatMap((m) => (m.existing ? [m.existing.rect] : []))];
  const regions: PlannedRegion[] = [];
  const fonts: PlannedSheet['fonts'] = [];
  const blocks: Rect[] = [];
  for (const b of parts.blocks) {
    const delta = d.deltas.get(b) ?? 0;
    const cells = b.cells.map((r) => r.map((c) => reloc.cell(c, spec.name)));
    // A user cell of a block (a setting's value) is written only where the add-in never wrote before.
    regions.push(...blockRegions(b, delta, cells, (row, col) => inside({ row, col, rows: 1, cols: 1 }, oldAreas)));
    const rect = blockRect(b, delta);
    if (rect) blocks.push(rect);
    fonts.push(...fontsOf(b, rect));
  }
  const tables: PlannedTable[] = [];
  const finals: Rect[] = [];
  const widths: Record<number, number> = {};
  for (const m of d.merged) {
    const tableName = tableNames.get(m.spec.name) ?? m.spec.name;
    if (m.untouched && m.existing) {
      tables.push({ spec: m.spec.name, name: tableName, rect: m.existing.rect, before: m.existing.rect, style: m.spec.style ?? 'TableStyleMedium2', existingId: m.existing.id, headers: m.owned?.headers ?? [], keys: [], rows: m.existing.rect.rows - 1 });
      finals.push(m.existing.rect);
      continue;
    }
    const header = m.spec.origin.row + (d.deltas.get(m.spec) ?? 0);
    const place = d.place.tables.find((p) => p.header === header && p.col === m.spec.origin.col);
    regions.push(...tableRegions(m, header, reloc, spec.name, place, flag));
    const rect: Rect = { row: header, col: m.spec.origin.col, rows: 1 + Math.max(m.layout.rows.length, 1), cols: m.layout.width };
    finals.push(rect);
    const rows = m.layout.rows.filter((r) => r.kind === 'data').length;
    tables.push({
      spec: m.spec.name,
      name: tableName,
      rect,
      style: m.spec.style ?? 'TableStyleMedium2',
      ...(m.existing ? { existingId: m.existing.id, before: m.existing.rect } : {}),
      headers: m.spec.columns.map((c) => c.header),
      keys: m.layout.keys,
      rows,
    });
    if (m.layout.flagged > 0) notices.push({ code: 'rowsFlagged', sheet: name, table: tableName, rows: m.layout.flagged });
    const before = m.existing?.rect.cols ?? 0;
    m.spec.columns.forEach((c, j) => {
      if (m.layout.columns[j] >= before && c.width !== undefined) widths[m.spec.origin.col + m.layout.columns[j]] = c.width;
    });
  }
  const { lists, rules, scales, charts } = relocatedParts(parts, reloc);
  // On a host that cannot write lists or rules, the old ones stay (and stay recorded as the add-in's).
  const canLists = options.features.dataValidation === true;
  const canRules = options.features.conditionalFormats === true;
  const written = [...regions.map(regionRect), ...finals];
  const mustBeEmpty = written.flatMap((r) => subtract(r, oldAreas));
  const clears = oldBlocks.flatMap((r) => subtract(r, [...blocks, ...finals]));
  const update = charts.slice(0, owned.charts.length).map((chart, i) => ({ id: owned.charts[i].id, chart }));
  return {
    kind: spec.kind,
    slot: spec.slot ?? '',
    asked: spec.name,
    name,
    mode: 'refresh',
    existingId: owned.id,
    clears,
    regions,
    fonts,
    tables,
    lists: { set: lists, clear: canLists ? owned.lists : [] },
    rules: { add: rules, remove: canRules ? owned.rules : [] },
    scales: { add: scales, remove: canRules ? owned.scales : [] },
    charts: { add: charts.slice(owned.charts.length), update },
    notes: [],
    widths,
    ...(spec.protect !== undefined ? { protect: spec.protect } : {}),
    ...(parts.print ? { print: shiftedPrint(parts.print, parts.blocks, d.deltas) } : {}),
    mustBeEmpty: disjoint(mustBeEmpty),
    rows: tables.reduce((n, x) => n + x.rows, 0),
    record: {
      kind: spec.kind,
      slot: spec.slot ?? '',
      blocks: blocks.map((r) => rectAddress(r)),
      rules: canRules ? rules.map(ownedRule) : owned.rules,
      lists: canLists ? lists.map((v) => v.range) : owned.lists,
      scales: canRules ? scales.map(ownedScale) : owned.scales,
    },
  };
}

/** Page breaks that start a block move with the block when a grown table pushes it down. */
function shiftedPrint(print: PrintSpec, blocks: SheetSpec['blocks'], deltas: ReadonlyMap<object, number>): PrintSpec {
  const moved = (row: number): number => row + (deltas.get(blocks.find((b) => b.origin.row === row && deltas.has(b)) ?? {}) ?? 0);
  return { ...print, rowBreaks: print.rowBreaks.map(moved) };
}

/**
 * The plan without the sheet at `index`: a writer found cells the user typed where the refresh
 * would write. The sheet is left exactly as it is, its record kept.
 */
export function withoutSheet(plan: WritePlan, index: number, cells: string, existing: Pick<ExistingWorkbook, 'ownership'>): WritePlan {
  const sheet = plan.sheets[index];
  const record = existing.ownership.sheets.find((o) => o.id === sheet.existingId);
  return {
    ...plan,
    sheets: plan.sheets.filter((_, i) => i !== index),
    notices: [...plan.notices.filter((n) => !('sheet' in n && n.sheet === sheet.name && n.code === 'rowsFlagged')), { code: 'refreshBlocked', sheet: sheet.name, cells }],
    keep: record ? [...plan.keep, record] : plan.keep,
  };
}
