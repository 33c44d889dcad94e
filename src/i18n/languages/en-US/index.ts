/** The en-US catalogue: one file per section, assembled here. */
import type { Catalogue } from '../../catalogue';
import { coreErrors } from './coreErrors';

export const enUS: Catalogue = {
  coreErrors,
};
