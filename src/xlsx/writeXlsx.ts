/**
 * Writes a WorkbookSpec to .xlsx with exceljs, outside Excel (demo, preview download, tests).
 * - Literal text is always a string cell (shared string), never a formula: "=cmd|…" stays text.
 * - Formulas carry the core's value as the cached result, and newer functions the _xlfn. prefix.
 * - Into an existing workbook it never touches a user's sheet: a taken name gets " (2)"; only a
 *   sheet the add-in generated (recorded in a defined name SPK_Sheet_<kind>) is replaced, and only
 *   when `refresh` is asked for.
 * - Charts: exceljs cannot draw them, so they are added afterwards as DrawingML parts (charts.ts).
 */
import ExcelJS from 'exceljs';
import type { Cell, ConditionalFormatSpec, DefinedNameSpec, SheetKind, SheetSpec, WorkbookSpec } from '../sheets/model';
import { a1, isFormula } from '../sheets/model';
import { addFunctionPrefixes, renameSheetRefs } from './formulaText';
import { addCharts, type PlacedChart } from './charts';

export interface WriteOptions {
  /** A workbook to write into (e.g. loaded from the user's file); a new one when omitted. */
  workbook?: ExcelJS.Workbook;
  /** Replace the add-in's own sheets of the same kind instead of adding new ones. */
  refresh?: boolean;
}

export interface WrittenSheet {
  kind: SheetKind;
  /** The name actually used (differs from the asked one when that was taken). */
  name: string;
  rows: number;
}

export const OWNER_PREFIX = 'SPK_Sheet_';
const ERRORS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);
const MAX_SHEET_NAME = 31;

/** The cell value exceljs should write. */
function cellValue(cell: Cell, renames: ReadonlyMap<string, string>): ExcelJS.CellValue {
  if (!isFormula(cell)) return cell;
  const formula = addFunctionPrefixes(renameSheetRefs(cell.formula, renames));
  const v = cell.value;
  if (v === undefined || v === null) return { formula } as ExcelJS.CellFormulaValue;
  const result = typeof v === 'string' && ERRORS.has(v) ? { error: v as ExcelJS.CellErrorValue['error'] } : v;
  return { formula, result } as ExcelJS.CellFormulaValue;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Sheet names in use, compared as Excel does (case-insensitively). */
const taken = (wb: ExcelJS.Workbook): Set<string> => new Set(wb.worksheets.map((w) => w.name.toLowerCase()));

export function freeSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function tableNames(wb: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const n of Object.keys(tables)) names.add(n.toLowerCase());
  }
  return names;
}

function freeTableName(wanted: string, used: Set<string>): string {
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) if (!used.has(`${wanted}_${k}`.toLowerCase())) return `${wanted}_${k}`;
}

interface NameModel {
  name: string;
  ranges: string[];
}
const namesOf = (wb: ExcelJS.Workbook): NameModel[] => (wb.definedNames as unknown as { model: NameModel[] }).model;
const setNames = (wb: ExcelJS.Workbook, model: NameModel[]): void => {
  (wb.definedNames as unknown as { model: NameModel[] }).model = model;
};

/** Sheet name in an ownership marker ('Name'!$A$1 → Name). */
function markerSheet(range: string): string {
  const bang = range.lastIndexOf('!');
  const s = range.slice(0, bang);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec, renames: ReadonlyMap<string, string>, usedTables: Set<string>): number {
  const widths = new Map<number, number>();
  let rows = 0;
  for (const b of spec.blocks) {
    b.cells.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(b.origin.row + r + 1, b.origin.col + c + 1);
        target.value = cellValue(cell, renames);
        const fmt = b.numberFormats?.[c];
        if (fmt) target.numFmt = fmt;
        if (b.bold || b.fontSize) target.font = { bold: b.bold || undefined, size: b.fontSize };
      });
    });
  }
  for (const t of spec.tables) {
    const name = freeTableName(t.name, usedTables);
    usedTables.add(name.toLowerCase());
    ws.addTable({
      name,
      ref: a1(t.origin.row, t.origin.col),
      headerRow: true,
      totalsRow: false,
      style: { theme: (t.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: t.rows.map((r) => r.map((c) => cellValue(c, renames))),
    });
    t.columns.forEach((c, k) => {
      const col = t.origin.col + k;
      if (c.width) widths.set(col, c.width);
      if (!c.numberFormat) return;
      for (let r = 0; r < t.rows.length; r++) ws.getCell(t.origin.row + r + 2, col + 1).numFmt = c.numberFormat;
    });
    rows += t.rows.length;
  }
  for (const [col, w] of Object.entries(spec.columnWidths ?? {})) widths.set(Number(col), w);
  for (const [col, w] of widths) ws.getColumn(col + 1).width = w;
  for (const v of spec.validations) {
    const list = v.list.map((x) => x.replace(/"/g, '""'));
    if (list.some((x) => x.includes(',')) || list.join(',').length > 255) {
      throw new Error(`Drop-down list for ${v.range} on "${spec.name}" cannot be written inline (commas or over 255 characters)`);
    }
    // exceljs has range-wide validations (worksheet.dataValidations) but does not declare them.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: v.errorMessage,
    });
  }
  const byRange = new Map<string, ConditionalFormatSpec[]>();
  for (const cf of spec.conditionalFormats) byRange.set(cf.range, [...(byRange.get(cf.range) ?? []), cf]);
  for (const [range, rules] of byRange) {
    ws.addConditionalFormatting({
      ref: range,
      rules: rules.map((cf) => ({
        type: 'expression',
        priority: cf.priority,
        stopIfTrue: cf.stopIfTrue,
        formulae: [addFunctionPrefixes(renameSheetRefs(cf.formula, renames))],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
          ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
        },
      })),
    });
  }
  writeColorScales(ws, spec);
  for (const n of spec.notes) ws.getCell(n.cell).note = n.text;
  if (spec.freeze) ws.views = [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  return rows;
}

/** Color scales (heat maps): lowest value first color, highest last, a middle color at the 50th percentile. */
function writeColorScales(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const base = spec.conditionalFormats.reduce((p, cf) => Math.max(p, cf.priority), 0);
  (spec.colorScales ?? []).forEach((scale, k) => {
    const three = scale.colors.length === 3;
    ws.addConditionalFormatting({
      ref: scale.range,
      rules: [
        {
          type: 'colorScale',
          priority: base + 1 + k,
          cfvo: three ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }] : [{ type: 'min' }, { type: 'max' }],
          color: scale.colors.map((c) => ({ argb: argb(c) })),
        },
      ],
    });
  });
}

/**
 * Adds the spec's sheets and names to `wb`; returns what was written and the charts to draw.
 * Separate from the buffer step so a caller can inspect or keep editing the workbook.
 */
export function writeIntoWorkbook(wb: ExcelJS.Workbook, spec: WorkbookSpec, refresh = false): { sheets: WrittenSheet[]; charts: PlacedChart[] } {
  const markers = new Map(namesOf(wb).filter((n) => n.name.startsWith(OWNER_PREFIX)).map((n) => [n.name, n.ranges[0] ?? '']));
  const renames = new Map<string, string>();
  const plan: { spec: SheetSpec; name: string }[] = [];
  // Names first, so formulas on every sheet can be rewritten before anything is written.
  for (const s of spec.sheets) {
    const marker = markers.get(OWNER_PREFIX + s.kind);
    const own = marker ? wb.getWorksheet(markerSheet(marker)) : undefined;
    let name: string;
    if (refresh && own) {
      name = own.name;
      wb.removeWorksheet(own.id);
    } else {
      const used = taken(wb);
      plan.forEach((p) => used.add(p.name.toLowerCase()));
      name = freeSheetName(s.name, used);
    }
    plan.push({ spec: s, name });
    if (name !== s.name) renames.set(s.name, name);
  }
  const usedTables = tableNames(wb);
  const written: WrittenSheet[] = [];
  const charts: PlacedChart[] = [];
  for (const p of plan) {
    const ws = wb.addWorksheet(p.name);
    const rows = writeSheet(ws, p.spec, renames, usedTables);
    written.push({ kind: p.spec.kind, name: p.name, rows });
    for (const c of p.spec.charts) charts.push({ sheet: p.name, chart: { ...c, categories: c.categories, series: c.series } });
  }
  // Defined names: the spec's (SPK_ names belong to the add-in, so they are re-pointed) plus markers.
  const fresh: DefinedNameSpec[] = [
    ...spec.names.map((n) => ({ name: n.name, refersTo: renameSheetRefs(n.refersTo, renames) })),
    ...written.map((w) => ({ name: OWNER_PREFIX + w.kind, refersTo: `'${w.name.replace(/'/g, "''")}'!$A$1` })),
  ];
  const replaced = new Set(fresh.map((n) => n.name));
  setNames(wb, [...namesOf(wb).filter((n) => !replaced.has(n.name)), ...fresh.map((n) => ({ name: n.name, ranges: [n.refersTo] }))]);
  return { sheets: written, charts };
}

export interface XlsxResult {
  /** The file's bytes: a Buffer under Node, a Uint8Array in a browser. */
  buffer: Uint8Array;
  sheets: WrittenSheet[];
}

const toBytes = (x: ArrayBuffer | Uint8Array): Uint8Array => {
  const view = x instanceof Uint8Array ? x : new Uint8Array(x);
  return typeof Buffer === 'undefined' ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
};

/** Writes the spec and reports the sheet names actually used. */
export async function writeXlsxReport(spec: WorkbookSpec, options: WriteOptions = {}): Promise<XlsxResult> {
  const wb = options.workbook ?? new ExcelJS.Workbook();
  if (!options.workbook) {
    wb.creator = 'Sales Performance Kit';
    wb.created = new Date(0);
  }
  // Ask Excel to recalculate on open, so TODAY()-based rules and cached values are fresh.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const { sheets, charts } = writeIntoWorkbook(wb, spec, options.refresh ?? false);
  const raw = toBytes(await wb.xlsx.writeBuffer());
  const buffer = charts.length > 0 ? toBytes(await addCharts(raw, charts)) : raw;
  return { buffer, sheets };
}

/** The .xlsx bytes of a WorkbookSpec (see writeXlsxReport for the names used). */
export async function writeXlsx(spec: WorkbookSpec, options: WriteOptions = {}): Promise<Uint8Array> {
  return (await writeXlsxReport(spec, options)).buffer;
}
