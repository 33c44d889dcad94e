/** The zh-CN catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { analytics } from './analytics';
import { coreErrors } from './coreErrors';
import { functions } from './functions';
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

export const zhCN: Catalogue = {
  coreErrors,
  functions,
  analytics,
  sheetNotices,
  sheetData,
  sheetNames,
  pane,
  generate,
  risk,
  plans,
  templates,
  preview,
  templateProblems,
  workbookWrite,
  host,
};
