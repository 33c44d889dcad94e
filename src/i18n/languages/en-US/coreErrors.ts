import type { CoreErrorTexts } from '../../catalogue';

export const coreErrors: CoreErrorTexts = {
  text: ({ text }) => text,
};
