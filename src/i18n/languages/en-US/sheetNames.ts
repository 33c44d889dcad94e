import type { SheetNameTexts } from '../../catalogue';

/**
 * One name per sheet, the same in the pane, the workbook and the README (Statement takes the
 * period after it: "Statement 2025-06"). A sheet name is at most 31 characters, without []:*?/\.
 */
export const sheetNames: SheetNameTexts = {
  settings: 'Settings',
  targets: 'Targets',
  tracking: 'Tracking',
  evaluation: 'Evaluation',
  improvement: 'Improvement plan',
  customers: 'Customers',
  review: 'Review pack',
  plans: 'Plans',
  statement: 'Statement',
  reconciliation: 'Reconciliation',
};
