/** The zh-CN catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { analytics } from './analytics';
import { cli } from './cli';
import { closing } from './closing';
import { commissions } from './commissions';
import { coreErrors } from './coreErrors';
import { data } from './data';
import { dataReport } from './dataReport';
import { dataStep } from './dataStep';
import { functions } from './functions';
import { sheetData } from './sheetData';
import { sheetNotices } from './sheetNotices';
import { templateLimits } from './templateLimits';
import { workbookWrite } from './workbookWrite';

export const zhCN: Catalogue = {
  coreErrors,
  commissions,
  functions,
  analytics,
  sheetNotices,
  sheetData,
  workbookWrite,
  templateLimits,
  data,
  dataReport,
  cli,
  dataStep,
  closing,
};
