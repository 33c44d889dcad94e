import { REGISTRY_KEY } from '../../src/excel/registry';
import { detectSupport } from '../../src/excel/support';
import { writeWorkbook, type WorkbookWriteResult } from '../../src/excel/writeWorkbook';
import { renderWriteNotice } from '../../src/i18n';
import type { WorkbookSpec } from '../../src/sheets/model';
import { WriteError } from '../../src/sheets/writePlan/notices';
import { FakeEnv, parseA1 } from './fakeExcel';
import { evaluationSheet, TRICKY, workbookSpec } from './specs';
import { stateOf } from './stateOf';

async function write(env: FakeEnv, spec: WorkbookSpec, refresh = false, budget?: number): Promise<WorkbookWriteResult> {
  return writeWorkbook(env, spec, { language: 'en-US', refresh, support: detectSupport(env), budget });
}

const record = (env: FakeEnv) => JSON.parse(String(env.state.settings.get(REGISTRY_KEY)));

describe('writeWorkbook: syncs and request size', () => {
  it('suspends calculation in every content request', async () => {
    const env = new FakeEnv();
    await write(env, workbookSpec(100));
    const syncs = env.syncs;
    expect(syncs.slice(1).every((s) => s.suspended)).toBe(true);
    expect(syncs[0].ops).not.toContain('range.formulas');
  });

  it('adds the table after its cells are written, on the full address', async () => {
    const env = new FakeEnv();
    await write(env, workbookSpec(20));
    const ops = env.syncs[3].ops;
    const lastWrite = ops.lastIndexOf('range.formulas');
    const copy = ops.lastIndexOf('range.copyFrom');
    const add = ops.indexOf('tables.add');
    expect(add).toBeGreaterThan(lastWrite);
    expect(add).toBeGreaterThan(copy);
    const t = env.state.tables.find((x) => x.name === 'SPK_Evaluation')!;
    expect(t.rect).toEqual({ row: 2, col: 0, rows: 21, cols: 9 });
  });

  it('splits a payload over the budget into chunks: syncs grow with bytes ÷ budget, each request within it', async () => {
    // No ExcelApi 1.9: nothing is filled down, every cell travels.
    const env = new FakeEnv(8);
    const budget = 256 * 1024;
    const r = await write(env, workbookSpec(5_000), false, budget);
    const content = env.syncs.slice(2);
    expect(content.length).toBeGreaterThan(2);
    expect(Math.max(...env.syncs.map((s) => s.bytes))).toBeLessThanOrEqual(budget);
    const total = r.stats.totalBytes;
    // setup + one per sheet + the record, plus one per budget's worth of bytes
    expect(r.stats.syncs).toBeLessThanOrEqual(1 + 2 + 1 + Math.ceil(total / budget));
    // Still correct cell by cell.
    expect(env.state.at('Evaluation', 'E5003')).toMatchObject({ kind: 'formula', value: '=IF(C5003=0,"",D5003/C5003)' });
    expect(env.state.at('Evaluation', 'B4')).toEqual({ kind: 'text', value: TRICKY[0], numberFormat: '@' });
    expect(env.state.at('Evaluation', 'C5003')).toMatchObject({ kind: 'number', value: 504999, numberFormat: '#,##0' });
  });
});

describe('writeWorkbook: cells', () => {
  let env: FakeEnv;
  beforeAll(async () => {
    env = new FakeEnv();
    await write(env, workbookSpec(50_000));
  });

  it('writes text that looks like a formula or a number as text', () => {
    TRICKY.forEach((t, i) => {
      expect(env.state.at('Evaluation', `B${4 + i}`)).toEqual({ kind: 'text', value: t, numberFormat: '@' });
    });
    expect(env.state.at('Evaluation', 'H4')).toMatchObject({ kind: 'text', value: 'note: "=" is fine' });
    // The status column a refresh flags vanished rows in: empty, text, headed.
    expect(env.state.at('Evaluation', 'I3')).toMatchObject({ kind: 'text', value: 'Data status' });
    expect(env.state.at('Evaluation', 'I4')).toEqual({ kind: 'empty', value: null, numberFormat: '@' });
    expect(env.state.at('Evaluation', 'A50003')).toEqual({ kind: 'text', value: '2025-01', numberFormat: '@' });
  });

  it('fills formula columns down with relative references, and keeps formats per column', () => {
    expect(env.state.at('Evaluation', 'E4')).toMatchObject({ kind: 'formula', value: '=IF(C4=0,"",D4/C4)', numberFormat: '0.0%' });
    expect(env.state.at('Evaluation', 'E50003')).toMatchObject({ kind: 'formula', value: '=IF(C50003=0,"",D50003/C50003)', numberFormat: '0.0%' });
    expect(env.state.at('Evaluation', 'G50003').value).toBe('=IF(E50003="","",IF(E50003>=SPK_RiskGreen,"Good","Improve"))');
    expect(env.state.at('Evaluation', 'G50003').numberFormat).toBe('General');
    expect(env.state.at('Evaluation', 'D50003')).toEqual({ kind: 'number', value: 449999, numberFormat: '#,##0' });
    expect(env.state.at('Evaluation', 'F50003')).toEqual({ kind: 'number', value: 49999 % 9, numberFormat: '0' });
    expect(env.state.at('Evaluation', 'H50004').kind).toBe('empty');
  });

  it('writes header, blocks, names, rules, lists, chart, note, widths and frozen panes', () => {
    expect(env.state.at('Evaluation', 'A3')).toMatchObject({ kind: 'text', value: 'Period' });
    expect(env.state.at('Settings', 'B2')).toEqual({ kind: 'number', value: 1, numberFormat: '0%' });
    expect(env.state.names.get('spk_riskgreen')).toEqual({ name: 'SPK_RiskGreen', formula: "='Settings'!$B$2" });
    const ws = env.state.sheet('Evaluation')!;
    expect(ws.cfs.map((c) => c.formula)).toEqual(['=AND($C4>0,$D4/$C4<SPK_RiskYellow)', '=AND($C4>0,$D4/$C4>=SPK_RiskGreen)']);
    expect(ws.cfs[0].stopIfTrue).toBe(true);
    expect(ws.validations).toHaveLength(1);
    expect(ws.validations[0].rule.list).toEqual({ inCellDropDown: true, source: 'Good,Improve' });
    expect(ws.validations[0].errorAlert).toMatchObject({ message: 'Pick a grade', showAlert: true, style: 'Stop' });
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]).toMatchObject({ type: 'ColumnClustered', title: 'Actual', position: ['K3', 'R17'] });
    expect(ws.charts[0].series).toEqual([
      { name: 'Actual', values: 'Evaluation!D4:D13', categories: 'Evaluation!B4:B13' },
      { name: 'Target', values: 'Evaluation!C4:C13', categories: 'Evaluation!B4:B13' },
    ]);
    expect(ws.notes).toEqual([{ cell: 'A1', text: 'Generated by Sales Performance Kit' }]);
    expect(ws.freeze).toEqual({ rows: 3, cols: 2 });
    expect(ws.columnWidths.get(0)).toBeCloseTo((10 * 7 + 5) * 0.75);
    expect(ws.columnWidths.get(9)).toBeCloseTo((4 * 7 + 5) * 0.75);
    // The add-in's sheets and tables are recorded by the ids Excel gave them, never by name.
    const r = record(env);
    expect(r.names).toEqual(['SPK_RiskGreen', 'SPK_RiskYellow']);
    expect(r.sheets.map((s: { id: string; kind: string }) => [s.id, s.kind])).toEqual([
      [env.state.sheet('Settings')!.id, 'settings'],
      [ws.id, 'evaluation'],
    ]);
    expect(r.sheets[1].tables).toEqual([
      expect.objectContaining({ id: env.state.tables[0].id, spec: 'SPK_Evaluation', origin: 'A3', headers: expect.arrayContaining(['Period', 'Notes', 'Data status']) }),
    ]);
    expect(r.sheets[1].tables[0].keys).toHaveLength(50_000);
  });
});

describe('writeWorkbook: never destroys the user’s cells', () => {
  function userWorkbook(): FakeEnv {
    const env = new FakeEnv();
    const s = env.state.addSheet('Evaluation');
    env.state.setCell(s, 0, 0, 'my own data');
    env.state.setCell(s, 2, 0, 'Name');
    env.state.setCell(s, 3, 0, 'Zhang');
    const t = env.state.addTable(s, { row: 2, col: 0, rows: 2, cols: 1 });
    t.name = 'SPK_Evaluation';
    return env;
  }

  it('takes a free sheet and table name and rewrites the references to them', async () => {
    const env = userWorkbook();
    const spec = workbookSpec(5);
    spec.sheets.push({ ...evaluationSheet(1, 'SPK_Other', 'Other'), tables: [] });
    spec.sheets[2].blocks = [{ origin: { row: 0, col: 0 }, cells: [[{ formula: "ROWS(SPK_Evaluation[Actual])+'Evaluation'!C4" }]] }];
    const r = await write(env, spec);
    expect(r.sheets.map((s) => s.name)).toEqual(['Settings', 'Evaluation (2)', 'Other']);
    expect(r.notices).toEqual(
      expect.arrayContaining([
        { code: 'sheetRenamed', sheet: 'Evaluation (2)', wanted: 'Evaluation' },
        { code: 'tableRenamed', sheet: 'Evaluation (2)', wanted: 'SPK_Evaluation', actual: 'SPK_Evaluation_2' },
      ]),
    );
    expect(renderWriteNotice('en-US', r.notices[0])).toBe(
      'A sheet named "Evaluation" already exists, so the new sheet is named "Evaluation (2)"; the existing sheet was not changed.',
    );
    expect(env.state.at('Evaluation', 'A1')).toMatchObject({ kind: 'text', value: 'my own data' });
    expect(env.state.at('Evaluation', 'A4')).toMatchObject({ value: 'Zhang' });
    expect(env.state.tables.find((t) => t.name === 'SPK_Evaluation')!.sheet.name).toBe('Evaluation');
    expect(env.state.tables.find((t) => t.name === 'SPK_Evaluation_2')!.sheet.name).toBe('Evaluation (2)');
    expect(env.state.at('Other', 'A1').value).toBe("=ROWS(SPK_Evaluation_2[Actual])+'Evaluation (2)'!C4");
  });

  it('renames a defined name the user owns instead of repointing it', async () => {
    const env = new FakeEnv();
    env.state.names.set('spk_riskgreen', { name: 'SPK_RiskGreen', formula: '=0.5' });
    const r = await write(env, workbookSpec(3));
    expect(env.state.names.get('spk_riskgreen')!.formula).toBe('=0.5');
    expect(env.state.names.get('spk_riskgreen_2')!.formula).toBe("='Settings'!$B$2");
    expect(env.state.at('Evaluation', 'G4').value).toBe('=IF(E4="","",IF(E4>=SPK_RiskGreen_2,"Good","Improve"))');
    expect(env.state.sheet('Evaluation')!.cfs[1].formula).toBe('=AND($C4>0,$D4/$C4>=SPK_RiskGreen_2)');
    expect(r.notices).toContainEqual({ code: 'nameTaken', wanted: 'SPK_RiskGreen', actual: 'SPK_RiskGreen_2' });
  });

  it('refresh rewrites only sheets and tables it recorded by id, in place; one Settings sheet, names untouched', async () => {
    const env = new FakeEnv();
    await write(env, workbookSpec(10));
    const namesBefore = [...env.state.names.values()].map((n) => ({ ...n }));
    // A user table with an SPK_ name the add-in did not create, and user cells beside ours.
    const userSheet = env.state.addSheet('Tracking');
    env.state.setCell(userSheet, 0, 0, 'Stage');
    env.state.setCell(userSheet, 1, 0, 'mine');
    env.state.addTable(userSheet, { row: 0, col: 0, rows: 2, cols: 1 }).name = 'SPK_Tracking';
    env.state.setCell(env.state.sheet('Evaluation')!, 0, 20, 'user note beside the table');

    const spec = workbookSpec(12);
    spec.sheets.push({ ...evaluationSheet(2, 'SPK_Tracking', 'Tracking'), kind: 'tracking' });
    const r = await write(env, spec, true);
    expect(r.sheets.map((s) => [s.kind, s.name, s.mode, s.rows])).toEqual([
      ['settings', 'Settings', 'refresh', 0],
      ['evaluation', 'Evaluation', 'refresh', 12],
      ['tracking', 'Tracking (2)', 'new', 2],
    ]);
    expect(env.state.sheets.map((s) => s.name)).toEqual(['Settings', 'Evaluation', 'Tracking', 'Tracking (2)']);
    expect([...env.state.names.values()]).toEqual(namesBefore);
    const t = env.state.tables.find((x) => x.name === 'SPK_Evaluation')!;
    expect(t.sheet.name).toBe('Evaluation');
    expect(t.rect).toEqual({ row: 2, col: 0, rows: 13, cols: 9 });
    expect(env.state.at('Evaluation', 'C15')).toMatchObject({ kind: 'number', value: 500011 });
    expect(env.state.at('Evaluation', 'U1').value).toBe('user note beside the table');
    expect(env.state.sheet('Evaluation')!.cfs.map((c) => c.rect)).toEqual([
      { row: 3, col: 0, rows: 12, cols: 8 },
      { row: 3, col: 0, rows: 12, cols: 8 },
    ]);
    expect(env.state.sheet('Evaluation')!.validations.map((v) => v.rect)).toEqual([{ row: 3, col: 6, rows: 12, cols: 1 }]);
    // The user's SPK_Tracking is untouched; the add-in's tracking table took a free name.
    expect(env.state.tables.find((x) => x.name === 'SPK_Tracking')!.sheet.name).toBe('Tracking');
    expect(env.state.at('Tracking', 'A2').value).toBe('mine');
    expect(env.state.tables.find((x) => x.name === 'SPK_Tracking_2')!.sheet.name).toBe('Tracking (2)');
  });

  it('refresh never grows a table over cells the user typed below it: that sheet is left as it was, and says why', async () => {
    const env = new FakeEnv();
    await write(env, workbookSpec(5));
    env.state.setCell(env.state.sheet('Evaluation')!, 10, 1, 'total by hand');
    const before = stateOf(env.state);
    const r = await write(env, workbookSpec(20), true);
    expect(r.sheets.map((s) => s.name)).toEqual(['Settings']);
    expect(r.notices).toContainEqual({ code: 'refreshBlocked', sheet: 'Evaluation', cells: 'B11' });
    expect(stateOf(env.state).sheets[1]).toEqual(before.sheets[1]);
    expect(env.state.tables.find((x) => x.name === 'SPK_Evaluation')!.rect.rows).toBe(6);
  });

  it('puts everything back when a write fails, and says which sheet failed', async () => {
    const env = new FakeEnv();
    env.state.addSheet('Mine');
    const spec = workbookSpec(5);
    // Two tables on the same cells: Excel refuses the second.
    spec.sheets[1].tables.push({ ...spec.sheets[1].tables[0], name: 'SPK_Twice' });
    const before = stateOf(env.state);
    const error = await write(env, spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).problem).toMatchObject({ code: 'failed', sheet: 'Evaluation', restored: true, error: expect.stringMatching(/InvalidOperation/) });
    expect(stateOf(env.state)).toEqual(before);
    // The write ran as one undo group; putting back ran in a run of its own (deleting a sheet cannot be grouped).
    expect(env.runOptions).toEqual([{ mergeUndoGroup: true }, {}]);
  });
});

describe('writeWorkbook: hosts without newer requirement sets', () => {
  it('without ExcelApi 1.6 and 1.8 writes the sheet, skips rules and lists and says why', async () => {
    const env = new FakeEnv(18, ['1.6', '1.8']);
    const r = await write(env, workbookSpec(10));
    const ws = env.state.sheet('Evaluation')!;
    expect(ws.cfs).toHaveLength(0);
    expect(ws.validations).toHaveLength(0);
    expect(env.state.at('Evaluation', 'E13').value).toBe('=IF(C13=0,"",D13/C13)');
    expect(r.notices).toEqual([
      { code: 'featureSkipped', sheet: 'Evaluation', feature: 'dataValidation', requirement: 'ExcelApi 1.8' },
      { code: 'featureSkipped', sheet: 'Evaluation', feature: 'conditionalFormats', requirement: 'ExcelApi 1.6' },
    ]);
    expect(r.notices.map((n) => renderWriteNotice('en-US', n))).toEqual([
      'Sheet "Evaluation": this version of Excel does not support drop-down lists (data validation) (requires ExcelApi 1.8); it was skipped.',
      'Sheet "Evaluation": this version of Excel does not support conditional formatting (requires ExcelApi 1.6); it was skipped.',
    ]);
    // No suspendApiCalculationUntilNextSync (1.6) was queued either: the fake would have refused it.
    expect(env.syncs.some((s) => s.suspended)).toBe(false);
  });

  it('says so in Chinese too, falls back from notes to comments, and runs without an undo group before ExcelApi 1.20', async () => {
    const env = new FakeEnv(12);
    const r = await writeWorkbook(env, workbookSpec(3), { language: 'zh-CN', refresh: false, support: detectSupport(env) });
    expect(r.notices).toEqual([]);
    expect(r.oneUndo).toBe(false);
    expect(env.runOptions).toEqual([{}]);
    expect(env.state.sheet('Evaluation')!.comments).toEqual([{ cell: "'Evaluation'!A1", text: 'Generated by Sales Performance Kit' }]);
    const env2 = new FakeEnv(8);
    const r2 = await writeWorkbook(env2, workbookSpec(3), { language: 'zh-CN', refresh: false, support: detectSupport(env2) });
    expect(r2.notices.map((n) => renderWriteNotice('zh-CN', n))).toEqual(['工作表“Evaluation”：此版本的 Excel 不支持单元格批注（需要 ExcelApi 1.18 / 1.10），已跳过。']);
  });

  it('refreshes only where tables can grow in place (ExcelApi 1.13): elsewhere it generates new sheets and says so', async () => {
    const env = new FakeEnv(12);
    await write(env, workbookSpec(3));
    const r = await write(env, workbookSpec(4), true);
    expect(r.notices).toContainEqual({ code: 'refreshUnavailable', requirement: 'ExcelApi 1.13' });
    // The one Settings sheet is reused all the same (it has no table to grow).
    expect(r.sheets.map((s) => [s.name, s.mode])).toEqual([
      ['Settings', 'refresh'],
      ['Evaluation (2)', 'new'],
    ]);
  });

  it('on a host that cannot write rules and lists, a refresh leaves the ones written before, and keeps them recorded', async () => {
    const env = new FakeEnv();
    await write(env, workbookSpec(5));
    const old = new FakeEnv(20, ['1.6', '1.8']);
    (old as unknown as { state: FakeEnv['state'] }).state = env.state;
    const r = await write(old, workbookSpec(7), true);
    expect(r.sheets[1]).toMatchObject({ name: 'Evaluation', mode: 'refresh', rows: 7 });
    const ws = env.state.sheet('Evaluation')!;
    expect(ws.cfs.map((c) => c.rect)).toEqual([parseA1('A4:H8'), parseA1('A4:H8')]);
    expect(ws.validations.map((v) => v.rect)).toEqual([parseA1('G4:G8')]);
    const sheet = record(env).sheets[1];
    expect(sheet.rules.map((x: { range: string }) => x.range)).toEqual(['A4:H8', 'A4:H8']);
    expect(sheet.lists).toEqual(['G4:G8']);
  });
});
