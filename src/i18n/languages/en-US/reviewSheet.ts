import type { ReviewSheetTexts } from '../../sections/sheets';

export const reviewSheet: ReviewSheetTexts = {
  title: (period) => `Review pack — ${period}`,
  periodLine: 'Period',
  tiles: { target: 'Target', actual: 'Actual', completion: 'Completion', gap: 'Gap to target', pace: 'Pace', status: 'Status' },
  comparison: {
    title: 'Comparisons',
    header: ['Comparison', 'Period', 'Actual', 'Compared with', 'Difference', 'Change'],
    mom: 'Month over month',
    yoy: 'Year over year',
    ytd: 'Year to date vs target',
    ytdLastYear: 'Year to date vs last year',
    span: (current, previous) => `${current} vs ${previous}`,
    to: (date) => `to ${date}`,
    noHistory: 'Not enough history',
    noTarget: 'No target',
  },
  trend: { title: 'Month by month', header: ['Month', 'Target', 'Actual', 'Completion', 'Year to date'], chart: 'Target vs actual by month' },
  ranking: { region: 'Region', productLine: 'Product line', rep: 'Salesperson', chart: (what) => `Completion by ${what.toLowerCase()}` },
  funnel: { title: 'Funnel', header: ['Funnel stage', 'Reached', 'Conversion'], chart: 'Sales funnel' },
  agenda: {
    weekly: 'Weekly meeting agenda',
    monthly: 'Monthly meeting agenda',
    header: ['Agenda', 'Share', 'Minutes'],
    items: ['Review of results', 'Market and competitors', 'Strategy', 'Targets and gaps', 'Actions and owners'],
    note: 'Minutes split by the largest-remainder rule so they add up to the meeting length; =SALES.SPLIT recomputes them.',
  },
};
