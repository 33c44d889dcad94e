/**
 * Which kind of table a header row is, and which column holds each field. A user's mapping wins
 * over the built-in synonyms; among synonyms the better-ranked one wins (fields.ts); a column
 * that matches nothing, or loses to a better column for the same field, is ignored and listed.
 *
 * The kind is the one whose required fields are all present; a table with a field only one kind
 * has (Stage, Target, Commission paid, Leads …) is that kind; otherwise the kind matching the most
 * columns wins, in the order of TABLE_KINDS on a tie (deals first); a kind's signature does not
 * count when the table is also complete as a kind it yields to. A table matching more columns
 * of a kind whose required fields it lacks is reported as that kind, incomplete.
 */
import { matchHeader, TABLE_KINDS, TABLES, type TableKind } from './fields';
import type { Grid } from './grid';
import { monthColumns } from './monthColumns';
import { IGNORE, mappedField, mappedKind, mappingsFor, type ColumnMapping } from './mapping';

export interface Recognition {
  /** null when no kind has all its required fields. */
  kind: TableKind | null;
  /** Column index of every field found. */
  columns: Record<string, number>;
  /** Headers read for no field, in table order (empty headers are not listed). */
  ignored: string[];
  /** For an unrecognised table: the kind it comes closest to, and what that kind lacks. */
  closest: TableKind | null;
  missing: string[];
  /** Kinds named by conflicting `kind.field` mappings on this table. */
  conflict: TableKind[];
}

interface Fit {
  columns: Record<string, number>;
  ignored: string[];
  missing: string[];
}

/** The columns of each field of `kind` in `headers`. */
export function fitKind(kind: TableKind, headers: readonly string[], mappings: readonly ColumnMapping[]): Fit {
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  // 1. The user's mappings.
  headers.forEach((h, c) => {
    if (h === '') return;
    for (const m of mappingsFor(mappings, h)) {
      const field = mappedField(m, kind);
      if (field === null) continue;
      taken.add(c);
      if (field !== IGNORE && columns[field] === undefined) columns[field] = c;
      break;
    }
  });
  // 2. Synonyms, best rank first, then the leftmost column.
  const best = new Map<string, { col: number; rank: number }>();
  headers.forEach((h, c) => {
    if (h === '' || taken.has(c)) return;
    const hit = matchHeader(kind, h);
    if (!hit || columns[hit.field] !== undefined) return;
    const seen = best.get(hit.field);
    if (!seen || hit.rank < seen.rank) best.set(hit.field, { col: c, rank: hit.rank });
  });
  for (const [field, { col }] of best) columns[field] = col;
  const used = new Set(Object.values(columns));
  const ignored = headers.filter((h, c) => h !== '' && !used.has(c));
  const spec = TABLES[kind];
  const missing = spec.required.filter((f) => columns[f] === undefined);
  for (const group of spec.oneOf) if (!group.some((f) => columns[f] !== undefined)) missing.push(group.join('|'));
  return { columns, ignored, missing };
}

/**
 * Recognises a table from its headers. `forced` is a kind the user chose for it (the pane);
 * a `kind.field` mapping on one of its headers forces that kind too.
 */
export function recognise(headers: readonly string[], mappings: readonly ColumnMapping[] = [], forced?: TableKind): Recognition {
  const named = new Set<TableKind>();
  for (const h of headers) for (const m of mappingsFor(mappings, h)) {
    const k = mappedKind(m);
    if (k) named.add(k);
  }
  const conflict = named.size > 1 ? [...named] : [];
  const candidates: readonly TableKind[] = forced ? [forced] : named.size === 1 ? [...named] : TABLE_KINDS;
  let winner: { kind: TableKind; fit: Fit; score: number } | null = null;
  let closest: { kind: TableKind; fit: Fit; share: number; found: number } | null = null;
  const fits = candidates.map((kind) => ({ kind, fit: fitKind(kind, headers, mappings) }));
  const complete = new Set(fits.filter((x) => x.fit.missing.length === 0).map((x) => x.kind));
  for (const { kind, fit } of fits) {
    const found = Object.keys(fit.columns).length;
    if (fit.missing.length === 0) {
      const yields = TABLES[kind].yieldsTo?.some((k) => complete.has(k)) ?? false;
      const signature = !yields && TABLES[kind].signature.some((f) => fit.columns[f] !== undefined);
      const score = (signature ? 1000 : 0) + found;
      if (!winner || score > winner.score) winner = { kind, fit, score };
    } else {
      const required = TABLES[kind].required.length + TABLES[kind].oneOf.length;
      const share = (required - fit.missing.length) / required;
      if (share > 0 && (!closest || share > closest.share)) closest = { kind, fit, share, found };
    }
  }
  // A table that matches more columns of a kind it is incomplete for than of the kind it fits is
  // that kind with columns missing (a deals export without its date is not a roster of its reps).
  const outmatched = winner && closest && closest.found > Object.keys(winner.fit.columns).length;
  if (winner && conflict.length === 0 && !outmatched) {
    return { kind: winner.kind, columns: winner.fit.columns, ignored: winner.fit.ignored, closest: null, missing: [], conflict };
  }
  const near = closest ?? (forced ? { kind: forced, fit: fitKind(forced, headers, mappings) } : null);
  return {
    kind: null,
    columns: near?.fit.columns ?? {},
    ignored: near?.fit.ignored ?? headers.filter((h) => h !== ''),
    closest: near?.kind ?? null,
    missing: near?.fit.missing ?? [],
    conflict,
  };
}

const recordHeaders = (grid: Grid, r: number): string[] => {
  const out: string[] = [];
  for (let c = 0; c < grid.width(r); c++) {
    const v = grid.cell(r, c);
    out.push(v === null || v === undefined ? '' : String(v).trim());
  }
  return out;
};

/** How far down a title block above the header row may reach (ERP exports put a report title and filters there). */
const HEADER_SEARCH_ROWS = 10;

/**
 * The record holding the header row: the first of the first few records that is recognised as a
 * table, else the first record with at least two filled cells, else the first record.
 */
export function locateHeader(grid: Grid, mappings: readonly ColumnMapping[] = []): number {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  let firstFilled = -1;
  for (let r = 0; r < limit; r++) {
    const headers = recordHeaders(grid, r);
    if (recognise(headers, mappings).kind !== null || monthColumns(headers) !== null) return r;
    if (firstFilled < 0 && headers.filter((h) => h !== '').length >= 2) firstFilled = r;
  }
  return Math.max(firstFilled, 0);
}
