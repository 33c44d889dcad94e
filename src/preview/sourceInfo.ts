import { PREVIEW_ROWS, type RawTable } from '../data/grid';
import { recognise } from '../data/recognise';
import type { DataSourceInfo } from '../host/types';

/** A table read from a file, as the pane lists it: headers, first rows and what it looks like. */
export function sourceInfo(table: RawTable, id: string): DataSourceInfo {
  const preview = Array.from({ length: Math.min(PREVIEW_ROWS, table.rows) }, (_, r) => table.headers.map((_, c) => table.cell(r, c)));
  return {
    id,
    label: table.source,
    kind: 'file',
    rows: table.rows,
    headers: [...table.headers],
    headerRow: table.headerRow,
    preview,
    detected: recognise(table.headers).kind ?? 'unknown',
  };
}
