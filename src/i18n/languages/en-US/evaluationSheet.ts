import type { EvaluationSheetTexts } from '../../sections/sheets';

export const evaluationSheet: EvaluationSheetTexts = {
  title: 'Performance evaluation',
  columns: {
    period: 'Month',
    rep: 'Salesperson',
    region: 'Region',
    target: 'Target',
    actual: 'Actual',
    completion: 'Completion',
    newCustomers: 'New customers',
    leads: 'Leads',
    won: 'Won deals',
    conversion: 'Conversion',
    aov: 'Average order value',
    collected: 'Collected',
    receivables: 'Receivables',
    collection: 'Collection',
    process: 'Process score',
    score: 'Score',
    grade: 'Grade',
    elapsed: 'Month elapsed',
    pace: 'Pace',
    status: 'Status',
    outstanding: 'Outstanding',
    improve: 'Needs improvement',
  },
  outstanding: 'Outstanding',
  needsPlan: 'Needs a plan',
  improveNote: (n) =>
    `Needs improvement: completion under the Settings threshold for ${n} consecutive complete months. Score, grade and flags are native formulas reading the Settings sheet.`,
};
