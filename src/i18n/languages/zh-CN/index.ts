/** The zh-CN catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { coreErrors } from './coreErrors';
import { sheetData } from './sheetData';
import { sheetNotices } from './sheetNotices';

export const zhCN: Catalogue = {
  coreErrors,
  sheetNotices,
  sheetData,
};
