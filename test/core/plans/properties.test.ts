import fc from 'fast-check';
import { Dec, roundHalfAway, roundPartsToTotal, sum } from '../../../src/core/money';
import { computeStatements, type EngineInput, type Statement } from '../../../src/core/plans/engine';
import { scaledSplit } from '../../../src/core/plans/inputs';
import { inputArb } from './arbitraries';
import { explain } from '../../support/statements';

const RUNS = { numRuns: 400 };

/** The same input with every deal in the company currency and every plan on booked credit. */
const oneCurrencyBooked = (input: EngineInput): EngineInput => ({
  ...input,
  plans: input.plans.filter((p) => p.id === 'p').map((p) => ({ ...p, creditBasis: 'booked' })),
  reps: input.reps.map((r) => ({ ...r, plan: 'p' })),
  deals: input.deals.map((d) => ({ ...d, currency: 'CNY' })),
});

describe('statement properties', () => {
  it('every line is on the minor unit, and the lines add up exactly to the total', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        for (const s of computeStatements(input)) {
          expect(sum(s.lines.map((l) => l.amount)).toString()).toBe(s.total.toString());
          for (const l of s.lines) expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(s.decimals);
        }
      }),
      RUNS,
    );
  });

  it('every line showing a rate has amount = ROUND(base × rate) exactly', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        for (const s of computeStatements(input)) {
          for (const l of s.lines) {
            if (l.rate === null) continue;
            expect([l.kind, l.amount.toString()]).toEqual([l.kind, roundHalfAway(l.base.mul(l.rate), s.decimals).toString()]);
          }
        }
      }),
      RUNS,
    );
  });

  it('split credit is conserved: the credits of a period add up to the deals it credits', () => {
    fc.assert(
      fc.property(inputArb({ maxDeals: 20 }).map(oneCurrencyBooked), (input) => {
        const out = computeStatements(input);
        for (const p of input.periods) {
          const credited = input.deals.filter((d) => d.date >= p.start && d.date <= p.end && (d.cancelled === null || d.cancelled > p.end));
          const expected = sum(credited.map((d) => new Dec(d.amount)));
          const got = sum(out.filter((s) => s.period === p.id).map((s) => s.credit));
          expect(got.toString()).toBe(expected.toString());
        }
      }),
      RUNS,
    );
  });

  it('a recoverable draw never recovers more than was advanced', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const byRep = new Map<string, Statement[]>();
        for (const s of computeStatements(input)) byRep.set(s.rep, [...(byRep.get(s.rep) ?? []), s]);
        for (const list of byRep.values()) {
          let advanced = new Dec(0);
          let recovered = new Dec(0);
          for (const s of list) {
            for (const l of s.lines) {
              if (l.kind === 'drawAdvance') advanced = advanced.add(l.amount);
              if (l.kind === 'drawRecovery') recovered = recovered.sub(l.amount);
              if (l.kind === 'drawRecovery') expect(l.amount.lte(0)).toBe(true);
            }
            expect(recovered.lte(advanced)).toBe(true);
            expect(s.drawBalance.toString()).toBe(advanced.sub(recovered).toString());
          }
        }
      }),
      RUNS,
    );
  });

  it('a prorated quota never exceeds the full quota, and equals it for a full period', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        for (const s of computeStatements(input)) {
          if (s.quota === null || s.proratedQuota === null) continue;
          expect(s.proratedQuota.lte(s.quota)).toBe(true);
          expect(s.proratedQuota.gte(0)).toBe(true);
          if (s.eligibleDays === s.periodDays) expect(s.proratedQuota.eq(s.quota)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('under a plan without decelerators, one more closed deal never lowers the payout of its period', () => {
    const noPool = (input: EngineInput): EngineInput => ({
      ...input,
      plans: input.plans.map((p) => ({ ...p, components: p.components.filter((c) => c.kind !== 'teamPool') })),
    });
    fc.assert(
      fc.property(inputArb({ rising: true }).map(noPool), fc.nat(), fc.integer({ min: 1, max: 30_000_000 }), (input, pick, cents) => {
        const before = computeStatements(input);
        if (before.length === 0) return;
        const s = before[pick % before.length];
        const period = input.periods.find((p) => p.id === s.period);
        if (period === undefined) return;
        const deal = { id: 'extra', splits: [{ rep: s.rep, share: 1 }], date: period.start, amount: cents / 100, cancelled: null };
        const after = computeStatements({ ...input, deals: [...input.deals, deal] });
        const t = after.find((x) => x.rep === s.rep && x.period === s.period) as Statement;
        expect(t.total.gte(s.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of the order deals arrive in', () => {
    fc.assert(
      fc.property(inputArb(), fc.nat(), (input, seed) => {
        const shuffled = [...input.deals].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || (a.id < b.id ? 1 : -1));
        const key = (list: Statement[]) => JSON.stringify(list.map((s) => [s.rep, s.period, s.lines.map((l) => [l.kind, l.amount.toString(), explain(l)]), s.total.toString(), s.company.total.toString(), s.conversions.map((c) => [c.currency, c.credit.toString()])]));
        expect(key(computeStatements({ ...input, deals: shuffled }))).toBe(key(computeStatements(input)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('fast paths agree with the shared helpers', () => {
  it('scaledSplit rounds split credit exactly like roundPartsToTotal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 5 }), (cents, ws) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const shares = ws.map((w) => Math.floor((w / total) * 1e6) / 1e6);
        shares[shares.length - 1] = Number(new Dec(1).sub(sum(shares.slice(0, -1).map((x) => new Dec(x)))).toString());
        const amount = cents / 100;
        const fast = scaledSplit(amount, shares.map((share, i) => ({ rep: `r${i}`, share })), 2);
        const a = new Dec(amount);
        const slow = roundPartsToTotal(shares.map((s) => a.mul(s)), 2, a).map((x) => x.toNumber());
        expect(fast).toEqual(slow);
      }),
      { numRuns: 1000 },
    );
  });

  it('scaledSplit leaves amounts too large for exact integers to the decimal path', () => {
    expect(scaledSplit(90_071_992_547.41, [{ rep: 'a', share: 0.5 }, { rep: 'b', share: 0.5 }], 2)).toBeNull();
    expect(scaledSplit(100, [{ rep: 'a', share: 0.5 }, { rep: 'b', share: 0.4 }], 2)).toBe('bad');
  });
});
