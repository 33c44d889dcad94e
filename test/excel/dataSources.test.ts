import { buildDataset } from '../../src/data/dataset';
import { listDataSources, readSource } from '../../src/excel/dataSources';
import type { RawTable } from '../../src/data/grid';
import { FakeEnv } from './fakeExcel';
import { putTable } from './tables';

function workbook(): FakeEnv {
  const env = new FakeEnv();
  putTable(env, 'Pipeline', 'Deals', [
    ['Created Date', 'Owner', 'Account Name', 'Stage', 'Status', 'Expected date'],
    [45700, 'Li', 'Acme', '意向', 'In progress', 45720],
    [45701, 'Wang', 'Beta', 'Closed Lost', '已完成', ''],
  ]);
  const loose = env.state.addSheet('Loose');
  // A title, a blank row, then the header: the used range starts at the title.
  [['Team list 2026'], [], ['Salesperson', 'Region', 'Team', 'Level'], ['Li', 'East', 'E1', 'Senior'], ['Wang', 'West', 'W1', '骨干']].forEach((r, i) =>
    r.forEach((v, j) => env.state.setCell(loose, i + 4, j + 1, v)),
  );
  env.state.active = 1;
  return env;
}

const read = async (env: FakeEnv, id: string, budget?: number): Promise<RawTable> => {
  const t = await env.run((c) => readSource(c, id, { budget }));
  if ('code' in t) throw new Error(t.code);
  return t;
};
const cells = (t: RawTable): unknown[][] => Array.from({ length: t.rows }, (_, r) => t.headers.map((_, c) => t.cell(r, c)));

describe('the workbook’s tables as data', () => {
  it('lists tables and the active sheet’s used range with headers, first rows and what they hold, in three syncs', async () => {
    const env = workbook();
    const list = await env.run((c) => listDataSources(c));
    expect(list).toEqual([
      {
        id: 'Deals',
        label: 'Pipeline › Deals',
        kind: 'table',
        rows: 2,
        headers: ['Created Date', 'Owner', 'Account Name', 'Stage', 'Status', 'Expected date'],
        headerRow: 1,
        preview: [
          [45700, 'Li', 'Acme', '意向', 'In progress', 45720],
          [45701, 'Wang', 'Beta', 'Closed Lost', '已完成', ''],
        ],
        detected: 'pipeline',
      },
      {
        id: "'Loose'!B5:E9",
        label: 'Loose!B5:E9',
        kind: 'range',
        rows: 2,
        headers: ['Salesperson', 'Region', 'Team', 'Level'],
        headerRow: 7,
        preview: [
          ['Li', 'East', 'E1', 'Senior'],
          ['Wang', 'West', 'W1', '骨干'],
        ],
        detected: 'reps',
      },
    ]);
    expect(env.totalSyncs).toBe(3);
  });

  it('reads a table or a range with its rows numbered as the sheet numbers them', async () => {
    const env = workbook();
    const deals = await read(env, 'Deals');
    expect([deals.source, deals.headerRow, deals.rowNumber(0), deals.rowNumber(1)]).toEqual(['Pipeline › Deals', 1, 2, 3]);
    expect(cells(deals)[1]).toEqual([45701, 'Wang', 'Beta', 'Closed Lost', '已完成', null]);
    const team = await read(env, "'Loose'!B5:E9");
    expect([team.source, team.headerRow, team.rowNumber(0), team.headers]).toEqual(['Loose!B5:E9', 7, 8, ['Salesperson', 'Region', 'Team', 'Level']]);
    const result = buildDataset([
      { table: deals, file: 'Deals' },
      { table: team, file: 'Loose' },
    ]);
    // Without a deals table there is nothing to generate from, and the message says so.
    expect(result.problems.map((p) => p.code)).toEqual(['noDeals']);
    expect(result.tables.map((t) => [t.kind, t.rows])).toEqual([
      ['pipeline', 2],
      ['reps', 2],
    ]);
  });

  it('reports a table that is gone', async () => {
    const env = workbook();
    expect(await env.run((c) => readSource(c, 'Gone'))).toEqual({ code: 'sourceMissing', params: { source: 'Gone' }, severity: 'error' });
    expect(await env.run((c) => readSource(c, "'Nowhere'!A1:B2"))).toMatchObject({ code: 'sourceMissing' });
  });

  it('halves a chunk Excel refuses as too large and asks again', async () => {
    const env = new FakeEnv();
    const rows: unknown[][] = [['Customer', 'Date', 'Amount', 'Rep', 'Notes']];
    // Short rows first, then long ones: the chunk sized from the short rows is too large.
    for (let i = 0; i < 3_000; i++) rows.push([`C${i}`, 45300, 10, 'Ann', i < 1_000 ? '' : 'x'.repeat(400)]);
    putTable(env, 'S', 'T', rows);
    env.responseLimit = 200_000;
    const t = await read(env, 'T', 150_000);
    expect(t.rows).toBe(3_000);
    expect(t.cell(2_999, 4)).toBe('x'.repeat(400));
    const refused = env.syncs.filter((s) => s.responseBytes > env.responseLimit);
    expect(refused.length).toBeGreaterThan(0);
    expect(env.contexts.flatMap((c) => c.syncs).filter((s) => s.responseBytes > 0 && s.responseBytes <= env.responseLimit).length).toBeGreaterThan(3);
  });
});

describe('a quota table with a column per month in Excel', () => {
  it('is listed and read as quotas per rep and month, with the long form in the mapping step', async () => {
    const env = new FakeEnv();
    putTable(env, 'Plan', 'Quotas', [
      ['Sales Rep', 'Jan 2026', 'Feb 2026'],
      ['Li', 5000, 5200],
      ['Wang', 4000, ''],
    ]);
    const [listed] = await env.run((c) => listDataSources(c));
    expect(listed).toMatchObject({
      id: 'Quotas',
      detected: 'quotas',
      headers: ['Sales Rep', 'Period', 'Quota'],
      preview: [
        ['Li', 'Jan 2026', 5000],
        ['Li', 'Feb 2026', 5200],
        ['Wang', 'Jan 2026', 4000],
      ],
    });
    const t = await read(env, 'Quotas');
    expect(cells(t)).toEqual([
      ['Li', 'Jan 2026', 5000],
      ['Li', 'Feb 2026', 5200],
      ['Wang', 'Jan 2026', 4000],
    ]);
    expect([0, 1, 2].map((r) => t.rowNumber(r))).toEqual([2, 2, 3]);
  });
});
