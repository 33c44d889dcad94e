import type { CoreErrorTexts } from '../../catalogue';
import { analyticsErrors } from './analyticsErrors';

export const coreErrors: CoreErrorTexts = {
  // Transitional: sentences that have no code yet are English until they get one.
  text: ({ text }) => text,
  ...analyticsErrors,
};
