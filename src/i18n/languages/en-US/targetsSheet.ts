import type { TargetsSheetTexts } from '../../sections/sheets';

export const targetsSheet: TargetsSheetTexts = {
  title: (year) => `Targets ${year}`,
  annual: 'Annual target',
  buffer: 'Buffer',
  distributed: 'Distributed',
  challengeUplift: 'Challenge uplift',
  excellenceUplift: 'Excellence uplift',
  levels: { quarter: 'Quarter', month: 'Month', week: 'Week', region: 'Region', team: 'Team', productLine: 'Product line', person: 'Person' },
  quarter: (q) => `Q${q}`,
  columns: {
    level: 'Level',
    name: 'Name',
    weight: 'Weight',
    start: 'Start',
    end: 'End',
    base: 'Base target',
    challenge: 'Challenge target',
    excellence: 'Excellence target',
    actual: 'Actual to date',
  },
  check: ['Level', 'Sum of parts', 'Difference'],
  splitNote:
    'Split values from the largest-remainder rule so parts add up exactly (native formulas cannot do this); =SALES.SPLIT(total, weights) recomputes any level. Completion, pace and the traffic light are native formulas reading the Settings sheet.',
};
