/**
 * A typed recording fake of the Excel API subset in src/excel/api.ts (which the compiler checks
 * against the real Office.js typings). It behaves like Excel where the add-in relies on it:
 * - operations run in order; an error (duplicate sheet or table name, a missing requirement set,
 *   a write to a null object) makes the next `sync()` reject and drops the rest of that request;
 * - loaded properties (items, address, value, isNullObject) throw until a sync after load();
 * - cells are parsed as Excel parses typed input: "=…" is a formula, "+1" / "-1" / "001" are
 *   numbers, "@x" / "+A1" become formulas — unless the cell's number format is '@' (text);
 * - `copyFrom` tiles the source over the destination, shifting relative references;
 * - every API from a requirement set above the host's is refused (ApiNotFound);
 * - in a run merged into one undo group (ExcelApi 1.20), an API Excel cannot undo (deleting or
 *   renaming a sheet) is refused (UndoNotSupported);
 * - `failAtMutation` makes the n-th change queued from then on fail, as a request Excel rejects
 *   half-way: the changes before it are applied, it and the rest of its request are not.
 * `sync()` counts calls and measures each request: the UTF-8 size of JSON.stringify of every
 * property value set and every method argument queued since the previous sync.
 */
import type { PageSnapshot } from '../../src/excel/snapshot';
import type {
  ExcelEnv,
  ExcelRunOptions,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlClientResult,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatRule,
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlDataValidation,
  XlDataValidationErrorAlert,
  XlDataValidationRule,
  XlFont,
  XlFreezePanes,
  XlNamedItem,
  XlNamedItemCollection,
  XlRange,
  XlRangeFormat,
  XlRequestContext,
  XlSetting,
  XlSettingCollection,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/excel/api';

// ---------------------------------------------------------------------------------------------
// Workbook state

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'formula';
export interface CellState {
  kind: CellKind;
  /** Formula text ("=…") for formulas, else the value. */
  value: string | number | boolean | null;
  numberFormat: string;
}

export interface CfState {
  rect: Rect;
  /** 'Custom' (formula rule) or 'ColorScale' (its criteria below). */
  kind?: 'Custom' | 'ColorScale';
  colorScale?: unknown;
  formula: string;
  fill: string;
  fontColor: string;
  stopIfTrue: boolean;
  obj: FakeConditionalFormat;
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<number, CellState>;
  cfs: CfState[];
  validations: { rect: Rect; rule: XlDataValidationRule; errorAlert?: XlDataValidationErrorAlert }[];
  charts: { id: string; type: string; title: string; series: { name: string; values: string; categories: string }[]; position: string[] }[];
  notes: { cell: string; text: string }[];
  comments: { cell: string; text: string }[];
  freeze: { rows: number; cols: number } | null;
  columnWidths: Map<number, number>;
  /** Fonts set on cells (bold, size); a cell without an entry has Excel's default (not bold, 11 pt). */
  fonts: Map<number, { bold?: boolean; size?: number }>;
  /** Protected sheets refuse every change to their cells, as Excel does. */
  protected?: boolean;
  page: PageState;
}

/** A sheet's page setup (print title rows as "$3:$3", 0-based rows with a break above them); a new sheet has Excel's defaults. */
export type PageState = PageSnapshot;

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
  style: string;
}

const KEY_COLS = 20000;
const key = (r: number, c: number): number => r * KEY_COLS + c;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
export function colLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function parseA1(a1: string): Rect {
  const parts = a1.replace(/\$/g, '').toUpperCase().split(':');
  const corner = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeError('InvalidArgument', `bad address ${a1}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = corner(parts[0]);
  const b = parts[1] !== undefined ? corner(parts[1]) : a;
  const r1 = a.r ?? 0;
  const r2 = b.r ?? 1048575;
  const c1 = a.c ?? 0;
  const c2 = b.c ?? 16383;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
export const rectA1 = (r: Rect): string =>
  r.rows === 1 && r.cols === 1
    ? `${colLetters(r.col)}${r.row + 1}`
    : `${colLetters(r.col)}${r.row + 1}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
const overlaps = (a: Rect, b: Rect): boolean => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const quote = (s: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
/** Whether a name's formula points into sheet `name`. */
const refersTo = (formula: string, name: string): boolean => formula.includes(`${quote(name)}!`) || formula.includes(`'${name.replace(/'/g, "''")}'!`);

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Excel's parse of typed input in a cell that is not formatted as text. */
function parseInput(input: unknown, numberFormat: string): Pick<CellState, 'kind' | 'value'> {
  if (input === null || input === undefined || input === '') return { kind: 'empty', value: null };
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  const s = String(input);
  if (numberFormat === '@') return { kind: 'text', value: s };
  // A leading apostrophe types text as it is (the apostrophe is not part of the value).
  if (s.startsWith("'")) return s.length > 1 ? { kind: 'text', value: s.slice(1) } : { kind: 'empty', value: null };
  if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) return { kind: 'number', value: Number(s) };
  if (/^[=+\-@]/.test(s)) return { kind: 'formula', value: s.startsWith('=') ? s : `=${s}` };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  return { kind: 'text', value: s };
}

/** Shifts the relative references of a formula as Excel does on paste (test-side implementation). */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f.replace(/("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (m, str, d1, col, d2, row, offset: number, whole: string) => {
    if (str) return str;
    const prev = whole[offset - 1];
    if (prev && /[A-Za-z0-9_.]/.test(prev)) return m;
    const c = d1 ? col : colLetters(colIndex(col) + dc);
    const r = d2 ? row : String(Number(row) + dr);
    return `${d1}${c}${d2}${r}`;
  });
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names = new Map<string, { name: string; formula: string }>();
  settings = new Map<string, unknown>();
  xmlParts: { id: string; ns: string; xml: string }[] = [];
  selection: { sheet: string; address: string } | null = null;
  active = 0;
  private tableCounter = 0;
  private sheetCounter = 0;
  private chartCounter = 0;
  nextChartId(): string {
    return `{chart-${++this.chartCounter}}`;
  }
  private partCounter = 0;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `sheet ${name}`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeError('InvalidArgument', `sheet name ${name}`);
    const s: SheetState = {
      id: `{sheet-${++this.sheetCounter}}`,
      name,
      cells: new Map(),
      cfs: [],
      validations: [],
      charts: [],
      notes: [],
      comments: [],
      freeze: null,
      columnWidths: new Map(),
      fonts: new Map(),
      page: {
        orientation: 'Portrait',
        paperSize: 'Letter',
        zoom: { scale: 100 },
        headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
        titleRows: null,
        area: null,
        breaks: [],
      },
    };
    this.sheets.push(s);
    return s;
  }
  identifierTaken(name: string, except?: TableState): boolean {
    const n = name.toLowerCase();
    return this.tables.some((t) => t !== except && t.name.toLowerCase() === n) || this.names.has(n);
  }
  addTable(sheet: SheetState, rect: Rect): TableState {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw new FakeError('InvalidOperation', 'a table cannot overlap another table');
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.identifierTaken(name));
    const t: TableState = { id: String(this.tableCounter), name, sheet, rect, style: 'TableStyleMedium2' };
    // Excel turns a header row into unique text.
    for (let c = 0; c < rect.cols; c++) {
      const cell = this.cell(sheet, rect.row, rect.col + c);
      if (cell.kind === 'empty') this.setCell(sheet, rect.row, rect.col + c, `Column${c + 1}`);
    }
    this.tables.push(t);
    return t;
  }
  /** Deletes a sheet as Excel does: its tables go, names that pointed into it become #REF!. */
  deleteSheet(s: SheetState): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
    for (const n of this.names.values()) if (refersTo(n.formula, s.name)) n.formula = '=#REF!';
  }
  /** Renames a sheet as a user does in Excel: names and formulas that pointed into it follow. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (!s) throw new Error(`no sheet ${from}`);
    const rename = (f: string): string => f.split(`${quote(s.name)}!`).join(`${quote(to)}!`).split(`'${s.name.replace(/'/g, "''")}'!`).join(`${quote(to)}!`);
    for (const n of this.names.values()) n.formula = rename(n.formula);
    for (const sheet of this.sheets) {
      for (const c of sheet.cells.values()) if (c.kind === 'formula') c.value = rename(String(c.value));
      for (const chart of sheet.charts) for (const x of chart.series) Object.assign(x, { values: rename(x.values), categories: rename(x.categories) });
    }
    s.name = to;
  }
  addPart(xml: string): { id: string; ns: string; xml: string } {
    const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    const p = { id: `{part-${++this.partCounter}}`, ns, xml };
    this.xmlParts.push(p);
    return p;
  }

  cell(sheet: SheetState, r: number, c: number): CellState {
    return sheet.cells.get(key(r, c)) ?? { kind: 'empty', value: null, numberFormat: 'General' };
  }
  setCell(sheet: SheetState, r: number, c: number, input: unknown): void {
    if (sheet.protected) throw new FakeError('AccessDenied', `sheet ${sheet.name} is protected`);
    const old = this.cell(sheet, r, c);
    const parsed = parseInput(input, old.numberFormat);
    sheet.cells.set(key(r, c), { ...parsed, numberFormat: old.numberFormat });
  }
  setFormat(sheet: SheetState, r: number, c: number, f: string): void {
    if (sheet.protected) throw new FakeError('AccessDenied', `sheet ${sheet.name} is protected`);
    const old = this.cell(sheet, r, c);
    sheet.cells.set(key(r, c), { ...old, numberFormat: f });
  }
  /** Cell by A1 on a sheet (for assertions). */
  at(sheetName: string, a1: string): CellState {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const r = parseA1(a1);
    return this.cell(s, r.row, r.col);
  }
  usedRect(sheet: SheetState, within?: Rect): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of sheet.cells) {
      if (cell.kind === 'empty') continue;
      const r = Math.floor(k / KEY_COLS);
      const c = k % KEY_COLS;
      if (within && !overlaps({ row: r, col: c, rows: 1, cols: 1 }, within)) continue;
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Request context: queue accounting, loading, errors

export interface SyncRecord {
  bytes: number;
  /** UTF-8 size of the JSON of the values the request loaded (what Excel sends back). */
  responseBytes: number;
  ops: string[];
  suspended: boolean;
}

export class FakeContext implements XlRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.op('application.suspendApiCalculationUntilNextSync', [], '1.6');
      this.suspended = true;
    },
  };
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  private pendingBytes = 0;
  private pendingOps: string[] = [];
  private pendingLoads: FakeObject[] = [];
  private error: FakeError | null = null;
  private suspended = false;

  constructor(
    readonly state: WorkbookState,
    readonly env: FakeEnv,
    /** The run merges its syncs into one undo step (Excel.run({ mergeUndoGroup: true })). */
    readonly undoGroup = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Records a queued operation; returns false when the request already failed (the op is dropped). */
  op(name: string, args: unknown[], version = '1.1'): boolean {
    this.pendingOps.push(name);
    this.pendingBytes += args.reduce<number>((n, a) => n + Buffer.byteLength(JSON.stringify(a, replacer) ?? ''), 0);
    if (this.error) return false;
    if (!this.env.supports(version)) {
      this.error = new FakeError('ApiNotFound', `${name} needs ExcelApi ${version}`);
      return false;
    }
    return true;
  }
  fail(e: unknown): void {
    if (!this.error) this.error = e instanceof FakeError ? e : new FakeError('GeneralException', String(e));
  }
  /** Runs `fn` as a queued operation: errors surface at the next sync. */
  exec(name: string, args: unknown[], version: string, fn: () => void): void {
    if (!this.op(name, args, version)) return;
    if (this.undoGroup && UNDOABLE_NOT.has(name)) {
      this.fail(new FakeError('UndoNotSupported', `${name} cannot be part of an undo group`));
      return;
    }
    if (++this.env.mutations === this.env.failAtMutation) {
      this.fail(new FakeError('GeneralException', `injected failure at ${name}`));
      return;
    }
    try {
      fn();
    } catch (e) {
      this.fail(e);
    }
  }
  requestLoad(o: FakeObject): void {
    this.pendingLoads.push(o);
    this.pendingOps.push('load');
  }
  get hasPending(): boolean {
    return this.pendingOps.length > 0;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const responseBytes = this.pendingLoads.reduce((n, o) => n + o.responseBytes(), 0);
    this.syncs.push({ bytes: this.pendingBytes, responseBytes, ops: this.pendingOps, suspended: this.suspended });
    this.env.totalSyncs++;
    let error = this.error;
    // Excel refuses a request whose answer would exceed its payload limit, and loads nothing.
    if (!error && responseBytes > this.env.responseLimit) error = new FakeError('ResponsePayloadSizeLimitExceeded', `${responseBytes} bytes`);
    if (!error || error.code !== 'ResponsePayloadSizeLimitExceeded') for (const o of this.pendingLoads) o.markLoaded();
    this.pendingBytes = 0;
    this.pendingOps = [];
    this.pendingLoads = [];
    this.error = null;
    this.suspended = false;
    await Promise.resolve();
    if (error) throw error;
  }
}

/** APIs Excel cannot undo (on Windows and Mac), refused inside an undo group. */
const UNDOABLE_NOT = new Set(['worksheet.delete', 'worksheet.name']);

function replacer(this: unknown, _k: string, v: unknown): unknown {
  return v instanceof FakeObject ? { ref: v.constructor.name } : v;
}

export abstract class FakeObject {
  private loadRequested = false;
  private loadedFlag = false;
  private readonly bornAt: number;
  constructor(readonly ctx: FakeContext) {
    this.bornAt = ctx.syncCount;
  }
  /** Property names asked for by load() since the last sync. */
  protected loadNames = '';
  load(propertyNames?: string): this {
    this.loadRequested = true;
    this.loadNames += `,${propertyNames ?? ''}`;
    this.ctx.requestLoad(this);
    return this;
  }
  /** Bytes of what the loaded properties send back (ranges' values; 0 for everything else). */
  responseBytes(): number {
    return 0;
  }
  markLoaded(): void {
    this.loadNames = '';
    if (this.loadRequested) this.loadedFlag = true;
  }
  /** For the items of a loaded collection: loaded with it. */
  preload(): this {
    this.loadRequested = true;
    this.loadedFlag = true;
    return this;
  }
  protected loaded<T>(what: string, get: () => T): T {
    if (!this.loadedFlag) throw new FakeError('PropertyNotLoaded', `${this.constructor.name}.${what} read before load() and sync()`);
    return get();
  }
  /** isNullObject is known only after a sync following the proxy's creation. */
  protected synced<T>(what: string, get: () => T): T {
    if (this.ctx.syncCount <= this.bornAt) throw new FakeError('PropertyNotLoaded', `${this.constructor.name}.${what} read before sync()`);
    return get();
  }
}

// ---------------------------------------------------------------------------------------------
// Objects

export class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.names = new FakeNamedItemCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
  getSelectedRange(): XlRange {
    const sel = this.ctx.state.selection;
    const ws = new FakeWorksheet(this.ctx, () => (sel ? this.ctx.state.sheet(sel.sheet) : undefined), sel?.sheet ?? '');
    return new FakeRange(this.ctx, ws, () => (sel ? parseA1(sel.address) : null));
  }
}

export class FakeWorksheetCollection extends FakeObject implements XlWorksheetCollection {
  get items(): FakeWorksheet[] {
    return this.loaded('items', () => this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, () => this.ctx.state.sheets.find((x) => x === s), s.name, true)));
  }
  add(name?: string): FakeWorksheet {
    const n = name ?? `Sheet${this.ctx.state.sheets.length + 1}`;
    this.ctx.exec('worksheets.add', [n], '1.1', () => this.ctx.state.addSheet(n));
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(n), n);
  }
  /** By name or id, as Excel looks a sheet up. */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.op('worksheets.getItemOrNullObject', [key], '1.4');
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key) ?? this.ctx.state.sheets.find((s) => s.id === key), key);
  }
  getActiveWorksheet(): FakeWorksheet {
    const s = this.ctx.state.sheets[this.ctx.state.active];
    return new FakeWorksheet(this.ctx, () => s, s?.name ?? '');
  }
}

export class FakeWorksheet extends FakeObject implements XlWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: XlFreezePanes;
  readonly comments: { add(cellAddress: string, content: string): unknown };
  readonly notes: { add(cellAddress: string, content: string): unknown };
  readonly protection: FakeProtection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => SheetState | undefined,
    private readonly key: string,
    preloaded = false,
  ) {
    super(ctx);
    if (preloaded) this.preload();
    this.tables = new FakeTableCollection(ctx, this);
    const sheet = (): SheetState => {
      const s = this.resolve();
      if (!s) throw new FakeError('ItemNotFound', `sheet ${this.key}`);
      return s;
    };
    this.charts = new FakeChartCollection(ctx, sheet);
    this.freezePanes = {
      freezeRows: (n = 1) => this.ctx.exec('freezeRows', [n], '1.7', () => (sheet().freeze = { rows: n, cols: 0 })),
      freezeColumns: (n = 1) => this.ctx.exec('freezeColumns', [n], '1.7', () => (sheet().freeze = { rows: 0, cols: n })),
      freezeAt: (a) =>
        this.ctx.exec('freezeAt', [a], '1.7', () => {
          const r = parseA1(a);
          sheet().freeze = { rows: r.row + r.rows, cols: r.col + r.cols };
        }),
    };
    this.protection = new FakeProtection(ctx, sheet);
    this.notes = {
      add: (cell, text) => this.ctx.exec('notes.add', [cell, text], '1.18', () => sheet().notes.push({ cell, text })),
    };
    this.pageLayout = new FakePageLayout(ctx, () => sheet().page);
    this.horizontalPageBreaks = new FakePageBreaks(ctx, () => sheet().page);
    this.comments = {
      add: (cell, text) =>
        this.ctx.exec('comments.add', [cell, text], '1.10', () => {
          if (!cell.includes('!')) throw new FakeError('InvalidArgument', 'a comment address must name its sheet');
          sheet().comments.push({ cell, text });
        }),
    };
  }
  state(): SheetState {
    const s = this.resolve();
    if (!s) throw new FakeError('ItemNotFound', `sheet ${this.key}`);
    return s;
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => !this.resolve());
  }
  get id(): string {
    return this.loaded('id', () => this.state().id);
  }
  get name(): string {
    return this.loaded('name', () => this.state().name);
  }
  set name(v: string) {
    this.ctx.exec('worksheet.name', [v], '1.1', () => (this.state().name = v));
  }
  getRange(address?: string): FakeRange {
    this.ctx.op('worksheet.getRange', [address ?? ''], '1.1');
    return new FakeRange(this.ctx, this, () => parseA1(address ?? 'A1:XFD1048576'));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.op('worksheet.getUsedRangeOrNullObject', [valuesOnly ?? false], '1.4');
    return new FakeRange(this.ctx, this, () => (this.resolve() ? this.ctx.state.usedRect(this.state()) : null), true);
  }
  activate(): void {
    this.ctx.exec('worksheet.activate', [], '1.1', () => (this.ctx.state.active = this.ctx.state.sheets.indexOf(this.state())));
  }
  delete(): void {
    this.ctx.exec('worksheet.delete', [], '1.1', () => this.ctx.state.deleteSheet(this.state()));
  }
}

export class FakeProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.loaded('protected', () => this.sheet().protected === true);
  }
  protect(options?: object): void {
    this.ctx.exec('protection.protect', [options ?? {}], '1.2', () => {
      if (this.sheet().protected) throw new FakeError('InvalidOperation', 'the sheet is already protected');
      this.sheet().protected = true;
    });
  }
  unprotect(): void {
    this.ctx.exec('protection.unprotect', [], '1.2', () => (this.sheet().protected = false));
  }
}

/** Rows "$3:$5" → "$3:$5"; an address given as "3:5" or "A3:Z5" is stored as Excel reports rows. */
function titleRowsOf(rows: string): string | null {
  if (rows === '') return null;
  const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
  if (!m) throw new FakeError('InvalidArgument', `print title rows ${rows}`);
  return `$${m[1]}:$${m[2]}`;
}

class FakeAddress extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly value: () => string | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => this.value() === null);
  }
  get address(): string {
    return this.loaded('address', () => this.value() ?? '');
  }
}

export class FakePageLayout extends FakeObject {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };
  constructor(
    ctx: FakeContext,
    private readonly page: () => PageState,
  ) {
    super(ctx);
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(ctx, page) };
  }
  private set<K extends 'orientation' | 'paperSize' | 'zoom'>(k: K, v: PageState[K]): void {
    this.ctx.exec(`pageLayout.${k}`, [v], '1.9', () => (this.page()[k] = v));
  }
  get orientation(): string {
    return this.loaded('orientation', () => this.page().orientation);
  }
  set orientation(v: string) {
    this.set('orientation', v);
  }
  get paperSize(): string {
    return this.loaded('paperSize', () => this.page().paperSize);
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  get zoom(): PageState['zoom'] {
    return this.loaded('zoom', () => this.page().zoom);
  }
  set zoom(v: PageState['zoom']) {
    this.set('zoom', { ...v });
  }
  setPrintTitleRows(rows: string): void {
    this.ctx.exec('pageLayout.setPrintTitleRows', [rows], '1.9', () => (this.page().titleRows = titleRowsOf(rows)));
  }
  setPrintArea(area: string): void {
    this.ctx.exec('pageLayout.setPrintArea', [area], '1.9', () => (this.page().area = area === '' ? null : area));
  }
  getPrintTitleRowsOrNullObject(): FakeAddress {
    this.ctx.op('pageLayout.getPrintTitleRowsOrNullObject', [], '1.9');
    return new FakeAddress(this.ctx, () => this.page().titleRows);
  }
  getPrintAreaOrNullObject(): FakeAddress {
    this.ctx.op('pageLayout.getPrintAreaOrNullObject', [], '1.9');
    return new FakeAddress(this.ctx, () => this.page().area);
  }
}

const HEADER_FOOTER = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type HeaderFooterKey = (typeof HEADER_FOOTER)[number];

export class FakeHeaderFooter extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly page: () => PageState,
  ) {
    super(ctx);
    for (const k of HEADER_FOOTER) {
      Object.defineProperty(this, k, {
        get: () => this.loaded(k, () => this.page().headerFooter[k]),
        set: (v: string) => this.ctx.exec(`headerFooter.${k}`, [v], '1.9', () => (this.page().headerFooter[k] = v)),
      });
    }
  }
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
}
export type { HeaderFooterKey };

export class FakePageBreaks extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly page: () => PageState,
  ) {
    super(ctx);
  }
  get items(): { rowIndex: number }[] {
    return this.loaded('items', () => this.page().breaks.map((rowIndex) => ({ rowIndex })));
  }
  add(pageBreakRange: string): unknown {
    this.ctx.exec('horizontalPageBreaks.add', [pageBreakRange], '1.9', () => {
      const row = parseA1(pageBreakRange).row;
      if (!this.page().breaks.includes(row)) this.page().breaks.push(row);
    });
    return {};
  }
  removePageBreaks(): void {
    this.ctx.exec('horizontalPageBreaks.removePageBreaks', [], '1.9', () => (this.page().breaks = []));
  }
}

type ChartState = SheetState['charts'][number];

export class FakeChartCollection extends FakeObject implements XlChartCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  get items(): FakeChart[] {
    return this.loaded('items', () => this.sheet().charts.map((c) => new FakeChart(this.ctx, this.sheet, () => c).preload()));
  }
  add(type: 'ColumnClustered' | 'BarClustered' | 'Line' | 'Pie', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): FakeChart {
    const record: ChartState = { id: this.ctx.state.nextChartId(), type, title: '', series: [], position: [] };
    this.ctx.exec('charts.add', [type, sourceData, seriesBy], '1.1', () => {
      record.series.push({ name: '', values: (sourceData as FakeRange).a1(), categories: '' });
      this.sheet().charts.push(record);
    });
    return new FakeChart(this.ctx, this.sheet, () => record);
  }
}

export class FakeChart extends FakeObject implements XlChart {
  readonly title: { text: string };
  readonly series: XlChart['series'];
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly record: () => ChartState,
  ) {
    super(ctx);
    const exec = (what: string, args: unknown[], version: string, fn: (c: ChartState) => void) => ctx.exec(what, args, version, () => fn(this.live()));
    this.title = {
      get text(): string {
        return record().title;
      },
      set text(v: string) {
        exec('chart.title', [v], '1.1', (c) => (c.title = v));
      },
    };
    const series = (i: () => number): XlChartSeries => ({
      get name() {
        return record().series[i()]?.name ?? '';
      },
      set name(v: string) {
        exec('series.name', [v], '1.1', (c) => (c.series[i()].name = v));
      },
      setValues: (r) => exec('series.setValues', [r], '1.7', (c) => (c.series[i()].values = (r as FakeRange).a1())),
      setXAxisValues: (r) => exec('series.setXAxisValues', [r], '1.7', (c) => (c.series[i()].categories = (r as FakeRange).a1())),
    });
    this.series = {
      add: (name) => {
        let at = -1;
        exec('series.add', [name], '1.7', (c) => {
          c.series.push({ name: name ?? '', values: '', categories: '' });
          at = c.series.length - 1;
        });
        return series(() => at);
      },
      getItemAt: (i) => series(() => i),
    };
  }
  /** The chart while it is on the sheet. */
  private live(): ChartState {
    const c = this.record();
    if (!this.sheet().charts.includes(c)) throw new FakeError('ItemNotFound', 'chart');
    return c;
  }
  get id(): string {
    return this.loaded('id', () => this.record().id);
  }
  get name(): string {
    return '';
  }
  set name(_v: string) {
    // Not recorded: the add-in does not name charts.
  }
  setPosition(start: string, end?: string): void {
    this.ctx.exec('chart.setPosition', [start, end], '1.1', () => (this.live().position = [start, end ?? '']));
  }
  delete(): void {
    this.ctx.exec('chart.delete', [], '1.1', () => {
      const st = this.sheet();
      const c = this.live();
      st.charts = st.charts.filter((x) => x !== c);
    });
  }
}

/** Every cell of a range, as (row, col). */
function* cellsOf(r: Rect): Generator<[number, number]> {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) yield [r.row + i, r.col + j];
}

/** The one value every cell of the range has, or null when they differ (as Excel reports a mixed range). */
function uniform<T>(values: Iterable<T>): T | null {
  let first: T | undefined;
  let seen = false;
  for (const v of values) {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) return null;
  }
  return seen ? (first as T) : null;
}

export class FakeFont extends FakeObject implements XlFont {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  private read<T>(what: 'bold' | 'size', fallback: T): T | null {
    return this.loaded(what, () => {
      const st = this.range.worksheet.state();
      const r = this.range.rect();
      return uniform([...cellsOf(r)].map(([i, j]) => (st.fonts.get(key(i, j))?.[what] as T | undefined) ?? fallback));
    });
  }
  private write(what: 'bold' | 'size', v: boolean | number): void {
    this.ctx.exec(`font.${what}`, [v], '1.1', () => {
      const st = this.range.worksheet.state();
      for (const [i, j] of cellsOf(this.range.rect())) {
        const k = key(i, j);
        const f = { ...st.fonts.get(k), [what]: v };
        if ((f.bold ?? false) === false && (f.size ?? 11) === 11) st.fonts.delete(k);
        else st.fonts.set(k, { ...(f.bold ? { bold: true } : {}), ...(f.size !== undefined && f.size !== 11 ? { size: f.size } : {}) });
      }
    });
  }
  get bold(): boolean {
    return this.read('bold', false) as boolean;
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
  get size(): number {
    return this.read('size', 11) as number;
  }
  set size(v: number) {
    this.write('size', v);
  }
  get color(): string {
    return '#000000';
  }
  set color(v: string) {
    this.ctx.exec('font.color', [v], '1.1', () => this.range.rect());
  }
}

export class FakeRangeFormat extends FakeObject implements XlRangeFormat {
  readonly font: FakeFont;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.font = new FakeFont(ctx, range);
  }
  /** Points; a column never set has Excel's standard width (8.43 characters: 64 px, 48 pt). */
  get columnWidth(): number {
    return this.loaded('columnWidth', () => {
      const r = this.range.rect();
      const st = this.range.worksheet.state();
      return uniform(Array.from({ length: r.cols }, (_, k) => st.columnWidths.get(r.col + k) ?? STANDARD_WIDTH)) ?? STANDARD_WIDTH;
    });
  }
  set columnWidth(v: number) {
    this.ctx.exec('format.columnWidth', [v], '1.1', () => {
      const r = this.range.rect();
      const st = this.range.worksheet.state();
      for (let c = r.col; c < r.col + r.cols; c++) {
        if (v === STANDARD_WIDTH) st.columnWidths.delete(c);
        else st.columnWidths.set(c, v);
      }
    });
  }
}

export const STANDARD_WIDTH = 48;

export class FakeDataValidation extends FakeObject implements XlDataValidation {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  /** The validation covering the whole range (Excel reports none for a range without one, or a mixed one). */
  private covering(): SheetState['validations'][number] | undefined {
    const r = this.range.rect();
    return this.range.worksheet.state().validations.find((v) => v.rect.row <= r.row && v.rect.col <= r.col && v.rect.row + v.rect.rows >= r.row + r.rows && v.rect.col + v.rect.cols >= r.col + r.cols);
  }
  get rule(): XlDataValidationRule {
    return this.loaded('rule', () => this.covering()?.rule ?? {});
  }
  set rule(rule: XlDataValidationRule) {
    this.ctx.exec('dataValidation.rule', [rule], '1.8', () => {
      const r = this.range.rect();
      const vs = this.range.worksheet.state().validations;
      if (vs.some((v) => overlaps(v.rect, r))) throw new FakeError('InvalidOperation', 'clear the existing validation first');
      vs.push({ rect: r, rule });
    });
  }
  get errorAlert(): XlDataValidationErrorAlert {
    return this.loaded('errorAlert', () => this.covering()?.errorAlert ?? { message: '', showAlert: true, style: 'Stop', title: '' });
  }
  set errorAlert(a: XlDataValidationErrorAlert) {
    this.ctx.exec('dataValidation.errorAlert', [a], '1.8', () => {
      const r = this.range.rect();
      const v = this.range.worksheet.state().validations.find((x) => overlaps(x.rect, r));
      if (v) v.errorAlert = a;
    });
  }
  clear(): void {
    this.ctx.exec('dataValidation.clear', [], '1.8', () => {
      const r = this.range.rect();
      const st = this.range.worksheet.state();
      st.validations = st.validations.filter((v) => !overlaps(v.rect, r));
    });
  }
}

export class FakeRange extends FakeObject implements XlRange {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly resolveRect: () => Rect | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this);
  }
  rect(): Rect {
    const r = this.resolveRect();
    if (!r) throw new FakeError('ItemNotFound', 'range');
    return r;
  }
  a1(): string {
    return `${quote(this.worksheet.state().name)}!${rectA1(this.rect())}`;
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => this.nullable && this.resolveRect() === null);
  }
  get address(): string {
    return this.loaded('address', () => this.a1());
  }
  get rowCount(): number {
    return this.loaded('rowCount', () => this.rect().rows);
  }
  get columnCount(): number {
    return this.loaded('columnCount', () => this.rect().cols);
  }
  get rowIndex(): number {
    return this.loaded('rowIndex', () => this.rect().row);
  }
  get columnIndex(): number {
    return this.loaded('columnIndex', () => this.rect().col);
  }
  private grid<T>(f: (c: CellState) => T): T[][] {
    const r = this.rect();
    const st = this.worksheet.state();
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(this.ctx.state.cell(st, r.row + i, r.col + j))));
  }
  private valueGrid(): unknown[][] {
    return this.grid((c) => (c.kind === 'formula' ? 0 : (c.value ?? '')));
  }
  get values(): unknown[][] {
    return this.loaded('values', () => this.valueGrid());
  }
  override responseBytes(): number {
    if (!/(^|,)\s*values\s*(,|$)/.test(this.loadNames)) return 0;
    try {
      return Buffer.byteLength(JSON.stringify(this.valueGrid()));
    } catch {
      return 0; // a range that does not resolve fails the request on its own
    }
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas', () => this.grid((c) => c.value ?? ''));
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat', () => this.grid((c) => c.numberFormat));
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.exec('range.numberFormat', [v], '1.1', () => {
      const r = this.checkShape(v);
      const st = this.worksheet.state();
      v.forEach((row, i) => row.forEach((f, j) => this.ctx.state.setFormat(st, r.row + i, r.col + j, String(f))));
    });
  }
  private checkShape(v: unknown[][]): Rect {
    const r = this.rect();
    if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols))
      throw new FakeError('InvalidArgument', `array shape does not match ${rectA1(r)}`);
    return r;
  }
  private write(prop: string, v: unknown[][]): void {
    this.ctx.exec(`range.${prop}`, [v], '1.1', () => {
      const r = this.checkShape(v);
      const st = this.worksheet.state();
      v.forEach((row, i) => row.forEach((x, j) => this.ctx.state.setCell(st, r.row + i, r.col + j, x)));
    });
  }
  copyFrom(source: string, copyType: 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link' = 'All'): void {
    this.ctx.exec('range.copyFrom', [source, copyType], '1.9', () => {
      const d = this.rect();
      const s = parseA1(source.slice(source.lastIndexOf('!') + 1));
      const st = this.worksheet.state();
      for (let i = 0; i < d.rows; i++) {
        for (let j = 0; j < d.cols; j++) {
          const sr = s.row + (i % s.rows);
          const sc = s.col + (j % s.cols);
          const src = this.ctx.state.cell(st, sr, sc);
          const r = d.row + i;
          const c = d.col + j;
          if (copyType === 'Formats' || copyType === 'All') this.ctx.state.setFormat(st, r, c, src.numberFormat);
          if (copyType === 'Formulas' || copyType === 'All') {
            const old = this.ctx.state.cell(st, r, c);
            const value = src.kind === 'formula' ? shiftFormula(String(src.value), r - sr, c - sc) : src.value;
            st.cells.set(key(r, c), { kind: src.kind, value, numberFormat: old.numberFormat });
          }
        }
      }
    });
  }
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.ctx.exec('range.clear', [applyTo], '1.1', () => {
      const r = this.rect();
      const st = this.worksheet.state();
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) {
          const old = this.ctx.state.cell(st, r.row + i, r.col + j);
          const cell: CellState = {
            kind: applyTo === 'Formats' ? old.kind : 'empty',
            value: applyTo === 'Formats' ? old.value : null,
            numberFormat: applyTo === 'Contents' ? old.numberFormat : 'General',
          };
          st.cells.set(key(r.row + i, r.col + j), cell);
          if (applyTo !== 'Contents') st.fonts.delete(key(r.row + i, r.col + j));
        }
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.op('range.getUsedRangeOrNullObject', [valuesOnly ?? false], '1.4');
    return new FakeRange(this.ctx, this.worksheet, () => this.ctx.state.usedRect(this.worksheet.state(), this.rect()), true);
  }
}

export class FakeConditionalFormat extends FakeObject implements XlConditionalFormat {
  state: CfState | null = null;
  readonly custom: XlConditionalFormat['custom'];
  constructor(ctx: FakeContext, init: CfState | null) {
    super(ctx);
    this.state = init;
    const st = (): CfState => this.st();
    const set = (what: string, v: string, fn: (s: CfState) => void): void => ctx.exec(`cf.${what}`, [v], '1.6', () => fn(st()));
    const rule = new (class extends FakeObject implements XlConditionalFormatRule {
      get formula(): string {
        return this.loaded('formula', () => st().formula);
      }
      set formula(v: string) {
        ctx.exec('cf.rule.formula', [v], '1.6', () => (st().formula = v));
      }
    })(ctx);
    this.custom = {
      rule,
      format: {
        fill: {
          get color() {
            return st().fill;
          },
          set color(v: string) {
            set('fill.color', v, (s) => (s.fill = v));
          },
        },
        font: {
          get color() {
            return st().fontColor;
          },
          set color(v: string) {
            set('font.color', v, (s) => (s.fontColor = v));
          },
        },
      },
    };
  }
  st(): CfState {
    if (!this.state) throw new FakeError('ItemNotFound', 'conditional format');
    return this.state;
  }
  get type(): string {
    return this.loaded('type', () => this.st().kind ?? 'Custom');
  }
  get colorScale(): XlConditionalFormat['colorScale'] {
    const st = (): CfState => this.st();
    const ctx = this.ctx;
    return {
      get criteria() {
        return st().colorScale as XlConditionalFormat['colorScale']['criteria'];
      },
      set criteria(v) {
        ctx.exec('cf.colorScale.criteria', [JSON.stringify(v)], '1.6', () => (st().colorScale = v));
      },
    };
  }
  get priority(): number {
    return 0;
  }
  set priority(v: number) {
    this.ctx.exec('cf.priority', [v], '1.6', () => undefined);
  }
  get stopIfTrue(): boolean {
    return this.st().stopIfTrue;
  }
  getRange(): FakeRange {
    this.ctx.op('cf.getRange', [], '1.6');
    const sheet = this.ctx.state.sheets.find((s) => s.cfs.some((c) => c === this.state));
    const ws = new FakeWorksheet(this.ctx, () => sheet, sheet?.name ?? '');
    return new FakeRange(this.ctx, ws, () => this.state?.rect ?? null);
  }
  set stopIfTrue(v: boolean) {
    this.ctx.exec('cf.stopIfTrue', [v], '1.6', () => (this.st().stopIfTrue = v));
  }
  delete(): void {
    this.ctx.exec('cf.delete', [], '1.6', () => {
      for (const s of this.ctx.state.sheets) s.cfs = s.cfs.filter((c) => c !== this.state);
    });
  }
}

export class FakeConditionalFormatCollection extends FakeObject implements XlConditionalFormatCollection {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get items(): FakeConditionalFormat[] {
    return this.loaded('items', () => {
      const r = this.range.rect();
      return this.range.worksheet
        .state()
        .cfs.filter((c) => overlaps(c.rect, r))
        .map((c) => {
          return new FakeConditionalFormat(this.ctx, c).preload();
        });
    });
  }
  add(type: 'Custom' | 'ColorScale'): FakeConditionalFormat {
    const f = new FakeConditionalFormat(this.ctx, null);
    this.ctx.exec('conditionalFormats.add', [type], '1.6', () => {
      const st: CfState = { rect: this.range.rect(), kind: type, formula: '', fill: '', fontColor: '', stopIfTrue: false, obj: f };
      f.state = st;
      // A new rule goes on top (priority 0).
      this.range.worksheet.state().cfs.unshift(st);
    });
    return f;
  }
  clearAll(): void {
    this.ctx.exec('conditionalFormats.clearAll', [], '1.6', () => {
      const r = this.range.rect();
      const st = this.range.worksheet.state();
      st.cfs = st.cfs.filter((c) => !overlaps(c.rect, r));
    });
  }
}

export class FakeTable extends FakeObject implements XlTable {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => TableState | undefined,
    private readonly key: string,
  ) {
    super(ctx);
  }
  st(): TableState {
    const t = this.resolve();
    if (!t) throw new FakeError('ItemNotFound', `table ${this.key}`);
    return t;
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => !this.resolve());
  }
  get id(): string {
    return this.loaded('id', () => this.st().id);
  }
  resize(newRange: string): void {
    this.ctx.exec('table.resize', [newRange], '1.13', () => {
      const t = this.st();
      const r = parseA1(newRange.slice(newRange.lastIndexOf('!') + 1));
      if (r.row !== t.rect.row || !overlaps(r, t.rect)) throw new FakeError('InvalidArgument', 'the header must stay in its row and the new range overlap the table');
      if (this.ctx.state.tables.some((x) => x !== t && x.sheet === t.sheet && overlaps(x.rect, r))) throw new FakeError('InvalidOperation', 'a table cannot overlap another table');
      t.rect = r;
      for (let c = 0; c < r.cols; c++) {
        if (this.ctx.state.cell(t.sheet, r.row, r.col + c).kind === 'empty') this.ctx.state.setCell(t.sheet, r.row, r.col + c, `Column${c + 1}`);
      }
    });
  }
  get name(): string {
    return this.loaded('name', () => this.st().name);
  }
  set name(v: string) {
    this.ctx.exec('table.name', [v], '1.1', () => {
      const t = this.st();
      if (this.ctx.state.identifierTaken(v, t)) throw new FakeError('ItemAlreadyExists', `table name ${v}`);
      t.name = v;
    });
  }
  get style(): string {
    return this.loaded('style', () => this.st().style);
  }
  set style(v: string) {
    this.ctx.exec('table.style', [v], '1.1', () => (this.st().style = v));
  }
  private ws: FakeWorksheet | null = null;
  /** Like Office.js, a navigation property returns the same proxy every time. */
  get worksheet(): FakeWorksheet {
    this.ws ??= new FakeWorksheet(this.ctx, () => this.resolve()?.sheet, this.key);
    return this.ws;
  }
  private sub(f: (r: Rect) => Rect): FakeRange {
    const ws = this.worksheet;
    return new FakeRange(this.ctx, ws, () => {
      const t = this.resolve();
      return t ? f(t.rect) : null;
    });
  }
  getRange(): FakeRange {
    return this.sub((r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.sub((r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.sub((r) => ({ ...r, row: r.row + 1, rows: r.rows - 1 }));
  }
  convertToRange(): FakeRange {
    const rect = this.resolve()?.rect ?? null;
    const ws = this.worksheet;
    this.ctx.exec('table.convertToRange', [], '1.2', () => {
      const t = this.st();
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
    return new FakeRange(this.ctx, ws, () => rect);
  }
}

export class FakeTableCollection extends FakeObject implements XlTableCollection {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet | null,
  ) {
    super(ctx);
  }
  private list(): TableState[] {
    const all = this.ctx.state.tables;
    return this.ws ? all.filter((t) => t.sheet === this.ws!.resolve()) : all;
  }
  get items(): FakeTable[] {
    return this.loaded('items', () =>
      this.list().map((t) => {
        return new FakeTable(this.ctx, () => this.ctx.state.tables.find((x) => x === t), t.name).preload();
      }),
    );
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.ctx.exec('tables.add', [address, hasHeaders], '1.1', () => {
      if (!this.ws) throw new FakeError('InvalidArgument', 'workbook-level tables.add needs a sheet-qualified address (not used by the add-in)');
      created = this.ctx.state.addTable(this.ws.state(), parseA1(address));
    });
    return new FakeTable(this.ctx, () => (created && this.ctx.state.tables.includes(created) ? created : undefined), address);
  }
  /** By name or id, as Excel looks a table up. */
  getItemOrNullObject(name: string): FakeTable {
    this.ctx.op('tables.getItemOrNullObject', [name], '1.4');
    return new FakeTable(this.ctx, () => this.list().find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name), name);
  }
}

export class FakeNamedItem extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  private st(): { name: string; formula: string } {
    const n = this.ctx.state.names.get(this.key.toLowerCase());
    if (!n) throw new FakeError('ItemNotFound', `name ${this.key}`);
    return n;
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => !this.ctx.state.names.has(this.key.toLowerCase()));
  }
  get name(): string {
    return this.loaded('name', () => this.st().name);
  }
  get formula(): unknown {
    return this.loaded('formula', () => this.st().formula);
  }
  /** The address a name refers to (as Excel shows it, without "="), or its constant. */
  get value(): unknown {
    return this.loaded('value', () => this.st().formula.replace(/^=/, ''));
  }
  getRangeOrNullObject(): FakeRange {
    this.ctx.op('name.getRangeOrNullObject', [], '1.4');
    const target = (): { sheet: SheetState; rect: Rect } | null => {
      const n = this.ctx.state.names.get(this.key.toLowerCase());
      const m = n ? /^=?(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(n.formula) : null;
      if (!m) return null;
      const sheet = this.ctx.state.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
      return sheet ? { sheet, rect: parseA1(m[3]) } : null;
    };
    const ws = new FakeWorksheet(this.ctx, () => target()?.sheet, this.key);
    return new FakeRange(this.ctx, ws, () => target()?.rect ?? null, true);
  }
  set formula(v: unknown) {
    this.ctx.exec('name.formula', [v], '1.7', () => (this.st().formula = String(v)));
  }
  delete(): void {
    this.ctx.exec('name.delete', [], '1.4', () => {
      this.st();
      this.ctx.state.names.delete(this.key.toLowerCase());
    });
  }
}

export class FakeNamedItemCollection extends FakeObject implements XlNamedItemCollection {
  get items(): FakeNamedItem[] {
    return this.loaded('items', () =>
      [...this.ctx.state.names.values()].map((n) => {
        return new FakeNamedItem(this.ctx, n.name).preload();
      }),
    );
  }
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.ctx.exec('names.add', [name, reference, comment ?? ''], '1.4', () => {
      if (this.ctx.state.identifierTaken(name)) throw new FakeError('ItemAlreadyExists', `name ${name}`);
      this.ctx.state.names.set(name.toLowerCase(), { name, formula: reference });
    });
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.op('names.getItemOrNullObject', [name], '1.4');
    return new FakeNamedItem(this.ctx, name);
  }
}

export class FakeSetting extends FakeObject implements XlSetting {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => !this.ctx.state.settings.has(this.key));
  }
  get value(): unknown {
    return this.loaded('value', () => this.ctx.state.settings.get(this.key));
  }
  set value(v: unknown) {
    this.ctx.exec('setting.value', [v], '1.4', () => this.ctx.state.settings.set(this.key, v));
  }
  delete(): void {
    this.ctx.exec('setting.delete', [], '1.4', () => this.ctx.state.settings.delete(this.key));
  }
}

export class FakeSettingCollection extends FakeObject implements XlSettingCollection {
  add(key: string, value: unknown): FakeSetting {
    this.ctx.exec('settings.add', [key, value], '1.4', () => this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new FakeSetting(this.ctx, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.op('settings.getItemOrNullObject', [key], '1.4');
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeCustomXmlPart extends FakeObject implements XlCustomXmlPart {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { id: string; ns: string; xml: string } | undefined,
  ) {
    super(ctx);
  }
  private st(): { id: string; ns: string; xml: string } {
    const p = this.resolve();
    if (!p) throw new FakeError('ItemNotFound', 'custom XML part');
    return p;
  }
  get isNullObject(): boolean {
    return this.synced('isNullObject', () => !this.resolve());
  }
  get id(): string {
    return this.loaded('id', () => this.st().id);
  }
  getXml(): XlClientResult<string> {
    let xml: string | undefined;
    let ready = false;
    const syncAt = this.ctx.syncCount;
    this.ctx.exec('customXmlPart.getXml', [], '1.5', () => {
      xml = this.st().xml;
      ready = true;
    });
    const ctx = this.ctx;
    return {
      get value(): string {
        if (ctx.syncCount <= syncAt || !ready) throw new FakeError('PropertyNotLoaded', 'getXml() result read before sync()');
        return xml!;
      },
    };
  }
  setXml(xml: string): void {
    this.ctx.exec('customXmlPart.setXml', [xml], '1.5', () => {
      const p = this.st();
      p.xml = xml;
      p.ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    });
  }
  delete(): void {
    this.ctx.exec('customXmlPart.delete', [], '1.5', () => {
      const p = this.st();
      this.ctx.state.xmlParts = this.ctx.state.xmlParts.filter((x) => x !== p);
    });
  }
}

export class FakeCustomXmlPartCollection extends FakeObject implements XlCustomXmlPartCollection {
  add(xml: string): FakeCustomXmlPart {
    let part: { id: string; ns: string; xml: string } | undefined;
    this.ctx.exec('customXmlParts.add', [xml], '1.5', () => (part = this.ctx.state.addPart(xml)));
    return new FakeCustomXmlPart(this.ctx, () => part);
  }
  getByNamespace(ns: string): { getOnlyItemOrNullObject(): FakeCustomXmlPart } {
    return {
      getOnlyItemOrNullObject: () => {
        this.ctx.op('customXmlParts.getByNamespace', [ns], '1.5');
        return new FakeCustomXmlPart(this.ctx, () => {
          const parts = this.ctx.state.xmlParts.filter((p) => p.ns === ns);
          if (parts.length > 1) throw new FakeError('InvalidOperation', 'more than one part in the namespace');
          return parts[0];
        });
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Environment (Excel.run, isSetSupported)

export class FakeEnv implements ExcelEnv {
  readonly state = new WorkbookState();
  readonly contexts: FakeContext[] = [];
  totalSyncs = 0;
  runs = 0;
  /** Excel on the web answers at most about 5 MB per request. */
  responseLimit = 5 * 1024 * 1024;
  /** Changes queued so far, and the one that fails (1-based; null for none). */
  mutations = 0;
  failAtMutation: number | null = null;
  /** The options of every run, in order. */
  readonly runOptions: ExcelRunOptions[] = [];
  /** Highest ExcelApi minor version supported, and versions explicitly missing. */
  constructor(
    private readonly maxMinor = 20,
    private readonly missing: string[] = [],
    private readonly language = 'en-US',
  ) {}
  supports(version: string): boolean {
    const minor = Number(version.split('.')[1]);
    return minor <= this.maxMinor && !this.missing.includes(version);
  }
  isSetSupported(name: 'ExcelApi', version: string): boolean {
    return name === 'ExcelApi' && this.supports(version);
  }
  displayLanguage(): string {
    return this.language;
  }
  async run<T>(batch: (context: XlRequestContext) => Promise<T>, options: ExcelRunOptions = {}): Promise<T> {
    this.runs++;
    this.runOptions.push(options);
    if (options.mergeUndoGroup && !this.supports('1.20')) throw new FakeError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20');
    const ctx = new FakeContext(this.state, this, options.mergeUndoGroup === true);
    this.contexts.push(ctx);
    const result = await batch(ctx);
    if (ctx.hasPending) await ctx.sync();
    return result;
  }
  /** Every sync of every run, in order. */
  get syncs(): SyncRecord[] {
    return this.contexts.flatMap((c) => c.syncs);
  }
}
