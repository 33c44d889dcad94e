/**
 * The three realistic data sets as tables in a workbook, through the recording Excel fake: the
 * pane's check recognises them (real counts and the default period), and generating writes the
 * team's own workbook, in which no cell, sheet name, note or comment holds a sample name.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createExcelHost } from '../../src/excel/excelHost';
import { HostError } from '../../src/host/types';
import { renderHostProblem } from '../../src/i18n';
import { WriteLock } from '../../src/excel/lock';
import type { DataRequest, GenerateRequest } from '../../src/host/types';
import { monthPeriod } from '../../src/data/periods';
import { monthIdStart, dateSerial } from '../../src/data/calendar';
import { SHEET_KINDS } from '../../src/sheets/model';
import { BOOK_REPS, crmExport, erpExport, workbookExport } from '../data/fixtures';
import { sampleLeaks } from '../data/sampleNames';
import { FakeEnv } from './fakeExcel';
import { putTable } from './tables';

const serial = (iso: string): number => dateSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Every text the workbook shows: cell values and formulas, sheet and table names, notes, comments. */
function texts(env: FakeEnv): string[] {
  const out: string[] = [];
  for (const s of env.state.sheets) {
    out.push(s.name);
    for (const c of s.cells.values()) if (typeof c.value === 'string') out.push(c.value);
    for (const n of [...s.notes, ...s.comments]) out.push(n.text);
    for (const ch of s.charts) out.push(ch.title, ...ch.series.map((x) => x.name));
  }
  for (const t of env.state.tables) out.push(t.name);
  for (const n of env.state.names.values()) out.push(n.name, n.formula);
  return out;
}

async function checkAndGenerate(env: FakeEnv, data: DataRequest, language: 'en-US' | 'zh-CN') {
  const { host, check, request } = await checked(env, data, language);
  const sheets = await host.generate(request, () => undefined);
  return { check, sheets, host, request };
}

async function checked(env: FakeEnv, data: DataRequest, language: 'en-US' | 'zh-CN') {
  const host = createExcelHost({ env, lock: new WriteLock() });
  const check = await host.readData(data, () => undefined);
  expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const request: GenerateRequest = {
    sheets: [...SHEET_KINDS],
    period: monthPeriod(monthIdStart(check.defaultPeriod!)),
    language,
    settings: { ...DEFAULT_SETTINGS, language },
    source: { kind: 'data', data },
    refresh: false,
  };
  return { host, check, request };
}

describe('a team’s own tables in Excel', () => {
  it('the leak check knows the sample’s names', () => {
    const sample = createExcelHost({ env: new FakeEnv() });
    expect(sample.kind).toBe('excel');
    expect(sampleLeaks(['Q3 华东 pipeline', 'Northwind', '@Home'])).toEqual([
      { text: 'Q3 华东 pipeline', name: '华东' },
      { text: '@Home', name: '@Home' },
    ]);
  });

  it('a CRM export pasted as a table (split rows, Excel dates and numbers)', async () => {
    const crm = crmExport();
    const env = new FakeEnv();
    const rows: unknown[][] = [['Opportunity ID', 'Account Name', 'Stage', 'Close Date', 'Amount', 'Opportunity Owner', 'Split Owner', 'Split Percentage', 'Region', 'Product Family']];
    for (const d of crm.deals) for (const s of d.splits) rows.push([d.id, d.account, 'Closed Won', serial(d.date), d.cents / 100, d.splits[0].rep, s.rep, s.percent, d.region, d.family]);
    putTable(env, 'Salesforce', 'Opps', rows);
    const { check, sheets } = await checkAndGenerate(env, { sources: [{ id: 'Opps' }], mappings: [] }, 'en-US');
    expect(check).toMatchObject({ ok: true, errors: 0, defaultPeriod: '2024-11', summary: { deals: crm.deals.length, reps: 6, customers: 10 } });
    expect(check.tables[0]).toMatchObject({ kind: 'deals', rows: rows.length - 1, ignored: ['Opportunity Owner'] });
    expect(sheets.map((s) => s.kind)).toContain('statement');
    expect(sampleLeaks(texts(env))).toEqual([]);
    expect(texts(env)).toContain('Northwind Traders, Inc.');
  });

  it('a Chinese ERP export in a sheet with a title and a total row, generated in Chinese', async () => {
    const erp = erpExport();
    const env = new FakeEnv(18, [], 'zh-CN');
    const sheet = env.state.addSheet('销售明细');
    const lines: unknown[][] = [['销售订单明细表'], [], ['单据编号', '客户名称', '成交日期', '成交金额', '销售', '区域', '产品线', '回款金额', '备注']];
    for (const r of erp.rows) lines.push([r.order, r.customer, serial(r.date), r.cents / 100, r.rep, r.region, r.line, r.collectedCents / 100, '']);
    lines.push(['合计', '', '', erp.rows.reduce((a, r) => a + r.cents, 0) / 100]);
    lines.forEach((r, i) => r.forEach((v, j) => env.state.setCell(sheet, i, j, v)));
    env.state.active = 0;
    const host = createExcelHost({ env, lock: new WriteLock() });
    const sources = await host.listDataSources();
    expect(sources).toEqual([expect.objectContaining({ id: "'销售明细'!A1:I184", kind: 'range', headerRow: 3, rows: erp.rows.length + 1, detected: 'deals' })]);
    const { check } = await checkAndGenerate(env, { sources: [{ id: sources[0].id }], mappings: [] }, 'zh-CN');
    expect(check).toMatchObject({ ok: true, warnings: 1, defaultPeriod: '2023-11', summary: { deals: erp.rows.length, reps: 5, customers: 6 } });
    expect(check.problems).toEqual([{ code: 'totalRowSkipped', params: { label: '合计' }, severity: 'warning', at: { source: "销售明细!A1:I184", row: 184 } }]);
    expect(sampleLeaks(texts(env))).toEqual([]);
    expect(texts(env)).toContain('重庆山城机电有限公司');
  });

  it('deals, roster and quota tables on three sheets make one team’s data', async () => {
    const book = await workbookExport();
    const env = new FakeEnv();
    putTable(env, 'Deals', 'Bookings', [['Invoice #', 'Client', 'Invoice Date', 'Net Amount', 'Sales Rep', 'Product'], ...book.deals.map((d) => [d.id, d.customer, serial(d.date), d.cents / 100, d.rep, d.product])]);
    putTable(env, 'Team', 'Roster', [['姓名', '区域', '团队', '级别', '入职日期', '直属上级'], ...BOOK_REPS.map((r) => [r.name, r.region, r.team, r.level, serial(r.start), r.manager])]);
    const quotaRows: unknown[][] = [['Sales Rep', 'Month', 'Quota']];
    for (const [rep, months] of book.quotas) for (const [m, q] of months) quotaRows.push([rep, monthIdStart(m), q]);
    putTable(env, 'Targets', 'Quotas', quotaRows);
    const data: DataRequest = { sources: [{ id: 'Bookings' }, { id: 'Roster' }, { id: 'Quotas' }], mappings: [] };
    const { check } = await checkAndGenerate(env, data, 'en-US');
    expect(check.tables.map((t) => [t.source, t.kind, t.rows])).toEqual([
      ['Deals › Bookings', 'deals', book.deals.length],
      ['Team › Roster', 'reps', 4],
      ['Targets › Quotas', 'quotas', 11],
    ]);
    expect(check).toMatchObject({ ok: true, defaultPeriod: '2026-03', months: ['2026-01', '2026-02', '2026-03'] });
    expect(sampleLeaks(texts(env))).toEqual([]);
    expect(texts(env)).toContain('Amara Okafor');

    // The pane's payroll action: the statement period's rows, one per rep, with the fixed headers.
    const { host, request } = await checked(env, data, 'en-US');
    const payroll = await host.payrollCsv(request, () => undefined);
    const lines = Buffer.from(payroll.bytes).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFrep,period,currency,credit,quota,attainment,.*,adjustments,payout$/);
    expect(payroll.fileName).toBe('payroll-2026-03.csv');
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2))).toEqual(BOOK_REPS.map((r) => [r.name, '2026-03']));
    expect(lines.slice(1, -1).map((l) => l.split(',')[4])).toEqual(BOOK_REPS.map((r) => book.quotas.get(r.name)!.get('2026-03')!.toFixed(2)));
    expect(payroll.rows).toBe(BOOK_REPS.length);
  });
});

describe('a deal in another currency in Excel', () => {
  it('refuses to generate without that month’s rate, naming table, row and currency column, and writes nothing', async () => {
    const env = new FakeEnv();
    putTable(env, 'Deals', 'Orders', [
      ['Order ID', 'Customer', 'Order Date', 'Amount', 'Currency', 'Salesperson'],
      ['A-1', 'Fabrikam', serial('2026-03-04'), 1000, 'CNY', 'Zhao Lei'],
      ['A-2', 'Contoso', serial('2026-03-09'), 250, 'USD', 'Zhao Lei'],
      ['A-3', 'Contoso', serial('2026-04-02'), 400, '', 'Qian Yu'],
    ]);
    const { host, request } = await checked(env, { sources: [{ id: 'Orders' }], mappings: [] }, 'en-US');
    const sheetsBefore = env.state.sheets.map((s) => s.name);
    const refusal = await host.generate(request, () => undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(HostError);
    expect(renderHostProblem('en-US', (refusal as HostError).problem)).toContain(
      'Deals › Orders, row 3, column “Currency”: This deal is in USD, and the exchange rates have no USD rate for 2026-03 (how many CNY one USD is worth).',
    );
    expect(env.state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });
});
