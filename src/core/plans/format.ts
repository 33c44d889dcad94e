import type Decimal from 'decimal.js';
import { HUNDRED } from '../money';

/** Excel serial 0 is 1899-12-30 (serials count from there, keeping Excel's 1900 leap-year quirk behind serial 60). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-07-01" → 46204; null for anything that is not a real yyyy-mm-dd date. */
export function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (serialToIso((ms - EPOCH_MS) / DAY_MS) !== m[0]) return null;
  return (ms - EPOCH_MS) / DAY_MS;
}

/** 1234567.5 → "1,234,567.50": statements show money the way finance reads it. */
export function fmtMoney(x: Decimal, decimals: number): string {
  const d = Math.max(0, decimals);
  // Most amounts already sit on the minor unit: toString and padding skip toFixed's rounding copy.
  let s: string;
  if (x.decimalPlaces() <= d && x.e < 15 && x.e > -7) {
    s = x.toString();
    const dot = s.indexOf('.');
    const have = dot < 0 ? 0 : s.length - dot - 1;
    if (d > 0) s += (dot < 0 ? '.' : '') + '0'.repeat(d - have);
  } else {
    s = x.toFixed(d);
  }
  const neg = s.charCodeAt(0) === 45;
  const dot = s.indexOf('.');
  const intEnd = dot < 0 ? s.length : dot;
  const intStart = neg ? 1 : 0;
  // A plain loop: this runs for every amount of every explanation (hundreds of thousands per run).
  let out = neg ? '-' : '';
  for (let i = intStart; i < intEnd; i++) {
    if (i > intStart && (intEnd - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return dot < 0 ? out : out + s.slice(dot);
}

/** 0.015 → "1.5%"; up to four decimals of a percent, trailing zeros dropped. */
export function fmtPercent(x: Decimal): string {
  return `${x.mul(HUNDRED).toDecimalPlaces(4).toString()}%`;
}
