import { DEFAULT_SETTINGS } from '../settings';
import { planFromSettings } from './fromSettings';
import type { Plan } from './schema';

/** 2026-01-01 as an Excel serial. */
const JAN_1_2026 = 46023;

/**
 * The seed's plan (rules.md › Commissions): up to 1,000,000 at 1 %, 1,000,000–2,000,000 at 1.5 %, above at 2 %
 * (marginal), +5 % on sales above the rep's record, and a 2 % team pool when the team reaches
 * its target.
 */
export function seedPlan(): Plan {
  return { ...planFromSettings(DEFAULT_SETTINGS, JAN_1_2026), id: 'seed', name: 'Seed plan' };
}

/**
 * A plan that uses every building block: a money rate table with a cap, an accelerator on
 * attainment (decelerated below 80 %, accelerated above 100 % and 120 %), a 50 % gate, a record
 * bonus, a team pool, a 90-day clawback window and a recoverable draw.
 */
export function examplePlan(): Plan {
  return {
    version: 1,
    id: 'field',
    name: 'Field sales 2026',
    currency: 'CNY',
    decimals: 2,
    effectiveFrom: JAN_1_2026,
    effectiveTo: null,
    clawbackDays: 90,
    draw: { type: 'recoverable', amount: 3_000 },
    creditBasis: 'booked',
    maxRate: 1,
    components: [
      {
        kind: 'rateTable',
        id: 'base',
        name: 'Base commission',
        basis: 'money',
        mode: 'marginal',
        boundary: 'lower',
        tiers: [
          { lower: 0, rate: 0.01 },
          { lower: 200_000, rate: 0.02 },
        ],
      },
      {
        kind: 'accelerator',
        id: 'accel',
        name: 'Attainment accelerator',
        mode: 'marginal',
        boundary: 'lower',
        tiers: [
          { lower: 0, rate: 0.002 },
          { lower: 0.8, rate: 0.005 },
          { lower: 1, rate: 0.01 },
          { lower: 1.2, rate: 0.015 },
        ],
      },
      { kind: 'gate', id: 'gate', name: 'Threshold', minAttainment: 0.5 },
      { kind: 'cap', id: 'cap', name: 'Base cap', appliesTo: 'base', amount: 8_000 },
      { kind: 'recordBonus', id: 'record', name: 'Record bonus', rate: 0.05 },
      { kind: 'teamPool', id: 'pool', name: 'Team pool', rate: 0.02, collaborationWeight: 0.3 },
    ],
  };
}
