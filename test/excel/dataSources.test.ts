import { listDataSources, readAndParse } from '../../src/excel/dataSources';
import { FakeEnv } from './fakeExcel';
import { refusal, rejection } from '../support/hostProblems';

function workbook(): FakeEnv {
  const env = new FakeEnv();
  const s = env.state.addSheet('Pipeline');
  const rows = [
    ['Date', 'Owner', 'Customer', 'Stage', 'Status', 'Expected date'],
    [45700, 'Li', 'Acme', '意向', 'In progress', 45720],
    [45701, 'Wang', 'Beta', 'Won', '已完成', ''],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => env.state.setCell(s, i, j, v)));
  env.state.addTable(s, { row: 0, col: 0, rows: 3, cols: 6 }).name = 'Deals';
  const t = env.state.addSheet('Loose');
  [['Salesperson', 'Region', 'Team', 'Level'], ['Li', 'East', 'E1', 'Senior']].forEach((r, i) => r.forEach((v, j) => env.state.setCell(t, i + 4, j + 1, v)));
  env.state.active = 1;
  return env;
}

describe('data sources', () => {
  it('lists tables and the active sheet’s used range with headers, rows and kind, in two syncs', async () => {
    const env = workbook();
    const list = await env.run((c) => listDataSources(c));
    expect(list).toEqual([
      { id: 'Deals', label: 'Deals (Pipeline)', kind: 'table', rows: 2, headers: ['Date', 'Owner', 'Customer', 'Stage', 'Status', 'Expected date'], detected: 'pipeline' },
      { id: "'Loose'!B5:E6", label: 'Loose!B5:E6', kind: 'range', rows: 1, headers: ['Salesperson', 'Region', 'Team', 'Level'], detected: 'unknown' },
    ]);
    expect(env.totalSyncs).toBe(2);
  });

  it('reads a table or a range and parses it', async () => {
    const env = workbook();
    const parsed = await env.run((c) => readAndParse(c, 'Deals'));
    if (!parsed.ok || parsed.kind !== 'pipeline') throw new Error(`not a pipeline: ${JSON.stringify(parsed)}`);
    expect(parsed.rows.map((r) => [r.owner, r.stage, r.status, r.expected])).toEqual([
      ['Li', 'intent', 'inProgress', 45720],
      ['Wang', 'won', 'done', null],
    ]);
    const reps = await env.run((c) => readAndParse(c, "'Loose'!B5:E6"));
    expect(reps).toEqual({ ok: true, kind: 'reps', rows: [{ name: 'Li', region: 'East', team: 'E1', level: 'senior' }] });
  });

  it('explains a missing or empty source', async () => {
    const env = workbook();
    expect(await rejection(env.run((c) => readAndParse(c, 'Gone')))).toEqual({ code: 'sourceMissing', params: { source: 'Gone' } });
    expect(await refusal(env.run((c) => readAndParse(c, 'Gone')))).toBe('The data source “Gone” was not found; refresh the list of sources.');
    expect(await refusal(env.run((c) => readAndParse(c, "'Nowhere'!A1:B2")), 'zh-CN')).toBe("找不到数据源“'Nowhere'!A1:B2”，请刷新数据源列表。");
    expect(await refusal(env.run((c) => readAndParse(c, "'Loose'!B5:E5")))).toBe("The data source “'Loose'!B5:E5” has no data rows.");
  });
});
