/**
 * The company's currency on the command line: a US team's CRM export that says USD on every row
 * is generated in USD (not refused for want of CNY rates), --currency declares it, a template's
 * currency is kept, several currencies without rates are refused naming the deals, and a wrong
 * code is a usage error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runGenerate } from '../../scripts/cli/run';
import { companyCurrency } from '../../src/data/companyCurrency';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-currency-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function generate(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runGenerate(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang: 'C.UTF-8' });
  return { status, out, err };
}

/** A small CRM export in the reps' own names; `currency(i)` is the Currency cell of deal i (null: no column). */
function exportFile(name: string, currency: ((i: number) => string) | null, wholeAmounts = false): string {
  const header = ['Opportunity ID', 'Account Name', 'Close Date', 'Amount', ...(currency ? ['Currency'] : []), 'Opportunity Owner'];
  const owners = ['Jordan Blake', 'Priya Raman', 'Tomás Ortega'];
  const lines = [header.join(',')];
  for (let i = 0; i < 30; i++) {
    const month = String(1 + (i % 3)).padStart(2, '0');
    lines.push([`OP-${100 + i}`, `Account ${i % 7}`, `2025-${month}-${String(1 + (i % 27)).padStart(2, '0')}`, `"${(1_000 + i * (wholeAmounts ? 37 : 37.5)).toFixed(2)}"`, ...(currency ? [currency(i)] : []), owners[i % 3]].join(','));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\r\n'));
  return file;
}

/** The number formats of money cells (those with a currency sign) in the workbook. */
async function moneyFormats(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const formats = new Set<string>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (/"[^"]+"#,##0/.test(c.numFmt ?? '') ? formats.add(c.numFmt) : undefined))));
  return [...formats];
}

describe('the company currency of a generate run', () => {
  it('is the one every deal names: a USD export is written in dollars, and the run says so', async () => {
    const data = exportFile('usd.csv', () => 'USD');
    const out = path.join(dir, 'usd.xlsx');
    const r = await generate(['--data', data, '--out', out, '--lang', 'en-US']);
    expect(r.err).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Currency: USD (every deal that names a currency names USD); --currency sets another');
    const formats = await moneyFormats(out);
    expect(formats.length).toBeGreaterThan(0);
    expect(formats.filter((f) => !f.startsWith('"$"'))).toEqual([]);
  });

  it('is what --currency says, over the data; JPY gets no decimals', async () => {
    const data = exportFile('plain.csv', null, true);
    const out = path.join(dir, 'jpy.xlsx');
    const r = await generate(['--data', data, '--out', out, '--lang', 'en-US', '--currency', 'jpy']);
    expect(r.status).toBe(0);
    expect(r.out.filter((l) => /not generated/.test(l) && !/Targets|Tracking/.test(l))).toEqual([]);
    expect(r.out.some((l) => l.startsWith('Currency:'))).toBe(false);
    const formats = await moneyFormats(out);
    expect(formats.length).toBeGreaterThan(0);
    expect(formats).toEqual(['"¥"#,##0;-"¥"#,##0']);
  });

  it('is the default, said aloud, when neither a template nor the data names one', async () => {
    const data = exportFile('none.csv', null);
    const r = await generate(['--data', data, '--out', path.join(dir, 'none.xlsx'), '--lang', 'zh-CN']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('币种：CNY（默认值：模板和数据都未注明）；可用 --currency 指定其他币种');
  });

  it('refuses deals in two currencies without rates, naming file, row and column, and writes nothing', async () => {
    const data = exportFile('mixed.csv', (i) => (i % 10 === 4 ? 'EUR' : 'USD'));
    const out = path.join(dir, 'mixed.xlsx');
    const r = await generate(['--data', data, '--out', out, '--lang', 'en-US', '--currency', 'USD']);
    expect(r.status).toBe(1);
    expect(r.err.join('\n')).toContain('mixed.csv, row 6, column “Currency”: This deal is in EUR, and the exchange rates have no EUR rate for 2025-02 (how many USD one EUR is worth)');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a code that is not three letters (status 2)', async () => {
    const r = await generate(['--data', 'x.csv', '--out', 'x.xlsx', '--lang', 'en-US', '--currency', '$']);
    expect(r.status).toBe(2);
    expect(r.err).toEqual(['--currency “$” is not a currency code: give its three letters, such as USD, EUR or CNY.']);
  });
});

describe('companyCurrency', () => {
  const deals = (...codes: (string | null)[]) => codes.map((currency) => (currency === null ? {} : { currency }));
  it('declared wins; one named currency decides; none or several keep the fallback', () => {
    expect(companyCurrency(deals('USD'), 'EUR', 'CNY')).toEqual({ currency: 'EUR', source: 'declared' });
    expect(companyCurrency(deals(null, 'USD', 'USD', null), null, 'CNY')).toEqual({ currency: 'USD', source: 'data' });
    expect(companyCurrency(deals(null, null), null, 'CNY')).toEqual({ currency: 'CNY', source: 'default' });
    expect(companyCurrency(deals('USD', 'EUR'), null, 'CNY')).toEqual({ currency: 'CNY', source: 'default' });
    expect(companyCurrency([], null, 'GBP')).toEqual({ currency: 'GBP', source: 'default' });
  });
});
