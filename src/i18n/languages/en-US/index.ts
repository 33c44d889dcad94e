/** The en-US catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { coreErrors } from './coreErrors';
import { plans } from './plans';

export const enUS: Catalogue = {
  coreErrors,
  plans,
};
