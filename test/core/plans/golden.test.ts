import type Decimal from 'decimal.js';
import { Dec } from '../../../src/core/money';
import { computeStatements, whatIf, type Statement } from '../../../src/core/plans/engine';
import { seedPlan } from '../../../src/core/plans/examples';
import { EVERY_BLOCK_GOLDEN, EVERY_BLOCK_INPUT, SEED_GOLDEN, SEED_INPUT, type Golden } from './fixtures';

const shape = (s: Statement) =>
  s.lines.map((l) => [l.component, l.kind, l.band, l.base.toString(), l.rate === null ? null : l.rate.toString(), l.amount.toString()]);

function expectGolden(statements: Statement[], golden: Golden[]) {
  expect(statements.map((s) => `${s.rep}/${s.period}`)).toEqual(golden.map((g) => `${g.rep}/${g.period}`));
  golden.forEach((g, i) => {
    const s = statements[i];
    expect(shape(s)).toEqual(g.lines);
    expect(s.total.toString()).toBe(g.total);
    if (g.drawBalance !== undefined) expect(s.drawBalance.toString()).toBe(g.drawBalance);
  });
}

describe('golden statements worked by hand', () => {
  it('seed plan: tiers, record bonus and team pool (rules.md › Commissions)', () => {
    expectGolden(computeStatements(SEED_INPUT), SEED_GOLDEN);
  });

  it('every building block: splits, proration, gate, cap, accelerator, record, draw, clawback, pool, mid-year change', () => {
    const out = computeStatements(EVERY_BLOCK_INPUT);
    expectGolden(out, EVERY_BLOCK_GOLDEN);
    const b = out.find((s) => s.rep === 'B' && s.period === '2026-06') as Statement;
    expect([b.eligibleDays, b.periodDays, b.quota?.toString(), b.proratedQuota?.toString()]).toEqual([15, 30, '200000', '100000']);
    const julA = out.find((s) => s.rep === 'A' && s.period === '2026-07') as Statement;
    expect(julA.plan).toEqual({ id: 'field', name: 'Field sales 2026', effectiveFrom: 46204 });
    expect(out.find((s) => s.rep === 'A' && s.period === '2026-06')?.plan?.effectiveFrom).toBe(46023);
  });

  it('explains every line in one line, in English and Chinese', () => {
    const en = computeStatements(EVERY_BLOCK_INPUT, { language: 'en-US' });
    const zh = computeStatements(EVERY_BLOCK_INPUT, { language: 'zh-CN' });
    const julA = en[2].lines.map((l) => l.explanation);
    expect(julA[0]).toBe('Band 1 (0.00–200,000.00): 200,000.00 × 1.2% = 2,400.00');
    expect(julA[4]).toBe('Team T: 650,000.00 ≥ target 500,000.00, pool 2% = 13,000.00, your share 5,725.00');
    expect(julA[5]).toBe('Clawback: deal d3 (closed 2026-05-20, cancelled 2026-07-10) reverses 4,100.00 of 2026-05');
    expect(julA[6]).toBe('Draw recovery: 1,425.00 of the 3,000.00 advanced earlier');
    expect(en[1].lines[3].explanation).toBe('Gate not met: attainment 20% < 50%, no payout from base, accel, record');
    expect(en[4].lines[2].explanation).toBe('Cap 8,000.00: 8,650.00 reduced by 650.00');
    expect(en[4].lines[3].explanation).toBe('Band 1 (0.00–160,000.00 = 0%–80% of quota): 160,000.00 × 0.2% = 320.00');
    expect(zh[2].lines[5].explanation).toBe('追回：订单 d3（2026-05-20 成交，2026-07-10 取消）冲回 2026-05 的提成 4,100.00');
    expect(zh[3].lines[5].explanation).toBe('可追回预支 1,500.00：收入 840.00 补足 660.00，以后追回（余额 660.00）');
    for (const s of [...en, ...zh]) for (const l of s.lines) expect(l.explanation).not.toMatch(/\n|undefined|NaN/);
  });

  it('what-if: 40,000 more for A in July reaches the next accelerator band', () => {
    const w = whatIf(EVERY_BLOCK_INPUT, 'A', '2026-07', 40_000);
    expect(w.current.total.toString()).toBe('3000');
    // 240,000: base +40,000 × 2.5 % = 1,000, accelerator +80, record no; team pool grows to 13,800,
    // A's share 0.7 × 240/690 + 0.3 × 3/4 of it. Earnings still above the draw: more is recovered.
    expect(w.projected.credit.toString()).toBe('240000');
    expect(w.next).toMatchObject({ component: 'accel', kind: 'band', band: 3 });
    expect(w.next?.amountToNext.toString()).toBe('60000');
    expect(w.delta.toString()).toBe(w.projected.total.sub(w.current.total).toString());
    expect(w.projected.lines.find((l) => l.kind === 'drawRecovery')?.amount.toString()).toBe('-3000');
  });

  it('what-if below the gate points at the gate', () => {
    const w = whatIf(EVERY_BLOCK_INPUT, 'A', '2026-06', 10_000);
    expect(w.next).toMatchObject({ component: 'gate', kind: 'gate', band: null });
    expect(w.next?.amountToNext.toString()).toBe('79999.99');
    expect(w.delta.toString()).toBe('0');
  });
});

describe('every line holds to the cent', () => {
  const MAY = { id: '2025-05', start: 45778, end: 45808 };
  const rep = (id: string) => ({ id, name: id, team: 'South', start: 45000, end: null });

  it('the issue example: 997,267.42 × 1 % shows 9,972.67, and the total is the sum of the lines', () => {
    // Before, the total was rounded once (9,972.6742 + 14,211.4615 + pool share) and the cent of
    // difference was pushed into the band line, printing "997,267.42 × 1% = 9,972.68".
    const input = {
      plans: [seedPlan()].map((p) => ({ ...p, effectiveFrom: 45000 })),
      periods: [MAY],
      reps: [rep('hu')],
      quotas: [{ rep: 'hu', period: MAY.id, amount: 900_000 }],
      deals: [{ id: 'x', splits: [{ rep: 'hu', share: 1 }], date: 45780, amount: 997_267.42, cancelled: null }],
      history: { hu: 713_038.19 },
    };
    const [s] = computeStatements(input, { language: 'en-US' });
    expect(s.lines.map((l) => [l.kind, l.amount.toString()])).toEqual([
      ['band', '9972.67'],
      ['recordBonus', '14211.46'],
      ['teamPool', '19945.35'],
    ]);
    expect(s.lines[0].explanation).toBe('Band 1 (0.00–1,000,000.00): 997,267.42 × 1% = 9,972.67');
    expect(s.lines[1].explanation).toBe('Record bonus: (997,267.42 − record 713,038.19) × 5% = 14,211.46');
    expect(s.total.toString()).toBe('44129.48');
  });

  it('team pool shares tie to the earlier member, compared exactly', () => {
    // Three equal credits of 100,000.17: pool 2 % of 300,000.51 = 6,000.0102 → 6,000.01, three
    // exactly equal thirds of 2,000.00333…: the spare cent goes to the first member.
    const plan = seedPlan();
    const input = {
      plans: [{ ...plan, effectiveFrom: 45000 }],
      periods: [MAY],
      reps: [rep('a'), rep('b'), rep('c')],
      quotas: ['a', 'b', 'c'].map((r) => ({ rep: r, period: MAY.id, amount: 100_000 })),
      deals: ['a', 'b', 'c'].map((r, i) => ({ id: `d${i}`, splits: [{ rep: r, share: 1 }], date: 45780, amount: 100_000.17, cancelled: null })),
    };
    const shares = computeStatements(input).map((s) => s.lines.find((l) => l.kind === 'teamPool')?.amount.toString());
    expect(shares).toEqual(['2000.01', '2000', '2000']);
  });

  it('split credit ties go to the earlier split', () => {
    const input = {
      plans: [{ ...seedPlan(), effectiveFrom: 45000 }],
      periods: [MAY],
      reps: [rep('a'), rep('b')],
      quotas: [],
      deals: [{ id: 'x', splits: [{ rep: 'b', share: 0.5 }, { rep: 'a', share: 0.5 }], date: 45780, amount: 0.01, cancelled: null }],
    };
    expect(computeStatements(input).map((s) => [s.rep, s.credit.toString()])).toEqual([['a', '0'], ['b', '0.01']]);
  });

  it('the band boundary decides a flat table at every band edge, in statements and what-if', () => {
    for (const boundary of ['lower', 'upper'] as const) {
      const plan = seedPlan();
      const t = plan.components[0];
      if (t.kind === 'rateTable') Object.assign(t, { mode: 'flat', boundary });
      const bands: number[] = [];
      for (const amount of [999_999.99, 1_000_000, 1_000_000.01, 2_000_000, 2_000_000.01]) {
        const input = {
          plans: [{ ...plan, effectiveFrom: 45000, components: [plan.components[0]] }],
          periods: [MAY],
          reps: [rep('a')],
          quotas: [],
          deals: [{ id: 'x', splits: [{ rep: 'a', share: 1 }], date: 45780, amount, cancelled: null }],
        };
        const [s] = computeStatements(input);
        const band = s.lines[0];
        expect(band.amount.toString()).toBe(new Dec(amount).mul(band.rate as Decimal).toDecimalPlaces(2).toString());
        bands.push(band.band as number);
        if (amount === 1_000_000) {
          const w = whatIf(input, 'a', MAY.id, 0);
          expect([w.next?.band, w.next?.at.toString()]).toEqual(boundary === 'lower' ? [3, '2000000'] : [2, '1000000.01']);
        }
      }
      expect(bands).toEqual(boundary === 'lower' ? [1, 2, 2, 3, 3] : [1, 1, 2, 2, 3]);
    }
  });
});
