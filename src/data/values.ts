/**
 * Reading one cell as the value a field needs. A cell arrives as a CSV string, an exceljs value
 * (number, string, Date, boolean) or an Excel range value (number, string, boolean). Every reader
 * returns `null` for a blank cell and `NaN` (or `undefined` for codes) when the cell cannot be
 * read, so the hot loop over a million rows allocates nothing for the common case; the caller
 * turns a failure into a problem naming the cell.
 *
 * Dates are Excel serials (days since 1899-12-30). Periods are "YYYY-MM".
 */
import type { PeriodId, RepLevel, Stage, TaskStatus } from './model';
import { dateSerial, monthId, ymd } from './calendar';
import { normaliseHeader } from './fields';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export const periodOf = (year: number, month: number): PeriodId => monthId(dateSerial(year, month, 1));

/** Dates outside these years are almost always a misread column (an amount or an id read as a date). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2200;
const MIN_SERIAL = dateSerial(MIN_YEAR, 1, 1);
const MAX_SERIAL = dateSerial(MAX_YEAR, 12, 31);

export const isBlank = (raw: unknown): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/** A cell as text, the way the user sees it (for messages and text fields). */
export function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Currency marks and units people leave in amount cells: ¥ ￥ $ € £, CNY/RMB/USD/EUR…, 元. */
const CURRENCY = /^(?:[a-z]{3}|rmb|us\$|hk\$|[$¥€£₩₹]|元|人民币)|(?:[a-z]{3}|rmb|元|人民币|[$¥€£])$/i;

/**
 * A number written the way finance writes it: thousands separators (",", " ", "'", the
 * full-width "，"), a currency sign or code before or after, a minus sign or accounting
 * brackets "(1,234.00)". A decimal comma ("1.234,56") is not read, because "1,234" would then
 * mean two different numbers; such a cell is reported instead.
 */
export function readNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'boolean' || raw instanceof Date) return NaN;
  const s = String(raw);
  // Fast path: a plain decimal number, as most exports write it ("0x1F" and " " are not).
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 46) {
    if (!(c0 === 48 && ((c1 | 32) === 120 || (c1 | 32) === 111 || (c1 | 32) === 98))) {
      const fast = +s;
      if (Number.isFinite(fast)) return fast;
    }
  }
  // Second fast path: thousands separators only ("12,345.67", as CRM exports quote amounts).
  const grouped = readGrouped(s);
  return Number.isNaN(grouped) ? readNumberText(s) : grouped;
}

/**
 * "-12,345.67" without building a string: digits gathered into one integer, then divided by the
 * power of ten of its decimals. Both are exact below 2^53 and IEEE division rounds correctly, so
 * the result is the same double Number("-12345.67") gives. NaN when the text is not that shape.
 */
function readGrouped(s: string): number {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let digits = 0;
  let group = -1; // digits since the last separator; -1 before the first one
  let value = 0;
  let decimals = -1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
      else if (group >= 0) {
        if (++group > 3) return NaN;
      } else if (digits > 3) return NaN;
    } else if (c === 44 && decimals < 0 && (group === -1 ? digits >= 1 && digits <= 3 : group === 3)) group = 0;
    else if (c === 46 && decimals < 0 && group !== 0) decimals = 0;
    else return NaN;
  }
  if (group < 3 || decimals === 0 || value > Number.MAX_SAFE_INTEGER) return NaN;
  const v = decimals > 0 ? value / 10 ** decimals : value;
  return negative ? -v : v;
}

function readNumberText(text: string): number | null {
  let s = text.normalize('NFKC').trim();
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let i = 0; i < 2; i++) {
    const before = s;
    s = s.replace(CURRENCY, '').trim();
    if (s.startsWith('-') || s.startsWith('−')) {
      negative = !negative;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    }
    if (s === before) break;
  }
  // Thousands separators only between groups of three digits.
  if (!/^(?:\d{1,3}(?:[,' ]\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(s)) return NaN;
  const n = Number(s.replace(/[,' ]/g, ''));
  if (!Number.isFinite(n)) return NaN;
  return negative ? -n : n;
}

/**
 * A share of credit: "60%" is 0.6; a bare number is a fraction or a percentage as the column
 * decides (`percentColumn`, see recognise.ts › shareScale): Salesforce exports "60.00", a cell
 * formatted as a percentage holds 0.6.
 */
export function readShare(raw: unknown, percentColumn: boolean): number | null {
  if (typeof raw === 'string') {
    const s = raw.normalize('NFKC').trim();
    if (s === '') return null;
    if (s.endsWith('%')) {
      const n = readNumber(s.slice(0, -1));
      return n === null ? NaN : n / 100;
    }
  }
  const n = readNumber(raw);
  if (n === null || Number.isNaN(n)) return n;
  return percentColumn ? n / 100 : n;
}

/** True when a bare number in a share column is a percentage (60) rather than a fraction (0.6). */
export function looksLikePercent(raw: unknown): boolean {
  if (typeof raw === 'string' && raw.trim().endsWith('%')) return false;
  const n = readNumber(raw);
  return n !== null && !Number.isNaN(n) && n > 1;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** How d/m/y and m/d/y dates in one column are read: decided by the column (recognise.ts). */
export type DayOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*\d{1,2}[:时]\d{2}.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

const validDate = (y: number, m: number, d: number): number => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  const serial = dateSerial(y, m, d);
  const [yy, mm, dd] = ymd(serial);
  if (yy !== y || mm !== m || dd !== d) return NaN;
  return serial;
};

/** The first two numbers of a "dd/mm/yyyy"-like text, for deciding a column's day order. */
export function slashedParts(raw: unknown): [number, number] | null {
  if (typeof raw !== 'string') return null;
  const m = SLASHED.exec(raw.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const inRange = (serial: number): number => (serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : -serial - 1);

/**
 * A date cell as a serial: an Excel serial number, a Date (exceljs), "yyyy-mm-dd" (with or
 * without a time), "yyyy/m/d", "yyyy.m.d", "yyyy年m月d日", "yyyymmdd", or "m/d/yyyy" /
 * "d/m/yyyy" as `order` says. NaN when it is not a date; a negative number (−serial − 1) when it
 * is a real date outside MIN_YEAR…MAX_YEAR, so the message can say which.
 */
export function readDate(raw: unknown, order: DayOrder = 'mdy'): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return NaN;
    if (Number.isInteger(raw) && raw >= 19000101 && raw <= 29991231) {
      const c = validDate(Math.floor(raw / 10000), Math.floor(raw / 100) % 100, raw % 100);
      if (!Number.isNaN(c)) return inRange(c);
    }
    if (raw < 1) return NaN;
    return inRange(Math.floor(raw));
  }
  if (raw instanceof Date) {
    const t = raw.getTime();
    if (isNaN(t)) return NaN;
    return inRange(Math.floor((t - EPOCH_MS) / DAY_MS));
  }
  if (typeof raw !== 'string') return NaN;
  const s = raw.length > 0 && raw.charCodeAt(0) > 0x7f ? raw.normalize('NFKC').trim() : raw.trim();
  if (s === '') return null;
  let m = ISO.exec(s) ?? CJK.exec(s);
  if (m) {
    const c = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return Number.isNaN(c) ? NaN : inRange(c);
  }
  m = COMPACT.exec(s);
  if (m) {
    const c = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return Number.isNaN(c) ? NaN : inRange(c);
  }
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const c = order === 'dmy' ? validDate(Number(m[3]), b, a) : validDate(Number(m[3]), a, b);
    return Number.isNaN(c) ? NaN : inRange(c);
  }
  // A serial typed as text ("45366"), as some exports write Excel dates.
  if (/^\d{5}(?:\.\d+)?$/.test(s)) return inRange(Math.floor(Number(s)));
  return NaN;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PERIOD_YM = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;
const PERIOD_COMPACT = /^(\d{4})(\d{2})$/;
const PERIOD_NAMED = /^([a-z]{3,9})[\s\-/.,']*(\d{4})$|^(\d{4})[\s\-/.,']*([a-z]{3,9})$/i;

/** A year written alone ("2026", "FY2026", "2026年"), for annual targets. */
export function readYear(raw: unknown): number | null {
  if (isBlank(raw)) return null;
  const n = typeof raw === 'number' ? raw : NaN;
  if (Number.isInteger(n)) return n >= MIN_YEAR && n <= MAX_YEAR ? n : NaN;
  const m = /^(?:fy\s*)?(\d{4})\s*年?(?:度)?$/i.exec(cellText(raw).normalize('NFKC').trim());
  if (!m) return NaN;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : NaN;
}

/**
 * A calendar month: "YYYY-MM", "YYYY/M", "YYYY年M月", "YYYYMM", "Mar 2026", or any date in the
 * month (a serial, a Date, a date text). `undefined` for a blank cell, '' when it cannot be read.
 */
export function readPeriod(raw: unknown, order: DayOrder = 'mdy'): PeriodId | '' | undefined {
  if (isBlank(raw)) return undefined;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= MIN_YEAR * 100 + 1 && raw <= MAX_YEAR * 100 + 12) {
    const y = Math.floor(raw / 100);
    const mo = raw % 100;
    return mo >= 1 && mo <= 12 ? periodOf(y, mo) : '';
  }
  if (typeof raw === 'string') {
    const s = raw.normalize('NFKC').trim();
    let m = PERIOD_YM.exec(s) ?? PERIOD_COMPACT.exec(s);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      return mo >= 1 && mo <= 12 && y >= MIN_YEAR && y <= MAX_YEAR ? periodOf(y, mo) : '';
    }
    m = PERIOD_NAMED.exec(s);
    if (m) {
      const name = (m[1] ?? m[4]).toLowerCase().slice(0, 3);
      const y = Number(m[2] ?? m[3]);
      const mo = MONTHS.indexOf(name) + 1;
      return mo > 0 && y >= MIN_YEAR && y <= MAX_YEAR ? periodOf(y, mo) : '';
    }
  }
  const d = readDate(raw, order);
  return d !== null && d >= 0 ? monthId(d) : '';
}

// ---------------------------------------------------------------------------------------------
// Codes (stage, status, level): English and Chinese words people use, and CRM stage names

const codeTable = <C extends string>(words: Record<C, readonly string[]>): Map<string, C> => {
  const map = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, readonly string[]][]) {
    map.set(normaliseHeader(code), code);
    for (const w of list) map.set(normaliseHeader(w), code);
  }
  return map;
};

export const STAGE_WORDS: Record<Stage, readonly string[]> = {
  lead: ['Lead', 'Prospect', 'Prospecting', 'Qualification', 'New', '线索', '潜在', '初步接触', '新建'],
  intent: ['Intent', 'Interest', 'Needs analysis', 'Value proposition', 'Id. decision makers', 'Perception analysis', 'Qualified', '意向', '需求确认', '方案'],
  negotiation: ['Negotiation', 'Negotiation/Review', 'Proposal', 'Proposal/Price quote', 'Quote', '谈判', '报价', '商务谈判', '议价', '合同'],
  won: ['Won', 'Closed won', 'Closed/Won', 'Win', '成交', '赢单', '已成交', '签约'],
  lost: ['Lost', 'Closed lost', 'Closed/Lost', '丢单', '输单', '失败', '已丢单'],
};
export const STATUS_WORDS: Record<TaskStatus, readonly string[]> = {
  notStarted: ['Not started', 'To do', 'Todo', '未开始', '待办'],
  inProgress: ['In progress', 'Ongoing', 'Started', 'Open', 'Active', '进行中', '跟进中', '处理中'],
  done: ['Done', 'Completed', 'Complete', 'Closed', 'Finished', '已完成', '完成', '关闭', '已关闭'],
};
export const LEVEL_WORDS: Record<RepLevel, readonly string[]> = {
  new: ['New', 'Junior', 'Trainee', 'Entry', '新人', '新手', '新员工', '初级', '见习'],
  core: ['Core', 'Mid', 'Intermediate', 'Regular', '骨干', '中级', '核心'],
  senior: ['Senior', 'Expert', 'Lead', 'Principal', '资深', '高级', '专家'],
};
const STAGES_BY_WORD = codeTable(STAGE_WORDS);
const STATUSES_BY_WORD = codeTable(STATUS_WORDS);
const LEVELS_BY_WORD = codeTable(LEVEL_WORDS);

const readCode = <C>(table: Map<string, C>, raw: unknown): C | null | undefined =>
  isBlank(raw) ? null : table.get(normaliseHeader(cellText(raw)));

export const readStage = (raw: unknown): Stage | null | undefined => readCode(STAGES_BY_WORD, raw);
export const readStatus = (raw: unknown): TaskStatus | null | undefined => readCode(STATUSES_BY_WORD, raw);
export const readLevel = (raw: unknown): RepLevel | null | undefined => readCode(LEVELS_BY_WORD, raw);

/** Everyday names of the currencies teams most often trade in; any other is written as its ISO code. */
const CURRENCY_WORDS: Record<string, readonly string[]> = {
  CNY: ['RMB', '人民币', '人民币元', '元', 'Renminbi', 'Yuan', 'Chinese yuan'],
  USD: ['US$', '$', '美元', '美金', 'US dollar', 'US dollars', 'Dollar'],
  EUR: ['€', '欧元', 'Euro', 'Euros'],
  GBP: ['£', '英镑', 'Pound sterling', 'British pound'],
  JPY: ['日元', '日圆', 'Yen', 'Japanese yen'],
  HKD: ['HK$', '港币', '港元', 'Hong Kong dollar'],
};
const CURRENCIES_BY_WORD = codeTable(CURRENCY_WORDS);

/**
 * A currency as its ISO 4217 code: three letters in any case ("usd"), or an everyday name
 * ("美元"). Null when blank (the company's currency), undefined when not a currency. "¥" is
 * refused: it is both the yuan and the yen.
 */
export function readCurrency(raw: unknown): string | null | undefined {
  if (isBlank(raw)) return null;
  const text = cellText(raw).normalize('NFKC').trim();
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  return readCode(CURRENCIES_BY_WORD, text) ?? undefined;
}

/** Text as typed, trimmed, with full-width letters and spaces made ordinary; null when blank. */
export function readText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const s = typeof raw === 'string' ? raw : cellText(raw);
  const t = s.trim();
  if (t === '') return null;
  return t;
}

/**
 * A person's name as a key: names are matched ignoring case, repeated spaces and full-width
 * forms ("ALICE  Smith" is "Alice Smith"); the first spelling seen (the roster's when there is
 * one) is the one shown.
 */
export const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
