/**
 * CSV as people's tools write it: RFC 4180 quoting (quoted fields with "" for a quote and line
 * breaks inside), CRLF, LF or CR line ends, a comma, semicolon or tab delimiter, and the
 * encodings Excel saves in — UTF-8 with or without a BOM, GB18030/GBK (Chinese Excel's "CSV"),
 * UTF-16 with a BOM ("Unicode text"). Records keep the line they start on, which is the row a
 * message names.
 *
 * The parser stores where each cell starts and ends in typed arrays and slices the text only when
 * a cell is read, so a million-row export costs a few typed arrays rather than millions of arrays.
 */
import type { Grid } from './grid';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  /** `zip`: an .xlsx (or other zip) file; `xls`: the old binary Excel format; `unreadable`: no known text encoding. */
  | { ok: false; reason: 'zip' | 'xls' | 'unreadable' };

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes of a text file as text. UTF-8 is tried first (strictly: one invalid sequence and it is not
 * UTF-8), then GB18030, which also reads GBK and GB2312; a file that is neither is refused rather
 * than read as mojibake.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, reason: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, reason: 'xls' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === null ? { ok: false, reason: 'unreadable' } : { ok: true, text, encoding: 'utf-8', bom: true };
  }
  for (const [sig, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, sig)) {
      const text = decodeStrict(bytes.subarray(2), encoding);
      return text === null ? { ok: false, reason: 'unreadable' } : { ok: true, text, encoding, bom: true };
    }
  }
  // NUL bytes do not occur in text in these encodings: UTF-16 without a BOM, or a binary file.
  const probe = bytes.subarray(0, 4096);
  if (probe.includes(0)) return { ok: false, reason: 'unreadable' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  return { ok: false, reason: 'unreadable' };
}

const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The delimiter used most outside quotes in the first lines (a comma when none is). */
export function sniffDelimiter(text: string): number {
  const counts = new Map<number, number>([
    [COMMA, 0],
    [SEMICOLON, 0],
    [TAB, 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) lines++;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = COMMA;
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const grow = <T extends Int32Array | Uint32Array>(a: T): T => {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
};

/** Marks a cell's end when the cell holds an escaped quote ("") to undo on reading. */
const ESCAPED = 0x80000000;

export interface CsvGrid extends Grid {
  /** The line of an opening quote that is never closed (the rest of the file would be one cell), or 0. */
  readonly unterminatedQuoteLine: number;
}

/**
 * Parses CSV text into a grid. Cells are sliced (and a quoted cell's "" unescaped) when read.
 * A quote inside an unquoted cell is kept as a character, as Excel does.
 */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CsvGrid {
  const n = text.length;
  let starts = new Int32Array(Math.max(Math.ceil(n / 8), 16));
  // A cell's end, with ESCAPED set when it contains "".
  let ends = new Uint32Array(starts.length);
  let firsts = new Int32Array(Math.max(Math.ceil(n / 64), 16));
  let lines = new Int32Array(firsts.length);
  let cells = 0;
  let records = 0;
  let line = 1;
  let i = 0;
  let unterminated = 0;

  while (i < n) {
    // A record starts here.
    if (records === firsts.length) {
      firsts = grow(firsts);
      lines = grow(lines);
    }
    firsts[records] = cells;
    lines[records] = line;
    records++;
    for (;;) {
      if (cells === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      // A cell starts at i.
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let j = i + 1;
        let escaped = 0;
        for (;;) {
          if (j >= n) {
            if (unterminated === 0) unterminated = openLine;
            break;
          }
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 1 < n && text.charCodeAt(j + 1) === QUOTE) {
              escaped = ESCAPED;
              j += 2;
              continue;
            }
            break;
          }
          if (c === LF) line++;
          else if (c === CR && text.charCodeAt(j + 1) !== LF) line++;
          j++;
        }
        starts[cells] = i + 1;
        ends[cells] = (Math.min(j, n) | escaped) >>> 0;
        cells++;
        i = j + 1;
        // Anything between the closing quote and the delimiter is ignored, as Excel does.
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          i++;
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          i++;
        }
        starts[cells] = start;
        ends[cells] = i;
        cells++;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        // The next cell starts after it (an empty one when the delimiter ends the file).
        i++;
        continue;
      }
      // A line end.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
  }

  const width = (r: number): number => (r + 1 < records ? firsts[r + 1] : cells) - firsts[r];
  const tables = new Map<number, RepeatTable>();
  return {
    length: records,
    unterminatedQuoteLine: unterminated,
    width,
    rowNumber: (r) => lines[r],
    cell(r: number, c: number): unknown {
      if (c >= width(r)) return null;
      const k = firsts[r] + c;
      const a = starts[k];
      const e = ends[k];
      const b = e & 0x7fffffff;
      if (a === b) return null;
      const v = text.slice(a, b);
      return e & ESCAPED ? v.replace(/""/g, '"') : v;
    },
    repeatedCell(r: number, c: number): unknown {
      if (c >= width(r)) return null;
      const k = firsts[r] + c;
      const e = ends[k];
      if (e & ESCAPED) return this.cell(r, c);
      const a = starts[k];
      if (a === e) return null;
      let t = tables.get(c);
      if (t === undefined) tables.set(c, (t = new RepeatTable(text)));
      return t.get(a, e);
    },
  };
}

/**
 * One string per distinct text of a column, found by hashing the file's characters in place: a
 * million rows of fifty thousand customers make fifty thousand strings, not a million, and no
 * slice is made for a value seen before. The strings are copies, so they do not keep the file's
 * text alive once reading is done.
 */
class RepeatTable {
  private slots: (string | undefined)[] = new Array<string | undefined>(1 << 10);
  private count = 0;
  constructor(private readonly text: string) {}

  get(a: number, b: number): string {
    const text = this.text;
    let h = 2166136261;
    for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const mask = this.slots.length - 1;
    const len = b - a;
    for (let k = (h >>> 0) & mask; ; k = (k + 1) & mask) {
      const s = this.slots[k];
      if (s === undefined) {
        const copy = flatCopy(text.slice(a, b));
        this.slots[k] = copy;
        if (++this.count * 2 > this.slots.length) this.grow();
        return copy;
      }
      if (s.length === len && text.startsWith(s, a)) return s;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<string | undefined>(old.length * 2);
    const mask = this.slots.length - 1;
    for (const s of old) {
      if (s === undefined) continue;
      let h = 2166136261;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
      let k = (h >>> 0) & mask;
      while (this.slots[k] !== undefined) k = (k + 1) & mask;
      this.slots[k] = s;
    }
  }
}

/** A string that shares no memory with the one it came from (a slice would keep the whole file). */
const flatCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
