import { createHash } from 'node:crypto';
import { applyClosings, closePeriod, reopenPeriod } from '../../../src/core/close/close';
import { inputsHash } from '../../../src/core/close/inputs';
import { noClosings, parseClosings, serializeClosings, type Closings } from '../../../src/core/close/record';
import { canonicalJson, sha256Hex } from '../../../src/core/close/sha256';
import { computeStatements } from '../../../src/core/plans/engine';
import type { EngineInput } from '../../../src/core/plans/inputs';
import type { Statement } from '../../../src/core/plans/statement';
import { payrollCsv, payrollRows } from '../../../src/sheets/payroll';
import { FEB, FEBRUARY_DEALS, flatPlan, input, JAN, JANUARY_CHANGED, JANUARY_DEALS, MAR } from './fixtures';

const AT = '2026-02-03T09:00:00.000Z';

function run(i: EngineInput, closings: Closings): Statement[] {
  return applyClosings(i, computeStatements(i), closings).statements;
}

function close(i: EngineInput, closings: Closings, period: string, at = AT): Closings {
  const r = closePeriod(i, run(i, closings), closings, period, at);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.closings;
}

const of = (list: Statement[], rep: string, period: string): Statement => {
  const s = list.find((x) => x.rep === rep && x.period === period);
  if (!s) throw new Error(`no statement ${rep} ${period}`);
  return s;
};
const adjustments = (s: Statement) => s.lines.filter((l) => l.kind === 'priorPeriod').map((l) => [l.deal, l.note.code === 'priorPeriod' ? l.note.params.period : '', l.amount.toFixed(2)]);

describe('sha256 and canonical JSON', () => {
  it('agree with Node for texts of every padding length and non-ASCII text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), '提成 2026-01 ✓']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
  it('do not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});

describe('closing January, then a late deal, an edited amount and a cancellation', () => {
  const january = input([...JANUARY_DEALS, ...FEBRUARY_DEALS], [JAN, FEB]);
  const closings = close(january, noClosings(), JAN.id);
  const snap = closings.closed[0];

  it('keeps the closed statements, plan version, deals and a deterministic hash of the inputs', () => {
    expect(snap.period).toBe('2026-01');
    expect(snap.version).toBe(1);
    expect(snap.closedAt).toBe(AT);
    expect(snap.statements.map((s) => [s.rep, s.total])).toEqual([
      ['ana', '1600'],
      ['ben', '3500'],
      ['cai', '1200'],
    ]);
    expect(snap.plans).toEqual([{ id: 'flat2', effectiveFrom: 46023, hash: sha256Hex(canonicalJson(flatPlan())) }]);
    expect(snap.deals.map((d) => d.id)).toEqual(['D1', 'D2', 'D3']);
    expect(snap.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snap.id).toBe(`2026-01-v1-${snap.inputsHash.slice(0, 8)}`);
    // The same inputs in another order hash the same; a changed amount does not.
    const shuffled = input([...FEBRUARY_DEALS, ...[...JANUARY_DEALS].reverse()], [JAN, FEB]);
    expect(inputsHash(shuffled, JAN)).toBe(snap.inputsHash);
    expect(inputsHash(input(JANUARY_CHANGED, [JAN, FEB]), JAN)).not.toBe(snap.inputsHash);
  });

  it('survives the stored JSON exactly', () => {
    const read = parseClosings(serializeClosings(closings));
    expect(read).toEqual({ ok: true, closings: JSON.parse(serializeClosings(closings)) });
    expect(parseClosings('{"version":1,"closed":[{"id":1}],"history":[]}')).toEqual({ ok: false, reason: 'notARecord' });
    expect(parseClosings('not json')).toEqual({ ok: false, reason: 'notJson' });
  });

  it('refuses to close it again, and a month outside the run', () => {
    const again = closePeriod(january, run(january, closings), closings, JAN.id, AT);
    expect(again).toEqual({ ok: false, problem: { code: 'alreadyClosed', params: { period: '2026-01', snapshot: snap.id, closedAt: AT } } });
    const outside = closePeriod(january, run(january, closings), closings, '2025-12', AT);
    expect(outside).toEqual({ ok: false, problem: { code: 'periodNotInRun', params: { period: '2025-12', first: '2026-01', last: '2026-02' } } });
  });

  const later = input([...JANUARY_CHANGED, ...FEBRUARY_DEALS], [JAN, FEB, MAR]);
  const statements = run(later, closings);

  it('shows January as it was closed, whatever the data says now', () => {
    for (const rep of ['ana', 'ben', 'cai']) expect(of(statements, rep, JAN.id)).toEqual(run(january, noClosings()).find((s) => s.rep === rep && s.period === JAN.id));
  });

  it('pays the changes in February as lines naming the deal and the closed period, exact to the cent', () => {
    expect(adjustments(of(statements, 'ana', FEB.id))).toEqual([['D4', '2026-01', '700.02']]);
    expect(adjustments(of(statements, 'ben', FEB.id))).toEqual([['D2', '2026-01', '-150.00']]);
    expect(adjustments(of(statements, 'cai', FEB.id))).toEqual([['D3', '2026-01', '-1200.00']]);
    expect(of(statements, 'ana', FEB.id).total.toFixed(2)).toBe('1500.02');
    expect(of(statements, 'ben', FEB.id).total.toFixed(2)).toBe('250.00');
    expect(of(statements, 'cai', FEB.id).total.toFixed(2)).toBe('-1000.00');
    // The lines still add up to the total.
    for (const s of statements) expect(s.lines.reduce((t, l) => t.add(l.amount), s.lines[0].amount.sub(s.lines[0].amount)).eq(s.total)).toBe(true);
    const note = of(statements, 'ana', FEB.id).lines.find((l) => l.kind === 'priorPeriod')!.note;
    expect(note).toEqual({ code: 'priorPeriod', params: { deal: 'D4', period: '2026-01', snapshot: snap.id, amount: '700.02' } });
  });

  it('puts the adjustments in the payroll CSV adjustments column', () => {
    const table = payrollRows(statements, [flatPlan()], { period: FEB.id });
    const csv = new TextDecoder().decode(payrollCsv(table)).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')).toEqual([
      'rep,period,currency,credit,quota,attainment,base,adjustments,payout',
      'ana,2026-02,CNY,40000.00,,,800.00,700.02,1500.02',
      'ben,2026-02,CNY,20000.00,,,400.00,-150.00,250.00',
      'cai,2026-02,CNY,10000.00,,,200.00,-1200.00,-1000.00',
      '',
    ]);
  });

  it('does not pay an adjustment twice once February is closed, and pays a further change in March', () => {
    const both = close(later, closings, FEB.id);
    const settled = both.closed.find((s) => s.period === FEB.id)!.settled;
    expect(settled.map((s) => [s.rep, s.deal, s.closed, s.amount])).toEqual([
      ['ana', 'D4', '2026-01', '700.02'],
      ['ben', 'D2', '2026-01', '-150'],
      ['cai', 'D3', '2026-01', '-1200'],
    ]);
    const marchDeal = { id: 'D8', splits: [{ rep: 'ana', share: 1 }], date: MAR.start + 2, amount: 1_000, cancelled: null };
    const again = run(input([...JANUARY_CHANGED, ...FEBRUARY_DEALS, marchDeal], [JAN, FEB, MAR]), both);
    expect(adjustments(of(again, 'ana', MAR.id))).toEqual([]);
    // D4 edited once more, to 30,000.00: January's ana is 2,300.00, 700.00 over what was closed; 700.02 was paid.
    const d4 = JANUARY_CHANGED.map((d) => (d.id === 'D4' ? { ...d, amount: 30_000 } : d));
    const third = run(input([...d4, ...FEBRUARY_DEALS, marchDeal], [JAN, FEB, MAR]), both);
    expect(adjustments(of(third, 'ana', MAR.id))).toEqual([['D4', '2026-01', '-0.02']]);
    expect(of(third, 'ana', MAR.id).total.toFixed(2)).toBe('19.98');
    // February stays as closed.
    expect(of(third, 'ana', FEB.id).total.toFixed(2)).toBe('1500.02');
  });

  it('reopens only the latest closed period and keeps its snapshot as a version', () => {
    const both = close(later, closings, FEB.id);
    expect(reopenPeriod(both, JAN.id, AT)).toEqual({ ok: false, problem: { code: 'laterClosed', params: { period: '2026-01', later: '2026-02' } } });
    expect(reopenPeriod(both, MAR.id, AT)).toEqual({ ok: false, problem: { code: 'notClosed', params: { period: '2026-03' } } });
    const reopened = reopenPeriod(both, FEB.id, '2026-03-01T00:00:00.000Z');
    if (!reopened.ok) throw new Error('not reopened');
    expect(reopened.closings.closed.map((s) => s.period)).toEqual(['2026-01']);
    expect(reopened.closings.history.map((s) => [s.period, s.version, s.reopenedAt])).toEqual([['2026-02', 1, '2026-03-01T00:00:00.000Z']]);
    // Open again, February is recomputed with the adjustments still owed; closing it again is version 2.
    const d4 = JANUARY_CHANGED.map((d) => (d.id === 'D4' ? { ...d, amount: 30_000 } : d));
    const now = input([...d4, ...FEBRUARY_DEALS], [JAN, FEB, MAR]);
    expect(adjustments(of(run(now, reopened.closings), 'ana', FEB.id))).toEqual([['D4', '2026-01', '700.00']]);
    const v2 = close(now, reopened.closings, FEB.id);
    const feb = v2.closed.find((s) => s.period === FEB.id)!;
    expect(feb.version).toBe(2);
    expect(feb.id).toMatch(/^2026-02-v2-[0-9a-f]{8}$/);
    expect(v2.history).toHaveLength(1);
  });

  it('names no deal when a plan changed after the close (one line per rep, the exact difference)', () => {
    const richer: EngineInput = { ...input([...JANUARY_DEALS, ...FEBRUARY_DEALS], [JAN, FEB]), plans: [{ ...flatPlan(), components: [{ ...(flatPlan().components[0] as object), tiers: [{ lower: 0, rate: 0.025 }, { lower: 100_000, rate: 0.03 }] } as never] }] };
    const s = run(richer, closings);
    // ana 80,000 × 2.5 % = 2,000 (+400); ben 2,500 + 1,500 = 4,000 (+500); cai 1,500 (+300).
    expect(adjustments(of(s, 'ana', FEB.id))).toEqual([[null, '2026-01', '400.00']]);
    expect(adjustments(of(s, 'ben', FEB.id))).toEqual([[null, '2026-01', '500.00']]);
    expect(adjustments(of(s, 'cai', FEB.id))).toEqual([[null, '2026-01', '300.00']]);
  });
});
