/**
 * Close / adjust / reopen through the recording Excel fake, on a team's CRM export pasted as a
 * table: closing writes the month's statement as values and protects it (the fake, like Excel,
 * then refuses every write to it), the record is a custom XML part; a later generate on changed
 * data leaves the closed sheet exactly as it was and pays the late deal in the next month;
 * closing twice is refused with the reason; reopening lifts the protection and the next generate
 * writes the sheet again.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { dateSerial, monthIdStart } from '../../src/data/calendar';
import { monthPeriod } from '../../src/data/periods';
import { createExcelHost } from '../../src/excel/excelHost';
import { loadClosings } from '../../src/excel/closings';
import { WriteLock } from '../../src/excel/lock';
import { HostError, type GenerateRequest } from '../../src/host/types';
import { renderHostProblem } from '../../src/i18n';
import { SHEET_KINDS } from '../../src/sheets/model';
import { CLOSINGS_NAMESPACE } from '../../src/sheets/close/xml';
import { crmExport } from '../data/fixtures';
import { sampleLeaks } from '../data/sampleNames';
import { FakeEnv, FakeError } from './fakeExcel';
import { putTable } from './tables';

const serial = (iso: string): number => dateSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const HEADER = ['Opportunity ID', 'Account Name', 'Stage', 'Close Date', 'Amount', 'Opportunity Owner', 'Split Owner', 'Split Percentage', 'Region', 'Product Family'];

function crmRows(): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (const d of crmExport().deals) for (const s of d.splits) rows.push([d.id, d.account, 'Closed Won', serial(d.date), d.cents / 100, d.splits[0].rep, s.rep, s.percent, d.region, d.family]);
  return rows;
}

const request = (period: string, refresh: boolean): GenerateRequest => ({
  sheets: [...SHEET_KINDS],
  period: monthPeriod(monthIdStart(period)),
  language: 'en-US',
  settings: { ...DEFAULT_SETTINGS, language: 'en-US' },
  source: { kind: 'data', data: { sources: [{ id: 'Opps' }], mappings: [] } },
  refresh,
});

const sheetCells = (env: FakeEnv, name: string) => [...env.state.sheet(name)!.cells.entries()].map(([k, c]) => [k, c.kind, c.value, c.numberFormat]);

describe('closing a month in Excel', () => {
  const env = new FakeEnv();
  const host = createExcelHost({ env, lock: new WriteLock() });
  const noProgress = () => undefined;
  let snapshot = '';

  beforeAll(async () => {
    putTable(env, 'Salesforce', 'Opps', crmRows());
    await host.generate(request('2024-10', false), noProgress);
  });

  it('writes the statement as values, protects it and stores the record', async () => {
    const r = await host.closePeriod!(request('2024-10', true), { action: 'close', period: '2024-10' }, noProgress);
    expect(r.sheet).toBe('Statement 2024-10');
    snapshot = r.snapshot;
    expect(snapshot).toMatch(/^2024-10-v1-[0-9a-f]{8}$/);
    const sheet = env.state.sheet('Statement 2024-10')!;
    expect(sheet.protected).toBe(true);
    expect([...sheet.cells.values()].filter((c) => c.kind === 'formula')).toEqual([]);
    expect(env.state.at('Statement 2024-10', 'A2').value).toContain(`snapshot ${snapshot}`);
    expect(env.state.xmlParts.filter((p) => p.ns === CLOSINGS_NAMESPACE)).toHaveLength(1);
    const read = await env.run((context) => loadClosings(context));
    expect(read.ok && read.closings.closed.map((s) => s.id)).toEqual([snapshot]);
    // Excel refuses a typed value in the protected sheet.
    expect(() => env.state.setCell(sheet, 10, 0, 'typed')).toThrow(FakeError);
  });

  it('refuses to close the month again, with the reason', async () => {
    const refused = await host.closePeriod!(request('2024-10', true), { action: 'close', period: '2024-10' }, noProgress).catch((e: HostError) => e);
    expect(refused).toBeInstanceOf(HostError);
    expect(renderHostProblem('en-US', (refused as HostError).problem)).toMatch(/^2024-10 is already closed \(snapshot 2024-10-v1-[0-9a-f]{8}, .*\)\. Reopen it first to close it again\.$/);
  });

  it('leaves the closed sheet as it was when generating on changed data, and pays the late deal in November', async () => {
    const before = sheetCells(env, 'Statement 2024-10');
    // A late deal of October, appended to the team's table.
    const table = env.state.tables.find((t) => t.name === 'Opps')!;
    const row = table.rect.row + table.rect.rows;
    ['006LATE0000001', 'Contoso Ltd', 'Closed Won', serial('2024-10-30'), 12_345.67, 'Jordan Reyes', 'Jordan Reyes', 100, 'West', 'Platform'].forEach((v, j) => env.state.setCell(table.sheet, row, table.rect.col + j, v));
    table.rect = { ...table.rect, rows: table.rect.rows + 1 };
    const sheets = await host.generate(request('2024-11', true), noProgress);
    expect(sheetCells(env, 'Statement 2024-10')).toEqual(before);
    expect(sheets.map((s) => s.name)).not.toContain('Statement 2024-10');
    const november = [...env.state.sheet('Statement 2024-11')!.cells.values()].map((c) => String(c.value));
    expect(november.filter((t) => t.includes(`Prior-period adjustment to closed 2024-10 (snapshot ${snapshot}): deal 006LATE0000001 changed since it closed`))).toHaveLength(1);
    const csv = new TextDecoder().decode((await host.payrollCsv(request('2024-11', true), noProgress)).bytes).replace(/^\uFEFF/, '').split('\r\n');
    const col = csv[0].split(',').indexOf('adjustments');
    const jordan = csv.find((l) => l.startsWith('Jordan Reyes,'))!.split(',');
    expect(Number(jordan[col])).toBeGreaterThan(0);
    expect(csv.slice(1).filter((l) => l !== '' && !l.startsWith('Jordan Reyes,')).every((l) => Number(l.split(',')[col]) === 0)).toBe(true);
    const texts = env.state.sheets.flatMap((s) => [s.name, ...[...s.cells.values()].map((c) => String(c.value ?? ''))]);
    expect(sampleLeaks(texts)).toEqual([]);
  });

  it('generating the closed month itself keeps its sheet and says so', async () => {
    const before = sheetCells(env, 'Statement 2024-10');
    const sheets = await host.generate(request('2024-10', true), noProgress);
    expect(sheetCells(env, 'Statement 2024-10')).toEqual(before);
    expect(sheets.flatMap((s) => s.notices ?? []).map((n) => renderHostProblem('en-US', n))).toContain(`2024-10 is closed (snapshot ${snapshot}): its statement sheet is kept exactly as it was closed; changes since are paid in the next open period.`);
  });

  it('reopens the month: the protection is lifted, the snapshot kept as a version, and the next generate writes the sheet again', async () => {
    const r = await host.closePeriod!(request('2024-10', true), { action: 'reopen', period: '2024-10' }, noProgress);
    expect(r).toEqual({ snapshot, sheet: null });
    expect(env.state.sheet('Statement 2024-10')!.protected).toBe(false);
    const read = await env.run((context) => loadClosings(context));
    expect(read.ok && read.closings.history.map((s) => [s.id, s.period])).toEqual([[snapshot, '2024-10']]);
    await host.generate(request('2024-10', true), noProgress);
    expect([...env.state.sheet('Statement 2024-10')!.cells.values()].some((c) => c.kind === 'formula')).toBe(true);
  });
});

describe('closing a month in Excel when the workbook does not save the record', () => {
  it('is refused with the reason, stores nothing and leaves the written sheet unprotected (not locked as if closed)', async () => {
    const env = new FakeEnv();
    const host = createExcelHost({ env, lock: new WriteLock() });
    putTable(env, 'Salesforce', 'Opps', crmRows());
    await host.generate(request('2024-10', false), () => undefined);
    const addPart = jest.spyOn(env.state, 'addPart').mockImplementation(() => {
      throw new FakeError('GeneralException', 'the custom XML part was refused');
    });
    const refused = await host.closePeriod!(request('2024-10', true), { action: 'close', period: '2024-10' }, () => undefined).catch((e: unknown) => e);
    addPart.mockRestore();
    expect(refused).toBeInstanceOf(HostError);
    expect(renderHostProblem('en-US', (refused as HostError).problem)).toBe(
      "2024-10 was not closed: the workbook did not save its record of closed periods. The sheet Statement 2024-10 holds the statement's values, unprotected; generate or close again.",
    );
    expect(env.state.sheet('Statement 2024-10')!.protected).toBe(false);
    expect(env.state.xmlParts.filter((p) => p.ns === CLOSINGS_NAMESPACE)).toEqual([]);
    // Nothing counts as closed: closing again succeeds and writes the record.
    const r = await host.closePeriod!(request('2024-10', true), { action: 'close', period: '2024-10' }, () => undefined);
    expect(r.snapshot).toMatch(/^2024-10-v1-[0-9a-f]{8}$/);
    expect(env.state.sheet('Statement 2024-10')!.protected).toBe(true);
  });
});
