/**
 * The .xlsx package around what exceljs writes. exceljs rewrites a whole file from its own model,
 * and its model has no charts, no custom XML parts and only the defined names that are plain
 * ranges; so when the add-in refreshes a user's file, this module carries those parts across from
 * the original package with JSZip:
 * - every sheet's drawing (the user's charts, with their chart, style and colour parts and
 *   pictures), the add-in's own chart anchors on a refreshed sheet replaced by its new charts;
 * - every custom XML part (a template stored by the pane) and the add-in's ownership record;
 * - the defined names as the original file had them (constants, formulas, sheet-scoped and
 *   hidden names included), plus the names this run creates and the sheets' ownership markers.
 */
import JSZip from 'jszip';
import type { ChartSpec } from '../sheets/model';
import { chartXml } from './charts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OWNERSHIP_NAMESPACE = 'urn:sales-performance-kit:ownership:v1';
/** Prefix of the hidden sheet-scoped name that carries an owned sheet's token. */
export const MARKER_PREFIX = '_SPK_Own_';

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

/** A part's path from a relationship target written relative to `from`. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** The relative target from part `from` to part `to`. */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

const relsPath = (part: string): string => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
};

export interface Rel {
  id: string;
  type: string;
  /** The part it points at (resolved), or the raw target when external. */
  target: string;
  external: boolean;
}

/**
 * What a part holds as this run set it (a string or bytes), or a promise of it: JSZip keeps it as
 * given until the package is generated. Reading it back through JSZip would pass an 80 MB sheet
 * through 16 KB steps, one event-loop turn each.
 */
export async function heldData(file: JSZip.JSZipObject): Promise<{ data: unknown; binary: boolean }> {
  const own = file as unknown as { _data?: unknown; _dataBinary?: boolean };
  return { data: own._data instanceof Promise ? await own._data : own._data, binary: own._dataBinary === true };
}

/** A part's text: a part this run set as text is taken as it is (see heldData), any other read through JSZip. */
export async function partText(file: JSZip.JSZipObject): Promise<string> {
  const held = await heldData(file);
  return typeof held.data === 'string' && !held.binary ? held.data : file.async('string');
}

export async function readRels(zip: JSZip, part: string): Promise<Rel[]> {
  const file = zip.file(relsPath(part));
  if (!file) return [];
  const xml = await file.async('string');
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const external = attr(m[0], 'TargetMode') === 'External';
    const target = attr(m[0], 'Target') ?? '';
    return { id: attr(m[0], 'Id') ?? '', type: attr(m[0], 'Type') ?? '', target: external ? target : resolve(part, target), external };
  });
}

function relsXml(part: string, rels: readonly Rel[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PKG_REL}">` +
    rels
      .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.external ? r.target : relative(part, r.target))}"${r.external ? ' TargetMode="External"' : ''}/>`)
      .join('') +
    '</Relationships>'
  );
}

export interface SheetPart {
  name: string;
  sheetId: string;
  /** Position among the workbook's sheets (what localSheetId counts). */
  index: number;
  part: string;
}

export interface PackageInfo {
  sheets: SheetPart[];
  /** Every table part: its id, name and range. */
  tables: { id: string; name: string; ref: string; sheet: string }[];
  /** The workbook's <definedName> elements as written, with their name and scope. */
  names: { name: string; localSheetId?: number; hidden: boolean; text: string; xml: string }[];
  /** Custom XML parts: item part, its namespace and text. */
  customXml: { part: string; ns: string; xml: string }[];
}

/** What the add-in needs to know of a package beyond exceljs's model. */
export async function readPackage(zip: JSZip): Promise<PackageInfo> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await readRels(zip, 'xl/workbook.xml');
  const byId = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const rel = byId.get(attr(m[0], 'r:id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: attr(m[0], 'name') ?? '', sheetId: attr(m[0], 'sheetId') ?? '', index: sheets.length, part: rel.target });
  }
  const tables: PackageInfo['tables'] = [];
  for (const s of sheets) {
    for (const rel of await readRels(zip, s.part)) {
      if (!rel.type.endsWith('/table') || !zip.file(rel.target)) continue;
      const xml = await zip.file(rel.target)!.async('string');
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? '';
      tables.push({ id: attr(tag, 'id') ?? '', name: attr(tag, 'name') ?? attr(tag, 'displayName') ?? '', ref: attr(tag, 'ref') ?? '', sheet: s.sheetId });
    }
  }
  const names: PackageInfo['names'] = [...workbook.matchAll(/<definedName\b[^>]*?(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
    const open = /<definedName\b[^>]*>/.exec(m[0])?.[0] ?? m[0];
    const scope = attr(open, 'localSheetId');
    return { name: attr(open, 'name') ?? '', ...(scope !== undefined ? { localSheetId: Number(scope) } : {}), hidden: attr(open, 'hidden') === '1', text: unescapeXml(m[1] ?? ''), xml: m[0] };
  });
  const customXml: PackageInfo['customXml'] = [];
  for (const rel of wbRels) {
    if (!rel.type.endsWith('/customXml') || !zip.file(rel.target)) continue;
    const xml = await zip.file(rel.target)!.async('string');
    const root = /<(?!\?)[A-Za-z_][^>]*>/.exec(xml)?.[0] ?? '';
    customXml.push({ part: rel.target, ns: attr(root, 'xmlns') ?? '', xml });
  }
  return { sheets, tables, names, customXml };
}

/** The text inside a custom XML part's root element (the JSON the add-in keeps there). */
export function customXmlText(xml: string): string | null {
  const m = /<(?!\?)([A-Za-z_][\w.-]*)\b[^>]*>([\s\S]*)<\/\1>/.exec(xml);
  if (!m) return null;
  const body = m[2].replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
  return body === m[2] ? unescapeXml(body) : body;
}

async function contentTypes(zip: JSZip): Promise<{ overrides: Map<string, string>; defaults: Map<string, string> }> {
  const xml = await zip.file('[Content_Types].xml')!.async('string');
  const overrides = new Map([...xml.matchAll(/<Override\b[^>]*>/g)].map((m) => [(attr(m[0], 'PartName') ?? '').replace(/^\//, ''), attr(m[0], 'ContentType') ?? '']));
  const defaults = new Map([...xml.matchAll(/<Default\b[^>]*>/g)].map((m) => [(attr(m[0], 'Extension') ?? '').toLowerCase(), attr(m[0], 'ContentType') ?? '']));
  return { overrides, defaults };
}

function typesXml(t: { overrides: Map<string, string>; defaults: Map<string, string> }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    [...t.defaults].map(([e, c]) => `<Default Extension="${escapeXml(e)}" ContentType="${escapeXml(c)}"/>`).join('') +
    [...t.overrides].map(([p, c]) => `<Override PartName="/${escapeXml(p)}" ContentType="${escapeXml(c)}"/>`).join('') +
    '</Types>'
  );
}

/** A free part name like `xl/charts/chart7.xml` for a part called like `path`. */
function freeName(zip: JSZip, path: string, used: Set<string>): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
  if (!m) return path;
  for (let n = m[2] ? Number(m[2]) : 1; ; n++) {
    const candidate = `${m[1]}${n}${m[3]}`;
    if (!zip.file(candidate) && !used.has(candidate)) return candidate;
  }
}

/** What to do with one sheet's drawing. */
export interface SheetCharts {
  sheet: string;
  /** The sheet's part in the original package (to copy its drawing from), if it had one there. */
  originalPart?: string;
  /** Anchors of the original drawing that are the add-in's old charts (by object id), dropped. */
  drop: readonly string[];
  /** The add-in's charts to add. */
  add: readonly ChartSpec[];
}

export interface FinishInput {
  /** The original package (a refresh) or none. */
  original: { zip: JSZip; info: PackageInfo } | null;
  /** Changes to the written package's parts made first (cells written straight into the XML). */
  prepare?: (zip: JSZip, written: PackageInfo) => Promise<void>;
  /** Writes the finished zip (the command line: Node's zlib, zipNode.ts); JSZip's generate when omitted. */
  pack?: (zip: JSZip) => Promise<Uint8Array>;
  charts: readonly SheetCharts[];
  /** Defined names: kept from the original (minus `dropNames`, lower-case), then those `addNames` gives for the written package. */
  dropNames: ReadonlySet<string>;
  addNames: (written: PackageInfo) => { name: string; text: string; localSheetId?: number; hidden?: boolean }[];
  /** Custom XML parts to write (replacing the original's of the same namespace), from the written package and the charts drawn. */
  customXml: (written: PackageInfo, chartIds: ReadonlyMap<string, string[]>) => { ns: string; xml: string }[];
}

export interface Finished {
  bytes: Uint8Array;
  info: PackageInfo;
  /** The object ids of the add-in's charts, by sheet name, in the order added. */
  chartIds: Map<string, string[]>;
}

const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CUSTOM_PROPS_CT = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** Copies `part` of `from` and every part its relationships reach into `to`, under free names; returns its new name. */
async function copyTree(from: JSZip, to: JSZip, part: string, types: { overrides: Map<string, string>; defaults: Map<string, string> }, fromTypes: { overrides: Map<string, string>; defaults: Map<string, string> }, done: Map<string, string>, used: Set<string>): Promise<string> {
  const seen = done.get(part);
  if (seen) return seen;
  const name = freeName(to, part, used);
  used.add(name);
  done.set(part, name);
  const file = from.file(part);
  if (!file) return name;
  const rels = await readRels(from, part);
  const copied: Rel[] = [];
  for (const r of rels) copied.push(r.external ? r : { ...r, target: await copyTree(from, to, r.target, types, fromTypes, done, used) });
  to.file(name, await file.async('uint8array'));
  if (rels.length > 0) to.file(relsPath(name), relsXml(name, copied));
  const ct = fromTypes.overrides.get(part);
  if (ct) types.overrides.set(name, ct);
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (!types.defaults.has(ext) && fromTypes.defaults.has(ext)) types.defaults.set(ext, fromTypes.defaults.get(ext)!);
  return name;
}

const anchorsOf = (drawing: string): string[] => [...drawing.matchAll(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g)].map((m) => m[0]);
const anchorId = (anchor: string): string => /<xdr:cNvPr\b[^>]*\bid="(\d+)"/.exec(anchor)?.[1] ?? '';

function chartAnchor(c: ChartSpec, id: number, relId: string): string {
  const pos = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(c.anchor.col, c.anchor.row)}</xdr:from>` +
    `<xdr:to>${pos(c.anchor.col + c.size.cols, c.anchor.row + c.size.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';

/** Where <drawing> goes in a worksheet: before the elements the schema puts after it. */
function insertDrawing(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  for (const next of ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst']) {
    const i = sheetXml.indexOf(next);
    if (i >= 0) return sheetXml.slice(0, i) + tag + sheetXml.slice(i);
  }
  return sheetXml.replace('</worksheet>', `${tag}</worksheet>`);
}

const freeRelId = (rels: readonly Rel[], base: string): string => {
  for (let n = 1; ; n++) if (!rels.some((r) => r.id === `${base}${n}`)) return `${base}${n}`;
};

function guid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** The exceljs output with the original's drawings, custom XML and names carried across, and the add-in's charts drawn. */
export async function finishPackage(written: Uint8Array, input: FinishInput): Promise<Finished> {
  const zip = await JSZip.loadAsync(written);
  const types = await contentTypes(zip);
  const info = await readPackage(zip);
  await input.prepare?.(zip, info);
  const used = new Set<string>();
  const originalTypes = input.original ? await contentTypes(input.original.zip) : { overrides: new Map<string, string>(), defaults: new Map<string, string>() };
  const chartIds = new Map<string, string[]>();

  for (const plan of input.charts) {
    const sheet = info.sheets.find((s) => s.name === plan.sheet);
    if (!sheet) throw new Error(`package: no sheet named "${plan.sheet}" in the written file`);
    let sheetXml = await partText(zip.file(sheet.part)!);
    let rels = await readRels(zip, sheet.part);
    // The original drawing is the one to keep: it has everything exceljs drops (charts) and keeps (pictures).
    const originalDrawing = plan.originalPart && input.original ? (await readRels(input.original.zip, plan.originalPart)).find((r) => r.type.endsWith('/drawing')) : undefined;
    if (!originalDrawing && plan.add.length === 0) continue;
    const exceljsDrawing = rels.find((r) => r.type.endsWith('/drawing'));
    if (originalDrawing && exceljsDrawing) {
      sheetXml = sheetXml.replace(new RegExp(`<drawing r:id="${exceljsDrawing.id}"\\s*/>`), '');
      rels = rels.filter((r) => r !== exceljsDrawing);
    }
    let drawingPart: string;
    let drawingRels: Rel[];
    let drawingXml: string;
    if (originalDrawing) {
      drawingPart = await copyTree(input.original!.zip, zip, originalDrawing.target, types, originalTypes, new Map(), used);
      drawingRels = await readRels(zip, drawingPart);
      drawingXml = await zip.file(drawingPart)!.async('string');
      // The add-in's old charts go (a refresh draws them anew); the user's stay.
      for (const anchor of anchorsOf(drawingXml)) {
        if (!plan.drop.includes(anchorId(anchor))) continue;
        drawingXml = drawingXml.replace(anchor, '');
        const rid = /r:id="([^"]+)"/.exec(anchor)?.[1];
        drawingRels = drawingRels.filter((r) => r.id !== rid);
      }
    } else if (exceljsDrawing) {
      drawingPart = exceljsDrawing.target;
      drawingRels = await readRels(zip, drawingPart);
      drawingXml = await zip.file(drawingPart)!.async('string');
    } else {
      drawingPart = freeName(zip, 'xl/drawings/drawing1.xml', used);
      used.add(drawingPart);
      drawingRels = [];
      drawingXml = EMPTY_DRAWING;
    }
    types.overrides.set(drawingPart, DRAWING_CT);
    let nextId = Math.max(1, ...anchorsOf(drawingXml).map((a) => Number(anchorId(a)) || 0)) + 1;
    const ids: string[] = [];
    const anchors: string[] = [];
    for (const c of plan.add) {
      const chartPart = freeName(zip, 'xl/charts/chart1.xml', used);
      used.add(chartPart);
      zip.file(chartPart, chartXml(plan.sheet, c));
      types.overrides.set(chartPart, CHART_CT);
      const rid = freeRelId(drawingRels, 'rIdSpkChart');
      drawingRels.push({ id: rid, type: `${REL}/chart`, target: chartPart, external: false });
      anchors.push(chartAnchor(c, nextId, rid));
      ids.push(String(nextId++));
    }
    chartIds.set(plan.sheet, ids);
    drawingXml = drawingXml.replace('</xdr:wsDr>', `${anchors.join('')}</xdr:wsDr>`);
    zip.file(drawingPart, drawingXml);
    zip.file(relsPath(drawingPart), relsXml(drawingPart, drawingRels));
    if (!rels.some((r) => r.type.endsWith('/drawing') && r.target === drawingPart)) {
      const rid = freeRelId(rels, 'rIdSpkDrawing');
      rels.push({ id: rid, type: `${REL}/drawing`, target: drawingPart, external: false });
      if (!sheetXml.includes(`xmlns:r="${REL}"`)) sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
      sheetXml = insertDrawing(sheetXml, rid);
    }
    zip.file(sheet.part, sheetXml);
    zip.file(relsPath(sheet.part), relsXml(sheet.part, rels));
  }

  // Custom XML parts: the original's, except those this run replaces.
  let wbRels = await readRels(zip, 'xl/workbook.xml');
  const parts = input.customXml(info, chartIds);
  const replaced = new Set(parts.map((c) => c.ns));
  const keep = (input.original?.info.customXml ?? []).filter((c) => !replaced.has(c.ns));
  for (const c of keep) {
    const part = await copyTree(input.original!.zip, zip, c.part, types, originalTypes, new Map(), used);
    wbRels.push({ id: freeRelId(wbRels, 'rIdSpkXml'), type: `${REL}/customXml`, target: part, external: false });
  }
  for (const c of parts) {
    const part = freeName(zip, 'customXml/item1.xml', used);
    used.add(part);
    const props = freeName(zip, 'customXml/itemProps1.xml', used);
    used.add(props);
    zip.file(part, c.xml);
    zip.file(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`);
    zip.file(relsPath(part), relsXml(part, [{ id: 'rId1', type: `${REL}/customXmlProps`, target: props, external: false }]));
    types.overrides.set(props, CUSTOM_PROPS_CT);
    wbRels.push({ id: freeRelId(wbRels, 'rIdSpkXml'), type: `${REL}/customXml`, target: part, external: false });
  }
  zip.file('xl/_rels/workbook.xml.rels', relsXml('xl/workbook.xml', wbRels));
  wbRels = [];

  // Defined names: the original's as written (exceljs keeps only plain ranges), then this run's.
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const base = input.original ? input.original.info.names : info.names;
  const elements = [
    ...base.filter((n) => !input.dropNames.has(n.name.toLowerCase())).map((n) => n.xml),
    ...input.addNames(info).map(
      (n) => `<definedName name="${escapeXml(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ''}${n.hidden ? ' hidden="1"' : ''}>${escapeXml(n.text)}</definedName>`,
    ),
  ];
  workbook = workbook.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  if (elements.length > 0) {
    const block = `<definedNames>${elements.join('')}</definedNames>`;
    workbook = /<calcPr\b/.test(workbook) ? workbook.replace(/<calcPr\b/, `${block}<calcPr`) : workbook.replace('</sheets>', `</sheets>${block}`);
  }
  zip.file('xl/workbook.xml', workbook);
  zip.file('[Content_Types].xml', typesXml(types));
  const bytes = input.pack ? await input.pack(zip) : await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, info: await readPackage(await JSZip.loadAsync(bytes)), chartIds };
}
