import type { ImprovementSheetTexts } from '../../sections/sheets';

export const improvementSheet: ImprovementSheetTexts = {
  title: 'Improvement plan',
  intro: 'Proposed from the Evaluation sheet; every cell is editable.',
  reasons: { grade: 'Graded needs improvement', consecutive: (n) => `Under target ${n} months running`, both: 'Both' },
  items: {
    completion: { item: 'Completion rate', measures: 'Weekly pipeline review; focus visits on the top 20 % of accounts', support: 'Leads from marketing; manager joins key visits' },
    conversion: { item: 'Lead-to-deal conversion', measures: 'Qualify leads before quoting; follow up within 48 h', support: 'Sales-skill coaching, objection-handling scripts' },
    averageOrderValue: { item: 'Average order value', measures: 'Bundle offers and upsell to existing customers', support: 'Product training; bundle price list' },
    collection: { item: 'Collection rate', measures: 'Weekly receivables list; call before due dates', support: 'Finance shares the ageing report weekly' },
    process: { item: 'Process behaviour', measures: 'Log every visit and update stages daily', support: 'CRM refresher; weekly check by the manager' },
  },
  columns: {
    owner: 'Owner',
    region: 'Region',
    period: 'Month',
    why: 'Why',
    item: 'Improvement item',
    measures: 'Measures',
    deadline: 'Deadline',
    support: 'Support needed',
    effect: 'Expected effect',
    notes: 'Progress notes',
  },
  nobody: 'No salesperson needs a plan this period',
};
