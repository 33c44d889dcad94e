/**
 * The data step's logic, without React: which tables start ticked, and what a column choice in
 * the mapping step does to the mappings.
 */
import { fieldsOf, type TableKind } from '../../data/fields';
import { IGNORE, mappedKind, mappingsFor, type ColumnMapping } from '../../data/mapping';
import { recognise, type Recognition } from '../../data/recognise';
import type { DataSourceChoice, DataSourceInfo } from '../../host/types';

/** How the data step sees one table: recognised with the mappings and the kind the user set. */
export function recognitionOf(source: DataSourceInfo, mappings: readonly ColumnMapping[], kind?: TableKind): Recognition {
  return recognise(source.headers, mappings, kind);
}

/** The tables ticked at first: every one that is recognised (the saved mappings count), so next month is one click. */
export function defaultChoices(sources: readonly DataSourceInfo[], mappings: readonly ColumnMapping[]): DataSourceChoice[] {
  return sources.filter((s) => recognitionOf(s, mappings).kind !== null).map((s) => ({ id: s.id }));
}

/**
 * The mappings after the user chose `header` (or none, '') for `field` in a table of `kind`: the
 * table's earlier choices for that header and that field are replaced. Choices are written
 * `kind.field` so they also keep the table's kind.
 */
export function chooseColumn(
  mappings: readonly ColumnMapping[],
  source: DataSourceInfo,
  kind: TableKind,
  field: string,
  header: string,
  current: Recognition,
): ColumnMapping[] {
  const own = new Set(source.headers);
  const previous = current.columns[field] === undefined ? null : source.headers[current.columns[field]];
  const touched = new Set([header, previous].filter((h): h is string => h !== null && h !== ''));
  const kept = mappings.filter((m) => !(own.has(m.header) && [...touched].some((h) => mappingsFor([m], h).length > 0)));
  const added: ColumnMapping[] = [];
  if (header !== '') added.push({ header, field: `${kind}.${field}` });
  // The column that held the field before is no longer read for it.
  if (previous !== null && previous !== header) added.push({ header: previous, field: `${kind}.${IGNORE}` });
  return [...kept, ...added];
}

/** The mappings after the user set the table's kind: the table's mappings of another kind are dropped. */
export function chooseKind(mappings: readonly ColumnMapping[], source: DataSourceInfo, kind: TableKind | null): ColumnMapping[] {
  const own = new Set(source.headers);
  return mappings.filter((m) => !own.has(m.header) || (kind !== null && mappedKind(m) === kind) || mappedKind(m) === null);
}

/** The fields a table of `kind` has, required ones first as declared. */
export const fieldList = (kind: TableKind): string[] => fieldsOf(kind);
