/**
 * Column widths that fit what the columns show, so no number prints as "###" and no label in
 * column A is cut off at the default widths. Widths are in Excel's unit (the width of a "0" in the
 * default 11 pt font); a value is measured as the cell displays it under its number format.
 */
import { serialToIso } from '../data/calendar';
import { isFormula, type Cell, type SheetSpec } from './model';

/** Full-width characters (CJK, full-width punctuation) take about two digit widths. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CJK_FACTOR = 2.1;

/** Width of `text` in digit widths at `size` points (bold a little wider). */
export function textWidth(text: string, size = 11, bold = false): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? CJK_FACTOR : ch === ' ' || ch === '.' || ch === ',' || ch === ':' ? 0.55 : 1;
  return (w * size) / 11 * (bold ? 1.08 : 1);
}

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The text a number shows under one of the kit's formats (src/sheets/formats.ts), close enough to measure. */
export function formatted(value: number, format: string | undefined): string {
  if (!format || format === 'General') {
    const s = String(Math.round(value * 1e9) / 1e9);
    return s.length > 11 ? value.toExponential(5) : s;
  }
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0] ?? format;
  if (/y/.test(section)) {
    const iso = serialToIso(Math.floor(value));
    return section.includes('dd') ? iso : iso.slice(0, 7);
  }
  const literal = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  const body = section.replace(/"[^"]*"/g, '');
  const percent = body.includes('%');
  const x = Math.abs(percent ? value * 100 : value);
  const decimals = (/\.(0+)/.exec(body)?.[1] ?? '').length;
  const [int, frac] = x.toFixed(decimals).split('.');
  const digits = body.includes(',') ? grouped(int) : int;
  return `${value < 0 && !section.includes('-') ? '-' : section.startsWith('-') ? '-' : ''}${literal}${digits}${frac ? `.${frac}` : ''}${percent ? '%' : ''}`;
}

function shown(cell: Cell, format: string | undefined): { text: string; number: boolean } | null {
  const v = isFormula(cell) ? cell.value : cell;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return { text: formatted(v, format), number: true };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', number: true };
  return { text: v, number: v.startsWith('#') };
}

/** Room a cell needs beyond its text (margins; a table header's filter button). */
const PADDING = 1.6;
/** A number is right-aligned: a little more room keeps it off the text that starts the next column. */
const NUMBER_PADDING = 2.6;
const FILTER_BUTTON = 2.2;
/** A text column is never widened past this unless its builder asks: longer text wraps or runs on. */
const TEXT_CAP = 48;
const MIN_WIDTH = 4;

/**
 * The width every used column needs: numbers and dates always fit (a number too wide prints as
 * "###") and so do table headers, text up to the builder's width for the column or TEXT_CAP. Titles, headings and intro
 * lines (text in a block with a type size of its own) are left out: they run on into the empty
 * cells beside them.
 */
export function fittedWidths(sheet: SheetSpec): Record<number, number> {
  const need = new Map<number, number>();
  const textNeed = new Map<number, number>();
  const put = (col: number, width: number, number: boolean) => {
    const m = number ? need : textNeed;
    m.set(col, Math.max(m.get(col) ?? 0, width));
  };
  for (const b of sheet.blocks) {
    // Text in its own type size (a title, a block's heading, an intro line) runs on into the empty cells beside it.
    const title = b.fontSize !== undefined;
    b.cells.forEach((line) =>
      line.forEach((cell, c) => {
        const s = shown(cell, b.numberFormats?.[c] ?? undefined);
        // A figure in large type must fit.
        if (s && !(title && !s.number)) put(b.origin.col + c, textWidth(s.text, b.fontSize ?? 11, b.bold) + (s.number ? NUMBER_PADDING : PADDING), s.number);
      }),
    );
  }
  for (const t of sheet.tables) {
    t.columns.forEach((c, k) => {
      const col = t.origin.col + k;
      // A header is the column's label: it always fits, beside its filter button.
      put(col, textWidth(c.header, 11, true) + PADDING + FILTER_BUTTON, true);
      for (const row of t.rows) {
        const s = shown(row[k] ?? null, c.numberFormat);
        if (s) put(col, textWidth(s.text) + (s.number ? NUMBER_PADDING : PADDING), s.number);
      }
    });
  }
  const asked = new Map<number, number>();
  for (const t of sheet.tables) t.columns.forEach((c, k) => c.width && asked.set(t.origin.col + k, c.width));
  for (const [col, w] of Object.entries(sheet.columnWidths ?? {})) asked.set(Number(col), w);
  const out: Record<number, number> = {};
  for (const col of new Set([...need.keys(), ...textNeed.keys(), ...asked.keys()])) {
    const cap = Math.max(asked.get(col) ?? TEXT_CAP, MIN_WIDTH);
    const width = Math.max(need.get(col) ?? 0, Math.min(textNeed.get(col) ?? 0, cap), asked.has(col) ? Math.min(asked.get(col)!, cap) : 0, MIN_WIDTH);
    out[col] = Math.round(width * 10) / 10;
  }
  return out;
}

/** Sets every used column's width to what it needs (see fittedWidths). */
export function fitColumns(sheet: SheetSpec): void {
  sheet.columnWidths = fittedWidths(sheet);
  for (const t of sheet.tables) t.columns.forEach((c, k) => (c.width = sheet.columnWidths![t.origin.col + k]));
}
