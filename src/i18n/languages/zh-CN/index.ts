/** The zh-CN catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { cli } from './cli';
import { coreErrors } from './coreErrors';
import { data } from './data';
import { dataReport } from './dataReport';
import { dataStep } from './dataStep';
import { sheetNotices } from './sheetNotices';

export const zhCN: Catalogue = {
  coreErrors,
  data,
  dataReport,
  cli,
  dataStep,
  sheetNotices,
};
