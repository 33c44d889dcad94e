/**
 * A user's mapping of a column to a field, for headers the built-in synonyms do not know
 * (`--map "Header=field"` on the command line, the pane's mapping step, a template's `mappings`).
 *
 * The field is written `field` (the field of that name in whatever table the column is in),
 * `kind.field` (only in a table of that kind, which also decides the table's kind), or `ignore`
 * (the column is not read even though its header looks like a field).
 */
import { ALL_FIELD_KEYS, fieldSpec, normaliseHeader, TABLE_KINDS, type TableKind } from './fields';
import { problem, type DataProblem } from './problems';

export interface ColumnMapping {
  header: string;
  field: string;
}

export const IGNORE = 'ignore';

/** What a mapping means for a table of `kind`: a field of it, 'ignore', or null (not this kind's). */
export function mappedField(mapping: ColumnMapping, kind: TableKind): string | null {
  if (mapping.field === IGNORE) return IGNORE;
  const dot = mapping.field.indexOf('.');
  if (dot >= 0) {
    if (mapping.field.slice(0, dot) !== kind) return null;
    const field = mapping.field.slice(dot + 1);
    return field === IGNORE || fieldSpec(kind, field) ? field : null;
  }
  return fieldSpec(kind, mapping.field) ? mapping.field : null;
}

/** The kind a mapping names (`deals.amount` → deals), or null. */
export function mappedKind(mapping: ColumnMapping): TableKind | null {
  const dot = mapping.field.indexOf('.');
  return dot >= 0 ? (mapping.field.slice(0, dot) as TableKind) : null;
}

/** True when the field part names something that exists. */
export function isKnownField(field: string): boolean {
  if (field === IGNORE) return true;
  const dot = field.indexOf('.');
  if (dot < 0) return ALL_FIELD_KEYS.includes(field);
  const kind = field.slice(0, dot) as TableKind;
  const rest = field.slice(dot + 1);
  return TABLE_KINDS.includes(kind) && (rest === IGNORE || fieldSpec(kind, rest) !== undefined);
}

/** "Header=field" as typed on the command line (the last "=" separates them). */
export function parseMapping(text: string): ColumnMapping | DataProblem {
  const eq = text.lastIndexOf('=');
  const header = eq > 0 ? text.slice(0, eq).trim() : '';
  const field = eq > 0 ? text.slice(eq + 1).trim() : '';
  if (header === '' || field === '') return problem('badMapping', { mapping: text });
  if (!isKnownField(field)) return problem('unknownField', { mapping: text });
  return { header, field };
}

/** The mappings that apply to a header (compared as recognition compares headers). */
export function mappingsFor(mappings: readonly ColumnMapping[], header: string): ColumnMapping[] {
  const key = normaliseHeader(header);
  return mappings.filter((m) => normaliseHeader(m.header) === key);
}
