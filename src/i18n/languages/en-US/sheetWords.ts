import type { PrintTexts, SheetWords } from '../../sections/sheets';

export const sheetWords: SheetWords = {
  stages: { lead: 'Lead', intent: 'Intent', negotiation: 'Negotiation', won: 'Won', lost: 'Lost' },
  statuses: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
  levels: { new: 'New', core: 'Core', senior: 'Senior' },
  lights: { GREEN: 'Green', YELLOW: 'Yellow', RED: 'Red' },
  metrics: { completion: 'Completion', conversion: 'Conversion', averageOrderValue: 'Average order value', collection: 'Collection', process: 'Process' },
  low: 'Low',
  total: 'Total',
  target: 'Target',
  actual: 'Actual',
  completion: 'Completion',
  pace: 'Pace',
  status: 'Status',
  elapsed: 'Period elapsed',
  region: 'Region',
  productLine: 'Product line',
  rep: 'Salesperson',
  name: 'Name',
  period: 'Period',
  rank: 'Rank',
  reportDate: 'Report date',
  pickFromList: 'Pick a value from the list.',
};

export const print: PrintTexts = {
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  reportDate: (iso) => `Report date ${iso}`,
};
