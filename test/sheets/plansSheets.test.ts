import { HyperFormula } from 'hyperformula';
import { computeStatements } from '../../src/core/plans/engine';
import { examplePlan, seedPlan } from '../../src/core/plans/examples';
import { FX_TABLE, buildPlansSheet, readFxFromTable, readPlanFromTable } from '../../src/sheets/plansSheet';
import { buildReconciliationSheet } from '../../src/sheets/reconciliationSheet';
import { buildStatementSheet } from '../../src/sheets/statementSheet';
import { isFormula, type Cell, type SheetSpec } from '../../src/sheets/model';
import { BLOCKS_INPUT, EVERY_BLOCK_INPUT } from '../core/plans/fixtures';
import { message } from '../support/errors';

/** The sheet's cells in a grid (tables with their header row, blocks), formulas with "=". */
function grid(sheet: SheetSpec): (string | number | boolean | null)[][] {
  const g: (string | number | boolean | null)[][] = [];
  const put = (r: number, c: number, v: Cell) => {
    while (g.length <= r) g.push([]);
    g[r][c] = isFormula(v) ? `=${v.formula}` : v === '' ? null : v;
  };
  for (const t of sheet.tables) {
    t.columns.forEach((col, c) => put(t.origin.row, t.origin.col + c, col.header));
    t.rows.forEach((row, r) => row.forEach((v, c) => put(t.origin.row + 1 + r, t.origin.col + c, v)));
  }
  for (const b of sheet.blocks) b.cells.forEach((row, r) => row.forEach((v, c) => put(b.origin.row + r, b.origin.col + c, v)));
  const width = Math.max(...g.map((r) => r.length));
  return g.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/** Every formula's value as HyperFormula (not the add-in) computes it, against the cached value. */
function checkFormulas(sheet: SheetSpec) {
  const hf = HyperFormula.buildFromArray(grid(sheet), { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  let n = 0;
  const each = (r0: number, c0: number, cells: Cell[][]) =>
    cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!isFormula(v)) return;
        n++;
        const got = hf.getCellValue({ sheet: 0, row: r0 + r, col: c0 + c });
        if (typeof v.value === 'number') expect(got as number).toBeCloseTo(v.value, 6);
        else expect(got).toBe(v.value);
      }),
    );
  for (const t of sheet.tables) each(t.origin.row + 1, t.origin.col, t.rows);
  for (const b of sheet.blocks) each(b.origin.row, b.origin.col, b.cells);
  hf.destroy();
  return n;
}

describe('Plans sheet', () => {
  it('lays out one validated table per plan version, localized, and reads it back', () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      const plans = [seedPlan(), ...EVERY_BLOCK_INPUT.plans];
      const sheet = buildPlansSheet(plans, lang);
      expect(sheet.kind).toBe('plans');
      expect(sheet.name).toBe(lang === 'en-US' ? 'Plans' : '提成方案');
      expect(sheet.tables.map((t) => t.name)).toEqual(['SPK_Plan_1_seed', 'SPK_Plan_2_field', 'SPK_Plan_3_field']);
      sheet.tables.forEach((t, i) => expect(readPlanFromTable(t.columns.map((c) => c.header), t.rows)).toEqual(plans[i]));
      for (const t of sheet.tables) for (const row of t.rows) for (const v of row) expect(typeof v === 'string' || typeof v === 'number').toBe(true);
    }
    const zh = buildPlansSheet([examplePlan()], 'zh-CN');
    expect(zh.tables[0].columns.map((c) => c.header)).toEqual(['设置项', '值']);
    expect(zh.validations.map((v) => v.list)).toContainEqual(['费率表', '加速器', '门槛', '封顶', '破纪录奖励', '团队奖金池', '管理提成', '专项奖励']);
    expect(zh.validations.find((v) => v.list.includes('超额累进'))?.range).toMatch(/^B\d+$/);
    // The band boundary is written out for every rate table, with its own drop-down.
    expect(zh.validations.map((v) => v.list)).toContainEqual(['含下限', '含上限']);
    expect(zh.tables[0].rows.filter((r) => r[0] === '档位边界').map((r) => r[1])).toEqual(['含下限', '含下限']);
  });

  it('lays out overrides, SPIFFs, the credit basis and the plan currency, and reads them back in either language', () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      const sheet = buildPlansSheet(BLOCKS_INPUT.plans, lang, undefined, { company: 'CNY', rates: BLOCKS_INPUT.fx ?? [] });
      const plans = sheet.tables.filter((t) => t.name.startsWith('SPK_Plan_'));
      plans.forEach((t, i) => expect(readPlanFromTable(t.columns.map((c) => c.header), t.rows)).toEqual(BLOCKS_INPUT.plans[i]));
      const fx = sheet.tables.find((t) => t.name === FX_TABLE);
      expect(fx?.rows).toEqual([['2026-05', 'USD', 7.1], ['2026-05', 'EUR', 7.8], ['2026-06', 'USD', 7.2]]);
      expect(readFxFromTable(fx?.rows ?? [])).toEqual(BLOCKS_INPUT.fx);
    }
    const zh = buildPlansSheet(BLOCKS_INPUT.plans, 'zh-CN').tables[1].rows;
    expect(zh).toContainEqual(['类型', '专项奖励']);
    expect(zh).toContainEqual(['仅限新客户', '是']);
    expect(zh).toContainEqual(['产品线', 'Cloud']);
    expect(buildPlansSheet(BLOCKS_INPUT.plans, 'zh-CN').tables[2].rows).toContainEqual(['业绩口径', '回款额']);
    expect(buildPlansSheet(BLOCKS_INPUT.plans, 'en-US').tables[0].rows).toContainEqual(['scope', 'all reports']);
    expect(message(() => readFxFromTable([['2026-05', 'usd', 7]]))).toBe('SPK_FxRates row 2: "usd" is not a three-letter currency code such as USD');
    expect(message(() => readFxFromTable([['2026-05', 'USD', 0]]))).toBe('SPK_FxRates row 2 rate must be above 0');
  });

  it('reports edits that break the plan with the table row', () => {
    const t = buildPlansSheet([examplePlan()], 'en-US').tables[0];
    const rows = t.rows.map((r) => r.slice());
    const decimalsRow = rows.findIndex((r) => r[0] === 'decimals');
    rows[decimalsRow][1] = -1;
    expect(message(() => readPlanFromTable(['Setting', 'Value'], rows))).toContain(`plan is invalid: row ${decimalsRow + 2}, decimals: must be at least 0`);
    expect(message(() => readPlanFromTable(['Key', 'Value'], rows))).toContain('plan table: headers must be "Setting | Value" or "设置项 | 值"');
  });
});

const flagsOf = (sheet: SheetSpec) => sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => isFormula(c) && c.formula.startsWith('IF(ROUND('));

describe('Commission statement sheet', () => {
  const statements = computeStatements(EVERY_BLOCK_INPUT);

  it('has a summary table and one block per rep with the audit lines and their explanation', () => {
    const sheet = buildStatementSheet('2026-07', statements, EVERY_BLOCK_INPUT.reps, EVERY_BLOCK_INPUT.plans, 'zh-CN');
    expect(sheet.name).toBe('提成明细 2026-07');
    expect(sheet.tables.map((t) => t.name)).toEqual(['SPK_Statement_2026_07']);
    expect(sheet.tables[0].columns.map((c) => c.header)).toEqual(['销售编号', '姓名', '业绩', '指标（按天折算）', '达成率', '应发提成']);
    expect(sheet.tables[0].rows.map((r) => [r[0], r[1], r[2]])).toEqual([['A', 'Ann', 200000], ['B', 'Bo', 450000]]);
    const text = grid(sheet).flat();
    expect(text).toContain('追回：订单 d3（2026-05-20 成交，2026-07-10 取消）冲回 2026-05 的提成 4,100.00');
    expect(text).toContain('封顶 8,000.00：8,650.00 扣减 650.00');
  });

  it('checks every line showing a rate to the cent with native formulas that agree with the statement', () => {
    for (const period of ['2026-05', '2026-06', '2026-07']) {
      const sheet = buildStatementSheet(period, statements, EVERY_BLOCK_INPUT.reps, EVERY_BLOCK_INPUT.plans, 'en-US');
      const formulas = sheet.blocks.flatMap((b) => b.cells.flat()).filter(isFormula).map((c) => c.formula);
      expect(formulas.every((f) => !f.startsWith('='))).toBe(true);
      expect(formulas.some((f) => /ABS\(|<0\.0|\*0\.01/.test(f))).toBe(false);
      expect(checkFormulas(sheet)).toBeGreaterThan(10);
      const rated = statements.filter((s) => s.period === period).flatMap((s) => s.lines.filter((l) => l.rate !== null));
      const flags = flagsOf(sheet);
      expect(flags).toHaveLength(rated.length);
      for (const f of flags) expect(isFormula(f) && f.value).toBe('OK');
    }
    const may = buildStatementSheet('2026-05', statements, EVERY_BLOCK_INPUT.reps, EVERY_BLOCK_INPUT.plans, 'en-US');
    const tiers = may.blocks.flatMap((b) => b.cells.flat()).filter((c) => isFormula(c) && c.formula.startsWith('ROUND(MAX(0,'));
    // May for A: base 2,000 + 3,600 and accelerator 480 + 300 + 600 + 300, recomputed without the add-in.
    expect(tiers.map((c) => isFormula(c) && c.value)).toEqual([2000, 3600, 480, 300, 600, 300]);
  });

  it('flags a line that is a cent off its own arithmetic, and only that line', () => {
    const may = statements.filter((s) => s.period === '2026-05');
    const off = may.map((s) => (s.rep !== 'A' ? s : { ...s, lines: s.lines.map((l, i) => (i === 1 ? { ...l, amount: l.amount.add(0.01) } : l)) }));
    const sheet = buildStatementSheet('2026-05', off, EVERY_BLOCK_INPUT.reps, EVERY_BLOCK_INPUT.plans, 'en-US');
    const hf = HyperFormula.buildFromArray(grid(sheet), { licenseKey: 'gpl-v3', useArrayArithmetic: true });
    const values = flagsOf(sheet).map((f) => (isFormula(f) ? f.value : null));
    expect(values.filter((v) => v === 'CHECK')).toHaveLength(1);
    const g = grid(sheet);
    const found: string[] = [];
    g.forEach((row, r) => row.forEach((v, c) => typeof v === 'string' && v.startsWith('=IF(ROUND(') && found.push(String(hf.getCellValue({ sheet: 0, row: r, col: c })))));
    expect(found.filter((v) => v === 'CHECK')).toHaveLength(1);
    hf.destroy();
  });

  it('recomputes flat tables by the band reached, with either boundary', () => {
    for (const boundary of ['lower', 'upper'] as const) {
      const plan = seedPlan();
      const t = plan.components[0];
      if (t.kind === 'rateTable') Object.assign(t, { mode: 'flat', boundary });
      const deals = [{ id: 'x', splits: [{ rep: 'A', share: 1 }], date: 46150, amount: 1_000_000, cancelled: null }];
      const input = { ...EVERY_BLOCK_INPUT, plans: [plan], deals, collaboration: [] };
      const sheet = buildStatementSheet('2026-05', computeStatements(input), input.reps, input.plans, 'en-US');
      const tiers = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => isFormula(c) && c.formula.startsWith('IF(')  && !c.formula.startsWith('IF(ROUND('));
      // 1,000,000 exactly on the second bound: band 2 at 1.5 % with a lower boundary, band 1 at 1 % with an upper one.
      expect(tiers.map((c) => isFormula(c) && c.value)).toEqual(boundary === 'lower' ? [0, 15_000, 0] : [10_000, 0, 0]);
      expect(isFormula(tiers[0]) && tiers[0].formula).toBe(
        boundary === 'lower' ? 'IF(SUMPRODUCT(--($N$11:$N$13<=$D$8))=1,ROUND($D$8*O11,2),0)' : 'IF(MAX(1,SUMPRODUCT(--($N$11:$N$13<$D$8)))=1,ROUND($D$8*O11,2),0)',
      );
      for (const f of flagsOf(sheet)) expect(isFormula(f) && f.value).toBe('OK');
      checkFormulas(sheet);
    }
  });
});

describe('Commission statement sheet with several currencies and the new blocks', () => {
  const statements = computeStatements(BLOCKS_INPUT);

  it('states each rep in their currency, converts other currencies on their own rows, and totals in the company currency', () => {
    const sheet = buildStatementSheet('2026-05', statements, BLOCKS_INPUT.reps, BLOCKS_INPUT.plans, 'en-US');
    const summary = sheet.tables[0];
    expect(summary.columns.map((c) => c.header)).toEqual(['Rep ID', 'Name', 'Credit', 'Quota (prorated)', 'Attainment', 'Payout', 'Currency', 'Payout (CNY)']);
    expect(summary.rows.map((r) => [r[0], r[6], isFormula(r[5]) && r[5].value, isFormula(r[7]) && r[7].value])).toEqual([
      ['M', 'CNY', 1628, 1628],
      ['A', 'CNY', 4000, 4000],
      ['B', 'CNY', 550, 550],
      ['C', 'CNY', 400, 400],
      ['U', 'USD', 353.8, 2511.98],
    ]);
    const text = grid(sheet).flat();
    expect(text).toContain('Total (CNY)');
    expect(text).toContain('Credit in EUR: 7,000.00 × 7.8 ÷ 7.1 = 7,690.14 USD, rounded to the USD minor unit');
    expect(text).toContain('Total 353.80 USD × 7.1 = 2,511.98 CNY, rounded to the CNY minor unit');
    expect(text).toContain('Currency USD · credit: deals booked');
    expect(text).toContain('Currency CNY · credit: cash collected');
    expect(text).toContain('Override on Bo (indirect report): 15,000.00 × 0.5% = 75.00');
    // Grand total: 1,628 + 4,000 + 550 + 400 + 2,511.98, recomputed by HyperFormula with every other formula.
    const grand = sheet.blocks.find((b) => b.cells[0][0] === 'Total (CNY)')?.cells[0][1];
    expect(grand).toEqual({ formula: 'SUM(H4:H8)', value: 9089.98 });
    expect(checkFormulas(sheet)).toBeGreaterThan(10);
    for (const f of flagsOf(sheet)) expect(isFormula(f) && f.value).toBe('OK');
    const zh = grid(buildStatementSheet('2026-05', statements, BLOCKS_INPUT.reps, BLOCKS_INPUT.plans, 'zh-CN')).flat();
    expect(zh).toContain('应发提成（CNY）');
    expect(zh).toContain('合计 353.80 USD × 7.1 = 2,511.98 CNY（按 CNY 最小单位四舍五入）');
  });

  it('a single-currency period keeps the summary without currency columns', () => {
    const sheet = buildStatementSheet('2026-05', computeStatements(EVERY_BLOCK_INPUT), EVERY_BLOCK_INPUT.reps, EVERY_BLOCK_INPUT.plans, 'en-US');
    expect(sheet.tables[0].columns).toHaveLength(6);
  });
});

describe('Reconciliation sheet', () => {
  it('flags differences with a formula and a formula-based conditional format', () => {
    const statements = computeStatements(EVERY_BLOCK_INPUT);
    const paid = [
      { rep: 'A', period: '2026-05', amount: 21_380 },
      { rep: 'A', period: '2026-06', amount: 3_000 },
      { rep: 'A', period: '2026-07', amount: 3_000.01 },
      { rep: 'B', period: '2026-06', amount: 1_500 },
    ];
    const sheet = buildReconciliationSheet(statements, paid, EVERY_BLOCK_INPUT.reps, 'en-US');
    expect(sheet.tables[0].name).toBe('SPK_Reconciliation');
    expect(sheet.tables[0].rows.map((r) => [r[0], r[1], r[3], r[4], isFormula(r[5]) && r[5].value, isFormula(r[6]) && r[6].value])).toEqual([
      ['2026-05', 'A', 21380, 21380, 0, 'OK'],
      ['2026-06', 'A', 3000, 3000, 0, 'OK'],
      ['2026-07', 'A', 3000, 3000.01, 0.01, 'Check'],
      ['2026-06', 'B', 1500, 1500, 0, 'OK'],
      ['2026-07', 'B', 37685, '', -37685, 'Check'],
    ]);
    expect(sheet.conditionalFormats).toEqual([{ range: 'A4:G8', formula: 'ROUND($F4,2)<>0', fill: '#FFC7CE', fontColor: '#9C0006', priority: 1 }]);
    checkFormulas(sheet);
    const zh = buildReconciliationSheet(statements, paid, EVERY_BLOCK_INPUT.reps, 'zh-CN');
    expect(zh.tables[0].columns.map((c) => c.header)).toEqual(['期间', '销售编号', '姓名', '应发', '实发', '差额', '状态']);
    expect(zh.name).toBe('提成对账');
  });
});
