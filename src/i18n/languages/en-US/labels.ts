import type { Labels } from '../../sections/sheets';

export const labels: Labels = {
  grades: { excellent: 'Excellent', good: 'Good', pass: 'Pass', improve: 'Needs improvement' },
  segments: {
    champions: 'Champions',
    loyal: 'Loyal',
    potentialLoyalists: 'Potential Loyalists',
    newCustomers: 'New Customers',
    promising: 'Promising',
    needAttention: 'Need Attention',
    aboutToSleep: 'About to Sleep',
    atRisk: 'At Risk',
    cantLose: "Can't Lose",
    hibernating: 'Hibernating',
    lost: 'Lost',
  },
  tiers: { core: 'Core', potential: 'Potential', developing: 'Developing', reactivate: 'Reactivate', lead: 'New lead' },
  commissionHeader: ['From', 'To', 'Base', 'Rate', 'Commission'],
  total: 'Total',
  rfmHeader: ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'],
  abcHeader: ['ID', 'Value', 'Share', 'Cumulative share', 'Class'],
};
