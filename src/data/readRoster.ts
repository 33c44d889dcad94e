/**
 * The roster: one row per rep with region, team, level, start and end dates and manager. Names
 * are unique (compared as `nameKey` compares them); the roster's spelling is the one every other
 * table's names are shown in, because the roster is read first.
 */
import type { TableReader } from './cells';
import type { Rep } from './model';
import { problem, type Place } from './problems';
import { isBlank } from './values';
import { serialToIso } from './calendar';

export function readRoster(reader: TableReader, into: Rep[], seen: Map<string, Place>): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'name')))) continue;
    const name = reader.name(r, 'name', true);
    const region = reader.text(r, 'region');
    const team = reader.text(r, 'team');
    const level = reader.level(r, 'level');
    const start = reader.date(r, 'start');
    const end = reader.date(r, 'end');
    const manager = reader.name(r, 'manager');
    if (reader.bad || name === null) continue;
    const first = seen.get(name);
    if (first) {
      reader.fail(problem('duplicateRep', { rep: name, first }, reader.place(r, 'name')));
      continue;
    }
    if (start !== null && end !== null && end < start) {
      reader.fail(problem('endBeforeStart', { start: serialToIso(start), end: serialToIso(end) }, reader.place(r, 'end')));
      continue;
    }
    seen.set(name, reader.place(r));
    into.push({ name, region, team, level, start, end, manager, ref: { source: t.source, row: t.rowNumber(r) } });
  }
  return reader.rows;
}
