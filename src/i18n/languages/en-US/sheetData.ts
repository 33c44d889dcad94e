import type { SheetDataTexts } from '../../catalogue';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

export const sheetData: SheetDataTexts = {
  targetsSource: ({ annual, bufferRate, seasonal }) =>
    [
      annual ? "The annual target is the company's, from the data." : 'The annual target is the sum of the targets in the data.',
      bufferRate !== null ? `${pct(bufferRate)} of it is held back as a buffer before it is split.` : '',
      'Each month uses the most detailed targets the data has (reps, then teams, then regions, then the company); a broader target is split over its people by level weight.',
      'Buffer = annual target − distributed.',
      seasonal ? "Annual targets are split into quarters and months by the template's season weights." : '',
    ]
      .filter((x) => x !== '')
      .join(' '),
  overdue: 'Rows turn red when the expected date is before the report date (Settings) and the status is not Done.',
  evaluation: {
    target: "Targets from the data's quotas, split as on the Targets sheet.",
    targetBlank: "Targets from the data's quotas, split as on the Targets sheet. Blank where a rep has no target for the month: no completion, pace or light.",
    actual: "The rep's share of the deals closed in the month (split deals by their shares), less deals cancelled by the report date.",
    newCustomers: 'Customers whose first deal in the data falls in the month, counted for each rep on that deal. In the data\'s first month every customer counts as new.',
    leadsFromPipeline: "Where the data has no leads for a rep and month: the rep's pipeline rows dated in the month. Conversion = won deals ÷ leads.",
    leadsMissing: 'Blank: the data has no leads and no pipeline, so conversion is left out of the score.',
    wonFromDeals: "Where the data has no won-deal count for a rep and month: the rep's deals in the month (a split deal counts for each of its reps).",
    collectionFromDeals: "Where the data has no collection figures for a rep and month: collected = the rep's share of the collected amounts of the month's deals, receivables = their booked amounts.",
    collectionMissing: 'Blank: the data has no collected amounts, so collection is left out of the score.',
    processMissing: 'Blank where the data has no process rating: process is then left out of the score.',
    score: 'Composite score over the metrics present in the row, their weights (Settings) scaled to add up to 100 %; blank when none is present.',
  },
  review: {
    noPipeline: 'No pipeline in the data: the funnel is blank.',
    noTargets: 'No targets in the data for this period: completion, gap and pace are blank.',
  },
  reconciliation: {
    paidMissing: 'The data has no payments table: type what payroll paid in this column; difference and status follow.',
  },
};
