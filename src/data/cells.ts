/**
 * Reading the cells of one recognised table, field by field, with every failure reported at its
 * place (source, row as the user sees it, column header). A reader method returns the value, or
 * null for a blank or unreadable cell and sets `bad` so the row is left out; rows keep going so
 * every problem of a row is listed, not just the first.
 */
import { fieldSpec, type FieldType, type TableKind } from './fields';
import type { RawTable } from './grid';
import type { PeriodId, RepLevel, Stage, TaskStatus } from './model';
import { problem, PROBLEMS_SHOWN, warning, type DataProblem, type Place, type Severity, type ValueKind } from './problems';
import type { Recognition } from './recognise';
import { cellText, isBlank, looksLikePercent, MAX_YEAR, MIN_YEAR, nameKey, readCurrency, readDate, readLevel, readNumber, readPeriod, readShare, readStage, readStatus, readText, readYear, slashedParts, type DayOrder } from './values';
import { serialToIso } from './calendar';

/**
 * Problems as they are found. Only the first few hundred of each severity are kept (a file with
 * a shifted column has a problem on every row); the rest are counted.
 */
export class ProblemSink {
  static readonly KEEP = PROBLEMS_SHOWN * 10;
  private readonly kept: Record<Severity, DataProblem[]> = { error: [], warning: [] };
  readonly counts: Record<Severity, number> = { error: 0, warning: 0 };

  add(p: DataProblem): void {
    this.counts[p.severity]++;
    if (this.kept[p.severity].length < ProblemSink.KEEP) this.kept[p.severity].push(p);
  }
  get errors(): number {
    return this.counts.error;
  }
  /** Errors first, then warnings, each in the order found. */
  list(): DataProblem[] {
    return [...this.kept.error, ...this.kept.warning];
  }
  /** How many problems were found but not kept. */
  get dropped(): number {
    return this.counts.error + this.counts.warning - this.kept.error.length - this.kept.warning.length;
  }
}

/**
 * People's names across tables: matched ignoring case, repeated spaces and full-width forms,
 * shown as first spelt (the roster's spelling when there is a roster, since it is read first).
 */
export class Names {
  private readonly byKey = new Map<string, string>();
  /** Spellings already seen, to their canonical form: a few hundred reps over a million rows. */
  private readonly bySpelling = new Map<string, string>();
  canonical(name: string): string {
    const known = this.bySpelling.get(name);
    if (known !== undefined) return known;
    const key = nameKey(name);
    const seen = this.byKey.get(key) ?? name;
    this.byKey.set(key, seen);
    this.bySpelling.set(name, seen);
    return seen;
  }
  has(name: string): boolean {
    return this.byKey.has(nameKey(name));
  }
}

const REPEATING = new Set<FieldType>(['label', 'name', 'date', 'period', 'year', 'stage', 'status', 'level', 'currency']);

/** Labels a total row carries in its first filled cell (ERP and Excel exports end with one). */
const TOTAL_LABELS = new Set(['合计', '总计', '小计', '合计:', 'total', 'totals', 'grandtotal', 'subtotal', 'sum']);

export class TableReader {
  /** The current row had a problem: leave it out. */
  bad = false;
  private readonly orders = new Map<number, DayOrder | 'conflict'>();
  private readonly dates = new Map<string, Map<string, number>>();
  private shareInPercent: boolean | null = null;

  constructor(
    readonly table: RawTable,
    readonly kind: TableKind,
    readonly recognition: Recognition,
    readonly sink: ProblemSink,
    readonly names: Names,
  ) {}

  has(field: string): boolean {
    return this.recognition.columns[field] !== undefined;
  }
  header(field: string): string {
    const c = this.recognition.columns[field];
    return c === undefined ? '' : this.table.headers[c];
  }
  raw(r: number, field: string): unknown {
    const c = this.recognition.columns[field];
    if (c === undefined) return null;
    return this.repeats(field) ? this.table.repeatedCell(r, c) : this.table.cell(r, c);
  }
  private readonly repeating = new Map<string, boolean>();
  /** Fields whose values repeat down the column (names, labels, dates, periods, codes) are read as shared strings. */
  private repeats(field: string): boolean {
    let known = this.repeating.get(field);
    if (known === undefined) {
      const type = fieldSpec(this.kind, field)?.type;
      known = type !== undefined && REPEATING.has(type);
      this.repeating.set(field, known);
    }
    return known;
  }
  place(r: number, field?: string): Place {
    const at: Place = { source: this.table.source, row: this.table.rowNumber(r) };
    if (field === undefined) return at;
    const c = this.recognition.columns[field];
    at.column = c !== undefined && this.table.columnName ? this.table.columnName(r, c) : this.header(field);
    return at;
  }
  tablePlace(): Place {
    return { source: this.table.source };
  }
  fail(p: DataProblem): null {
    this.sink.add(p);
    if (p.severity === 'error') this.bad = true;
    return null;
  }
  warn(p: DataProblem): void {
    this.sink.add(p);
  }
  private blank(r: number, field: string, expected: ValueKind, required: boolean): null {
    return required ? this.fail(problem('blank', { expected }, this.place(r, field))) : null;
  }
  private notValue(r: number, field: string, expected: ValueKind, raw: unknown): null {
    return this.fail(problem('notValue', { expected, value: cellText(raw) }, this.place(r, field)));
  }

  /** Data rows begun (blank and total rows are not counted). */
  rows = 0;

  /**
   * Starts reading row `r`; false when it is to be skipped: `keyBlank` says a cell the row cannot
   * do without is blank, and the row is entirely blank or a total row. Otherwise the row is
   * counted, its problems start afresh, and a CSV row is checked for cells beyond the header.
   */
  begin(r: number, keyBlank: boolean): boolean {
    if (keyBlank && this.skippable(r)) return false;
    this.bad = false;
    this.rows++;
    if (this.table.strictWidth) this.checkWidth(r);
    return true;
  }

  /** Whether row `r` is empty, or a total row ("合计", "Total") that an export appends. */
  skippable(r: number): boolean {
    const w = this.table.width(r);
    for (let c = 0; c < w; c++) {
      const v = this.table.cell(r, c);
      if (isBlank(v)) continue;
      const label = cellText(v).normalize('NFKC').toLowerCase().replace(/[\s:：]/g, '');
      if (TOTAL_LABELS.has(label)) {
        this.warn(warning('totalRowSkipped', { label: cellText(v).trim() }, this.place(r)));
        return true;
      }
      return false;
    }
    return true;
  }

  /** A CSV row with filled cells beyond the header (an unquoted comma in an amount shifts every later cell). */
  checkWidth(r: number): void {
    const w = this.table.width(r);
    const n = this.table.headers.length;
    if (w <= n) return;
    for (let c = n; c < w; c++) {
      if (!isBlank(this.table.cell(r, c))) {
        this.fail(problem('extraCells', { cells: w, headers: n }, this.place(r)));
        return;
      }
    }
  }

  /** `raw`: the cell when the caller has already read it. */
  text(r: number, field: string, required = false, raw = this.raw(r, field)): string | null {
    const t = readText(raw);
    return t === null ? this.blank(r, field, 'text', required) : t;
  }
  name(r: number, field: string, required = false): string | null {
    const t = this.text(r, field, required);
    return t === null ? null : this.names.canonical(t);
  }
  /** The cell as an id: numbers as Excel shows them ("10023", not "10023.0"). */
  id(r: number, field: string): string | null {
    const raw = this.raw(r, field);
    if (typeof raw === 'number') return String(raw);
    return readText(raw);
  }

  amount(r: number, field: string, options: { required?: boolean; negative?: boolean } = {}): number | null {
    const raw = this.raw(r, field);
    const n = readNumber(raw);
    if (n === null) return this.blank(r, field, 'amount', options.required ?? false);
    if (Number.isNaN(n)) return this.notValue(r, field, 'amount', raw);
    if (n < 0 && !options.negative) return this.fail(problem('negative', { value: cellText(raw), deal: this.kind === 'deals' }, this.place(r, field)));
    return n;
  }
  count(r: number, field: string): number | null {
    const raw = this.raw(r, field);
    const n = readNumber(raw);
    if (n === null) return null;
    if (Number.isNaN(n)) return this.notValue(r, field, 'count', raw);
    if (n < 0) return this.fail(problem('negative', { value: cellText(raw), deal: false }, this.place(r, field)));
    if (!Number.isInteger(n)) return this.fail(problem('notWhole', { value: cellText(raw) }, this.place(r, field)));
    return n;
  }
  score(r: number, field: string): number | null {
    const raw = this.raw(r, field);
    const n = readNumber(raw);
    if (n === null) return null;
    if (Number.isNaN(n)) return this.notValue(r, field, 'score', raw);
    if (n < 0 || n > 100) return this.fail(problem('scoreOutOfRange', { value: cellText(raw) }, this.place(r, field)));
    return n;
  }
  share(r: number, field: string): number | null {
    if (this.shareInPercent === null) this.shareInPercent = this.columnHasPercent(field);
    const raw = this.raw(r, field);
    const n = readShare(raw, this.shareInPercent);
    if (n === null) return null;
    if (Number.isNaN(n)) return this.notValue(r, field, 'share', raw);
    if (n < 0 || n > 1 + 1e-9) return this.fail(problem('shareOutOfRange', { value: cellText(raw) }, this.place(r, field)));
    return n;
  }
  /** A share column holding any bare number above 1 is in percent (Salesforce's 60.00); otherwise in fractions. */
  private columnHasPercent(field: string): boolean {
    for (let r = 0; r < this.table.rows; r++) if (looksLikePercent(this.raw(r, field))) return true;
    return false;
  }

  date(r: number, field: string, required = false, raw = this.raw(r, field)): number | null {
    // A date column repeats a few hundred days over a million rows: remember each text's serial.
    let seen = this.dates.get(field);
    if (seen === undefined) this.dates.set(field, (seen = new Map()));
    if (typeof raw === 'string') {
      const known = seen.get(raw);
      if (known !== undefined) return known;
    }
    const d = this.readDateCell(r, field, raw, required);
    if (d !== null && typeof raw === 'string' && seen.size < 100_000) seen.set(raw, d);
    return d;
  }
  private readDateCell(r: number, field: string, raw: unknown, required: boolean): number | null {
    const order = this.dayOrder(field);
    const d = readDate(raw, order === 'conflict' ? 'mdy' : order);
    if (d === null) return this.blank(r, field, 'date', required);
    if (order === 'conflict') {
      const parts = slashedParts(raw);
      if (parts && parts[0] <= 12 && parts[1] <= 12) return this.fail(problem('ambiguousDate', { value: cellText(raw) }, this.place(r, field)));
      if (parts) return this.dateIn(r, field, readDate(raw, parts[0] > 12 ? 'dmy' : 'mdy'), raw);
    }
    return this.dateIn(r, field, d, raw);
  }
  private dateIn(r: number, field: string, d: number | null, raw: unknown): number | null {
    if (d === null || Number.isNaN(d)) return this.notValue(r, field, 'date', raw);
    if (d < 0) return this.fail(problem('dateOutOfRange', { value: typeof raw === 'number' ? serialToIso(-d - 1) : cellText(raw), min: MIN_YEAR, max: MAX_YEAR }, this.place(r, field)));
    return d;
  }
  /**
   * Whether "03/04/2025" in this column is 4 March or 3 April: a column with a first number
   * above 12 is day-first, one with a second number above 12 month-first; a column that has
   * both is read cell by cell and its ambiguous cells are refused; a column with neither is
   * month-first (what US CRM exports and Excel in en-US write).
   */
  dayOrder(field: string): DayOrder | 'conflict' {
    const c = this.recognition.columns[field];
    if (c === undefined) return 'mdy';
    const known = this.orders.get(c);
    if (known) return known;
    let dayFirst = false;
    let monthFirst = false;
    let firstFilled: unknown = null;
    for (let r = 0; r < this.table.rows && firstFilled === null; r++) firstFilled = this.table.cell(r, c);
    if (slashedParts(firstFilled)) {
      for (let r = 0; r < this.table.rows; r++) {
        const p = slashedParts(this.table.cell(r, c));
        if (!p) continue;
        if (p[0] > 12) dayFirst = true;
        if (p[1] > 12) monthFirst = true;
      }
    }
    const order: DayOrder | 'conflict' = dayFirst && monthFirst ? 'conflict' : dayFirst ? 'dmy' : 'mdy';
    this.orders.set(c, order);
    return order;
  }

  /** A month (any way of writing one); an annual target's year alone is read by `yearOf`. */
  period(r: number, field: string, required = false): PeriodId | null {
    const raw = this.raw(r, field);
    const order = this.dayOrder(field);
    const p = readPeriod(raw, order === 'conflict' ? 'mdy' : order);
    if (p === undefined) return this.blank(r, field, 'period', required);
    if (p === '') return this.notValue(r, field, 'period', raw);
    return p;
  }
  /** The cell read as a year alone, or null (no message: the caller decides). */
  yearOf(r: number, field: string): number | null {
    const y = readYear(this.raw(r, field));
    return y === null || Number.isNaN(y) ? null : y;
  }
  year(r: number, field: string): number | null {
    const raw = this.raw(r, field);
    const y = readYear(raw);
    if (y === null) return null;
    if (Number.isNaN(y)) return this.notValue(r, field, 'year', raw);
    return y;
  }

  stage(r: number, field: string, required = false): Stage | null {
    const raw = this.raw(r, field);
    const s = readStage(raw);
    if (s === null) return this.blank(r, field, 'stage', required);
    return s === undefined ? this.notValue(r, field, 'stage', raw) : s;
  }
  status(r: number, field: string): TaskStatus | null {
    const raw = this.raw(r, field);
    const s = readStatus(raw);
    if (s === null) return null;
    return s === undefined ? this.notValue(r, field, 'status', raw) : s;
  }
  /** An ISO code; null when blank (the company's currency). */
  currency(r: number, field: string, required = false): string | null {
    const raw = this.raw(r, field);
    const c = readCurrency(raw);
    if (c === null) return this.blank(r, field, 'currency', required);
    return c === undefined ? this.notValue(r, field, 'currency', raw) : c;
  }
  /** An exchange rate: a number above zero. */
  rate(r: number, field: string, required = false): number | null {
    const raw = this.raw(r, field);
    const n = readNumber(raw);
    if (n === null) return this.blank(r, field, 'rate', required);
    if (Number.isNaN(n) || n <= 0) return this.notValue(r, field, 'rate', raw);
    return n;
  }
  level(r: number, field: string): RepLevel | null {
    const raw = this.raw(r, field);
    const s = readLevel(raw);
    if (s === null) return null;
    return s === undefined ? this.notValue(r, field, 'level', raw) : s;
  }
}
