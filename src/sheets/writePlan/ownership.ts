/**
 * What the add-in wrote into a workbook, recorded so a later run recognises its own sheets and
 * tables by an id the host gave them, never by a name a user could also choose: Office.js
 * worksheet and table ids (kept in a workbook setting), or in a .xlsx file the sheet's id with a
 * random token (kept in a custom XML part and in a hidden sheet-scoped name the token spells).
 * Both writers read and write this one format.
 *
 * Besides identity it keeps what a refresh needs to merge: each table's headers and the keys of
 * the rows the add-in wrote (so a row the user appended is told from one whose key left the
 * data), and the areas, rules and charts the add-in wrote (so they can be rewritten without
 * touching the user's).
 */
import type { SheetKind } from '../model';
import { SHEET_KINDS } from '../model';

export interface OwnedTable {
  /** The host's id of the table. */
  id: string;
  /** The builders' name of the table (TableSpec.name): which table of the sheet it is. */
  spec: string;
  /** Top-left cell of the header row when last written ("A3"): a table found elsewhere has been moved. */
  origin: string;
  /** The add-in's headers as last written, left to right. */
  headers: string[];
  /** Hashes (keyHash) of the keys of the rows the add-in wrote and has not seen deleted. */
  keys: string[];
}

export interface OwnedRule {
  range: string;
  formula: string;
  fill: string;
  fontColor?: string;
  stopIfTrue?: boolean;
  priority: number;
}

export interface OwnedScale {
  range: string;
  colors: string[];
}

export interface OwnedSheet {
  /** The host's id of the sheet. */
  id: string;
  /** .xlsx only: the random token of the sheet's hidden marker name. */
  token?: string;
  kind: SheetKind;
  slot: string;
  /** The add-in's blocks (titles, funnels, settings) as last written: "B2:F9". */
  blocks: string[];
  tables: OwnedTable[];
  /** Conditional formats the add-in wrote, whole, so a failed refresh can put them back. */
  rules: OwnedRule[];
  /** Ranges of the drop-down lists the add-in wrote. */
  lists: string[];
  /** Color scales (heat maps) the add-in wrote. */
  scales: OwnedScale[];
  /** The add-in's charts: the host's id and the ranges they were last pointed at. */
  charts: { id: string; title: string; categories: string; values: string[] }[];
}

export interface Ownership {
  version: 2;
  sheets: OwnedSheet[];
  /** Defined names the add-in created. Names are never repointed once they exist. */
  names: string[];
}

export const emptyOwnership = (): Ownership => ({ version: 2, sheets: [], names: [] });

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((e): e is string => typeof e === 'string') : []);
const obj = (x: unknown): Record<string, unknown> => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.map(obj) : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/**
 * The record from its stored JSON (text or parsed). Anything unreadable counts as no record: the
 * add-in then owns nothing and creates new sheets rather than risk a user's. The first format
 * (version 1) listed names only; its names are kept, its sheets and tables were recorded by name
 * and are not trusted.
 */
export function parseOwnership(stored: unknown): Ownership {
  let v = stored;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyOwnership();
    }
  }
  const o = obj(v);
  if (o.version === 1) return { version: 2, sheets: [], names: strings(o.names) };
  if (o.version !== 2) return emptyOwnership();
  const kinds = new Set<string>(SHEET_KINDS);
  const sheets = list(o.sheets)
    .filter((s) => str(s.id) !== '' && kinds.has(str(s.kind)))
    .map<OwnedSheet>((s) => ({
      id: str(s.id),
      ...(typeof s.token === 'string' ? { token: s.token } : {}),
      kind: str(s.kind) as SheetKind,
      slot: str(s.slot),
      blocks: strings(s.blocks),
      tables: list(s.tables)
        .filter((t) => str(t.id) !== '')
        .map((t) => ({ id: str(t.id), spec: str(t.spec), origin: str(t.origin), headers: strings(t.headers), keys: strings(t.keys) })),
      rules: list(s.rules).map((r) => ({
        range: str(r.range),
        formula: str(r.formula),
        fill: str(r.fill),
        ...(typeof r.fontColor === 'string' ? { fontColor: r.fontColor } : {}),
        ...(r.stopIfTrue === true ? { stopIfTrue: true } : {}),
        priority: typeof r.priority === 'number' ? r.priority : 0,
      })),
      lists: strings(s.lists),
      scales: list(s.scales).map((c) => ({ range: str(c.range), colors: strings(c.colors) })),
      charts: list(s.charts).map((c) => ({ id: str(c.id), title: str(c.title), categories: str(c.categories), values: strings(c.values) })),
    }));
  return { version: 2, sheets, names: strings(o.names) };
}

export const serializeOwnership = (o: Ownership): string => JSON.stringify(o);

const lower = (s: string): string => s.toLowerCase();
export const ownsName = (o: Ownership, name: string): boolean => o.names.some((n) => lower(n) === lower(name));

/** The record with these names added (each once). */
export function withNames(o: Ownership, names: readonly string[]): Ownership {
  const out = [...o.names];
  for (const n of names) if (!out.some((x) => lower(x) === lower(n))) out.push(n);
  return { ...o, names: out };
}

/**
 * A row key as stored: a 53-bit hash of the key's cells, in base 36. A collision could only make
 * a row the user appended look like one the add-in wrote (it would then be flagged, never
 * deleted); at 53 bits that is negligible for any table a workbook holds.
 */
export function keyHash(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
