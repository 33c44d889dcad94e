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

class Growable {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

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
  const estimate = Math.ceil(n / 8);
  const starts = new Growable(estimate);
  const ends = new Growable(estimate);
  const recordFirst = new Growable(Math.ceil(estimate / 8));
  const recordLine = new Growable(Math.ceil(estimate / 8));
  let line = 1;
  let i = 0;
  let unterminated = 0;
  // Per cell, bit 0: the cell was quoted; bit 1: it contains an escaped quote ("").
  let flagBytes = new Uint8Array(Math.max(estimate, 16));

  const setFlag = (cell: number, f: number): void => {
    if (cell >= flagBytes.length) {
      const next = new Uint8Array(flagBytes.length * 2);
      next.set(flagBytes);
      flagBytes = next;
    }
    flagBytes[cell] = f;
  };

  while (i < n) {
    // A record starts here.
    recordFirst.push(starts.length);
    recordLine.push(line);
    for (;;) {
      // A cell starts at i.
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let j = i + 1;
        let escaped = 0;
        for (;;) {
          if (j >= n) {
            unterminated = unterminated || openLine;
            break;
          }
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 1 < n && text.charCodeAt(j + 1) === QUOTE) {
              escaped = 2;
              j += 2;
              continue;
            }
            break;
          }
          if (c === LF) line++;
          else if (c === CR && text.charCodeAt(j + 1) !== LF) line++;
          j++;
        }
        setFlag(starts.length, 1 | escaped);
        starts.push(i + 1);
        ends.push(Math.min(j, n));
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
        setFlag(starts.length, 0);
        starts.push(start);
        ends.push(i);
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
  const cellCount = starts.length;
  const firsts = recordFirst.data;
  const records = recordFirst.length;
  const lines = recordLine.data;
  const s = starts.data;
  const e = ends.data;
  const fl = flagBytes;

  const width = (r: number): number => (r + 1 < records ? firsts[r + 1] : cellCount) - firsts[r];
  return {
    length: records,
    unterminatedQuoteLine: unterminated,
    width,
    rowNumber: (r) => lines[r],
    cell(r: number, c: number): unknown {
      if (c >= width(r)) return null;
      const k = firsts[r] + c;
      const a = s[k];
      const b = e[k];
      if (a === b) return null;
      const v = text.slice(a, b);
      return fl[k] & 2 ? v.replace(/""/g, '"') : v;
    },
  };
}
