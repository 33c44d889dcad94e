/**
 * `npm run generate -- --into EXISTING.xlsx` through real files: a team's own workbook, saved by
 * LibreOffice with a chart on a sheet of theirs, gets the kit's sheets from March's data; the user
 * edits a cell of their sheet and adds a note column to the kit's Customers table; April's data is
 * generated into the same file. Their cells, note, formula and chart are kept, the kit's tables
 * hold April's figures, LibreOffice still opens it, and no temporary file is left. A missing file,
 * a file that is not .xlsx, one open in Excel and one that cannot be read are refused with a reason
 * and left byte for byte as they were.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runGenerate } from '../../scripts/cli/run';
import { readPackage, readRels } from '../../src/xlsx/package';
import { sampleLeaks } from '../data/sampleNames';
import { roundTrip } from '../support/libreoffice';
import { readStoredValues } from '../xlsx/readValues';
import { editXlsx, userWorkbook } from '../xlsx/userEdits';
import { USER_SHEET } from '../writePlan/scenario';

const ROSTER = ['Employee,Team,Reports To', 'Freya Lindqvist,Field,Oskar Brandt', 'Matteo Ricci,Field,Oskar Brandt', 'Oskar Brandt,Leads,'];
const MARCH = [
  'Invoice No,Account Name,Invoice Date,Net Amount,Account Manager',
  'INV-3101,Aldercrest Dairy,2027-03-04,"18,400.00",Freya Lindqvist',
  'INV-3102,Harbor Freight Co,2027-03-11,9250.50,Matteo Ricci',
  'INV-3103,Aldercrest Dairy,2027-03-24,4100,Freya Lindqvist',
];
const APRIL = [...MARCH, 'INV-3104,Kestrel Mining,2027-04-06,"27,000.00",Matteo Ricci', 'INV-3105,Harbor Freight Co,2027-04-19,3000.25,Matteo Ricci'];

let dir: string;
const file = (name: string) => path.join(dir, name);
const write = (name: string, lines: readonly string[]) => fs.writeFileSync(file(name), `${lines.join('\r\n')}\r\n`);

async function generate(args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runGenerate(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang: 'C.UTF-8' });
  return { status, out, err };
}

async function chartsOf(bytes: Uint8Array, sheet: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await readPackage(zip)).sheets.find((s) => s.name === sheet)!.part;
  const drawing = (await readRels(zip, part)).find((r) => r.type.endsWith('/drawing'));
  const charts = drawing ? (await readRels(zip, drawing.target)).filter((r) => r.type.endsWith('/chart')) : [];
  return Promise.all(charts.map((c) => zip.file(c.target)!.async('string')));
}

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};

/** A kit table's rows from its header row down to the first blank row: `columns` by header, as shown. */
async function tableRows(bytes: Uint8Array, sheet: (name: string) => boolean, columns: readonly string[]): Promise<unknown[][]> {
  const ws = (await load(bytes)).worksheets.find((w) => sheet(w.name))!;
  const header = ws.getRow(3).values as unknown[];
  const at = columns.map((c) => header.indexOf(c));
  const rows: unknown[][] = [];
  for (let r = 4; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).values as unknown[];
    if (v[1] === undefined || v[1] === null) break;
    rows.push(at.map((k) => (k > 0 ? shown(v[k]) : 'absent')));
  }
  return rows;
}
const shown = (v: unknown): unknown => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : (v ?? null));
const customers = (bytes: Uint8Array) => tableRows(bytes, (n) => n === 'Customers', ['Customer', 'Purchases', 'Amount']);
const reconciliation = (bytes: Uint8Array) => tableRows(bytes, (n) => n === 'Reconciliation', ['Period', 'Name', 'Computed', 'Data status', 'Finance note']);
const statement = (bytes: Uint8Array, period: string) => tableRows(bytes, (n) => n === `Statement ${period}`, ['Name', 'Credit', 'Payout']);

describe('npm run generate -- --into a workbook the team already has', () => {
  let saved: Buffer;
  let march: Uint8Array;
  let edited: Uint8Array;
  let april: Uint8Array;
  let second: { status: number; out: string[]; err: string[] };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-into-'));
    write('roster.csv', ROSTER);
    write('march.csv', MARCH);
    write('april.csv', APRIL);
    // The team's own workbook as LibreOffice saves it: their sheet with a table, a chart, a formula.
    saved = roundTrip(await userWorkbook(), 'team.xlsx');
    fs.writeFileSync(file('team.xlsx'), saved);
    const first = await generate(['--data', file('roster.csv'), '--data', file('march.csv'), '--lang', 'en-US', '--into', file('team.xlsx')]);
    expect(first.err).toEqual([]);
    expect(first.status).toBe(0);
    march = fs.readFileSync(file('team.xlsx'));
    // The user edits a cell of their sheet, and finance adds a note column to the kit's reconciliation table.
    const matteo = (await reconciliation(march)).findIndex((r) => r[1] === 'Matteo Ricci') + 4;
    edited = await editXlsx(march, async (edit) => {
      await edit.setCell(USER_SHEET, 'D2', 'checked with finance');
      await edit.setCell('Reconciliation', 'H3', 'Finance note');
      await edit.setCell('Reconciliation', `H${matteo}`, 'approved by Oskar');
      await edit.resizeTable('SPK_Reconciliation', 'A3:H6');
    });
    fs.writeFileSync(file('team.xlsx'), edited);
    second = await generate(['--data', file('roster.csv'), '--data', file('april.csv'), '--period', '2027-04', '--lang', 'en-US', '--into', file('team.xlsx')]);
    april = fs.readFileSync(file('team.xlsx'));
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('updates the file in place and says so; no temporary file is left beside it', () => {
    expect(second.err).toEqual([]);
    expect(second.status).toBe(0);
    expect(second.out).toContain('Period: 2027-04');
    expect(second.out.some((l) => l.startsWith(`Updated ${file('team.xlsx')}: `))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['april.csv', 'march.csv', 'roster.csv', 'team.xlsx']);
  });

  it('keeps the user’s sheets, edited cell, formula, formats and their LibreOffice chart', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(april as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual([USER_SHEET, 'Summary']);
    const mine = wb.getWorksheet(USER_SHEET)!;
    expect([mine.getCell('A2').value, mine.getCell('B3').value, mine.getCell('D2').value]).toEqual(['Mine 1', 250, 'checked with finance']);
    expect(mine.getCell('D2').font?.bold).toBe(true);
    expect(mine.getCell('D3').numFmt).toBe('#,##0.00');
    const before = await chartsOf(saved, USER_SHEET);
    expect(before).toHaveLength(1);
    expect(await chartsOf(april, USER_SHEET)).toEqual(before);
    const stored = await readStoredValues(Buffer.from(april));
    expect(stored.get('Summary')!.get('A1')!.formula).toBe(`SUM(${USER_SHEET}!B2:B3)`);
  });

  it('refreshes the kit’s tables with April’s data, the finance note staying on its rep’s row', async () => {
    expect(await customers(march)).toEqual([
      ['Aldercrest Dairy', 2, 22500],
      ['Harbor Freight Co', 1, 9250.5],
    ]);
    expect(await customers(april)).toEqual([
      ['Aldercrest Dairy', 2, 22500],
      ['Harbor Freight Co', 2, 12250.75],
      ['Kestrel Mining', 1, 27000],
    ]);
    // Statements are per month: March's stays as it was, April's is added (Matteo: 30,000.25 × 1 % = 300.00,
    // record bonus (30,000.25 − 9,250.50) × 5 % = 1,037.4875 → 1,037.49; 1,337.49).
    expect(await statement(april, '2027-03')).toEqual(await statement(march, '2027-03'));
    const aprilStatement = await statement(april, '2027-04');
    expect(aprilStatement.map((r) => r.slice(0, 2))).toEqual([
      ['Freya Lindqvist', 0],
      ['Matteo Ricci', 30000.25],
      ['Oskar Brandt', 0],
    ]);
    expect(aprilStatement[1][2]).toBe(1337.49);
    // Reconciliation: April's rows added; March's kept with the note typed in them, marked as gone from the data.
    const gone = 'No longer in the data';
    expect(await reconciliation(april)).toEqual([
      ['2027-03', 'Freya Lindqvist', 225, gone, null],
      ['2027-03', 'Matteo Ricci', 92.51, gone, 'approved by Oskar'],
      ['2027-03', 'Oskar Brandt', 0, gone, null],
      ['2027-04', 'Freya Lindqvist', 0, null, null],
      ['2027-04', 'Matteo Ricci', 1337.49, null, null],
      ['2027-04', 'Oskar Brandt', 0, null, null],
    ]);
    const wb = await load(april);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value)))));
    expect(sampleLeaks(texts)).toEqual([]);
  });

  it('still opens in LibreOffice with the user’s chart and the kit’s sheets', async () => {
    const reopened = roundTrip(april, 'reopened.xlsx');
    expect(await chartsOf(reopened, USER_SHEET)).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(reopened as unknown as ArrayBuffer);
    expect(wb.getWorksheet(USER_SHEET)!.getCell('D2').value).toBe('checked with finance');
    expect(wb.getWorksheet('Customers')).toBeDefined();
  }, 300_000);

  it('refuses a missing file, a file that is not .xlsx, one open in Excel and one it cannot read, changing nothing', async () => {
    const data = ['--data', file('roster.csv'), '--data', file('april.csv'), '--lang', 'en-US'];
    const missing = await generate([...data, '--into', file('nope.xlsx')]);
    expect([missing.status, missing.err]).toEqual([1, [`${file('nope.xlsx')} does not exist, so there is nothing to generate into. Use --out FILE.xlsx to write a new workbook.`, 'Nothing was written.']]);
    expect(fs.existsSync(file('nope.xlsx'))).toBe(false);

    fs.copyFileSync(file('april.csv'), file('deals.xlsx'));
    const notXlsx = await generate([...data, '--into', file('deals.xlsx')]);
    expect(notXlsx.status).toBe(1);
    expect(notXlsx.err[0]).toBe(`${file('deals.xlsx')} is not an .xlsx workbook (it may be another format, damaged or password-protected), so it cannot be generated into.`);
    expect(fs.readFileSync(file('deals.xlsx'))).toEqual(fs.readFileSync(file('april.csv')));
    fs.writeFileSync(file('old.xls'), april);
    expect((await generate([...data, '--into', file('old.xls')])).err[0]).toContain('is not an .xlsx workbook');

    // Excel keeps "~$team.xlsx" beside a workbook it has open.
    fs.writeFileSync(file('~$team.xlsx'), 'owner');
    const locked = await generate([...data, '--into', file('team.xlsx')]);
    expect([locked.status, locked.err]).toEqual([1, [`${file('team.xlsx')} is open in Excel or LibreOffice (~$team.xlsx is beside it). Close it there and try again.`, 'Nothing was written.']]);
    fs.rmSync(file('~$team.xlsx'));
    expect(fs.readFileSync(file('team.xlsx'))).toEqual(Buffer.from(april));

    fs.mkdirSync(file('folder.xlsx'));
    const unreadable = await generate([...data, '--into', file('folder.xlsx')]);
    expect([unreadable.status, unreadable.err[0]]).toEqual([1, `${file('folder.xlsx')} cannot be read and written (EISDIR), so it is left as it is.`]);

    const both = await generate([...data, '--into', file('team.xlsx'), '--out', file('x.xlsx')]);
    expect([both.status, both.err]).toEqual([2, ['--into and --out cannot be used together: --into writes the workbook back to the file it names.']]);
  });
});
