import type { CustomersSheetTexts } from '../../sections/sheets';

export const customersSheet: CustomersSheetTexts = {
  title: 'Customer segmentation (RFM, tiers, ABC)',
  columns: {
    customer: 'Customer',
    last: 'Last purchase',
    recency: 'Days since',
    frequency: 'Purchases',
    monetary: 'Amount',
    segment: 'Segment',
    purchases: 'Purchases (12 mo.)',
    amount: 'Amount (12 mo.)',
    tier: 'Tier',
    cadence: 'Follow-up (days)',
    next: 'Next follow-up',
    share: 'Share',
    cumulative: 'Cumulative',
  },
  none: 'No customers',
  rfmNote:
    'R, F, M and the segment are values: quintile ranks over every customer are not portable native formulas. =SALES.RFM(customers, dates, amounts, asOf) recomputes them from a transactions table.',
  totalsNote: (n) =>
    `Purchases, amount and the 12-month columns are totals of ${n} transactions (not copied into this workbook). =SALES.CUSTOMERTIER and =SALES.ABC recompute tiers and classes; here they are native formulas.`,
  summary: ['Group', 'Customers', 'Amount (12 mo.)'],
  abcGroup: (cls) => `ABC class ${cls}`,
};
