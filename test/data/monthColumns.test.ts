/**
 * Quotas laid out the way finance keeps them: one row per rep, one column per month ("Sales Rep,
 * Jan 2025, Feb 2025 …", "销售人员, 2025年1月 …" saved as GBK CSV, or a sheet of an .xlsx), in a
 * file, sheet or table named for quotas or targets. They are read as quotas per rep and month; blank months are no quota; a total row is skipped once;
 * a bad month cell is reported with its row and its month's column, as the user sees them.
 */
import ExcelJS from 'exceljs';
import { buildDataset } from '../../src/data/dataset';
import { readDataFile } from '../../src/data/files';
import { renderDataProblem } from '../../src/i18n';
import { encodeGbk } from './gbk';

const DEALS = ['Order ID,Customer,Order Date,Amount,Salesperson', '1,Fabrikam,2025-01-10,1000,Maria Garcia', '2,Contoso,2025-02-11,2000,Ken Watanabe', '3,Contoso,2025-03-12,1500,李娜'].join('\n');

async function build(name: string, bytes: Uint8Array) {
  const deals = await readDataFile('deals.csv', new TextEncoder().encode(DEALS));
  const quotas = await readDataFile(name, bytes);
  expect(quotas.problems).toEqual([]);
  return buildDataset([...deals.tables, ...quotas.tables]);
}

const quotasOf = (r: Awaited<ReturnType<typeof build>>) => r.dataset!.quotas.map((q) => [q.scope, q.name, q.period, q.amount, q.ref?.row]);

describe('quotas with one column per month', () => {
  it('an English CSV: a quota per rep and filled month, rows numbered as in the file, total row skipped once', async () => {
    const csv = ['Sales Rep,Region,Jan 2025,Feb 2025,Mar 2025', 'Maria Garcia,West,"15,000",15000,18000', 'Ken Watanabe,East,12000,,14000.5', 'New Hire,West,,,', '', 'Total,,27000,15000,32000.5'].join('\r\n');
    const r = await build('quotas.csv', new TextEncoder().encode(csv));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.tables.find((t) => t.source === 'quotas.csv')).toMatchObject({ kind: 'quotas', columns: { rep: 'Sales Rep', region: 'Region', period: 'Period', target: 'Quota' }, ignored: [] });
    expect(quotasOf(r)).toEqual([
      ['rep', 'Maria Garcia', '2025-01', 15_000, 2],
      ['rep', 'Maria Garcia', '2025-02', 15_000, 2],
      ['rep', 'Maria Garcia', '2025-03', 18_000, 2],
      ['rep', 'Ken Watanabe', '2025-01', 12_000, 3],
      ['rep', 'Ken Watanabe', '2025-03', 14_000.5, 3],
    ]);
    expect(r.problems.filter((p) => p.code === 'totalRowSkipped').map((p) => renderDataProblem('en-US', p))).toEqual(['quotas.csv, row 6: Skipped a total row (“Total”).']);
  });

  it('a Chinese GBK CSV with 年月 headers', async () => {
    const csv = ['销售人员,2025年1月,2025年2月,2025年3月', '李娜,8000,9000,10000', 'Maria Garcia,1,2,3'].join('\r\n');
    const r = await build('指标.csv', encodeGbk(csv));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(quotasOf(r).filter((q) => q[1] === '李娜')).toEqual([
      ['rep', '李娜', '2025-01', 8000, 2],
      ['rep', '李娜', '2025-02', 9000, 2],
      ['rep', '李娜', '2025-03', 10_000, 2],
    ]);
  });

  it('an .xlsx sheet under a title, and a bad cell named by its row and month column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('FY2025 quotas');
    ws.addRow(['Quotas FY2025']);
    ws.addRow([]);
    ws.addRow(['Rep', '2025-01', '2025-02']);
    ws.addRow(['Maria Garcia', 5000, 'five']);
    ws.addRow(['Ken Watanabe', 4000, 4100]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await build('plan.xlsx', bytes);
    expect(r.dataset).toBeNull();
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => renderDataProblem('en-US', p))).toEqual(['plan.xlsx, row 4, column “2025-02”: “five” is not an amount.']);
  });

  it('a month-by-month table not named for quotas (sales by rep and month) is not taken for quotas', async () => {
    const sales = await readDataFile('sales-by-month.csv', new TextEncoder().encode('Sales Rep,Jan 2025,Feb 2025\nMaria Garcia,900,1200'));
    expect(sales.tables[0].table.headers).toEqual(['Sales Rep', 'Jan 2025', 'Feb 2025']);
    const r = await build('quota-plan.csv', new TextEncoder().encode('Sales Rep,Jan 2025,Feb 2025\nMaria Garcia,900,1200'));
    expect(quotasOf(r)).toEqual([
      ['rep', 'Maria Garcia', '2025-01', 900, 2],
      ['rep', 'Maria Garcia', '2025-02', 1200, 2],
    ]);
  });

  it('a table with one month column, or months and nothing else, is not read as month columns', async () => {
    const one = await readDataFile('q.csv', new TextEncoder().encode('Rep,Period,Quota\nMaria Garcia,2025-01,100'));
    expect(one.tables[0].table.headers).toEqual(['Rep', 'Period', 'Quota']);
    const only = await readDataFile('m.csv', new TextEncoder().encode('Jan 2025,Feb 2025\n1,2'));
    expect(only.tables[0].table.headers).toEqual(['Jan 2025', 'Feb 2025']);
  });
});
