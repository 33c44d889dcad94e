import type Decimal from 'decimal.js';
import { Dec } from '../../../src/core/money';
import { computeStatements, whatIf, type Statement } from '../../../src/core/plans/engine';
import { seedPlan } from '../../../src/core/plans/examples';
import { explain } from '../../support/statements';
import { note } from '../../../src/core/plans/explain';
import { renderStatementNote } from '../../../src/i18n';
import { message } from '../../support/errors';
import { BLOCKS_GOLDEN, BLOCKS_INPUT, EVERY_BLOCK_GOLDEN, EVERY_BLOCK_INPUT, SEED_GOLDEN, SEED_INPUT, type Golden } from './fixtures';

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
    const en = computeStatements(EVERY_BLOCK_INPUT);
    const julA = en[2].lines.map((l) => explain(l));
    expect(julA[0]).toBe('Band 1 (0.00–200,000.00): 200,000.00 × 1.2% = 2,400.00');
    expect(julA[4]).toBe('Team T: 650,000.00 ≥ target 500,000.00, pool 2% = 13,000.00, your share 5,725.00');
    expect(julA[5]).toBe('Clawback: deal d3 (closed 2026-05-20, cancelled 2026-07-10) reverses 4,100.00 of 2026-05');
    expect(julA[6]).toBe('Draw recovery: 1,425.00 of the 3,000.00 advanced earlier');
    expect(explain(en[1].lines[3])).toBe('Gate not met: attainment 20% < 50%, no payout from base, accel, record');
    expect(explain(en[4].lines[2])).toBe('Cap 8,000.00: 8,650.00 reduced by 650.00');
    expect(explain(en[4].lines[3])).toBe('Band 1 (0.00–160,000.00 = 0%–80% of quota): 160,000.00 × 0.2% = 320.00');
    expect(explain(en[2].lines[5], 'zh-CN')).toBe('追回：订单 d3（2026-05-20 成交，2026-07-10 取消）冲回 2026-05 的提成 4,100.00');
    expect(explain(en[3].lines[5], 'zh-CN')).toBe('可追回预支 1,500.00：收入 840.00 补足 660.00，以后追回（余额 660.00）');
    for (const s of en) for (const l of s.lines) for (const lang of ['en-US', 'zh-CN'] as const) expect(explain(l, lang)).not.toMatch(/\n|undefined|NaN/);
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
    const [s] = computeStatements(input);
    expect(s.lines.map((l) => [l.kind, l.amount.toString()])).toEqual([
      ['band', '9972.67'],
      ['recordBonus', '14211.46'],
      ['teamPool', '19945.35'],
    ]);
    expect(explain(s.lines[0])).toBe('Band 1 (0.00–1,000,000.00): 997,267.42 × 1% = 9,972.67');
    expect(explain(s.lines[1])).toBe('Record bonus: (997,267.42 − record 713,038.19) × 5% = 14,211.46');
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

describe('the building blocks real plans use, worked by hand (fixtures.ts › BLOCKS_INPUT)', () => {
  const out = computeStatements(BLOCKS_INPUT);
  const of = (rep: string, period: string) => out.find((s) => s.rep === rep && s.period === period) as Statement;

  it('override, SPIFF, collected cash and a second currency: every line and total', () => {
    expectGolden(out, BLOCKS_GOLDEN);
  });

  it('explains each new line in both languages', () => {
    const m = of('M', '2026-05');
    expect(m.lines.slice(1).map((l) => explain(l))).toEqual([
      'Override on Ann: 135,000.01 × 0.5% = 675.00',
      'Override on Cai: 50,000.00 × 0.5% = 250.00',
      'Override on Uma: 125,600.00 × 0.5% = 628.00',
      'Override on Bo (indirect report): 15,000.00 × 0.5% = 75.00',
    ]);
    expect(explain(m.lines[4], 'zh-CN')).toBe('管理提成（Bo，间接下属）：15,000.00 × 0.5% = 75.00');
    expect(explain(of('M', '2026-06').lines[1])).toBe('Override: the reps you manage have no credit this period');
    expect(explain(of('M', '2026-06').lines[2])).toBe('Override clawback: deal d1 of Ann (closed 2026-05-05, cancelled 2026-06-20) reverses 600.00 of 2026-05');
    const a = of('A', '2026-05');
    expect(explain(a.lines[2])).toBe('SPIFF New logo: deal d1 (closed 2026-05-05) pays 500.00');
    expect(explain(a.lines[4])).toBe('SPIFF New logo: deal d2 (closed 2026-05-10) pays 500.00; your 50% share is 250.00');
    expect(explain(a.lines[4], 'zh-CN')).toBe('专项奖励 New logo：订单 d2（2026-05-10 成交）奖励 500.00，按你的分成 50% 计 250.00');
    expect(explain(of('A', '2026-06').lines[1])).toBe('Clawback: deal d1 (closed 2026-05-05, cancelled 2026-06-20) reverses 3,450.00 of 2026-05');
  });

  it('pays C on cash collected in each period, not on the deal booked', () => {
    expect([of('C', '2026-05').basis, of('C', '2026-05').credit.toString(), of('C', '2026-06').credit.toString()]).toEqual(['collected', '20000', '25000']);
    expect(of('A', '2026-05').basis).toBe('booked');
  });

  it('states U in USD, with the EUR credit converted once, and the total in CNY', () => {
    const u = of('U', '2026-05');
    expect([u.currency, u.decimals, u.credit.toString()]).toEqual(['USD', 2, '17690.14']);
    expect(u.conversions.map((c) => [c.currency, c.amount.toString(), c.rate.toString(), c.repRate.toString(), c.credit.toString()])).toEqual([['EUR', '7000', '7.8', '7.1', '7690.14']]);
    expect([u.company.currency, u.company.rate.toString(), u.company.total.toString()]).toEqual(['CNY', '7.1', '2511.98']);
    expect([of('U', '2026-06').company.rate.toString(), of('U', '2026-06').company.total.toString()]).toEqual(['7.2', '0']);
    expect(of('A', '2026-05').company).toMatchObject({ currency: 'CNY', total: of('A', '2026-05').total });
    const n = note('fxCredit', { currency: 'EUR', amount: '7,000.00', rate: '7.8', repCurrency: 'USD', repRate: '7.1', credit: '7,690.14' });
    expect(renderStatementNote('en-US', n)).toBe('Credit in EUR: 7,000.00 × 7.8 ÷ 7.1 = 7,690.14 USD, rounded to the USD minor unit');
  });

  it('refuses a currency without a rate for the period, a manager loop and collections above the deal', () => {
    const d = BLOCKS_INPUT.deals;
    expect(message(() => computeStatements({ ...BLOCKS_INPUT, fx: BLOCKS_INPUT.fx?.filter((x) => x.currency !== 'EUR') }))).toBe('no exchange rate for EUR in 2026-05');
    expect(message(() => computeStatements({ ...BLOCKS_INPUT, reps: BLOCKS_INPUT.reps.map((r) => (r.id === 'M' ? { ...r, manager: 'B' } : r)) }))).toBe('rep M: following the managers leads back to M');
    expect(message(() => computeStatements({ ...BLOCKS_INPUT, reps: BLOCKS_INPUT.reps.map((r) => (r.id === 'M' ? { ...r, manager: 'Zed' } : r)) }))).toBe('rep M: manager "Zed" is not a rep');
    expect(message(() => computeStatements({ ...BLOCKS_INPUT, deals: [{ ...d[2], collections: [{ date: 46167, amount: 50_000.01 }] }] }))).toBe('deals[0] (d3): collections add up to 50000.01, more than the deal\'s 50000');
  });
});
