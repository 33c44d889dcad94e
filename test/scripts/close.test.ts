/**
 * `npm run generate -- --close / --reopen` on a team's own CRM export: a bad month or both
 * actions is a usage error (status 2) saying why; closing a month writes it into the --out
 * workbook; closing it again or a month outside the data is refused (status 1) with the reason and
 * the file untouched; a late deal in the closed month reaches the next month's payroll CSV as an
 * adjustment; generating again never rewrites the closed sheet; reopening keeps the version.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGenerate } from '../../scripts/cli/run';
import { readClosings } from '../../src/xlsx/closeXlsx';
import { crmExport, CRM_REPS } from '../data/fixtures';
import { readStoredValues } from '../xlsx/readValues';

let dir: string;
let csv: string;
let out: string;

async function generate(args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const o: string[] = [];
  const e: string[] = [];
  const status = await runGenerate([...args, '--lang', 'en-US'], { out: (l) => o.push(l), err: (l) => e.push(l), lang: 'C.UTF-8' });
  return { status, out: o, err: e };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-close-'));
  csv = path.join(dir, 'opportunities.csv');
  fs.writeFileSync(csv, crmExport().csv);
  out = path.join(dir, 'team.xlsx');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run generate --close / --reopen', () => {
  it('refuses a month not written YYYY-MM, and both actions at once (status 2, nothing written)', async () => {
    for (const value of ['2024-13', 'Oct 2024', '2024-1', '']) {
      const r = await generate(['--data', csv, '--out', out, '--close', value]);
      expect(r.status).toBe(2);
      expect(r.err).toEqual([`--close needs a month written YYYY-MM (for example 2026-01), not "${value}".`]);
    }
    const both = await generate(['--data', csv, '--out', out, '--close', '2024-10', '--reopen', '2024-10']);
    expect(both.status).toBe(2);
    expect(both.err).toEqual(['--close and --reopen cannot be used in one run.']);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('closes a month, refuses to close it again or a month outside the data, and keeps the file as it was', async () => {
    expect((await generate(['--data', csv, '--out', out, '--period', '2024-10'])).status).toBe(0);
    const closed = await generate(['--data', csv, '--out', out, '--period', '2024-10', '--close', '2024-10']);
    expect(closed.err).toEqual([]);
    expect(closed.status).toBe(0);
    const read = await readClosings(fs.readFileSync(out));
    if (!read.ok) throw new Error('unreadable record');
    const snap = read.closings.closed[0];
    expect(closed.out).toContain(`Closed 2024-10 in ${path.resolve(out)}: snapshot ${snap.id}.`);
    const bytes = fs.readFileSync(out);
    const again = await generate(['--data', csv, '--out', out, '--close', '2024-10']);
    expect(again.status).toBe(1);
    expect(again.err).toContain(`2024-10 is already closed (snapshot ${snap.id}, ${snap.closedAt.slice(0, 16).replace('T', ' ')} UTC). Reopen it first to close it again.`);
    const outside = await generate(['--data', csv, '--out', out, '--close', '2019-01']);
    expect(outside.status).toBe(1);
    expect(outside.err.some((l) => l.startsWith('2019-01 is not a month of this data (2024-01 to '))).toBe(true);
    expect(fs.readFileSync(out).equals(bytes)).toBe(true);
  }, 120_000);

  it('pays a late deal of the closed month in the next month, in the payroll CSV, and never rewrites the closed sheet', async () => {
    const before = (await readStoredValues(fs.readFileSync(out))).get('Statement 2024-10')!;
    const late = `006LATE0000001,Late - Platform renewal,Contoso Ltd,Closed Won,10/30/2024,"12,345.67",${CRM_REPS[0]},${CRM_REPS[0]},100.00,West,Platform,Web\r\n`;
    fs.appendFileSync(csv, late);
    const payroll = path.join(dir, 'payroll.csv');
    const r = await generate(['--data', csv, '--out', out, '--period', '2024-11', '--payroll', payroll]);
    expect(r.err).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('1 prior-period adjustment line(s) paid in 2024-11.');
    const rows = fs.readFileSync(payroll, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
    const col = rows[0].indexOf('adjustments');
    const adjusted = rows.slice(1).filter((x) => Number(x[col]) !== 0);
    expect(adjusted.map((x) => x[0])).toEqual([CRM_REPS[0]]);
    expect(Number(adjusted[0][col])).toBeGreaterThan(0);
    const after = (await readStoredValues(fs.readFileSync(out))).get('Statement 2024-10')!;
    expect([...after.entries()]).toEqual([...before.entries()]);
    const november = [...(await readStoredValues(fs.readFileSync(out))).get('Statement 2024-11')!.values()].map((c) => String(c.value));
    expect(november.some((t) => t.includes('deal 006LATE0000001 changed since it closed'))).toBe(true);
  }, 120_000);

  it('reopens the month, keeping its snapshot as a version', async () => {
    const r = await generate(['--data', csv, '--out', out, '--period', '2024-11', '--reopen', '2024-10']);
    expect(r.status).toBe(0);
    const read = await readClosings(fs.readFileSync(out));
    if (!read.ok) throw new Error('unreadable record');
    expect(read.closings.closed).toEqual([]);
    expect(read.closings.history.map((s) => [s.period, s.version])).toEqual([['2024-10', 1]]);
    expect(r.out.some((l) => l.startsWith(`Reopened 2024-10 in ${path.resolve(out)}; snapshot ${read.closings.history[0].id}`))).toBe(true);
  }, 120_000);
});
