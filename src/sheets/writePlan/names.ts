/**
 * Sheet names and identifiers (table and defined names) as Excel accepts them, and the free name
 * the writers take when the asked one is taken. The one place both writers and the builders get
 * them from, so a name is cleaned and made unique the same way everywhere.
 */

/** Characters Excel refuses in a sheet name. */
const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts for a sheet: no \ / ? * [ ] :, no apostrophe at either end, 1–31 characters. */
export function cleanSheetName(name: string): string {
  const s = name.replace(INVALID_SHEET_CHARS, '_').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME).replace(/'+$/, '').trim();
  // "History" is reserved by Excel (the change-history sheet).
  return !s || s.toLowerCase() === 'history' ? `${s || 'Sheet'}_` : s;
}

/** The first of "Name", "Name (2)", "Name (3)"… (≤ 31 characters) not in `taken` (lower-case). */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** An identifier Excel accepts for a table or defined name: letters, digits, _ and ., not a cell address. */
export function cleanIdentifier(name: string, maxLength = 250): string {
  let s = name.replace(/[^A-Za-z0-9_.\u0080-\uFFFF]/g, '_');
  if (!/^[A-Za-z_\u0080-\uFFFF]/.test(s)) s = `_${s}`;
  // "A1", "R1C1" or "XFD1048576" would be read as a reference.
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[Rr]\d*[Cc]\d*$/.test(s)) s = `_${s}`;
  return s.slice(0, maxLength);
}

/** The first of "X", "X_2", "X_3"… not in `taken` (lower-case; tables and names share one namespace). */
export function freeIdentifier(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) {
    const candidate = `${wanted}_${k}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
