import { applyRiskRules, removeRiskRules } from '../../src/excel/riskRules';
import { REGISTRY_KEY } from '../../src/excel/registry';
import { detectSupport } from '../../src/excel/support';
import { writeWorkbook } from '../../src/excel/writeWorkbook';
import { FakeEnv } from './fakeExcel';
import { workbookSpec } from './specs';
import { refusal, rejection } from '../support/hostProblems';

function sheetWithData(env: FakeEnv): void {
  const s = env.state.addSheet('Targets');
  const rows = [
    ['Rep', 'Target', 'Actual', 'Elapsed'],
    ['A', 100, 120, 0.5],
    ['B', 100, 50, 0.5],
    ['C', 100, 30, 0.5],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => env.state.setCell(s, i + 1, j + 1, v)));
}

describe('risk rules', () => {
  it('applies three formula rules on the selection, reading each row and the threshold names', async () => {
    const env = new FakeEnv();
    sheetWithData(env);
    env.state.selection = { sheet: 'Targets', address: 'B2:E5' };
    const r = await env.run((c) => applyRiskRules(c, { target: 'selection', actualColumn: 'Actual', targetColumn: 2, elapsed: 'Elapsed', green: 1, yellow: 0.8 }));
    expect(r).toEqual({ address: "'Targets'!B3:E5", rules: 3 });
    const cfs = env.state.sheet('Targets')!.cfs;
    expect(cfs.map((c) => c.formula)).toEqual([
      '=AND($E3>0,$D3/($C3*$E3)<SPK_RiskYellow)',
      '=AND($E3>0,$D3/($C3*$E3)>=SPK_RiskYellow,$D3/($C3*$E3)<SPK_RiskGreen)',
      '=AND($E3>0,$D3/($C3*$E3)>=SPK_RiskGreen)',
    ]);
    expect(cfs.map((c) => c.fill)).toEqual(['#FFC7CE', '#FFEB9C', '#C6EFCE']);
    expect(cfs.every((c) => c.stopIfTrue)).toBe(true);
    // Thresholds the workbook did not have are added as constants the add-in owns.
    expect(env.state.names.get('spk_riskgreen')!.formula).toBe('=1');
    expect(env.state.names.get('spk_riskyellow')!.formula).toBe('=0.8');
    expect(JSON.parse(String(env.state.settings.get(REGISTRY_KEY))).names).toEqual(['SPK_RiskGreen', 'SPK_RiskYellow']);
    // Applying again with new thresholds updates the constants it owns.
    await env.run((c) => applyRiskRules(c, { target: 'selection', actualColumn: 3, targetColumn: 2, green: 0.9, yellow: 0.7 }));
    expect(env.state.names.get('spk_riskgreen')!.formula).toBe('=0.9');
    expect(env.state.sheet('Targets')!.cfs[0].formula).toBe('=AND(1>0,$D3/($C3*1)<SPK_RiskYellow)');
  });

  it('leaves threshold names that point at the Settings sheet alone, and works on a table', async () => {
    const env = new FakeEnv();
    await writeWorkbook(env, workbookSpec(10), { language: 'en-US', refresh: false, support: detectSupport(env) });
    const r = await env.run((c) =>
      applyRiskRules(c, { target: { table: 'SPK_Evaluation' }, actualColumn: 'actual', targetColumn: 'Target', elapsed: 0.5, green: 2, yellow: 1 }),
    );
    // The table's last column is where a refresh flags rows that left the data.
    expect(r).toEqual({ address: "'Evaluation'!A4:I13", rules: 3 });
    expect(env.state.names.get('spk_riskgreen')!.formula).toBe("='Settings'!$B$2");
    expect(env.state.sheet('Evaluation')!.cfs[0].formula).toBe('=AND(0.5>0,$D4/($C4*0.5)<SPK_RiskYellow)');
  });

  it('removes only the add-in’s rules', async () => {
    const env = new FakeEnv();
    sheetWithData(env);
    env.state.selection = { sheet: 'Targets', address: 'B2:E5' };
    await env.run((c) => applyRiskRules(c, { target: 'selection', actualColumn: 'Actual', targetColumn: 'Target', green: 1, yellow: 0.8 }));
    const ws = env.state.sheet('Targets')!;
    ws.cfs.push({ rect: { row: 2, col: 1, rows: 3, cols: 1 }, formula: '=$B3="C"', fill: '#0000FF', fontColor: '', stopIfTrue: false, obj: ws.cfs[0].obj });
    const removed = await env.run((c) => removeRiskRules(c, 'selection'));
    expect(removed).toBe(3);
    expect(ws.cfs.map((c) => c.formula)).toEqual(['=$B3="C"']);
  });

  it('explains bad requests in the user’s language', async () => {
    const env = new FakeEnv();
    sheetWithData(env);
    env.state.selection = { sheet: 'Targets', address: 'B2:E5' };
    const apply = (over: object) =>
      env.run((c) => applyRiskRules(c, { target: 'selection', actualColumn: 'Actual', targetColumn: 'Target', green: 1, yellow: 0.8, ...over }));
    expect(await rejection(apply({ actualColumn: 'Sales' }))).toEqual({ code: 'columnMissing', params: { column: 'Sales', where: 'Targets!B2:E5' } });
    expect(await refusal(apply({ actualColumn: 'Sales' }))).toBe('Column “Sales” was not found in Targets!B2:E5.');
    expect(await refusal(apply({ targetColumn: 9 }), 'zh-CN')).toBe('在 Targets!B2:E5 中找不到列“9”。');
    expect(await refusal(apply({ green: 0.5, yellow: 0.8 }))).toBe('The yellow threshold must not be above the green one, and neither may be negative.');
    expect(await refusal(apply({ elapsed: 0 }))).toBe('The elapsed share of the period must be between 0 (exclusive) and 1.');
    expect(await refusal(apply({ target: { table: 'Nope' } }))).toBe('There is no table named “Nope” in this workbook.');
    env.state.selection = { sheet: 'Targets', address: 'B2:E2' };
    expect(await refusal(apply({}))).toBe('Select the cells to flag first (a header row and at least one data row).');
    expect(env.state.sheet('Targets')!.cfs).toHaveLength(0);
  });
});
