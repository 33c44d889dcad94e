/** Random plans and deal sets for the property and agreement tests. */
import fc from 'fast-check';
import type { Deal, EngineInput, Period, Rep } from '../../../src/core/plans/engine';
import type { Plan, PlanComponent } from '../../../src/core/plans/schema';

const START = 46023;
const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const rate = fc.integer({ min: 0, max: 500 }).map((x) => x / 10_000);

function tiersArb(onAttainment: boolean, rising: boolean) {
  return fc
    .tuple(
      fc.uniqueArray(onAttainment ? fc.integer({ min: 1, max: 200 }).map((x) => x / 100) : fc.integer({ min: 1, max: 400 }).map((x) => x * 1000), { maxLength: 3 }),
      fc.array(rate, { minLength: 4, maxLength: 4 }),
    )
    .map(([bounds, rates]) => {
      const lowers = [0, ...bounds.sort((a, b) => a - b)];
      const rs = rising ? [...rates].sort((a, b) => a - b) : rates;
      return lowers.map((lower, i) => ({ lower, rate: rs[i] }));
    });
}

/** A plan in CNY (cents), or in another currency: USD (cents) or JPY (whole yen). */
export interface Money {
  currency: string;
  decimals: number;
}
export const CNY: Money = { currency: 'CNY', decimals: 2 };

export function planArb(opts: { rising?: boolean; money?: Money; id?: string } = {}): fc.Arbitrary<Plan> {
  const rising = opts.rising ?? false;
  const { currency, decimals } = opts.money ?? CNY;
  /** Money a plan pays as it is (caps, draws, SPIFFs) is on its minor unit. */
  const money = (max: number) => fc.integer({ min: 0, max: max * 10 ** decimals }).map((c) => c / 10 ** decimals);
  const table = fc
    .record({
      basis: fc.constantFrom<'money' | 'attainment'>('money', 'attainment'),
      mode: fc.constantFrom<'marginal' | 'flat'>('marginal', 'flat'),
      boundary: fc.constantFrom<'lower' | 'upper'>('lower', 'upper'),
      accel: fc.boolean(),
    })
    .chain(({ basis, mode, boundary, accel }) =>
      tiersArb(accel || basis === 'attainment', rising).map(
        (tiers): PlanComponent => (accel ? { kind: 'accelerator', id: '', mode, boundary, tiers } : { kind: 'rateTable', id: '', basis, mode, boundary, tiers }),
      ),
    );
  return fc
    .record({
      tables: fc.array(table, { minLength: 1, maxLength: 2 }),
      record: fc.option(rate, { nil: null }),
      cap: fc.option(fc.tuple(fc.nat(1), money(8_000)), { nil: null }),
      gate: fc.option(fc.integer({ min: 0, max: 120 }).map((x) => x / 100), { nil: null }),
      pool: fc.option(fc.tuple(rate, fc.integer({ min: 0, max: 100 }).map((x) => x / 100)), { nil: null }),
      clawbackDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      draw: fc.option(fc.tuple(fc.constantFrom<'recoverable' | 'nonRecoverable'>('recoverable', 'nonRecoverable'), money(5_000)), { nil: null }),
      override: fc.option(fc.tuple(rate, fc.constantFrom<'direct' | 'all'>('direct', 'all')), { nil: null, freq: 2 }),
      spiffs: fc.array(
        fc.record({
          amount: money(800),
          productLines: fc.option(fc.constantFrom(['A'], ['B'], ['A', 'B']), { nil: undefined }),
          customers: fc.option(fc.constantFrom(['c1'], ['c2', 'c3']), { nil: undefined }),
          newCustomer: fc.option(fc.boolean(), { nil: undefined }),
          window: fc.option(fc.tuple(fc.integer({ min: -10, max: 60 }), fc.integer({ min: 0, max: 60 })), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      creditBasis: fc.constantFrom<'booked' | 'collected'>('booked', 'booked', 'collected'),
    })
    .map((g): Plan => {
      const components: PlanComponent[] = g.tables.map((t, i) => ({ ...t, id: `t${i + 1}` }));
      if (g.record !== null) components.push({ kind: 'recordBonus', id: 'rec', rate: g.record });
      if (g.cap !== null) components.push({ kind: 'cap', id: 'cap', appliesTo: components[Math.min(g.cap[0], g.tables.length - 1)].id, amount: g.cap[1] });
      if (g.gate !== null) components.push({ kind: 'gate', id: 'gate', minAttainment: g.gate });
      if (g.pool !== null) components.push({ kind: 'teamPool', id: 'pool', rate: g.pool[0], collaborationWeight: g.pool[1] });
      if (g.override !== null) components.push({ kind: 'override', id: 'ovr', rate: g.override[0], scope: g.override[1] });
      g.spiffs.forEach((x, i) => {
        const { window, ...conditions } = x;
        const dates = window === undefined ? {} : { from: START + window[0], to: START + window[0] + window[1] };
        const defined = Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== undefined));
        components.push({ kind: 'spiff', id: `spiff${i + 1}`, name: `S${i + 1}`, ...defined, amount: x.amount, ...dates });
      });
      return {
        version: 1,
        id: opts.id ?? 'p',
        name: 'random',
        currency,
        decimals,
        effectiveFrom: 46000,
        effectiveTo: null,
        clawbackDays: g.clawbackDays,
        creditBasis: g.creditBasis,
        maxRate: 1,
        draw: g.draw === null ? null : { type: g.draw[0], amount: g.draw[1] },
        components,
      };
    });
}

export function inputArb(opts: { rising?: boolean; maxDeals?: number } = {}): fc.Arbitrary<EngineInput> {
  return fc
    .record({
      plans: fc.array(planArb(opts), { minLength: 1, maxLength: 2 }),
      // A second plan in another currency, for some of the reps.
      second: fc.option(
        fc.constantFrom<Money>({ currency: 'USD', decimals: 2 }, { currency: 'JPY', decimals: 0 }).chain((money) => planArb({ ...opts, money, id: 'q' })),
        { nil: null, freq: 2 },
      ),
      fx: fc.array(fc.tuple(fc.constantFrom(7.1, 7.2345, 6.9), fc.constantFrom(7.8, 7.65), fc.constantFrom(0.0482, 0.05)), { minLength: 3, maxLength: 3 }),
      change: fc.integer({ min: 1, max: 70 }),
      lengths: fc.array(fc.integer({ min: 10, max: 31 }), { minLength: 1, maxLength: 3 }),
      reps: fc.array(
        fc.record({
          team: fc.nat(1),
          start: fc.integer({ min: -20, max: 60 }),
          end: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          onSecond: fc.boolean(),
          manager: fc.option(fc.nat(3), { nil: null }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      quotas: fc.array(fc.option(cents(400_000), { nil: null, freq: 4 }), { minLength: 12, maxLength: 12 }),
      deals: fc.array(
        fc.record({
          day: fc.integer({ min: -5, max: 100 }),
          amount: cents(300_000),
          split: fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 3 }),
          cancelled: fc.option(fc.integer({ min: 0, max: 110 }), { nil: null, freq: 3 }),
          currency: fc.constantFrom('CNY', 'CNY', 'USD', 'EUR'),
          productLine: fc.constantFrom('A', 'B', null),
          customer: fc.constantFrom('c1', 'c2', 'c3'),
          newCustomer: fc.boolean(),
          // Up to two collections: days after closing and percent of the amount (at most 100 % in all).
          collections: fc.array(fc.tuple(fc.integer({ min: -3, max: 70 }), fc.integer({ min: 1, max: 50 })), { maxLength: 2 }),
        }),
        { maxLength: opts.maxDeals ?? 14 },
      ),
      history: fc.array(fc.option(cents(200_000), { nil: null }), { minLength: 4, maxLength: 4 }),
      collaboration: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 12, maxLength: 12 }),
    })
    .map((g): EngineInput => {
      const periods: Period[] = [];
      let s = START;
      g.lengths.forEach((n, i) => {
        periods.push({ id: `P${i + 1}`, start: s, end: s + n - 1 });
        s += n;
      });
      const versions = g.plans.length === 1 ? [g.plans[0]] : [{ ...g.plans[0], effectiveTo: START + g.change - 1 }, { ...g.plans[1], effectiveFrom: START + g.change }];
      const plans = g.second === null ? versions : [...versions, g.second];
      const reps: Rep[] = g.reps.map((r, i) => ({
        id: `R${i}`,
        name: `Rep ${i}`,
        team: `T${r.team}`,
        start: START + r.start,
        end: r.end === null ? null : START + Math.max(r.start, r.end),
        plan: g.second !== null && r.onSecond ? 'q' : 'p',
        // Managers come earlier in the roster, so the chain never loops.
        manager: r.manager === null || i === 0 ? null : `R${r.manager % i}`,
      }));
      const quotas = [];
      for (let r = 0; r < reps.length; r++) {
        for (let p = 0; p < periods.length; p++) {
          const q = g.quotas[r * 3 + p];
          if (q !== null) quotas.push({ rep: reps[r].id, period: periods[p].id, amount: q });
        }
      }
      const deals: Deal[] = g.deals.map((d, i) => {
        const weights = new Map<number, number>();
        for (const [who, w] of d.split) weights.set(who % reps.length, (weights.get(who % reps.length) ?? 0) + w);
        const entries = [...weights];
        const sum = entries.reduce((a, [, w]) => a + w, 0);
        // Shares in whole percents that add up to exactly 100.
        let left = 100;
        const splits = entries.map(([who, w], k) => {
          const pct = k === entries.length - 1 ? left : Math.max(1, Math.min(left - (entries.length - 1 - k), Math.round((w / sum) * 100)));
          left -= pct;
          return { rep: reps[who].id, share: pct / 100 };
        });
        const collections = d.collections.map(([day, pct]) => ({ date: START + d.day + day, amount: Math.floor((d.amount * 100 * pct) / 100) / 100 }));
        return {
          id: `D${i}`,
          splits,
          date: START + d.day,
          amount: d.amount,
          cancelled: d.cancelled === null ? null : START + d.day + d.cancelled,
          currency: d.currency,
          productLine: d.productLine,
          customer: d.customer,
          newCustomer: d.newCustomer,
          collections,
        };
      });
      const fx = periods.flatMap((p, i) => [
        { period: p.id, currency: 'USD', rate: g.fx[i][0] },
        { period: p.id, currency: 'EUR', rate: g.fx[i][1] },
        { period: p.id, currency: 'JPY', rate: g.fx[i][2] },
      ]);
      const history: Record<string, number> = {};
      reps.forEach((r, i) => {
        const h = g.history[i];
        if (h !== null) history[r.id] = h;
      });
      const collaboration = [];
      for (let r = 0; r < reps.length; r++) {
        for (let p = 0; p < periods.length; p++) {
          const c = g.collaboration[r * 3 + p];
          if (c !== null) collaboration.push({ rep: reps[r].id, period: periods[p].id, score: c });
        }
      }
      return { plans, periods, reps, quotas, deals, history, collaboration, company: { currency: 'CNY', decimals: 2 }, fx };
    });
}
