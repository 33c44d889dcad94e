/** The en-US catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { coreErrors } from './coreErrors';
import { sheetData } from './sheetData';
import { sheetNotices } from './sheetNotices';

export const enUS: Catalogue = {
  coreErrors,
  sheetNotices,
  sheetData,
};
