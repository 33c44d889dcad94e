import type { GenerateTexts } from '../../sections/pane';

export const generate: GenerateTexts = {
  heading: 'Generate sheets',
  sheets: 'Sheets to generate',
  noSheets: 'Choose at least one sheet.',
  period: 'Period',
  periodKinds: { week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' },
  periodDate: 'A day in the period',
  periodDateHint: (label) => `Period: ${label}`,
  sheetLanguage: 'Sheet language',
  refresh: "Update the add-in's existing tables instead of adding new sheets",
  run: 'Generate',
  running: 'Generating…',
  progress: (done, total, step) => `${step} (${done} of ${total})`,
  done: (n) => (n === 1 ? 'Generated 1 sheet:' : `Generated ${n} sheets:`),
  open: (name) => `Go to ${name}`,
  rowsOf: (n) => (n === 1 ? '1 row' : `${n} rows`),
  failed: 'The sheets could not be generated.',
  invalidSettings: 'Some settings are not valid; fix them in Plans & settings first.',
};
