import { createExcelHost, type ExcelGeneratedSheet } from '../../src/excel/excelHost';
import { WriteLock } from '../../src/excel/lock';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { GenerateProgress, GenerateRequest } from '../../src/host/types';
import { refusal, rejection, said } from '../support/hostProblems';
import type { Dataset } from '../../src/data/model';
import { dataset } from '../data/datasets';
import { FakeEnv, parseA1 } from './fakeExcel';
import { workbookSpec } from './specs';
import { greenCell, scenarioSpec } from '../writePlan/scenario';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';

const request = (over: Partial<GenerateRequest> = {}): GenerateRequest => ({
  sheets: ['evaluation'],
  period: { kind: 'month', start: 45658, end: 45688, label: '2025-01' },
  language: 'en-US',
  settings: DEFAULT_SETTINGS,
  source: { kind: 'sample', seed: 1 },
  refresh: false,
  ...over,
});
const emptyData = (): Dataset => dataset({ origin: 'sample', asOf: 45900 });

function host(env: FakeEnv, rows = 50, seen?: Dataset[]) {
  return createExcelHost({
    env,
    lock: new WriteLock(),
    sampleData: () => emptyData(),
    build: (_r, data) => {
      seen?.push(data);
      return { spec: workbookSpec(rows), notices: [] };
    },
  });
}

describe('createExcelHost', () => {
  it('generates with a progress callback per sheet', async () => {
    const env = new FakeEnv();
    const progress: GenerateProgress[] = [];
    const sheets = await host(env).generate(request(), (p) => progress.push(p));
    expect(sheets).toEqual([
      { kind: 'settings', name: 'Settings', rows: 0, notices: [] },
      { kind: 'evaluation', name: 'Evaluation', rows: 50, notices: [] },
    ]);
    expect(progress.map((p) => [p.done, p.total, p.step])).toEqual([
      [0, 2, { kind: 'sheet', name: 'Settings' }],
      [1, 2, { kind: 'sheet', name: 'Settings' }],
      [2, 2, { kind: 'sheet', name: 'Evaluation' }],
    ]);
  });

  it('refuses a second generate while one runs: no duplicate or half-written sheets', async () => {
    const env = new FakeEnv();
    const h = host(env, 2000);
    const first = h.generate(request(), () => undefined);
    const second = h.generate(request(), () => undefined);
    expect(await refusal(second)).toBe('Sheets are already being generated. Wait until that finishes, then try again.');
    await expect(first).resolves.toHaveLength(2);
    expect(env.state.sheets.map((s) => s.name)).toEqual(['Settings', 'Evaluation']);
    expect(env.state.tables.map((t) => t.name)).toEqual(['SPK_Evaluation']);
    // Once it is done, the next one runs: the one Settings sheet is reused, a new evaluation takes a free name.
    const third = (await h.generate(request({ language: 'zh-CN' }), () => undefined)) as ExcelGeneratedSheet[];
    expect(third.map((s) => s.name)).toEqual(['Settings', 'Evaluation (2)']);
    // Each notice goes with the sheet it names as a parameter, not by searching its text.
    expect(third[1].notices[0]).toEqual({ code: 'writeNotice', params: { notice: { code: 'sheetRenamed', sheet: 'Evaluation (2)', wanted: 'Evaluation' } } });
    expect(said(third[1].notices[0], 'zh-CN')).toBe('已存在名为“Evaluation”的工作表，新工作表命名为“Evaluation (2)”；原工作表未作任何改动。');
    expect(third[0].notices).toEqual([]);
  });

  it('two host objects share the default lock', async () => {
    const env = new FakeEnv();
    const a = createExcelHost({ env, sampleData: emptyData, build: () => ({ spec: workbookSpec(10), notices: [] }) });
    const b = createExcelHost({ env, sampleData: emptyData, build: () => ({ spec: workbookSpec(10), notices: [] }) });
    const results = await Promise.allSettled([a.generate(request(), () => undefined), b.generate(request(), () => undefined)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(env.state.sheets).toHaveLength(2);
  });

  it('risk rules queued during a generate run after it, not interleaved', async () => {
    const env = new FakeEnv();
    const h = host(env, 100);
    const order: string[] = [];
    const gen = h.generate(request(), () => undefined).then(() => order.push('generate'));
    const risk = h
      .applyRiskRules({ target: { table: 'SPK_Evaluation' }, actualColumn: 'Actual', targetColumn: 'Target', green: 1, yellow: 0.8 })
      .then(() => order.push('risk'));
    await Promise.all([gen, risk]);
    expect(order).toEqual(['generate', 'risk']);
    expect(env.state.sheet('Evaluation')!.cfs).toHaveLength(5);
  });

  it('reports capabilities with reasons on an older host, and refuses what it lacks', async () => {
    const env = new FakeEnv(5, [], 'zh-CN');
    const h = host(env);
    const caps = await h.capabilities();
    expect(caps.available).toEqual({ generate: true, conditionalFormats: false, dataValidation: false, templateStorage: true, charts: false, selection: true, refresh: false, undo: false });
    expect(caps.reasons.conditionalFormats).toEqual({ code: 'unavailable', params: { feature: 'conditionalFormats', version: '1.6' } });
    expect(said(caps.reasons.undo!, 'zh-CN')).toBe('此版本的 Excel 无法一步撤销“生成”（需要 ExcelApi 1.20）：撤销可能无法还原其全部改动。');
    expect(said(caps.reasons.refresh!, 'zh-CN')).toBe('刷新加载项的表格需要 ExcelApi 1.13，此版本的 Excel 不支持。');
    expect(said(caps.reasons.conditionalFormats!, 'zh-CN')).toBe('此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6）。');
    expect(said(caps.reasons.dataValidation!, 'zh-CN')).toBe('此版本的 Excel 不支持下拉列表（数据验证）（需要 ExcelApi 1.8）。');
    expect(await refusal(h.removeRiskRules('selection'), 'zh-CN')).toBe('此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6）。');
    const sheets = (await h.generate(request({ language: 'en-US' }), () => undefined)) as ExcelGeneratedSheet[];
    expect(sheets[1].notices.map((n) => said(n))).toEqual([
      'Sheet "Evaluation": this version of Excel does not support drop-down lists (data validation) (requires ExcelApi 1.8); it was skipped.',
      'Sheet "Evaluation": this version of Excel does not support conditional formatting (requires ExcelApi 1.6); it was skipped.',
      'Sheet "Evaluation": this version of Excel does not support charts (requires ExcelApi 1.7); it was skipped.',
      'Sheet "Evaluation": this version of Excel does not support cell notes (requires ExcelApi 1.18 / 1.10); it was skipped.',
      'Sheet "Evaluation": this version of Excel does not support frozen panes (requires ExcelApi 1.7); it was skipped.',
    ]);
    expect(env.state.at('Evaluation', 'E53').value).toBe('=IF(C53=0,"",D53/C53)');
    const none = createExcelHost({ env: new FakeEnv(3), lock: new WriteLock() });
    expect(await refusal(none.generate(request(), () => undefined))).toBe('This version of Excel does not support generating sheets (requires ExcelApi 1.4).');
  });

  it('on the team’s own table the report date is today (=TODAY()) until the user types one; Tracking flags overdue rows against it', async () => {
    const env = new FakeEnv();
    const s = env.state.addSheet('Pipeline');
    const rows = [
      ['Date', 'Owner', 'Customer', 'Stage', 'Status', 'Expected date'],
      [45700, 'Li', 'Acme', 'Lead', 'In progress', 45710],
      [45701, 'Wang', 'Beta', 'Won', 'Done', 45705],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => env.state.setCell(s, i, j, v)));
    env.state.addTable(s, { row: 0, col: 0, rows: 3, cols: 6 }).name = 'Pipeline';
    // A pipeline comes with the team's deals (own data needs a deals table).
    const d = env.state.addSheet('Sales');
    const deals = [
      ['Customer', 'Date', 'Amount', 'Salesperson'],
      ['Acme', 45700, 1200, 'Li'],
      ['Beta', 45701, 800, 'Wang'],
    ];
    deals.forEach((r, i) => r.forEach((v, j) => env.state.setCell(d, i, j, v)));
    env.state.addTable(d, { row: 0, col: 0, rows: 3, cols: 4 }).name = 'Deals';
    const h = createExcelHost({ env, lock: new WriteLock() });
    const ask = request({ sheets: ['tracking'], source: { kind: 'data', data: { sources: [{ id: 'Deals' }, { id: 'Pipeline' }], mappings: [] } } });
    await h.generate(ask, () => undefined);
    const asOf = [...env.state.names.values()].find((n) => n.name === 'SPK_AsOf')!;
    const cell = parseA1(asOf.formula.replace(/^=/, '').replace(/^.*!/, '').replace(/\$/g, ''));
    expect(env.state.at('Settings', `B${cell.row + 1}`).value).toBe('=TODAY()');
    expect(env.state.sheet('Tracking')!.cfs.map((c) => c.formula)).toContainEqual(expect.stringContaining('<SPK_AsOf'));
    // A date typed there pins the report date: the next generate keeps it.
    env.state.setCell(env.state.sheet('Settings')!, cell.row, 1, 45712);
    await h.generate({ ...ask, refresh: true }, () => undefined);
    expect(env.state.at('Settings', `B${cell.row + 1}`).value).toBe(45712);
    // The sample keeps its own report date, as in the demo.
    const demo = new FakeEnv();
    await createExcelHost({ env: demo, lock: new WriteLock(), sampleData: () => dataset({ origin: 'sample', asOf: 45900, pipeline: [] }) }).generate(request({ sheets: ['tracking'] }), () => undefined);
    expect(demo.state.at('Settings', `B${cell.row + 1}`).value).toBe(45900);
  });

  it('generates from a workbook table, and lists every problem of a bad one', async () => {
    const env = new FakeEnv();
    const s = env.state.addSheet('Data');
    const rows = [
      ['Customer', 'Date', 'Amount', 'Salesperson', 'Region', 'Product line'],
      ['=ACME', 45700, 1200, 'Li', 'West', 'Core'],
      ['Beta', 45701, 800, 'Wang', 'East', 'New'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => env.state.setFormat(s, i, j, '@')));
    rows.forEach((r, i) => r.forEach((v, j) => (typeof v === 'number' ? env.state.setFormat(s, i, j, 'General') : undefined)));
    rows.forEach((r, i) => r.forEach((v, j) => env.state.setCell(s, i, j, v)));
    env.state.addTable(s, { row: 0, col: 0, rows: 3, cols: 6 }).name = 'Sales';
    const seen: Dataset[] = [];
    const data = (...ids: string[]): GenerateRequest['source'] => ({ kind: 'data', data: { sources: ids.map((id) => ({ id })), mappings: [] } });
    await host(env, 5, seen).generate(request({ source: data('Sales') }), () => undefined);
    expect(seen[0]).toMatchObject({ origin: 'user', asOf: 45701, roster: false, quotas: [], pipeline: null, payments: null, prospects: [] });
    expect(seen[0].deals).toEqual([
      { id: 'Data › Sales#2', customer: '=ACME', date: 45700, amount: 1200, splits: [{ rep: 'Li', share: 1 }], region: 'West', productLine: 'Core', cancelled: null, collected: null, ref: { source: 'Data › Sales', row: 2 } },
      { id: 'Data › Sales#3', customer: 'Beta', date: 45701, amount: 800, splits: [{ rep: 'Wang', share: 1 }], region: 'East', productLine: 'New', cancelled: null, collected: null, ref: { source: 'Data › Sales', row: 3 } },
    ]);
    expect(seen[0].reps.map((r) => r.name)).toEqual(['Li', 'Wang']);

    // Bad data is refused with every problem, and nothing is written.
    env.state.setCell(s, 2, 2, 'lots');
    const sheetsBefore = env.state.sheets.map((x) => x.name);
    const bad = await rejection(host(env).generate(request({ source: data('Sales') }), () => undefined));
    expect(bad).toMatchObject({ code: 'dataRefused', params: { errors: 1, problems: [{ code: 'notValue', params: { expected: 'amount', value: 'lots' }, at: { source: 'Data › Sales', row: 3, column: 'Amount' } }] } });
    expect(said(bad)).toBe('The data was refused: 1 problem.\nData › Sales, row 3, column “Amount”: “lots” is not an amount.');
    expect(await refusal(host(env).generate(request({ source: data('Nope'), language: 'zh-CN' }), () => undefined), 'zh-CN')).toBe(
      '数据未通过检查：1 个问题。\n表格“Nope”已不存在；请重新选择数据。',
    );
    expect(env.state.sheets.map((x) => x.name)).toEqual(sheetsBefore);
  });

  it('activates a sheet, or says it does not exist', async () => {
    const env = new FakeEnv();
    env.state.addSheet('A');
    env.state.addSheet('B');
    const h = host(env);
    await h.activateSheet('B');
    expect(env.state.active).toBe(1);
    expect(await rejection(h.activateSheet('C'))).toEqual({ code: 'sheetMissing', params: { sheet: 'C' } });
  });

  it('keeps the Settings sheet’s values on the next generate, says so, and the stored template follows them', async () => {
    const env = new FakeEnv();
    const h = createExcelHost({ env, lock: new WriteLock(), sampleData: emptyData, build: (r) => ({ spec: scenarioSpec(1, r.settings), notices: [] }) });
    await h.saveTemplate({ version: TEMPLATE_VERSION, name: 'North', sheets: ['tracking'], settings: DEFAULT_SETTINGS, plans: [] });
    await h.generate(request(), () => undefined);
    const green = parseA1(greenCell());
    env.state.setCell(env.state.sheet('Settings')!, green.row, green.col, 0.9);
    const sheets = (await h.generate(request({ refresh: true }), () => undefined)) as ExcelGeneratedSheet[];
    expect(sheets[0]).toMatchObject({ kind: 'settings', name: 'Settings' });
    expect(sheets[0].notices.map((n) => said(n))).toEqual([
      'The values on sheet "Settings" were used and kept for SPK_RiskGreen: they differ from the pane\'s, which now shows the workbook\'s.',
    ]);
    expect(env.state.at('Settings', greenCell()).value).toBe(0.9);
    expect(await h.loadTemplate()).toMatchObject({ name: 'North', settings: { risk: { green: 0.9, yellow: DEFAULT_SETTINGS.risk.yellow } } });
    // A value the add-in cannot use stays in its cell; the pane's value is computed with, and the user told.
    env.state.setCell(env.state.sheet('Settings')!, green.row, green.col, 'ninety');
    const again = (await h.generate(request({ refresh: true }), () => undefined)) as ExcelGeneratedSheet[];
    expect(again[0].notices.map((n) => said(n))).toEqual(['Sheet "Settings": "ninety" in SPK_RiskGreen is not a value the add-in can use; the cell was kept and the pane\'s value used for the computed results.']);
    expect(env.state.at('Settings', greenCell()).value).toBe('ninety');
  });

  it('shows why a failed generate changed nothing, in the request’s language', async () => {
    const env = new FakeEnv();
    const h = createExcelHost({ env, lock: new WriteLock(), sampleData: emptyData, build: () => ({ spec: workbookSpec(3), notices: [] }) });
    env.failAtMutation = 3;
    expect(await refusal(h.generate(request({ language: 'zh-CN' }), () => undefined), 'zh-CN')).toMatch(/^写入工作簿失败：GeneralException: injected failure at .*。所有工作表、表格、名称和数值均已恢复原状。$/);
    expect(env.state.sheets).toEqual([]);
    expect(env.state.names.size).toBe(0);
  });
});
