import type { PaneTexts } from '../../sections/pane';

export const pane: PaneTexts = {
  languageName: 'English',
  appTitle: 'Sales Performance Kit',
  previewBadge: 'Preview',
  previewIntro:
    'Preview mode: you are outside Excel, so the pane works on files you open here (CSV or .xlsx exports) or on the bundled sample data. Generated sheets appear as tables and download as an .xlsx workbook.',
  officeMissing:
    'Office’s JavaScript library (office.js, from appsforoffice.microsoft.com) did not load, so this pane cannot reach a workbook and runs in preview mode. In Excel, check the network connection and reopen the add-in.',
  startFailed: (detail) => `Sales Performance Kit could not start (${detail}). Reload the page; in Excel, close and reopen the add-in.`,
  defaultTemplateName: 'Sales Performance Kit',
  uiLanguage: 'Display language',
  loading: 'Loading…',
  tabs: { generate: 'Generate', risk: 'At-risk targets', plans: 'Plans & settings', templates: 'Templates', sheets: 'Sheets' },
  languages: { 'zh-CN': '中文 (简体)', 'en-US': 'English' },
  capabilityMissing: (what) =>
    ({
      generate: 'Generating sheets needs Excel API 1.4 or later.',
      conditionalFormats: 'Conditional formatting needs Excel API 1.6 or later.',
      dataValidation: 'Drop-down lists need Excel API 1.8 or later.',
      templateStorage: 'Storing a template in the workbook is not supported here.',
      charts: 'Charts are not supported here.',
      selection: 'Reading the selection is not supported here.',
      refresh: "Refreshing the add-in's tables needs Excel API 1.13 or later.",
      undo: 'Undoing a Generate in one step needs Excel API 1.20 or later.',
    })[what],
};
