/**
 * Golden statements worked by hand (see the comments), as fixtures: the inputs and, per rep and
 * period, the expected lines [component, kind, band, base, rate, amount] and total.
 */
import type { EngineInput } from '../../../src/core/plans/engine';
import { examplePlan, seedPlan } from '../../../src/core/plans/examples';
import type { Plan } from '../../../src/core/plans/schema';

export type ExpectedLine = [component: string, kind: string, band: number | null, base: string, rate: string | null, amount: string];
export interface Golden {
  rep: string;
  period: string;
  lines: ExpectedLine[];
  total: string;
  drawBalance?: string;
}

const MAY = { id: '2026-05', start: 46143, end: 46173 };
const JUN = { id: '2026-06', start: 46174, end: 46203 };
const JUL = { id: '2026-07', start: 46204, end: 46234 };

/**
 * Seed plan (rules.md › Commissions), one month, team East. 王 closes 2,500,000: 10,000 + 15,000 + 10,000 =
 * 35,000 (the seed's example); record 2,400,000 → (2,500,000 − 2,400,000) × 5 % = 5,000.
 * 张 520,000 → 5,200; record 480,000 → 2,000. 李 210,000 → 2,100; record 250,000 not beaten.
 * Team 3,230,000 ≥ target 2,800,000: pool 2 % = 64,600, split by contribution = 2 % of each.
 */
export const SEED_INPUT: EngineInput = {
  plans: [seedPlan()],
  periods: [MAY],
  reps: [
    { id: 'zhang', name: '张*', team: 'East', start: 40000, end: null },
    { id: 'li', name: '李*', team: 'East', start: 40000, end: null },
    { id: 'wang', name: '王*', team: 'East', start: 40000, end: null },
  ],
  quotas: [
    { rep: 'zhang', period: MAY.id, amount: 500_000 },
    { rep: 'li', period: MAY.id, amount: 300_000 },
    { rep: 'wang', period: MAY.id, amount: 2_000_000 },
  ],
  deals: [
    { id: 'S1', splits: [{ rep: 'zhang', share: 1 }], date: 46150, amount: 520_000, cancelled: null },
    { id: 'S2', splits: [{ rep: 'li', share: 1 }], date: 46151, amount: 210_000, cancelled: null },
    { id: 'S3', splits: [{ rep: 'wang', share: 1 }], date: 46152, amount: 1_500_000, cancelled: null },
    { id: 'S4', splits: [{ rep: 'wang', share: 1 }], date: 46160, amount: 1_000_000, cancelled: null },
  ],
  history: { zhang: 480_000, li: 250_000, wang: 2_400_000 },
};

export const SEED_GOLDEN: Golden[] = [
  {
    rep: 'zhang',
    period: MAY.id,
    lines: [
      ['tiered', 'band', 1, '520000', '0.01', '5200'],
      ['record', 'recordBonus', null, '40000', '0.05', '2000'],
      ['pool', 'teamPool', null, '64600', null, '10400'],
    ],
    total: '17600',
  },
  {
    rep: 'li',
    period: MAY.id,
    lines: [
      ['tiered', 'band', 1, '210000', '0.01', '2100'],
      ['record', 'recordBonus', null, '0', '0.05', '0'],
      ['pool', 'teamPool', null, '64600', null, '4200'],
    ],
    total: '6300',
  },
  {
    rep: 'wang',
    period: MAY.id,
    lines: [
      ['tiered', 'band', 1, '1000000', '0.01', '10000'],
      ['tiered', 'band', 2, '1000000', '0.015', '15000'],
      ['tiered', 'band', 3, '500000', '0.02', '10000'],
      ['record', 'recordBonus', null, '100000', '0.05', '5000'],
      ['pool', 'teamPool', null, '64600', null, '50000'],
    ],
    total: '90000',
  },
];

/** The example plan until 30 June, then a version with higher base rates and a 60-day window. */
export function everyBlockPlans(): Plan[] {
  const h1 = { ...examplePlan(), effectiveTo: 46203 };
  const h2 = examplePlan();
  h2.effectiveFrom = 46204;
  h2.clawbackDays = 60;
  const base = h2.components[0];
  if (base.kind !== 'rateTable') throw new Error('fixture: the example plan starts with its base rate table');
  base.tiers = [
    { lower: 0, rate: 0.012 },
    { lower: 200_000, rate: 0.025 },
  ];
  return [h1, h2];
}

/**
 * Every building block, May–July 2026, team T: A all along (record 250,000), B from 16 June
 * (June quota 200,000 prorated to 15/30 = 100,000; draw 3,000 prorated to 1,500).
 *
 * A, May (H1): credit 380,000 (d1 320,000 + d3 50,000 + d8 10,000), quota 300,000.
 *   base 200,000 × 1 % + 180,000 × 2 % = 5,600 (cap 8,000 not reached);
 *   accelerator bounds 0 / 240,000 / 300,000 / 360,000: 480 + 300 + 600 + 300 = 1,680;
 *   record (380,000 − 250,000) × 5 % = 6,500; gate met; B not employed, so A alone funds the
 *   pool: 380,000 ≥ 300,000 → 2 % = 7,600. Total 21,380.
 * A, June (H1): credit 60,000.01 (d2 100,000.01 split 60/40: 60,000.006 and 40,000.004 → the
 *   missing cent goes to the larger remainder, A). Attainment 20 % < 50 %: the gate reverses
 *   base 60,000.01 × 1 % = 600.0001 → 600.00 and accelerator 120.00002 → 120.00, each line rounded
 *   on its own, so the gate line is −720.00; team 130,000.01 < 400,000, no pool. Earnings 0, so
 *   the recoverable draw advances 3,000 (balance 3,000).
 * B, June (H1): credit 70,000 (40,000 from d2 + d4 30,000), quota 100,000, attainment 70 %.
 *   base 700, accelerator (bounds 0 / 80,000 / …) 140, no record yet; earnings 840 < draw
 *   1,500 → advance 660.
 * A, July (H2): d5 closed and cancelled in July never earns credit; credit 200,000 (d6).
 *   base 200,000 × 1.2 % = 2,400 (band 2 starts above 200,000), accelerator 400, record 380,000
 *   not beaten. Team 650,000 ≥ 500,000: pool 13,000 split 0.7 × contribution + 0.3 ×
 *   collaboration (A 3, B 1): A 0.7 × 200/650 + 0.3 × 3/4 → 2,800 + 2,925 = 5,725.
 *   Clawback of d3 (closed 20 May, cancelled 10 July: 51 days ≤ May's 90-day window): May's
 *   credit-driven payout 13,780 at 380,000 against 9,680 at 330,000 → −4,100. d8 was cancelled
 *   91 days after closing: no clawback. Earnings 4,425 exceed the draw by 1,425: recovered
 *   (balance 1,575). Total 3,000.
 * B, July (H2): credit 450,000 (d7), quota 200,000. base 2,400 + 250,000 × 2.5 % = 8,650,
 *   capped at 8,000 (−650); accelerator bounds 0 / 160,000 / 200,000 / 240,000: 320 + 200 + 400
 *   + 3,150 = 4,070; record (450,000 − 70,000) × 5 % = 19,000; pool 7,275; recovery of the
 *   660 advanced. Total 37,685.
 */
export const EVERY_BLOCK_INPUT: EngineInput = {
  plans: everyBlockPlans(),
  periods: [MAY, JUN, JUL],
  reps: [
    { id: 'A', name: 'Ann', team: 'T', start: 45000, end: null },
    { id: 'B', name: 'Bo', team: 'T', start: 46189, end: null },
  ],
  quotas: [
    { rep: 'A', period: MAY.id, amount: 300_000 },
    { rep: 'A', period: JUN.id, amount: 300_000 },
    { rep: 'A', period: JUL.id, amount: 300_000 },
    { rep: 'B', period: JUN.id, amount: 200_000 },
    { rep: 'B', period: JUL.id, amount: 200_000 },
  ],
  deals: [
    { id: 'd1', splits: [{ rep: 'A', share: 1 }], date: 46152, amount: 320_000, cancelled: null },
    { id: 'd2', splits: [{ rep: 'A', share: 0.6 }, { rep: 'B', share: 0.4 }], date: 46193, amount: 100_000.01, cancelled: null },
    { id: 'd3', splits: [{ rep: 'A', share: 1 }], date: 46162, amount: 50_000, cancelled: 46213 },
    { id: 'd4', splits: [{ rep: 'B', share: 1 }], date: 46198, amount: 30_000, cancelled: null },
    { id: 'd5', splits: [{ rep: 'A', share: 1 }], date: 46206, amount: 150_000, cancelled: 46223 },
    { id: 'd6', splits: [{ rep: 'A', share: 1 }], date: 46218, amount: 200_000, cancelled: null },
    { id: 'd7', splits: [{ rep: 'B', share: 1 }], date: 46211, amount: 450_000, cancelled: null },
    { id: 'd8', splits: [{ rep: 'A', share: 1 }], date: 46143, amount: 10_000, cancelled: 46234 },
  ],
  history: { A: 250_000 },
  collaboration: [
    { rep: 'A', period: JUL.id, score: 3 },
    { rep: 'B', period: JUL.id, score: 1 },
  ],
};

export const EVERY_BLOCK_GOLDEN: Golden[] = [
  {
    rep: 'A',
    period: MAY.id,
    lines: [
      ['base', 'band', 1, '200000', '0.01', '2000'],
      ['base', 'band', 2, '180000', '0.02', '3600'],
      ['accel', 'band', 1, '240000', '0.002', '480'],
      ['accel', 'band', 2, '60000', '0.005', '300'],
      ['accel', 'band', 3, '60000', '0.01', '600'],
      ['accel', 'band', 4, '20000', '0.015', '300'],
      ['record', 'recordBonus', null, '130000', '0.05', '6500'],
      ['gate', 'gate', null, '380000', null, '0'],
      ['pool', 'teamPool', null, '7600', null, '7600'],
    ],
    total: '21380',
    drawBalance: '0',
  },
  {
    rep: 'A',
    period: JUN.id,
    lines: [
      ['base', 'band', 1, '60000.01', '0.01', '600'],
      ['accel', 'band', 1, '60000.01', '0.002', '120'],
      ['record', 'recordBonus', null, '0', '0.05', '0'],
      ['gate', 'gate', null, '60000.01', null, '-720'],
      ['pool', 'teamPool', null, '0', null, '0'],
      ['draw', 'drawAdvance', null, '3000', null, '3000'],
    ],
    total: '3000',
    drawBalance: '3000',
  },
  {
    rep: 'A',
    period: JUL.id,
    lines: [
      ['base', 'band', 1, '200000', '0.012', '2400'],
      ['accel', 'band', 1, '200000', '0.002', '400'],
      ['record', 'recordBonus', null, '0', '0.05', '0'],
      ['gate', 'gate', null, '200000', null, '0'],
      ['pool', 'teamPool', null, '13000', null, '5725'],
      ['clawback', 'clawback', null, '50000', null, '-4100'],
      ['draw', 'drawRecovery', null, '3000', null, '-1425'],
    ],
    total: '3000',
    drawBalance: '1575',
  },
  {
    rep: 'B',
    period: JUN.id,
    lines: [
      ['base', 'band', 1, '70000', '0.01', '700'],
      ['accel', 'band', 1, '70000', '0.002', '140'],
      ['record', 'recordBonus', null, '0', '0.05', '0'],
      ['gate', 'gate', null, '70000', null, '0'],
      ['pool', 'teamPool', null, '0', null, '0'],
      ['draw', 'drawAdvance', null, '1500', null, '660'],
    ],
    total: '1500',
    drawBalance: '660',
  },
  {
    rep: 'B',
    period: JUL.id,
    lines: [
      ['base', 'band', 1, '200000', '0.012', '2400'],
      ['base', 'band', 2, '250000', '0.025', '6250'],
      ['cap', 'cap', null, '8650', null, '-650'],
      ['accel', 'band', 1, '160000', '0.002', '320'],
      ['accel', 'band', 2, '40000', '0.005', '200'],
      ['accel', 'band', 3, '40000', '0.01', '400'],
      ['accel', 'band', 4, '210000', '0.015', '3150'],
      ['record', 'recordBonus', null, '380000', '0.05', '19000'],
      ['gate', 'gate', null, '450000', null, '0'],
      ['pool', 'teamPool', null, '13000', null, '7275'],
      ['draw', 'drawRecovery', null, '660', null, '-660'],
    ],
    total: '37685',
    drawBalance: '0',
  },
];

export const plan = (id: string, components: Plan['components'], extra: Partial<Plan> = {}): Plan => ({
  version: 1,
  id,
  name: id,
  currency: 'CNY',
  decimals: 2,
  effectiveFrom: 46023,
  effectiveTo: null,
  clawbackDays: 60,
  draw: null,
  creditBasis: 'booked',
  maxRate: 1,
  components,
  ...extra,
});
export const flatRate = (id: string, rate: number): Plan['components'][number] => ({ kind: 'rateTable', id, basis: 'money', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate }] });

/**
 * The building blocks real plans use, May–June 2026, company currency CNY (FX May: USD 7.1,
 * EUR 7.8; June: USD 7.2). M manages A, C and U; A manages B.
 *
 * A (field plan: 2 % to 100,000, 3 % above; SPIFFs: 500 per new customer, 200 per Cloud deal in
 *   May), May: d1 120,000 (Cloud, new customer) and half of d2 30,000.01 (Hardware, new
 *   customer), split 15,000.005 each → the tie's cent to the earlier split, A: credit
 *   135,000.01. Bands 100,000 × 2 % = 2,000 and 35,000.01 × 3 % = 1,050.0003 → 1,050.00;
 *   SPIFFs d1 500 + 200, d2 500 × 50 % = 250. Total 4,000.00.
 *   June: d1 cancelled on 20 June, 46 days after closing (window 60): May's bands on 15,000.01
 *   are 300.0002 → 300.00 instead of 3,050.00, so −2,750.00, and d1's SPIFFs −700: −3,450.00.
 * B (field), May: 15,000.00 × 2 % = 300 and d2's SPIFF half 250: 550. June: nothing, 0.
 * C (cash plan, 2 % on collected cash): d3 50,000 booked 20 May, 20,000 collected 25 May and
 *   25,000 on 10 June: May 20,000 × 2 % = 400; June 25,000 × 2 % = 500.
 * U (USD plan, 2 % to 50,000 USD, 3 % above): d4 10,000 USD and d5 7,000 EUR in May; EUR to USD
 *   7,000 × 7.8 ÷ 7.1 = 7,690.140845… → 7,690.14; credit 17,690.14 × 2 % = 353.8028 → 353.80
 *   USD, in CNY 353.80 × 7.1 = 2,511.98. June: 0 USD, 0 CNY at 7.2.
 * M (manager plan: 1 % on own credit, override 0.5 % on everyone below), May: no own credit
 *   (band 1 at 0); overrides on booked credit, level by level A, C, U, then B: A 135,000.01 ×
 *   0.5 % = 675.00005 → 675.00; C 50,000 (booked, whatever C is paid on) → 250.00; U 10,000
 *   USD × 7.1 + 7,000 EUR × 7.8 = 125,600.00 CNY → 628.00; B 15,000 → 75.00. Total 1,628.00.
 *   June: no report has credit (one zero override line); d1's cancellation takes the override
 *   on A from 675.00 to 15,000.01 × 0.5 % = 75.00: −600.00. Total −600.00.
 */
const JUNE = { id: '2026-06', start: 46174, end: 46203 };
export const BLOCKS_INPUT: EngineInput = {
  plans: [
    plan('mgr', [flatRate('base', 0.01), { kind: 'override', id: 'ovr', name: 'Team override', rate: 0.005, scope: 'all' }]),
    plan('field', [
      { kind: 'rateTable', id: 'base', basis: 'money', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate: 0.02 }, { lower: 100_000, rate: 0.03 }] },
      { kind: 'spiff', id: 'newlogo', name: 'New logo', amount: 500, newCustomer: true },
      { kind: 'spiff', id: 'cloud', name: 'Cloud May', amount: 200, productLines: ['Cloud'], from: 46143, to: 46173 },
    ]),
    plan('cash', [flatRate('cash', 0.02)], { creditBasis: 'collected' }),
    plan('usd', [{ kind: 'rateTable', id: 'usd', basis: 'money', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate: 0.02 }, { lower: 50_000, rate: 0.03 }] }], { currency: 'USD' }),
  ],
  company: { currency: 'CNY', decimals: 2 },
  fx: [
    { period: MAY.id, currency: 'USD', rate: 7.1 },
    { period: MAY.id, currency: 'EUR', rate: 7.8 },
    { period: JUNE.id, currency: 'USD', rate: 7.2 },
  ],
  periods: [MAY, JUNE],
  reps: [
    { id: 'M', name: 'Mei', team: 'T', start: 45000, end: null, plan: 'mgr' },
    { id: 'A', name: 'Ann', team: 'T', start: 45000, end: null, plan: 'field', manager: 'M' },
    { id: 'B', name: 'Bo', team: 'T', start: 45000, end: null, plan: 'field', manager: 'A' },
    { id: 'C', name: 'Cai', team: 'T', start: 45000, end: null, plan: 'cash', manager: 'M' },
    { id: 'U', name: 'Uma', team: 'T', start: 45000, end: null, plan: 'usd', manager: 'M' },
  ],
  quotas: [],
  deals: [
    { id: 'd1', splits: [{ rep: 'A', share: 1 }], date: 46147, amount: 120_000, cancelled: 46193, productLine: 'Cloud', customer: 'Xin', newCustomer: true },
    { id: 'd2', splits: [{ rep: 'A', share: 0.5 }, { rep: 'B', share: 0.5 }], date: 46152, amount: 30_000.01, cancelled: null, productLine: 'Hardware', customer: 'Yao', newCustomer: true },
    { id: 'd3', splits: [{ rep: 'C', share: 1 }], date: 46162, amount: 50_000, cancelled: null, collections: [{ date: 46167, amount: 20_000 }, { date: 46183, amount: 25_000 }] },
    { id: 'd4', splits: [{ rep: 'U', share: 1 }], date: 46157, amount: 10_000, cancelled: null, currency: 'USD' },
    { id: 'd5', splits: [{ rep: 'U', share: 1 }], date: 46158, amount: 7_000, cancelled: null, currency: 'EUR' },
  ],
};

export const BLOCKS_GOLDEN: Golden[] = [
  {
    rep: 'M',
    period: MAY.id,
    lines: [
      ['base', 'band', 1, '0', '0.01', '0'],
      ['ovr', 'override', null, '135000.01', '0.005', '675'],
      ['ovr', 'override', null, '50000', '0.005', '250'],
      ['ovr', 'override', null, '125600', '0.005', '628'],
      ['ovr', 'override', null, '15000', '0.005', '75'],
    ],
    total: '1628',
  },
  {
    rep: 'M',
    period: JUNE.id,
    lines: [
      ['base', 'band', 1, '0', '0.01', '0'],
      ['ovr', 'override', null, '0', '0.005', '0'],
      ['ovr', 'overrideClawback', null, '120000', null, '-600'],
    ],
    total: '-600',
  },
  {
    rep: 'A',
    period: MAY.id,
    lines: [
      ['base', 'band', 1, '100000', '0.02', '2000'],
      ['base', 'band', 2, '35000.01', '0.03', '1050'],
      ['newlogo', 'spiff', null, '500', null, '500'],
      ['cloud', 'spiff', null, '200', null, '200'],
      ['newlogo', 'spiff', null, '500', null, '250'],
    ],
    total: '4000',
  },
  {
    rep: 'A',
    period: JUNE.id,
    lines: [
      ['base', 'band', 1, '0', '0.02', '0'],
      ['clawback', 'clawback', null, '120000', null, '-3450'],
    ],
    total: '-3450',
  },
  { rep: 'B', period: MAY.id, lines: [['base', 'band', 1, '15000', '0.02', '300'], ['newlogo', 'spiff', null, '500', null, '250']], total: '550' },
  { rep: 'B', period: JUNE.id, lines: [['base', 'band', 1, '0', '0.02', '0']], total: '0' },
  { rep: 'C', period: MAY.id, lines: [['cash', 'band', 1, '20000', '0.02', '400']], total: '400' },
  { rep: 'C', period: JUNE.id, lines: [['cash', 'band', 1, '25000', '0.02', '500']], total: '500' },
  { rep: 'U', period: MAY.id, lines: [['usd', 'band', 1, '17690.14', '0.02', '353.8']], total: '353.8' },
  { rep: 'U', period: JUNE.id, lines: [['usd', 'band', 1, '0', '0.02', '0']], total: '0' },
];
