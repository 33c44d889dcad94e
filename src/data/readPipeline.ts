/**
 * The pipeline (the tracking sheet): deals being worked, with their stage. Stages and statuses are
 * read from English and Chinese words and CRM stage names (values.ts › STAGE_WORDS); a blank
 * status follows the stage (won or lost is done, anything else in progress).
 */
import type { TableReader } from './cells';
import type { PipelineRow } from './model';
import { isBlank } from './values';

export function readPipeline(reader: TableReader, into: PipelineRow[]): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'customer')) || isBlank(reader.raw(r, 'date')))) continue;
    const date = reader.date(r, 'date', true);
    const owner = reader.name(r, 'owner', true);
    const customer = reader.text(r, 'customer', true);
    const stage = reader.stage(r, 'stage', true);
    const status = reader.status(r, 'status');
    const expected = reader.date(r, 'expected');
    const industry = reader.text(r, 'industry') ?? '';
    const action = reader.text(r, 'action') ?? '';
    const notes = reader.text(r, 'notes') ?? '';
    if (reader.bad || date === null || owner === null || customer === null || stage === null) continue;
    into.push({
      date,
      owner,
      customer,
      industry,
      stage,
      action,
      status: status ?? (stage === 'won' || stage === 'lost' ? 'done' : 'inProgress'),
      expected,
      notes,
      ref: { source: t.source, row: t.rowNumber(r) },
    });
  }
  return reader.rows;
}
