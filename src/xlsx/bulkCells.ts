/**
 * Big blocks of cells written straight into the sheet XML of a new workbook, next to what exceljs
 * writes. exceljs makes a cell object, a style object and a generic XML node per cell: a
 * 50,000-customer table (900,000 cells) took minutes and gigabytes. These cells are written as
 * exceljs itself would write them (src/xlsx/writeSheet.ts cellValue and formatOf): text as a shared
 * string, a formula with its cached result, the same number format on every cell, empty General
 * cells left out; test/xlsx/bulkCells.test.ts reads both ways back and compares them.
 *
 * Only a big region of a new sheet with no font and no table header on it is written this way (a
 * refresh reads and keeps what is in the file through exceljs's model).
 */
import type JSZip from 'jszip';
import { columnLetter, isFormula, type Cell } from '../sheets/model';
import { formatOf, GENERAL } from '../sheets/writePlan/cells';
import type { PlannedRegion, PlannedSheet, Rect } from '../sheets/writePlan/types';
import { parseRange, rectAddress } from '../sheets/writePlan/refs';
import { regionRect } from '../sheets/writePlan/cells';
import { addFunctionPrefixes } from './formulaText';

/** Regions of at least this many cells go straight into the XML. */
export const BULK_CELLS = 10_000;

/** One sheet's regions written straight into its XML. */
export interface BulkSheet {
  sheet: string;
  regions: PlannedRegion[];
}

const overlaps = (a: Rect, b: Rect): boolean => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Splits a new sheet's regions into those exceljs writes and those written straight into the XML. */
export function splitBulk(sheet: PlannedSheet, threshold = BULK_CELLS): { sheet: PlannedSheet; bulk: BulkSheet | null } {
  if (sheet.mode !== 'new') return { sheet, bulk: null };
  const bulk: PlannedRegion[] = [];
  const small: PlannedRegion[] = [];
  for (const r of sheet.regions) {
    const rect = regionRect(r);
    // A table's header stays in exceljs's model: its columns are named from those cells.
    const big = rect.rows * rect.cols >= threshold && !sheet.fonts.some((f) => overlaps(f.rect, rect)) && !sheet.tables.some((t) => overlaps({ ...t.rect, rows: 1 }, rect));
    (big ? bulk : small).push(r);
  }
  return bulk.length === 0 ? { sheet, bulk: null } : { sheet: { ...sheet, regions: small }, bulk: { sheet: sheet.name, regions: bulk } };
}

// Escaped as exceljs escapes (utils.xmlEncode): markup characters, and control characters XML cannot hold dropped.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
export const xmlText = (s: string): string => (XML_SPECIAL.test(s) ? s.replace(XML_SPECIAL_ALL, (c) => ENTITY[c] ?? '') : s);

const ERRORS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);

/** Formats the file format numbers itself (exceljs writes these ids and no numFmt element). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};

const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The styles part with a cell format for every number format asked for (default font, no fill or border); returns each one's index. */
export function addNumberFormats(styles: string, formats: Iterable<string>): { xml: string; ids: Map<string, number> } {
  const ids = new Map<string, number>();
  const custom = new Map<string, number>();
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\s*\/>/g)) custom.set(unescape(m[2]), Number(m[1]));
  let nextCustom = Math.max(163, ...custom.values()) + 1;
  const xfsMatch = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfsMatch) throw new Error('styles: no cellXfs');
  const xfs = [...xfsMatch[2].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const newFmts: string[] = [];
  for (const code of formats) {
    if (ids.has(code)) continue;
    let fmtId = BUILT_IN[code] ?? custom.get(code);
    if (fmtId === undefined) {
      fmtId = nextCustom++;
      custom.set(code, fmtId);
      newFmts.push(`<numFmt numFmtId="${fmtId}" formatCode="${xmlText(code)}"/>`);
    }
    if (fmtId === 0) {
      ids.set(code, 0);
      continue;
    }
    const xf = `<xf numFmtId="${fmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    let at = xfs.indexOf(xf);
    if (at < 0) {
      xfs.push(xf);
      at = xfs.length - 1;
    }
    ids.set(code, at);
  }
  let xml = styles.replace(xfsMatch[0], `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`);
  if (newFmts.length > 0) {
    const fmts = /<numFmts count="(\d+)">([\s\S]*?)<\/numFmts>/.exec(xml);
    xml = fmts
      ? xml.replace(fmts[0], `<numFmts count="${Number(fmts[1]) + newFmts.length}">${fmts[2]}${newFmts.join('')}</numFmts>`)
      : xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${newFmts.length}">${newFmts.join('')}</numFmts>`);
  }
  return { xml, ids };
}

/** Shared strings added after those a part already holds. */
class SharedStrings {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  constructor(private readonly base: number) {}
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.index.set(s, i);
      this.added.push(s);
    }
    return i;
  }
}

const siXml = (s: string): string => `<si><t${/^\s|\n|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t></si>`;

/** One cell's XML as exceljs writes the value cellValue gives it, or '' for an empty General cell. */
function cellXml(ref: string, cell: Cell, style: number, strings: SharedStrings | null): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (cell === null || cell === '' || cell === undefined) return style > 0 ? `<c r="${ref}"${s}/>` : '';
  if (typeof cell === 'number') return `<c r="${ref}"${s}><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}"${s} t="b"><v>${cell ? '1' : '0'}</v></c>`;
  if (typeof cell === 'string') {
    return strings ? `<c r="${ref}"${s} t="s"><v>${strings.id(cell)}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`;
  }
  if (!isFormula(cell)) return '';
  const f = `<f>${xmlText(addFunctionPrefixes(cell.formula))}</f>`;
  const v = cell.value;
  if (v === undefined || v === null) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof v === 'string') return ERRORS.has(v) ? `<c r="${ref}"${s} t="e">${f}<v>${xmlText(v)}</v></c>` : `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
}

type Piece = [col: number, xml: string];

/** The cells of exceljs's `<row>` content, by column. */
function rowCells(inner: string): Piece[] {
  return [...inner.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [colIndex(m[1]), m[0]]);
}

const colIndex = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
};

/** The sheet XML with the regions' rows merged into its `<sheetData>` and its dimension covering them. */
export function spliceRows(sheetXml: string, rows: ReadonlyMap<number, Piece[]>, rects: readonly Rect[]): string {
  const data = /<sheetData\/>|<sheetData>([\s\S]*?)<\/sheetData>/.exec(sheetXml);
  if (!data) throw new Error('sheet: no sheetData');
  const existing = new Map<number, { open: string; cells: Piece[] }>();
  for (const m of (data[1] ?? '').matchAll(/<row r="(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    existing.set(Number(m[1]), { open: `<row r="${m[1]}"${m[2].replace(/\s+spans="[^"]*"/, '')}>`, cells: rowCells(m[3] ?? '') });
  }
  const numbers = [...new Set([...existing.keys(), ...rows.keys()])].sort((a, b) => a - b);
  const out: string[] = [];
  for (const n of numbers) {
    const had = existing.get(n);
    const added = rows.get(n);
    const pieces = had && added ? [...had.cells, ...added].sort((a, b) => a[0] - b[0]) : (had?.cells ?? added!);
    out.push(had ? had.open : `<row r="${n}">`);
    for (const p of pieces) out.push(p[1]);
    out.push('</row>');
  }
  let xml = sheetXml.slice(0, data.index) + `<sheetData>${out.join('')}</sheetData>` + sheetXml.slice(data.index + data[0].length);
  const dim = /<dimension ref="([^"]*)"\s*\/>/.exec(xml);
  if (dim) {
    let box: Rect | null = null;
    try {
      box = parseRange(dim[1]);
    } catch {
      box = null;
    }
    for (const r of rects) {
      if (!box) box = r;
      else {
        const row = Math.min(box.row, r.row);
        const col = Math.min(box.col, r.col);
        box = { row, col, rows: Math.max(box.row + box.rows, r.row + r.rows) - row, cols: Math.max(box.col + box.cols, r.col + r.cols) - col };
      }
    }
    if (box) xml = xml.replace(dim[0], `<dimension ref="${rectAddress(box)}"/>`);
  }
  return xml;
}

/**
 * Writes the regions into the package exceljs wrote (before anything else reads its sheets): the
 * number formats into the styles part, the text into the shared strings, the cells into each sheet.
 */
export async function writeBulk(zip: JSZip, sheets: readonly { name: string; part: string }[], bulk: readonly BulkSheet[]): Promise<void> {
  if (bulk.length === 0) return;
  const formats = new Set<string>();
  for (const b of bulk) for (const r of b.regions) for (const line of r.cells) line.forEach((c, j) => formats.add(formatOf(c, r.formats[j] ?? GENERAL)));
  const stylesFile = zip.file('xl/styles.xml');
  if (!stylesFile) throw new Error('package: no styles part');
  const styles = addNumberFormats(await stylesFile.async('string'), formats);
  zip.file('xl/styles.xml', styles.xml);
  const sstFile = zip.file('xl/sharedStrings.xml');
  const sst = sstFile ? await sstFile.async('string') : null;
  const sstHead = sst ? /<sst\b[^>]*?count="(\d+)"[^>]*?uniqueCount="(\d+)"[^>]*>/.exec(sst) : null;
  const strings = sstHead ? new SharedStrings(Number(sstHead[2])) : null;

  for (const b of bulk) {
    const part = sheets.find((s) => s.name === b.sheet)?.part;
    const file = part ? zip.file(part) : null;
    if (!part || !file) throw new Error(`package: no sheet named "${b.sheet}" in the written file`);
    const rows = new Map<number, Piece[]>();
    for (const r of b.regions) {
      const width = r.cells.reduce((m, x) => Math.max(m, x.length), 0);
      const letters = Array.from({ length: width }, (_, j) => columnLetter(r.col + j));
      const bases = Array.from({ length: width }, (_, j) => r.formats[j] ?? GENERAL);
      const textStyle = styles.ids.get('@')!;
      r.cells.forEach((line, i) => {
        const n = r.row + i + 1;
        let xml = '';
        for (let j = 0; j < line.length; j++) {
          const c = line[j];
          const style = typeof c === 'string' && c !== '' ? textStyle : styles.ids.get(bases[j])!;
          xml += cellXml(`${letters[j]}${n}`, c, style, strings);
        }
        if (xml === '') return;
        const list = rows.get(n);
        if (list) list.push([r.col, xml]);
        else rows.set(n, [[r.col, xml]]);
      });
    }
    zip.file(part, spliceRows(await file.async('string'), rows, b.regions.map(regionRect)));
  }
  if (sst && sstHead && strings && strings.added.length > 0) {
    const head = sstHead[0].replace(/count="\d+"/, `count="${Number(sstHead[1]) + strings.count}"`).replace(/uniqueCount="\d+"/, `uniqueCount="${Number(sstHead[2]) + strings.added.length}"`);
    const body = sst.slice(sstHead.index + sstHead[0].length, sst.lastIndexOf('</sst>'));
    zip.file('xl/sharedStrings.xml', `${sst.slice(0, sstHead.index)}${head}${body}${strings.added.map(siXml).join('')}</sst>`);
  }
}
