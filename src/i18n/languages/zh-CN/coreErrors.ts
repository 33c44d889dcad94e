import type { CoreErrorTexts } from '../../catalogue';
import { analyticsErrors } from './analyticsErrors';
import { commissionErrors } from './commissionErrors';

export const coreErrors: CoreErrorTexts = {
  text: ({ text }) => text,
  ...analyticsErrors,
  ...commissionErrors,
};
