/** The en-US catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { analytics } from './analytics';
import { cli } from './cli';
import { closing } from './closing';
import { cliInto } from './cliInto';
import { commissions } from './commissions';
import { coreErrors } from './coreErrors';
import { data } from './data';
import { dataReport } from './dataReport';
import { dataStep } from './dataStep';
import { functions } from './functions';
import { commissionSheets } from './commissionSheets';
import { customersSheet } from './customersSheet';
import { evaluationSheet } from './evaluationSheet';
import { improvementSheet } from './improvementSheet';
import { labels } from './labels';
import { reviewSheet } from './reviewSheet';
import { settingsSheet } from './settingsSheet';
import { print, sheetWords } from './sheetWords';
import { targetsSheet } from './targetsSheet';
import { trackingSheet } from './trackingSheet';
import { generate } from './generate';
import { host } from './host';
import { pane } from './pane';
import { plans } from './plans';
import { preview } from './preview';
import { risk } from './risk';
import { sheetData } from './sheetData';
import { sheetNames } from './sheetNames';
import { sheetNotices } from './sheetNotices';
import { templateProblems } from './templateProblems';
import { templates } from './templates';
import { workbookWrite } from './workbookWrite';

export const enUS: Catalogue = {
  coreErrors,
  commissions,
  functions,
  analytics,
  sheetNotices,
  sheetData,
  sheetNames,
  labels,
  sheetWords,
  print,
  settingsSheet,
  targetsSheet,
  trackingSheet,
  evaluationSheet,
  improvementSheet,
  customersSheet,
  reviewSheet,
  commissionSheets,
  pane,
  generate,
  risk,
  plans,
  templates,
  preview,
  templateProblems,
  workbookWrite,
  host,
  data,
  dataReport,
  cli,
  cliInto,
  dataStep,
  closing,
};
