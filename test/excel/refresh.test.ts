/**
 * A refresh through the recording Excel fake, as a manager works (test/writePlan/scenario.ts):
 * nothing typed is lost, rows are matched by key, a vanished key is flagged, the Settings sheet's
 * values stay and its names are never repointed, the add-in's sheets and tables are known by id,
 * formulas, lists and rules follow the grown table — and a failure at any step of the refresh
 * leaves the workbook exactly as it was.
 */
import type { WorkbookWriteResult } from '../../src/excel/writeWorkbook';
import { renderWriteProblem } from '../../src/i18n';
import { N } from '../../src/sheets/settingsSheet';
import { WriteError } from '../../src/sheets/writePlan/notices';
import { FakeEnv, parseA1, type CellState } from './fakeExcel';
import { managedWorkbook, write } from './scenarioFake';
import { stateOf } from './stateOf';
import { greenCell, IMPROVEMENT_AFTER, TRACKING_AFTER, USER_SHEET } from '../writePlan/scenario';

const shown = (c: CellState): string | number => (c.kind === 'empty' ? '' : (c.value as string | number));
const rows = (env: FakeEnv, sheet: string, range: string): (string | number)[][] => {
  const r = parseA1(range);
  return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => shown(env.state.cell(env.state.sheet(sheet)!, r.row + i, r.col + j))));
};

describe('refresh through Office.js', () => {
  let env: FakeEnv;
  let result: WorkbookWriteResult;
  let before: ReturnType<typeof stateOf>;
  let kept: Awaited<ReturnType<typeof managedWorkbook>>['kept'];

  beforeAll(async () => {
    ({ env, kept } = await managedWorkbook());
    before = stateOf(env.state);
    result = await write(env, 2, true, kept.settings);
  });

  it('reads the Settings the manager edited, and keeps them', () => {
    expect(kept.changed).toEqual([N.green]);
    expect(kept.settings.risk.green).toBe(0.9);
    expect(env.state.at('Settings', greenCell())).toMatchObject({ kind: 'number', value: 0.9 });
    // One Settings sheet, its names exactly as they were (never repointed), and the report date is the new data's.
    expect(env.state.sheets.filter((s) => /^Settings/.test(s.name))).toHaveLength(1);
    expect(stateOf(env.state).names).toEqual(before.names);
    expect(env.state.at('Settings', 'B3')).toMatchObject({ value: 45750 });
  });

  it('rewrites the renamed sheet in place, keeps every typed cell, the added column and the appended row, and flags the vanished deal', () => {
    expect(result.sheets.map((s) => [s.kind, s.name, s.mode])).toEqual([
      ['settings', 'Settings', 'refresh'],
      ['tracking', 'My deals', 'refresh'],
      ['improvement', 'Improvement plan', 'refresh'],
    ]);
    expect(env.state.sheets.map((s) => s.name)).toEqual([USER_SHEET, 'Settings', 'My deals', 'Improvement plan']);
    expect(rows(env, 'My deals', 'A4:G10')).toEqual(TRACKING_AFTER);
    expect(rows(env, 'My deals', 'A3:G3')).toEqual([['Date', 'Owner', 'Customer', 'Stage', 'Notes', 'Data status', 'Priority']]);
    expect(env.state.tables.find((t) => t.name === 'SPK_Tracking_2')!.rect).toEqual(parseA1('A3:G10'));
    expect(env.state.at('My deals', 'L6').value).toBe('ask about Beta');
    // Text that looks like a formula or a number stays text.
    expect(env.state.at('My deals', 'C5')).toEqual({ kind: 'text', value: '=cmd|calc', numberFormat: '@' });
    expect(env.state.at('My deals', 'C7')).toEqual({ kind: 'text', value: '001', numberFormat: '@' });
    expect(rows(env, 'Improvement plan', 'A5:F7')).toEqual(IMPROVEMENT_AFTER);
    expect(result.notices).toEqual([
      { code: 'rowsFlagged', sheet: 'My deals', table: 'SPK_Tracking_2', rows: 1 },
      { code: 'rowsFlagged', sheet: 'Improvement plan', table: 'SPK_Improvement', rows: 1 },
    ]);
  });

  it('leaves the user’s own SPK_Tracking table and sheet alone', () => {
    expect(stateOf(env.state).sheets[0]).toEqual(before.sheets[0]);
    expect(env.state.tables.find((t) => t.name === 'SPK_Tracking')).toMatchObject({ sheet: { name: USER_SHEET }, rect: { row: 0, col: 0, rows: 3, cols: 2 } });
  });

  it('points the funnel, the drop-down, the rules and the chart at the whole grown table', () => {
    expect(env.state.at('My deals', 'I4').value).toBe('=COUNTIF($D$4:$D$10,"Lead")');
    expect(env.state.at('My deals', 'J6').value).toBe('=IF(COUNTA($D$4:$D$10)=0,"",I6/COUNTA($D$4:$D$10))');
    const ws = env.state.sheet('My deals')!;
    expect(ws.validations.map((v) => v.rect)).toEqual([parseA1('D4:D10')]);
    expect(ws.cfs.map((c) => [c.kind ?? 'Custom', c.rect, c.formula])).toEqual([
      ['ColorScale', parseA1('A4:A10'), ''],
      ['Custom', parseA1('A4:E10'), '=AND($A4<>"",$A4<SPK_AsOf-30)'],
      ['Custom', parseA1('J4:J6'), '=J4<SPK_FunnelLow'],
    ]);
    // The chart is the one generated before (same id), pointed at the funnel again.
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]).toMatchObject({ id: before.sheets[2].charts[0].id, title: 'Funnel', series: [{ name: 'Deals', values: "'My deals'!I4:I6", categories: "'My deals'!H4:H6" }] });
    // Notes and frozen panes are not set again: they are the user's once the sheet exists.
    expect(ws.notes).toEqual(before.sheets[2].notes);
  });

  it('is one undo step', () => {
    expect(result.oneUndo).toBe(true);
    expect(env.runOptions.slice(-1)).toEqual([{ mergeUndoGroup: true }]);
  });

  it('leaves everything exactly as it was when any step of the refresh fails, and says so', async () => {
    // How many changes the refresh queues, from a run that succeeds.
    const probe = await managedWorkbook();
    const start = probe.env.mutations;
    await write(probe.env, 2, true, probe.kept.settings);
    const changes = probe.env.mutations - start;
    expect(changes).toBeGreaterThan(40);
    for (let n = 1; n <= changes; n++) {
      const { env: e, kept: k } = await managedWorkbook();
      const was = stateOf(e.state);
      e.failAtMutation = e.mutations + n;
      const error = await write(e, 2, true, k.settings).then(
        () => null,
        (x: unknown) => x,
      );
      expect(error).toBeInstanceOf(WriteError);
      expect((error as WriteError).problem).toMatchObject({ code: 'failed', restored: true, error: expect.stringContaining('injected failure') });
      expect([n, stateOf(e.state)]).toEqual([n, was]);
    }
    const sample = new WriteError({ code: 'failed', sheet: 'My deals', error: 'GeneralException', restored: true });
    expect(renderWriteProblem('en-US', sample.problem)).toBe('Writing sheet "My deals" failed: GeneralException. Every sheet, table, name and value is as it was before.');
  }, 120_000);
});
