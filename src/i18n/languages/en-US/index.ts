/** The en-US catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { analytics } from './analytics';
import { commissions } from './commissions';
import { coreErrors } from './coreErrors';
import { functions } from './functions';
import { sheetData } from './sheetData';
import { sheetNotices } from './sheetNotices';
import { workbookWrite } from './workbookWrite';
import { templateLimits } from './templateLimits';

export const enUS: Catalogue = {
  coreErrors,
  commissions,
  functions,
  analytics,
  sheetNotices,
  sheetData,
  workbookWrite,
  templateLimits,
};
