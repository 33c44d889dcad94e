/** The zh-CN catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { coreErrors } from './coreErrors';

export const zhCN: Catalogue = {
  coreErrors,
};
