/**
 * Writes a WorkbookSpec to .xlsx with exceljs, outside Excel (demo, preview download, the command
 * line, tests), by carrying out the same write plan as the Office.js writer (src/sheets/writePlan):
 * a new file, or an existing file refreshed with the same rules — the add-in's own sheets (known
 * by the id it stored) rewritten in place with the user's columns, rows and Settings values kept,
 * everything else of the user's (sheets, cells, formats, charts, names, a stored template)
 * carried across (package.ts).
 *
 * All or nothing: the input bytes are never changed; the result is new bytes, or an error that
 * says which step failed (a caller writes a file only from a result).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Settings } from '../core/settings';
import type { Language } from '../core/language';
import type { SheetKind, WorkbookSpec } from '../sheets/model';
import { ALL_FEATURES } from '../sheets/writePlan/host';
import { WriteError, type WriteNotice } from '../sheets/writePlan/notices';
import { emptyOwnership, parseOwnership, serializeOwnership, type OwnedSheet, type Ownership } from '../sheets/writePlan/ownership';
import { planWrite, tablesToRead, withoutSheet } from '../sheets/writePlan/plan';
import { parseRange, rectAddress } from '../sheets/writePlan/refs';
import { settingsFromWorkbook, SETTING_NAMES } from '../sheets/writePlan/settings';
import type { ExistingWorkbook, WritePlan } from '../sheets/writePlan/types';
import { parseTemplate } from '../templates/parse';
import { settingsSchema } from '../templates/settingsSchema';
import { templateXml, TEMPLATE_NAMESPACE } from '../templates/storedXml';
import { customXmlText, escapeXml, finishPackage, MARKER_PREFIX, OWNERSHIP_NAMESPACE, readPackage, type PackageInfo, type SheetCharts } from './package';
import { splitBulk, writeBulk, type BulkSheet } from './bulkCells';
import { shownValue, typedIn, writePlannedSheet } from './writeSheet';

export interface WriteOptions {
  /** The bytes of a workbook to write into (the user's file); a new workbook when omitted. */
  into?: Uint8Array;
  /** Rewrite the add-in's own sheets in place instead of adding new ones. */
  refresh?: boolean;
  /** The workbook's language (the status column's header and flag): the spec's unless given (else en-US). */
  language?: Language;
  /** The settings the run computed with: a template stored in the file follows them. */
  settings?: Settings;
  /** Writes the finished package's zip (the command line passes Node's zlib: zipNode.ts); JSZip's own when omitted. */
  pack?: (zip: JSZip) => Promise<Uint8Array>;
  /** Regions of a new sheet with at least this many cells are written straight into the XML (bulkCells.ts); Infinity: none. */
  bulkCells?: number;
  /** Called before each step; a step that throws fails the run (tests inject failures here). */
  step?: (name: string) => void;
  /**
   * More custom XML parts to store, each replacing the file's part of its namespace (the closings
   * record); asked for once the sheets are built, since what they record can depend on the build.
   */
  customXml?: () => readonly { ns: string; xml: string }[];
}

export interface WrittenSheet {
  kind: SheetKind;
  /** The name asked for, and the one the sheet has (differs when that was taken, or the user renamed it). */
  asked: string;
  name: string;
  mode: 'new' | 'refresh';
  rows: number;
}

export interface XlsxResult {
  /** The file's bytes: a Buffer under Node, a Uint8Array in a browser. */
  buffer: Uint8Array;
  sheets: WrittenSheet[];
  notices: WriteNotice[];
}

const toBytes = (x: ArrayBuffer | Uint8Array): Uint8Array => {
  const view = x instanceof Uint8Array ? x : new Uint8Array(x);
  return typeof Buffer === 'undefined' ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
};

interface Original {
  zip: JSZip;
  info: PackageInfo;
  wb: ExcelJS.Workbook;
}

async function open(bytes: Uint8Array): Promise<Original> {
  const zip = await JSZip.loadAsync(bytes);
  const info = await readPackage(zip);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  // A table saved without a style (LibreOffice writes none) loads with none, which exceljs then
  // cannot write back: it gets the empty style, which is what it had.
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { table: { style?: object | null } }[]) if (!t.table.style) t.table.style = { theme: null };
  }
  return { zip, info, wb };
}

const ownershipOf = (info: PackageInfo): Ownership => {
  const part = info.customXml.find((c) => c.ns === OWNERSHIP_NAMESPACE);
  return part ? parseOwnership(customXmlText(part.xml)) : emptyOwnership();
};

/** The workbook as the write plan reads it. */
function describe(original: Original | null): ExistingWorkbook {
  if (!original) return { sheets: [], tables: [], names: [], ownership: emptyOwnership(), contents: new Map() };
  const { info } = original;
  const tokens = new Map(info.names.filter((n) => n.name.startsWith(MARKER_PREFIX) && n.localSheetId !== undefined).map((n) => [n.localSheetId!, n.name.slice(MARKER_PREFIX.length)]));
  return {
    sheets: info.sheets.map((s) => ({ id: s.sheetId, name: s.name, ...(tokens.has(s.index) ? { token: tokens.get(s.index)! } : {}) })),
    tables: info.tables.map((t) => ({ id: t.id, name: t.name, sheetId: t.sheet, rect: parseRange(t.ref) })),
    names: info.names.filter((n) => n.localSheetId === undefined).map((n) => ({ name: n.name, refersTo: n.text })),
    ownership: ownershipOf(info),
    contents: new Map(),
  };
}

const worksheetOf = (wb: ExcelJS.Workbook, id: string): ExcelJS.Worksheet | undefined => wb.worksheets.find((w) => String(w.id) === id);

function valuesOf(ws: ExcelJS.Worksheet, rect: { row: number; col: number; rows: number; cols: number }): unknown[][] {
  return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => shownValue(ws.findRow(rect.row + i + 1)?.findCell(rect.col + j + 1)?.value)));
}

/** The values of named ranges (`'Sheet'!$B$3` or `Sheet!$A$1:$B$4`), read from the workbook. */
function namedValues(original: Original, names: readonly string[]): Map<string, unknown[][]> {
  const out = new Map<string, unknown[][]>();
  for (const n of names) {
    const def = original.info.names.find((x) => x.localSheetId === undefined && x.name.toLowerCase() === n.toLowerCase());
    const m = def ? /^(?:'((?:[^']|'')+)'|([^!'\s]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(def.text.trim()) : null;
    if (!m) continue;
    const ws = original.wb.getWorksheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
    if (ws) out.set(n, valuesOf(ws, parseRange(m[3])));
  }
  return out;
}

const randomToken = (): string => Array.from({ length: 16 }, () => Math.floor(Math.random() * 16).toString(16)).join('');

/** Writes `spec` into a new workbook, or into the workbook `options.into` holds, and reports what it did. */
export async function writeXlsxReport(spec: WorkbookSpec, options: WriteOptions = {}): Promise<XlsxResult> {
  const language = options.language ?? spec.language ?? 'en-US';
  const step = options.step ?? (() => undefined);
  let current = '';
  try {
    step('read');
    const original = options.into ? await open(options.into) : null;
    const wb = original?.wb ?? new ExcelJS.Workbook();
    if (!original) {
      wb.creator = 'Sales Performance Kit';
      wb.created = new Date(0);
    }
    const existing = describe(original);
    const planOptions = { refresh: options.refresh ?? false, language, features: ALL_FEATURES };
    const contents = new Map<string, unknown[][]>();
    for (const id of tablesToRead(spec, existing, planOptions)) {
      const t = existing.tables.find((x) => x.id === id)!;
      const ws = worksheetOf(wb, t.sheetId);
      if (ws) contents.set(id, valuesOf(ws, t.rect));
    }
    step('plan');
    let plan: WritePlan = planWrite(spec, { ...existing, contents }, planOptions);
    for (let i = plan.sheets.length - 1; i >= 0; i--) {
      const s = plan.sheets[i];
      const ws = s.existingId ? worksheetOf(wb, s.existingId) : undefined;
      const typed = ws && s.mode === 'refresh' ? typedIn(ws, s.mustBeEmpty) : [];
      if (typed.length > 0) plan = withoutSheet(plan, i, typed.join(', '), existing);
    }

    // Ask Excel to recalculate on open, so TODAY()-based rules and cached values are fresh.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    const bulk: BulkSheet[] = [];
    for (const s of plan.sheets) {
      current = s.name;
      step(`sheet:${s.name}`);
      const ws = s.mode === 'new' ? wb.addWorksheet(s.name) : worksheetOf(wb, s.existingId!)!;
      // Big blocks of a new sheet skip exceljs's model: they go straight into the sheet's XML.
      const split = original ? { sheet: s, bulk: null } : splitBulk(s, options.bulkCells);
      if (split.bulk) bulk.push(split.bulk);
      writePlannedSheet(ws, split.sheet, language);
    }
    current = '';
    step('write');
    // Stored, not compressed: the package step reads it back and compresses the file once.
    const raw = toBytes(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    step('package');
    const buffer = await finish(raw, plan, existing, original, options.settings, bulk, options.pack, options.customXml?.() ?? []);
    step('done');
    return {
      buffer: toBytes(buffer),
      sheets: plan.sheets.map((s) => ({ kind: s.kind, asked: s.asked, name: s.name, mode: s.mode, rows: s.rows })),
      notices: plan.notices,
    };
  } catch (e) {
    if (e instanceof WriteError && e.problem.code === 'failed') throw e;
    const cause = e instanceof WriteError && e.problem.code === 'rowTooLarge' ? e.problem : undefined;
    // The input bytes are never written to: the workbook is as it was.
    throw new WriteError({ code: 'failed', sheet: current, error: cause ? '' : e instanceof Error ? e.message : String(e), ...(cause ? { cause } : {}), restored: true });
  }
}

/** Draws the charts, carries the original's parts across, and stores the ownership record. */
async function finish(
  raw: Uint8Array,
  plan: WritePlan,
  existing: ExistingWorkbook,
  original: Original | null,
  settings: Settings | undefined,
  bulk: readonly BulkSheet[] = [],
  pack?: WriteOptions['pack'],
  extra: readonly { ns: string; xml: string }[] = [],
): Promise<Uint8Array> {
  const byId = new Map(existing.sheets.map((s) => [s.id, s]));
  const originalParts = new Map((original?.info.sheets ?? []).map((s) => [s.sheetId, s.part]));
  const planned = new Map(plan.sheets.map((s) => [s.existingId ?? `new:${s.name}`, s]));
  const charts: SheetCharts[] = [];
  // Every sheet the original had keeps its drawing; the add-in's sheets get their charts drawn.
  for (const s of existing.sheets) {
    const p = planned.get(s.id);
    const owned = existing.ownership.sheets.find((o) => o.id === s.id);
    charts.push({
      sheet: s.name,
      originalPart: originalParts.get(s.id),
      drop: p && owned ? owned.charts.map((c) => c.id) : [],
      add: p ? [...p.charts.update.map((u) => u.chart), ...p.charts.add] : [],
    });
  }
  for (const p of plan.sheets) if (p.mode === 'new' && p.charts.add.length > 0) charts.push({ sheet: p.name, drop: [], add: p.charts.add });

  const tokens = new Map(plan.sheets.map((s) => [s.name, (s.existingId ? byId.get(s.existingId)?.token : undefined) ?? randomToken()]));
  const oldTableNames = new Map(existing.tables.map((t) => [t.id, t.name]));
  const record = (info: PackageInfo, chartIds: ReadonlyMap<string, string[]>): Ownership => {
    const sheetId = (name: string) => info.sheets.find((x) => x.name === name)?.sheetId ?? '';
    const tableId = (name: string) => info.tables.find((x) => x.name.toLowerCase() === name.toLowerCase())?.id ?? '';
    // exceljs numbers tables anew on every write: every recorded id is looked up again by name.
    const kept: OwnedSheet[] = plan.keep.flatMap((o) => {
      const name = byId.get(o.id)?.name;
      if (name === undefined) return [];
      return [{ ...o, id: sheetId(name), tables: o.tables.flatMap((t) => (oldTableNames.has(t.id) ? [{ ...t, id: tableId(oldTableNames.get(t.id)!) }] : [])) }];
    });
    const written: OwnedSheet[] = plan.sheets.map((s) => ({
      id: sheetId(s.name),
      token: tokens.get(s.name)!,
      ...s.record,
      tables: s.tables.map((t) => ({ id: tableId(t.name), spec: t.spec, origin: rectAddress({ ...t.rect, rows: 1, cols: 1 }), headers: t.headers, keys: t.keys })),
      charts: [...s.charts.update.map((u) => u.chart), ...s.charts.add].map((c, i) => ({
        id: chartIds.get(s.name)?.[i] ?? '',
        title: c.title,
        categories: c.categories,
        values: c.series.map((x) => x.values),
      })),
    }));
    return { version: 2, sheets: [...kept, ...written], names: plan.ownedNames };
  };

  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const template = original?.info.customXml.find((c) => c.ns === TEMPLATE_NAMESPACE);
  const followed = template && settings ? followedTemplate(customXmlText(template.xml), settings) : null;
  const finished = await finishPackage(raw, {
    original: original ? { zip: original.zip, info: original.info } : null,
    prepare: (zip, info) => writeBulk(zip, info.sheets, bulk),
    pack,
    charts,
    dropNames: new Set([...plan.names.map((n) => n.name.toLowerCase()), ...(original?.info.names ?? []).filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => n.name.toLowerCase())]),
    addNames: (info) => [
      ...plan.names.map((n) => ({ name: n.name, text: n.refersTo })),
      // Each of the add-in's sheets carries its token in a hidden name scoped to it: a copy of the
      // sheet has another id, a sheet added later has no token, so neither is taken for the add-in's.
      ...[...record(info, new Map()).sheets].flatMap((o) => {
        const s = info.sheets.find((x) => x.sheetId === o.id);
        return s && o.token ? [{ name: `${MARKER_PREFIX}${o.token}`, text: `${quoted(s.name)}!$A$1`, localSheetId: s.index, hidden: true }] : [];
      }),
    ],
    customXml: (info, chartIds) => [
      { ns: OWNERSHIP_NAMESPACE, xml: `<?xml version="1.0" encoding="UTF-8"?><ownership xmlns="${OWNERSHIP_NAMESPACE}">${escapeXml(serializeOwnership(record(info, chartIds)))}</ownership>` },
      ...(followed ? [{ ns: TEMPLATE_NAMESPACE, xml: templateXml(followed) }] : []),
      ...extra,
    ],
  });
  return finished.bytes;
}

/** The stored template with `settings` (null when it is not a valid template or the settings fail its schema). */
function followedTemplate(json: string | null, settings: Settings): unknown {
  if (json === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = parseTemplate(stored);
  return parsed.ok && settingsSchema.safeParse(settings).success ? { ...parsed.template, settings } : null;
}

/** The .xlsx bytes of a WorkbookSpec (see writeXlsxReport). */
export async function writeXlsx(spec: WorkbookSpec, options: WriteOptions = {}): Promise<Uint8Array> {
  return (await writeXlsxReport(spec, options)).buffer;
}

export interface RefreshOptions extends Omit<WriteOptions, 'into' | 'settings'> {
  /** The settings asked for (the pane's or a template's); the workbook's Settings sheet values win. */
  settings: Settings;
}

/**
 * Generates into an existing .xlsx file's bytes (or a new workbook when `existing` is null) with
 * the rules of a refresh: the settings are the workbook's Settings sheet values where it has one
 * (and its stored template follows them), `build` makes the sheets from them, and the result is
 * the refreshed file's bytes. `npm run generate -- --into FILE` is this function.
 */
export async function generateIntoXlsx(existing: Uint8Array | null, build: (settings: Settings) => WorkbookSpec, options: RefreshOptions): Promise<XlsxResult & { settings: Settings }> {
  let kept = { settings: options.settings, changed: [] as string[], unreadable: [] as { name: string; value: string }[] };
  if (existing) {
    try {
      const original = await open(existing);
      const ownership = ownershipOf(original.info);
      const names = SETTING_NAMES.filter((n) => ownership.names.some((x) => x.toLowerCase() === n.toLowerCase()));
      if (names.length > 0) kept = settingsFromWorkbook(options.settings, namedValues(original, names));
    } catch (e) {
      throw new WriteError({ code: 'failed', sheet: '', error: e instanceof Error ? e.message : String(e), restored: true });
    }
  }
  const result = await writeXlsxReport(build(kept.settings), { ...options, into: existing ?? undefined, settings: kept.settings });
  const sheet = result.sheets.find((s) => s.kind === 'settings')?.name ?? '';
  return {
    ...result,
    settings: kept.settings,
    notices: [
      ...(kept.changed.length > 0 ? [{ code: 'settingsKept' as const, sheet, names: kept.changed }] : []),
      ...kept.unreadable.map((u) => ({ code: 'settingUnreadable' as const, sheet, name: u.name, value: u.value })),
      ...result.notices,
    ],
  };
}
