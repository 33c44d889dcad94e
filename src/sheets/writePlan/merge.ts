/**
 * How a refresh merges a table's new data into the table the add-in wrote before, rows matched by
 * key (rules: TableSpec.key / userColumns):
 * - a row whose key is still in the data stays where it is and gets the add-in's columns rewritten;
 *   the user's columns, and columns the user added to the table, are not touched;
 * - a key new to the data fills a blank row of the table or is appended at its end;
 * - a row the add-in wrote whose key left the data stays, with everything in it, and is flagged
 *   in the status column;
 * - a row the user appended (a key the add-in never wrote) stays as it is.
 * Rows keep their positions, so cells beside the table stay in line with their rows. Columns are
 * matched by the header the add-in last wrote (or the new header), so a column the user inserted
 * or a language switch moves nothing.
 */
import type { Cell, TableSpec } from '../model';
import { keyPart } from './cells';
import { keyHash, type OwnedTable } from './ownership';

export type RowSource =
  /** A row of the new data (spec row `spec`), `fresh` when it is written whole (new key or reused blank row). */
  | { kind: 'data'; spec: number; fresh: boolean }
  | { kind: 'vanished' }
  | { kind: 'user' };

export interface TableLayout {
  /** Data rows after the merge, top to bottom, and where each comes from. */
  rows: RowSource[];
  /** Table column (0-based from the table's first column) of each spec column. */
  columns: number[];
  /** Columns of the table after the merge. */
  width: number;
  /** Final data-row index of each spec row. */
  position: number[];
  /** Hashes of the keys of the rows the add-in now answers for (data and flagged rows). */
  keys: string[];
  flagged: number;
}

export type MergeResult = { ok: true; layout: TableLayout } | { ok: false; missingKey: string };

const KEY_SEP = '\u0001';
const rowKey = (cells: readonly unknown[], columns: readonly number[]): string => columns.map((c) => keyPart(cells[c])).join(KEY_SEP);
const blank = (cells: readonly unknown[]): boolean => cells.every((v) => v === null || v === undefined || v === '');

/** Hashes of the keys of `rows` (each key numbered by its occurrence, top-down). */
function hashes(rows: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return keyHash(`${k}#${n}`);
  });
}

/** Layout of a table written for the first time: the spec's rows, in order (at least one row). */
export function freshLayout(spec: TableSpec): TableLayout {
  const n = spec.rows.length;
  const rows: RowSource[] = n > 0 ? spec.rows.map((_, i) => ({ kind: 'data', spec: i, fresh: true })) : [{ kind: 'user' }];
  return {
    rows,
    columns: spec.columns.map((_, j) => j),
    width: spec.columns.length,
    position: spec.rows.map((_, i) => i),
    keys: spec.key.length > 0 ? hashes(spec.rows.map((r) => rowKey(r, spec.key))) : [],
    flagged: 0,
  };
}

/**
 * Merges `spec` into an existing table whose values (header row first) are `values`, last
 * written with the headers and keys of `owned`.
 */
export function mergeTable(spec: TableSpec, values: readonly (readonly unknown[])[], owned: OwnedTable): MergeResult {
  const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const body = values.slice(1);
  // Columns: by the header last written, else the new one; the rest are the user's.
  const claimed = new Set<number>();
  const columns: number[] = [];
  let width = header.length;
  for (let j = 0; j < spec.columns.length; j++) {
    const wanted = [owned.headers[j], spec.columns[j].header].filter((h): h is string => h !== undefined).map((h) => h.trim());
    let at = -1;
    for (const w of wanted) {
      at = header.findIndex((h, k) => h === w && !claimed.has(k));
      if (at >= 0) break;
    }
    if (at < 0) {
      if (spec.key.includes(j)) return { ok: false, missingKey: spec.columns[j].header };
      at = width++;
    }
    claimed.add(at);
    columns.push(at);
  }
  const keyColumns = spec.key.map((j) => columns[j]);

  // Existing rows by key, numbered by occurrence top-down.
  const existingKeys = body.map((r) => rowKey(r, keyColumns));
  const existingHashes = hashes(existingKeys);
  const byKey = new Map<string, number[]>();
  body.forEach((r, i) => {
    if (blank(r)) return;
    const list = byKey.get(existingKeys[i]) ?? [];
    list.push(i);
    byKey.set(existingKeys[i], list);
  });
  const rows: (RowSource | null)[] = body.map(() => null);
  const position: number[] = new Array(spec.rows.length);
  const fresh: number[] = [];
  const taken = new Map<string, number>();
  spec.rows.forEach((r, i) => {
    const k = rowKey(r, spec.key);
    const n = taken.get(k) ?? 0;
    const hit = byKey.get(k)?.[n];
    taken.set(k, n + 1);
    if (hit === undefined) fresh.push(i);
    else {
      rows[hit] = { kind: 'data', spec: i, fresh: false };
      position[i] = hit;
    }
  });
  // New keys fill blank rows first, then go at the end.
  const generated = new Set(owned.keys);
  let flagged = 0;
  const out: RowSource[] = [];
  let next = 0;
  body.forEach((r, i) => {
    const placed = rows[i];
    if (placed) return void out.push(placed);
    if (blank(r) && next < fresh.length) {
      const s = fresh[next++];
      position[s] = i;
      return void out.push({ kind: 'data', spec: s, fresh: true });
    }
    if (!blank(r) && generated.has(existingHashes[i])) {
      flagged++;
      return void out.push({ kind: 'vanished' });
    }
    out.push({ kind: 'user' });
  });
  while (next < fresh.length) {
    const s = fresh[next++];
    position[s] = out.length;
    out.push({ kind: 'data', spec: s, fresh: true });
  }
  // What the add-in answers for now, numbered in the final order.
  const finalKeys = out.map((src, i) => (src.kind === 'data' ? rowKey(spec.rows[src.spec], spec.key) : i < body.length ? existingKeys[i] : ''));
  const all = hashes(finalKeys);
  const keys = out.flatMap((src, i) => (src.kind === 'data' || src.kind === 'vanished' ? [all[i]] : []));
  return { ok: true, layout: { rows: out, columns, width, position, keys, flagged } };
}

/** Which table columns a row of the layout writes: every spec column for a fresh row, the add-in's for a matched one, the status for a flagged one. */
export function rowMask(spec: TableSpec, layout: TableLayout, source: RowSource, statusColumn: number | null): boolean[] {
  const mask = new Array<boolean>(layout.width).fill(false);
  if (source.kind === 'user') return mask;
  if (source.kind === 'vanished') {
    if (statusColumn !== null) mask[layout.columns[statusColumn]] = true;
    return mask;
  }
  const user = new Set(spec.userColumns ?? []);
  spec.columns.forEach((_, j) => {
    if (source.fresh || !user.has(j)) mask[layout.columns[j]] = true;
  });
  return mask;
}

/** The cells of a layout's rows in table columns (spec cells where a data row has them). */
export function layoutCells(spec: TableSpec, layout: TableLayout, cellAt: (specRow: number, specCol: number, finalRow: number) => Cell, flag: string, statusColumn: number | null): Cell[][] {
  return layout.rows.map((src, p) => {
    const line: Cell[] = new Array(layout.width).fill(null);
    if (src.kind === 'data') spec.columns.forEach((_, j) => (line[layout.columns[j]] = cellAt(src.spec, j, p)));
    else if (src.kind === 'vanished' && statusColumn !== null) line[layout.columns[statusColumn]] = flag;
    return line;
  });
}
