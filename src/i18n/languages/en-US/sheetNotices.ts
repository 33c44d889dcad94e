import type { SheetNoticeTexts } from '../../catalogue';

const list = (names: readonly string[], max = 10): string =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

export const sheetNotices: SheetNoticeTexts = {
  tables: {
    deals: 'deals',
    reps: 'reps (roster)',
    quotas: 'quotas',
    annualTargets: 'annual targets',
    pipeline: 'pipeline rows',
    payments: 'payments',
    activity: 'activity (leads, won deals, collection, process)',
  },
  columns: {
    customer: 'Customer',
    date: 'Date',
    amount: 'Amount',
    rep: 'Rep',
    region: 'Region',
    team: 'Team',
    level: 'Level',
    productLine: 'Product line',
    period: 'Period',
    year: 'Year',
    quota: 'Quota',
    annualTarget: 'Annual target',
    owner: 'Owner',
    stage: 'Stage',
    status: 'Status',
    paid: 'Paid',
    leads: 'Leads',
    won: 'Won deals',
    collected: 'Collected',
    receivables: 'Receivables',
    process: 'Process score',
  },
  scopes: { rep: 'reps', team: 'teams', region: 'regions', company: 'the company' },
  levels: { region: 'region', team: 'team', level: 'level' },
  text: {
    sheetSkipped: ({ sheet, needs }, t) =>
      `"${sheet}" was not generated: it needs ${needs.map((n) => `a table of ${t.tables[n.table]} with the columns ${n.columns.map((c) => t.columns[c]).join(', ')}`).join(', or ')}.`,
    periodEmpty: ({ period, first, last }) =>
      first === null ? `The data holds nothing in ${period}, nor any dated row.` : `The data holds nothing in ${period}; it runs from ${first} to ${last}. Pick a period inside it.`,
    regionWeightsMissing: ({ regions }) =>
      `No region weights in the template for ${list(regions)}: each region's target is the sum of its people's.`,
    productLineWeightsMissing: ({ productLines }) =>
      `No product-line weights in the template for ${list(productLines)}: the Targets sheet has no product-line level.`,
    levelsMissing: ({ reps }) => `No level for ${list(reps)}: weighted as core when a target is split over people.`,
    targetsSuperseded: ({ scope, names, by }, t) =>
      `Targets for ${t.scopes[scope]} (${list(names)}) were not used in months where the data has targets for ${t.scopes[by]}; those are more detailed.`,
    targetWithoutReps: ({ scope, name }, t) => `The target for ${t.scopes[scope]} ${name ? `"${name}" ` : ''}has no reps to split it over.`,
    planUnknown: ({ plan }) => `The plan assignment names the plan "${plan}", which the template does not have. Commission statements were not generated.`,
    planAssignmentMissing: ({ plans }) =>
      `The template has ${plans.length} plans (${list(plans)}) and no rule saying which plan pays which rep. Commission statements were not generated.`,
    planNoMatch: ({ by, reps }, t) =>
      `No plan-assignment rule matches the ${t.levels[by]} of ${list(reps)}, and there is no default plan. Commission statements were not generated.`,
    commissionRefused: ({ problem }, _t, render) => `Commission statements were not generated: ${render(problem)}`,
    paymentsMissing: () => 'No payments table: the Reconciliation\'s Paid column is left blank for finance to fill in.',
    adjustmentsWaiting: ({ period, reps }) =>
      `Closed ${period} has changed since it was closed (${list(reps)}), and the data has no open month after it yet: those adjustments are paid in the first open month once the data reaches it.`,
    statementClosed: ({ period, snapshot }) => `${period} is closed (snapshot ${snapshot}): its statement sheet is kept exactly as it was closed; changes since are paid in the next open period.`,
  },
};
