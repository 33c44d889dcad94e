/**
 * `npm run generate` end to end on the three realistic data sets (an English CRM export, a Chinese
 * ERP export saved as GBK CSV, an .xlsx with deals, roster and quotas): the workbook holds only the
 * team's data (no sample rep, customer, region or product line in any cell, sheet name, note or
 * comment), LibreOffice recalculates it without a single error value, and the payroll CSV has the
 * fixed headers, a BOM and the statement's figures. The script itself answers --help, refuses an
 * unknown option, and `npm run demo` still writes the sample workbook.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runGenerate } from '../../scripts/cli/run';
import { crmExport, erpExport, workbookExport, BOOK_REPS, CRM_REPS, ERP_REPS } from '../data/fixtures';
import { sampleLeaks } from '../data/sampleNames';
import { convert } from '../support/libreoffice';
import { readStoredValues } from '../xlsx/readValues';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;

interface Run {
  status: number;
  out: string[];
  err: string[];
}

async function generate(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runGenerate(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang: 'C.UTF-8' });
  return { status, out, err };
}

/** Every text of a workbook as exceljs reads it: sheet names, cell values, notes. */
async function workbookTexts(file: string): Promise<{ sheets: string[]; texts: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.eachSheet((ws) => {
    texts.push(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') texts.push(v);
        else if (v && typeof v === 'object' && 'richText' in v) texts.push(v.richText.map((r) => r.text).join(''));
        else if (v && typeof v === 'object' && 'formula' in v) texts.push(String(v.formula), String(v.result ?? ''));
        const note = cell.note;
        if (typeof note === 'string') texts.push(note);
        else if (note) texts.push(note.texts?.map((t) => t.text).join('') ?? '');
      }),
    );
  });
  return { sheets: wb.worksheets.map((w) => w.name), texts };
}

function parseCsvLines(bytes: Buffer): string[][] {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((x, i, a) => i < a.length - 1 || x !== '').map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
}

const cases: { name: string; lang: 'en-US' | 'zh-CN'; files: () => Promise<[string, Uint8Array][]>; reps: string[]; customer: string; period: string }[] = [
  { name: 'crm', lang: 'en-US', files: async () => [['opportunities.csv', new TextEncoder().encode(crmExport().csv)]], reps: CRM_REPS, customer: 'Northwind Traders, Inc.', period: '2024-11' },
  { name: 'erp', lang: 'zh-CN', files: async () => [['销售明细.csv', erpExport().bytes]], reps: ERP_REPS, customer: '重庆山城机电有限公司', period: '2023-11' },
  { name: 'book', lang: 'en-US', files: async () => [['q1.xlsx', (await workbookExport()).bytes]], reps: BOOK_REPS.map((r) => r.name), customer: 'Fjordline Logistics AB', period: '2026-03' },
];

describe('npm run generate on a team’s own files', () => {
  const results = new Map<string, { run: Run; xlsx: string; payroll: string }>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-generate-'));
    for (const c of cases) {
      const args: string[] = [];
      for (const [name, bytes] of await c.files()) {
        fs.writeFileSync(path.join(dir, name), bytes);
        args.push('--data', path.join(dir, name));
      }
      const xlsx = path.join(dir, `${c.name}.xlsx`);
      const payroll = path.join(dir, `${c.name}-payroll.csv`);
      results.set(c.name, { run: await generate([...args, '--lang', c.lang, '--payroll', payroll, '--out', xlsx]), xlsx, payroll });
    }
    // One LibreOffice process recalculates all three workbooks.
    convert(
      dir,
      cases.map((c) => results.get(c.name)!.xlsx),
      'xlsx',
      path.join(dir, 'recalculated'),
    );
  }, 600_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('$name: writes the workbook and the payroll CSV, and says what it recognised and the period', async (c) => {
    const { run, xlsx, payroll } = results.get(c.name)!;
    expect(run.err).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.out.join('\n')).toContain(c.lang === 'en-US' ? `Period: ${c.period} (the last full calendar month in the data)` : `期间：${c.period}（数据中最后一个完整的自然月）`);
    expect(fs.existsSync(xlsx)).toBe(true);
    const csv = fs.readFileSync(payroll);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsvLines(csv);
    expect(header.slice(0, 6)).toEqual(['rep', 'period', 'currency', 'credit', 'quota', 'attainment']);
    expect(header.slice(-2)).toEqual(['adjustments', 'payout']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(c.reps).toContain(row[0]);
      expect(row[1]).toBe(c.period);
      // The component columns and adjustments add up to the payout, to the cent.
      const cents = (s: string) => Math.round(Number(s) * 100);
      const parts = row.slice(6, -1).reduce((sum, x) => sum + cents(x), 0);
      expect([row[0], parts]).toEqual([row[0], cents(row[row.length - 1])]);
    }
  });

  it.each(cases)('$name: holds only the team’s data (no sample name anywhere)', async (c) => {
    const { sheets, texts } = await workbookTexts(results.get(c.name)!.xlsx);
    expect(sheets.length).toBeGreaterThanOrEqual(8);
    expect(texts).toContain(c.customer);
    for (const rep of c.reps.slice(0, 3)) expect(texts).toContain(rep);
    expect(sampleLeaks(texts)).toEqual([]);
  });

  it.each(cases)('$name: LibreOffice recalculates it with no error value', async (c) => {
    const out = path.join(dir, 'recalculated', `${c.name}.xlsx`);
    expect(fs.existsSync(out)).toBe(true);
    const stored = await readStoredValues(fs.readFileSync(out));
    const errors: string[] = [];
    let formulas = 0;
    for (const [sheet, cells] of stored) {
      for (const [address, cell] of cells) {
        if (cell.formula) formulas++;
        if (cell.type === 'e') errors.push(`${sheet}!${address} ${JSON.stringify(cell.value)} ${cell.formula ?? ''}`);
      }
    }
    expect(errors).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
  });
});

describe('the generate and demo scripts', () => {
  const script = (name: string, args: string[]) =>
    spawnSync('npm', ['run', '-s', name, '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' }, timeout: 240_000 });

  it('--help documents every option; an unknown option is an error (status 2)', () => {
    const help = script('generate', ['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--data FILE', '--map "Header=field"', '--template FILE.json', '--period YYYY-MM', '--lang zh-CN|en-US', '--payroll FILE.csv', '--currency CODE', '--out FILE.xlsx', '--into EXISTING.xlsx', '--sample', '--seed N', '--help']) {
      expect(help.stdout).toContain(option);
    }
    expect(help.stdout).toContain('  deals: id, customer, date, amount, rep, share, region, productLine, cancelled, collected, currency');
    expect(help.stdout).toContain('  collections: deal, customer, date, amount');
    expect(help.stdout).toContain('  fx: period, currency, rate');
    const bad = script('generate', ['--data', 'x.csv', '--out', 'y.xlsx', '--colour', 'red']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('Unknown option “--colour”. See --help.');
  }, 300_000);

  it('npm run demo writes the sample workbook, with the same options', () => {
    const out = path.join(os.tmpdir(), `spk-demo-${process.pid}.xlsx`);
    const demo = script('demo', ['--lang', 'en-US', '--out', out]);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain(`Wrote ${out}`);
    expect(fs.statSync(out).size).toBeGreaterThan(50_000);
    const withData = script('demo', ['--data', 'mine.csv']);
    expect(withData.status).toBe(2);
    expect(withData.stderr.trim()).toBe('--data and --sample cannot be used together: the sample data replaces your files.');
    fs.rmSync(out, { force: true });
  }, 300_000);
});
