import { SalesError } from '../../../src/core/errors';
import { computeStatements } from '../../../src/core/plans/engine';
import { examplePlan, seedPlan } from '../../../src/core/plans/examples';
import { PLAN_SCHEMA_VERSION, PlanError, parsePlan } from '../../../src/core/plans/schema';
import { planToRows, readComponentRows, readPlanRows } from '../../../src/core/plans/table';
import { catalogue } from '../../../src/i18n';
import { message } from '../../support/errors';
import { explain } from '../../support/statements';
import { EVERY_BLOCK_INPUT } from './fixtures';

/** Every problem of a rejected plan as "row N, path: reason", in English. */
function issues(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    expect((e as SalesError).kind).toBe('VALUE');
    return (e as PlanError).issues.map((i) => `${i.row === null ? '' : `row ${i.row}, `}${i.path === '' ? '(plan)' : i.path}: ${catalogue('en-US').commissions.reason(i.reason)}`);
  }
  throw new Error('expected a PlanError');
}

describe('plan schema', () => {
  it('accepts the seed and the example plan, as objects and as JSON text', () => {
    expect(PLAN_SCHEMA_VERSION).toBe(1);
    expect(parsePlan(seedPlan())).toEqual(seedPlan());
    expect(parsePlan(JSON.stringify(examplePlan()))).toEqual(examplePlan());
  });

  it('fills defaults for optional settings', () => {
    const { effectiveTo: _a, clawbackDays: _b, draw: _c, ...bare } = seedPlan();
    const p = parsePlan(bare);
    expect([p.effectiveTo, p.clawbackDays, p.draw]).toEqual([null, null, null]);
  });

  it('lists every problem as "path: reason"', () => {
    const bad = {
      ...examplePlan(),
      version: 2,
      currency: 'yuan',
      decimals: 7,
      effectiveTo: 40000,
      components: [
        { kind: 'rateTable', id: 'base', basis: 'money', mode: 'stepped', tiers: [{ lower: 10, rate: 0.01 }, { lower: 5, rate: -1 }] },
        { kind: 'cap', id: 'cap', appliesTo: 'nothing', amount: 100 },
        { kind: 'gate', id: 'base', minAttainment: 0.5 },
        { kind: 'bonus', id: 'x' },
      ],
    };
    expect(issues(() => parsePlan(bad))).toEqual([
      'version: must be one of 1',
      'currency: must be a three-letter ISO code such as CNY',
      'decimals: must be at most 4',
      'components.0.mode: must be one of marginal, flat',
      'components.0.tiers.1.rate: must be at least 0',
      'components.0.tiers.0.lower: the first band must start at 0',
      'components.0.tiers.1.lower: lower bounds must be strictly ascending',
      'components.3.kind: must be one of rateTable, accelerator, gate, cap, recordBonus, teamPool, override, spiff',
    ]);
  });

  it('checks references and dates once the shapes are right', () => {
    const plan = examplePlan();
    const bad = {
      ...plan,
      effectiveTo: plan.effectiveFrom - 1,
      components: [...plan.components, { kind: 'cap', id: 'cap2', appliesTo: 'pool', amount: 1 }, { kind: 'teamPool', id: 'pool2', rate: 0.01 }, { kind: 'gate', id: 'base', minAttainment: 1 }],
    };
    expect(issues(() => parsePlan(bad))).toEqual([
      'effectiveTo: must not be before the start date',
      'components.8.id: duplicate id "base"',
      'components.6.appliesTo: "pool" is not a rate table, accelerator or record bonus of this plan',
      'components: at most one team pool per plan',
    ]);
  });

  it('rejects text that is not JSON', () => {
    expect(issues(() => parsePlan('{"version":1,'))[0]).toMatch(/^\(plan\): not valid JSON/);
    expect(issues(() => parsePlan(42))).toEqual(['(plan): must be an object']);
  });
});

describe('plan table layout (Plans sheet, SALES.PAYOUT)', () => {
  it('round-trips a plan through its rows in both languages', () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      for (const plan of [seedPlan(), examplePlan(), ...EVERY_BLOCK_INPUT.plans]) expect(readPlanRows(planToRows(plan, lang))).toEqual(plan);
    }
  });

  it('writes dates as ISO text and choices in the sheet language', () => {
    const zh = planToRows(examplePlan(), 'zh-CN');
    expect(zh[4]).toEqual(['生效日期', '2026-01-01']);
    expect(zh).toContainEqual(['类型', '加速器']);
    expect(zh).toContainEqual(['计算方式', '超额累进']);
  });

  it('names the row of every problem', () => {
    const rows = planToRows(examplePlan(), 'en-US');
    rows[3] = ['decimals', 9];
    const tier = rows.findIndex((r) => r[0] === 200000);
    rows[tier] = [100, 'two percent'];
    expect(issues(() => readPlanRows(rows, 1))).toEqual([
      'row 5, decimals: must be at most 4',
      `row ${tier + 2}, components.0.tiers.1.rate: must be a number`,
    ]);
  });

  it('rejects unknown settings with their row', () => {
    expect(message(() => readPlanRows([['id', 'x'], ['colour', 'red']]))).toContain('plan: row 2: unknown setting "colour"');
  });

  it('reads a bare tiers block as a money rate table, lower bound inclusive unless it says otherwise', () => {
    expect(readComponentRows([['basis', 'money'], ['mode', 'flat'], [0, 0.01], [1_000_000, '0.015']])).toEqual({
      components: [{ kind: 'rateTable', id: 'tiers', basis: 'money', mode: 'flat', boundary: 'lower', tiers: [{ lower: 0, rate: 0.01 }, { lower: 1_000_000, rate: 0.015 }] }],
      decimals: null,
    });
    expect(readComponentRows([['boundary', 'upper'], [0, 0.01], [1_000_000, 0.015]]).components[0]).toMatchObject({ boundary: 'upper' });
    expect(readComponentRows([['档位边界', '含上限'], [0, 0.01], [1_000_000, 0.015]]).components[0]).toMatchObject({ boundary: 'upper' });
    expect(message(() => readComponentRows([['boundary', 'middle'], [0, 0.01]]))).toMatch(/row 1, components\.0\.boundary/);
  });
});

describe('engine input validation', () => {
  const run = (patch: Partial<typeof EVERY_BLOCK_INPUT>) => () => computeStatements({ ...EVERY_BLOCK_INPUT, ...patch });
  it('names the deal, the field and the reason', () => {
    const d = EVERY_BLOCK_INPUT.deals;
    expect(message(run({ deals: [{ ...d[1], splits: [{ rep: 'A', share: 0.6 }, { rep: 'B', share: 0.3 }] }] }))).toContain('deals[0] (d2): split shares add up to 0.9, not 1');
    expect(message(run({ deals: [{ ...d[0], amount: -5 }] }))).toContain('deals[0] (d1).amount must not be negative');
    expect(message(run({ deals: [{ ...d[0], amount: 1.005 }] }))).toContain('deals[0] (d1).amount has more than 2 decimals');
    expect(message(run({ deals: [{ ...d[0], splits: [{ rep: 'Z', share: 1 }] }] }))).toContain('deals[0] (d1).splits[0]: unknown rep "Z"');
    expect(message(run({ deals: [{ ...d[0], cancelled: d[0].date - 1 }] }))).toContain('deals[0] (d1): cancelled before it closed');
    expect(message(run({ deals: [d[0], d[0]] }))).toContain('deals[1]: duplicate id "d1"');
  });
  it('rejects overlapping periods and plan versions, and unknown quota reps', () => {
    const p = EVERY_BLOCK_INPUT.periods;
    expect(message(run({ periods: [p[0], { ...p[1], start: p[0].end }] }))).toContain('periods 2026-05 and 2026-06 overlap');
    expect(message(run({ plans: [EVERY_BLOCK_INPUT.plans[0], { ...EVERY_BLOCK_INPUT.plans[1], effectiveFrom: 46200 }] }))).toMatch(/versions of "field" overlap/);
    expect(message(run({ quotas: [{ rep: 'Q', period: '2026-05', amount: 1 }] }))).toContain('quotas[0]: unknown rep "Q"');
    expect(message(run({ quotas: [{ rep: 'A', period: '2026-05', amount: -1 }] }))).toContain('quotas[0].amount must not be negative');
  });
  it('statements without a plan in effect say so', () => {
    const [h1] = EVERY_BLOCK_INPUT.plans;
    const out = computeStatements({ ...EVERY_BLOCK_INPUT, plans: [{ ...h1, effectiveFrom: 46174 }] });
    expect(out[0].plan).toBeNull();
    expect(out[0].lines.map((l) => [l.kind, l.amount.toString(), explain(l)])).toEqual([['noPlan', '0', 'No plan in effect on 2026-05-01']]);
  });
});
