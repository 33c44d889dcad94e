/**
 * A close followed by a late deal, an edited amount and a cancellation, worked by hand.
 *
 * Plan "flat2": marginal, 0–100,000 at 2 %, above at 3 %. January 2026 closes with
 *   ana D1 80,000.00 → 1,600.00; ben D2 150,000.00 → 2,000.00 + 1,500.00 = 3,500.00;
 *   cai D3 60,000.00 → 1,200.00.
 * Then, in February's data: D2 edited to 145,000.10 (ben: 2,000.00 + 45,000.10 × 3 % = 1,350.003
 * → 1,350.00, so −150.00); D3 cancelled on 30 January (cai: 0, so −1,200.00); late deal D4 of ana
 * dated 28 January, 30,000.55 (ana: 110,000.55 → 2,000.00 + 10,000.55 × 3 % = 300.0165 → 300.02,
 * 2,300.02, so +700.02). February's own deals: ana 40,000 → 800.00; ben 20,000 → 400.00;
 * cai 10,000 → 200.00. February pays: ana 1,500.02, ben 250.00, cai −1,000.00.
 */
import type { Deal, EngineInput } from '../../../src/core/plans/inputs';
import type { Plan } from '../../../src/core/plans/schema';

export const JAN = { id: '2026-01', start: 46023, end: 46053 };
export const FEB = { id: '2026-02', start: 46054, end: 46081 };
export const MAR = { id: '2026-03', start: 46082, end: 46112 };
export const day = (period: { start: number }, d: number): number => period.start + d - 1;

export function flatPlan(): Plan {
  return {
    version: 1,
    id: 'flat2',
    name: 'Two bands',
    currency: 'CNY',
    decimals: 2,
    effectiveFrom: 46023,
    effectiveTo: null,
    clawbackDays: null,
    draw: null,
    creditBasis: 'booked',
    maxRate: 1,
    components: [
      {
        kind: 'rateTable',
        id: 'base',
        name: 'Base',
        basis: 'money',
        mode: 'marginal',
        boundary: 'lower',
        tiers: [
          { lower: 0, rate: 0.02 },
          { lower: 100_000, rate: 0.03 },
        ],
      },
    ],
  };
}

const one = (rep: string) => [{ rep, share: 1 }];

export const JANUARY_DEALS: Deal[] = [
  { id: 'D1', splits: one('ana'), date: day(JAN, 10), amount: 80_000, cancelled: null },
  { id: 'D2', splits: one('ben'), date: day(JAN, 20), amount: 150_000, cancelled: null },
  { id: 'D3', splits: one('cai'), date: day(JAN, 25), amount: 60_000, cancelled: null },
];
export const FEBRUARY_DEALS: Deal[] = [
  { id: 'D5', splits: one('ana'), date: day(FEB, 5), amount: 40_000, cancelled: null },
  { id: 'D6', splits: one('ben'), date: day(FEB, 10), amount: 20_000, cancelled: null },
  { id: 'D7', splits: one('cai'), date: day(FEB, 12), amount: 10_000, cancelled: null },
];
/** January as February's data has it: D2 edited, D3 cancelled in January, D4 late. */
export const JANUARY_CHANGED: Deal[] = [
  JANUARY_DEALS[0],
  { ...JANUARY_DEALS[1], amount: 145_000.1 },
  { ...JANUARY_DEALS[2], cancelled: day(JAN, 30) },
  { id: 'D4', splits: one('ana'), date: day(JAN, 28), amount: 30_000.55, cancelled: null },
];

export function input(deals: readonly Deal[], periods = [JAN, FEB, MAR]): EngineInput {
  return {
    plans: [flatPlan()],
    periods,
    reps: ['ana', 'ben', 'cai'].map((id) => ({ id, name: id, team: 'T', start: 40000, end: null })),
    quotas: [],
    deals,
  };
}
