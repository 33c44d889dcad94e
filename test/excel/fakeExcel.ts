/**
 * A typed recording fake of the Excel API subset in src/excel/api.ts (which the compiler checks
 * against the real Office.js typings). It behaves like Excel where the add-in relies on it:
 * - operations run in order; an error (duplicate sheet or table name, a missing requirement set,
 *   a write to a null object) makes the next `sync()` reject and drops the rest of that request;
 * - loaded properties (items, address, value, isNullObject) throw until a sync after load();
 * - cells are parsed as Excel parses typed input: "=…" is a formula, "+1" / "-1" / "001" are
 *   numbers, "@x" / "+A1" become formulas — unless the cell's number format is '@' (text);
 * - `copyFrom` tiles the source over the destination, shifting relative references;
 * - every API from a requirement set above the host's is refused (ApiNotFound).
 * `sync()` counts calls and measures each request: the UTF-8 size of JSON.stringify of every
 * property value set and every method argument queued since the previous sync.
 */
import type {
  ExcelEnv,
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
  name: string;
  cells: Map<number, CellState>;
  cfs: CfState[];
  validations: { rect: Rect; rule: XlDataValidationRule; errorAlert?: XlDataValidationErrorAlert }[];
  charts: { type: string; title: string; series: { name: string; values: string; categories: string }[]; position: string[] }[];
  notes: { cell: string; text: string }[];
  comments: { cell: string; text: string }[];
  freeze: { rows: number; cols: number } | null;
  columnWidths: Map<number, number>;
}

export interface TableState {
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
  private partCounter = 0;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `sheet ${name}`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeError('InvalidArgument', `sheet name ${name}`);
    const s: SheetState = { name, cells: new Map(), cfs: [], validations: [], charts: [], notes: [], comments: [], freeze: null, columnWidths: new Map() };
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
    const t: TableState = { name, sheet, rect, style: 'TableStyleMedium2' };
    // Excel turns a header row into unique text.
    for (let c = 0; c < rect.cols; c++) {
      const cell = this.cell(sheet, rect.row, rect.col + c);
      if (cell.kind === 'empty') this.setCell(sheet, rect.row, rect.col + c, `Column${c + 1}`);
    }
    this.tables.push(t);
    return t;
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
    const old = this.cell(sheet, r, c);
    const parsed = parseInput(input, old.numberFormat);
    sheet.cells.set(key(r, c), { ...parsed, numberFormat: old.numberFormat });
  }
  setFormat(sheet: SheetState, r: number, c: number, f: string): void {
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
    this.syncs.push({ bytes: this.pendingBytes, ops: this.pendingOps, suspended: this.suspended });
    this.env.totalSyncs++;
    const error = this.error;
    for (const o of this.pendingLoads) o.markLoaded();
    this.pendingBytes = 0;
    this.pendingOps = [];
    this.pendingLoads = [];
    this.error = null;
    this.suspended = false;
    await Promise.resolve();
    if (error) throw error;
  }
}

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
  load(_propertyNames?: string): this {
    this.loadRequested = true;
    this.ctx.requestLoad(this);
    return this;
  }
  markLoaded(): void {
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
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.op('worksheets.getItemOrNullObject', [key], '1.4');
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key), key);
  }
  getActiveWorksheet(): FakeWorksheet {
    const s = this.ctx.state.sheets[this.ctx.state.active];
    return new FakeWorksheet(this.ctx, () => s, s?.name ?? '');
  }
}

export class FakeWorksheet extends FakeObject implements XlWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlFreezePanes;
  readonly comments: { add(cellAddress: string, content: string): unknown };
  readonly notes: { add(cellAddress: string, content: string): unknown };
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
    this.charts = {
      add: (type, sourceData, seriesBy): XlChart => {
        const record = { type, title: '', series: [] as SheetState['charts'][number]['series'], position: [] as string[] };
        this.ctx.exec('charts.add', [type, sourceData, seriesBy], '1.1', () => sheet().charts.push(record));
        const addr = (r: XlRange): string => (r as FakeRange).a1();
        const series = (s: { name: string; values: string; categories: string }): XlChartSeries => ({
          get name() {
            return s.name;
          },
          set name(v: string) {
            s.name = v;
          },
          setValues: (r) => this.ctx.exec('series.setValues', [r], '1.7', () => (s.values = addr(r))),
          setXAxisValues: (r) => this.ctx.exec('series.setXAxisValues', [r], '1.7', () => (s.categories = addr(r))),
        });
        record.series.push({ name: '', values: addr(sourceData), categories: '' });
        return {
          name: '',
          title: {
            set text(v: string) {
              record.title = v;
            },
            get text() {
              return record.title;
            },
          },
          series: {
            add: (name) => {
              const s = { name: name ?? '', values: '', categories: '' };
              this.ctx.exec('series.add', [name], '1.7', () => record.series.push(s));
              return series(s);
            },
            getItemAt: (i) => series(record.series[i]),
          },
          setPosition: (start, end) => this.ctx.exec('chart.setPosition', [start, end], '1.1', () => (record.position = [start, end ?? ''])),
        };
      },
    };
    this.freezePanes = {
      freezeRows: (n = 1) => this.ctx.exec('freezeRows', [n], '1.7', () => (sheet().freeze = { rows: n, cols: 0 })),
      freezeColumns: (n = 1) => this.ctx.exec('freezeColumns', [n], '1.7', () => (sheet().freeze = { rows: 0, cols: n })),
      freezeAt: (a) =>
        this.ctx.exec('freezeAt', [a], '1.7', () => {
          const r = parseA1(a);
          sheet().freeze = { rows: r.row + r.rows, cols: r.col + r.cols };
        }),
    };
    this.notes = {
      add: (cell, text) => this.ctx.exec('notes.add', [cell, text], '1.18', () => sheet().notes.push({ cell, text })),
    };
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
    this.ctx.exec('worksheet.delete', [], '1.1', () => {
      const s = this.state();
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      this.ctx.state.tables = this.ctx.state.tables.filter((t) => t.sheet !== s);
    });
  }
}

export class FakeRange extends FakeObject implements XlRange {
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly resolveRect: () => Rect | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    const fontProp = (p: 'bold' | 'size' | 'color') => ({
      get: () => undefined as never,
      set: (v: unknown) => this.ctx.exec(`font.${p}`, [v], '1.1', () => this.rect()),
    });
    const font = Object.defineProperties({}, { bold: fontProp('bold'), size: fontProp('size'), color: fontProp('color') }) as XlRangeFormat['font'];
    const setWidth = (v: number): void =>
      this.ctx.exec('format.columnWidth', [v], '1.1', () => {
        const r = this.rect();
        for (let c = r.col; c < r.col + r.cols; c++) this.worksheet.state().columnWidths.set(c, v);
      });
    this.format = {
      font,
      get columnWidth(): number {
        return 0;
      },
      set columnWidth(v: number) {
        setWidth(v);
      },
    };
    const ctx2 = this.ctx;
    const rect = (): Rect => this.rect();
    const sheetState = (): SheetState => this.worksheet.state();
    this.dataValidation = {
      get rule(): XlDataValidationRule {
        return {};
      },
      set rule(rule: XlDataValidationRule) {
        ctx2.exec('dataValidation.rule', [rule], '1.8', () => {
          const r = rect();
          const vs = sheetState().validations;
          if (vs.some((v) => overlaps(v.rect, r))) throw new FakeError('InvalidOperation', 'clear the existing validation first');
          vs.push({ rect: r, rule });
        });
      },
      get errorAlert(): XlDataValidationErrorAlert {
        return { message: '', showAlert: true, style: 'Stop', title: '' };
      },
      set errorAlert(a: XlDataValidationErrorAlert) {
        ctx2.exec('dataValidation.errorAlert', [a], '1.8', () => {
          const r = rect();
          const v = sheetState().validations.find((x) => overlaps(x.rect, r));
          if (v) v.errorAlert = a;
        });
      },
      clear: () =>
        ctx2.exec('dataValidation.clear', [], '1.8', () => {
          const r = rect();
          const st = sheetState();
          st.validations = st.validations.filter((v) => !overlaps(v.rect, r));
        }),
    };
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
  get values(): unknown[][] {
    return this.loaded('values', () => this.grid((c) => (c.kind === 'formula' ? 0 : (c.value ?? ''))));
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
  getItemOrNullObject(name: string): FakeTable {
    this.ctx.op('tables.getItemOrNullObject', [name], '1.4');
    return new FakeTable(this.ctx, () => this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()), name);
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
  /** Highest ExcelApi minor version supported, and versions explicitly missing. */
  constructor(
    private readonly maxMinor = 18,
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
  async run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const ctx = new FakeContext(this.state, this);
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
