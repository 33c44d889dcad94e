import type { CommissionSheetsTexts } from '../../sections/sheets';

export const commissionSheets: CommissionSheetsTexts = {
  seedPlan: {
    plan: { id: 'plan', name: 'Sales commission plan' },
    tiered: { id: 'tiered', name: 'Tiered commission' },
    record: { id: 'record', name: 'Record bonus' },
    pool: { id: 'pool', name: 'Team pool' },
  },
  plans: {
    title: 'Commission plans',
    intro:
      'Each table is one plan version: settings, then one block per component (tier rows: lower bound, rate). Edit cells; tables are validated when read back. =SALES.PAYOUT reads a component block.',
  },
  statement: {
    title: (period) => `Commission statement ${period}`,
    summary: { rep: 'Rep ID', credit: 'Credit', quota: 'Quota (prorated)', attainment: 'Attainment', payout: 'Payout' },
    blockTitle: ({ company, period, rep }) => [company, `Commission statement ${period}`, rep].filter((x) => x).join(' · '),
    credit: 'Credit',
    quota: 'Quota',
    attainment: 'Attainment',
    lines: {
      component: 'Component',
      kind: 'Line',
      band: 'Band',
      from: 'From',
      to: 'To',
      base: 'Base',
      rate: 'Rate',
      amount: 'Amount',
      explanation: 'Explanation',
      check: 'Cross-check',
      result: 'Check',
      tierAttainment: 'Attainment',
      lower: 'Lower',
      tierRate: 'Rate',
      tierAmount: 'Tier amount',
    },
    crossCheckNote:
      'Cross-check: each band line is recomputed with native formulas from its tier table (columns M:P) and the credit, every other line showing a rate from its base × rate, each rounded to the cent; OK when it equals the line to the cent.',
    ok: 'OK',
    checkFlag: 'CHECK',
  },
  reconciliation: {
    title: 'Commission reconciliation: computed vs paid',
    columns: { period: 'Period', rep: 'Rep ID', computed: 'Computed', paid: 'Paid', difference: 'Difference', status: 'Status' },
    ok: 'OK',
    check: 'Check',
  },
};
