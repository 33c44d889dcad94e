import type { CoreErrorTexts } from '../../catalogue';
import { analyticsErrors } from './analyticsErrors';

export const coreErrors: CoreErrorTexts = {
  text: ({ text }) => text,
  ...analyticsErrors,
};
