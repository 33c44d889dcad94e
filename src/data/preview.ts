/**
 * The first rows of a table as they will be read, field by field, for the pane's mapping step:
 * each cell's value as the product understands it (an ISO date, a number, a share in percent), or
 * the problem it would be reported with. The same TableReader reads them as reads the whole table.
 */
import { Names, ProblemSink, TableReader } from './cells';
import { fieldSpec, type TableKind } from './fields';
import { arrayTable } from './grid';
import type { DataProblem } from './problems';
import type { Recognition } from './recognise';
import { serialToIso } from './calendar';

export type PreviewCell = { value: string } | { problem: DataProblem };

const read = (reader: TableReader, r: number, field: string): string | null => {
  const spec = fieldSpec(reader.kind, field);
  switch (spec?.type) {
    case 'amount':
      return fmt(reader.amount(r, field, { negative: reader.kind === 'payments' }));
    case 'date': {
      const d = reader.date(r, field);
      return d === null ? null : serialToIso(d);
    }
    case 'period':
      return reader.period(r, field);
    case 'year':
      return fmt(reader.year(r, field));
    case 'share': {
      const s = reader.share(r, field);
      return s === null ? null : `${+(s * 100).toFixed(4)}%`;
    }
    case 'count':
      return fmt(reader.count(r, field));
    case 'score':
      return fmt(reader.score(r, field));
    case 'stage':
      return reader.stage(r, field);
    case 'status':
      return reader.status(r, field);
    case 'level':
      return reader.level(r, field);
    case 'currency':
      return reader.currency(r, field);
    case 'rate':
      return fmt(reader.rate(r, field));
    case 'id':
      return reader.id(r, field);
    default:
      return reader.text(r, field);
  }
};
const fmt = (n: number | null): string | null => (n === null ? null : String(n));

/** Every recognised field's value in each of `rows` (the table's first rows), in field order. */
export function previewRows(
  kind: TableKind,
  recognition: Recognition,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  source: string,
  firstRow: number,
): { fields: string[]; rows: PreviewCell[][] } {
  const fields = Object.keys(recognition.columns).sort((a, b) => recognition.columns[a] - recognition.columns[b]);
  const table = arrayTable(source, headers, rows);
  const numbered = { ...table, rowNumber: (r: number) => firstRow + r };
  const out: PreviewCell[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const line: PreviewCell[] = [];
    for (const field of fields) {
      const sink = new ProblemSink();
      const reader = new TableReader(numbered, kind, recognition, sink, new Names());
      const value = read(reader, r, field);
      const [problem] = sink.list();
      line.push(problem ? { problem } : { value: value ?? '' });
    }
    out.push(line);
  }
  return { fields, rows: out };
}
