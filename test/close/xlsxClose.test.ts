/**
 * Close / adjust / reopen in real .xlsx files, on a team's own data (the English CRM team, never
 * the sample): the closed sheet is values and protected, a later generate leaves it value-exact,
 * a late deal, an edited amount and a cancellation appear in the next open month's statement and
 * payroll CSV, closing twice is refused, reopening lifts the protection and keeps the version.
 */
import JSZip from 'jszip';
import { computeStatements } from '../../src/core/plans/engine';
import { dateSerial } from '../../src/data/calendar';
import type { Dataset } from '../../src/data/model';
import { parsePeriodOption } from '../../src/data/period';
import type { Period } from '../../src/host/types';
import { catalogue } from '../../src/i18n';
import { buildWorkbook, type WorkbookOptions } from '../../src/sheets/workbook';
import { SHEET_KINDS } from '../../src/sheets/model';
import { payrollCsv, payrollRows } from '../../src/sheets/payroll';
import { statementSheetName } from '../../src/sheets/statementSheet';
import { generateWithClosings, readClosings } from '../../src/xlsx/closeXlsx';
import { crmTeam, deal } from '../data/datasets';
import { sampleLeaks } from '../data/sampleNames';
import { readStoredValues } from '../xlsx/readValues';

const month = (id: string): Period => parsePeriodOption(id) as Period;
const team = crmTeam();
const options = (period: string): WorkbookOptions => ({
  sheets: [...SHEET_KINDS],
  language: 'en-US',
  period: month(period),
  settings: team.settings,
  plans: team.plans,
  planAssignment: team.planAssignment,
});
const AT = '2026-10-05T08:30:00.000Z';
const SEPT = statementSheetName('2026-09', 'en-US');
const OCT = statementSheetName('2026-10', 'en-US');

/** September as October's data has it: a late deal, an edited amount, a deal cancelled within September. */
function laterData(): Dataset {
  const deals = team.data.deals.map((d) => {
    if (d.id === 'OPP-1117') return { ...d, amount: d.amount + 1_000.35 };
    if (d.id === 'OPP-1121') return { ...d, cancelled: dateSerial(2026, 9, 29) };
    return d;
  });
  deals.push(deal('OPP-3001', 'Litware Inc', dateSerial(2026, 9, 28), 25_000.1, 'Alice Johnson', { region: 'West', productLine: 'Platform' }));
  return { ...team.data, deals };
}

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`)!.async('string');
}

const cellsOf = async (bytes: Uint8Array, name: string) => (await readStoredValues(Buffer.from(bytes))).get(name)!;

describe('closing a month in a .xlsx file', () => {
  let generated: Uint8Array;
  let closed: Uint8Array;
  let later: Uint8Array;

  beforeAll(async () => {
    const first = await generateWithClosings(null, team.data, options('2026-09'), null);
    if (!first.ok) throw new Error('generate failed');
    generated = first.result.buffer;
    const c = await generateWithClosings(generated, team.data, options('2026-09'), { action: 'close', period: '2026-09', at: AT });
    if (!c.ok) throw new Error(`close failed: ${JSON.stringify(c.problem)}`);
    closed = c.result.buffer;
    const l = await generateWithClosings(closed, laterData(), options('2026-10'), null);
    if (!l.ok) throw new Error('later generate failed');
    later = l.result.buffer;
  }, 60_000);

  it('writes the closed statement as values, protected, with the snapshot under its title', async () => {
    const read = await readClosings(closed);
    if (!read.ok) throw new Error('unreadable');
    const snap = read.closings.closed[0];
    expect(snap.period).toBe('2026-09');
    expect(snap.closedAt).toBe(AT);
    expect(snap.plans.map((p) => p.id).sort()).toEqual(['ae', 'mm']);
    const cells = await cellsOf(closed, SEPT);
    expect([...cells.values()].filter((c) => c.formula !== null)).toEqual([]);
    expect(cells.get('A2')?.value).toContain('Closed 2026-10-05 08:30 UTC');
    expect(cells.get('A2')?.value).toBe(catalogue('en-US').closing.closedLine({ snapshot: snap.id, closedAt: AT }));
    expect(await sheetXml(closed, SEPT)).toMatch(/<sheetProtection [^>]*sheet="1"/);
    // The totals on the closed sheet are the snapshot's, to the cent.
    const totals = snap.statements.map((s) => Number(s.total));
    const shown = [...cells.values()].map((c) => c.value);
    for (const t of totals) expect(shown).toContain(t);
  });

  it('leaves the closed sheet value-exact when generating again on changed data', async () => {
    const before = await cellsOf(closed, SEPT);
    const after = await cellsOf(later, SEPT);
    expect([...after.entries()]).toEqual([...before.entries()]);
    expect(await sheetXml(later, SEPT)).toMatch(/<sheetProtection [^>]*sheet="1"/);
    // The record is carried across unchanged.
    expect(await readClosings(later)).toEqual(await readClosings(closed));
  });

  it('pays the late deal, the edited amount and the cancellation in October, naming the deal and September, exact to the cent', async () => {
    const read = await readClosings(closed);
    if (!read.ok) throw new Error('unreadable');
    const run = buildWorkbook(laterData(), { ...options('2026-10'), closings: read.closings }).commissions!;
    const oct = run.statements.filter((s) => s.period === '2026-10');
    const lines = oct.flatMap((s) => s.lines.filter((l) => l.kind === 'priorPeriod').map((l) => ({ rep: s.rep, deal: l.deal, note: l.note, amount: l.amount })));
    expect(new Set(lines.map((l) => l.deal))).toEqual(new Set(['OPP-1117', 'OPP-1121', 'OPP-3001']));
    for (const l of lines) expect(l.note).toMatchObject({ code: 'priorPeriod', params: { period: '2026-09', snapshot: read.closings.closed[0].id } });
    // Per rep, the lines are exactly September recomputed now minus September as closed.
    const now = computeStatements(run.input).filter((s) => s.period === '2026-09');
    for (const s of read.closings.closed[0].statements) {
      const mine = lines.filter((l) => l.rep === s.rep).reduce((t, l) => t.add(l.amount), now[0].total.sub(now[0].total));
      const recomputed = now.find((x) => x.rep === s.rep)!.total;
      expect(mine.toFixed(2)).toBe(recomputed.sub(s.total).toFixed(2));
    }
    expect(lines.some((l) => !l.amount.isZero())).toBe(true);
    // The October sheet in the file shows them, and the payroll CSV's adjustments column adds them up.
    const cells = [...(await cellsOf(later, OCT)).values()].map((c) => String(c.value));
    expect(cells.filter((t) => t.includes('Prior-period adjustment to closed 2026-09')).length).toBe(lines.length);
    const csv = new TextDecoder().decode(payrollCsv(payrollRows(run.statements, run.plans, { period: '2026-10' }))).split('\r\n');
    const header = csv[0].split(',');
    for (const s of oct) {
      const row = csv.find((r) => r.startsWith(`${s.rep},`))!.split(',');
      const expected = lines.filter((l) => l.rep === s.rep).reduce((t, l) => t + Math.round(l.amount.toNumber() * 100), 0) / 100;
      expect(row[header.indexOf('adjustments')]).toBe(expected.toFixed(2));
      expect(row[header.indexOf('payout')]).toBe(s.total.toFixed(2));
    }
  });

  it('keeps every sample name out of the team workbook', async () => {
    const texts = [...(await readStoredValues(Buffer.from(later))).values()].flatMap((m) => [...m.values()].map((c) => String(c.value)));
    expect(sampleLeaks(texts)).toEqual([]);
  });

  it('refuses to close September twice, and to reopen a month that is not closed', async () => {
    const again = await generateWithClosings(later, laterData(), options('2026-10'), { action: 'close', period: '2026-09', at: AT });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problem?.code).toBe('alreadyClosed');
    const reopen = await generateWithClosings(later, laterData(), options('2026-10'), { action: 'reopen', period: '2026-08', at: AT });
    expect(!reopen.ok && reopen.problem).toEqual({ code: 'notClosed', params: { period: '2026-08' } });
  });

  it('reopens September: the snapshot becomes a version, the next generate rewrites the sheet with formulas and lifts the protection', async () => {
    const r = await generateWithClosings(later, laterData(), options('2026-10'), { action: 'reopen', period: '2026-09', at: '2026-10-06T00:00:00.000Z' });
    if (!r.ok) throw new Error('reopen failed');
    expect(r.closings.closed).toEqual([]);
    expect(r.closings.history.map((s) => [s.period, s.version, s.reopenedAt])).toEqual([['2026-09', 1, '2026-10-06T00:00:00.000Z']]);
    const g = await generateWithClosings(r.result.buffer, laterData(), options('2026-09'), null);
    if (!g.ok) throw new Error('generate failed');
    const cells = await cellsOf(g.result.buffer, SEPT);
    expect([...cells.values()].some((c) => c.formula !== null)).toBe(true);
    expect(await sheetXml(g.result.buffer, SEPT)).not.toMatch(/<sheetProtection/);
    // Closing again is version 2.
    const c2 = await generateWithClosings(g.result.buffer, laterData(), options('2026-09'), { action: 'close', period: '2026-09', at: AT });
    expect(c2.ok && c2.closings.closed.map((s) => s.version)).toEqual([2]);
  }, 60_000);
});
