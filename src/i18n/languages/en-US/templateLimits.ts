import type { TemplateLimitTexts } from '../../sections/templateLimits';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const templateLimits: TemplateLimitTexts = {
  tooLarge: (bytes, max) => `The file is ${mb(bytes)}; a template may be at most ${mb(max)}. Nothing was read from it.`,
  more: (count) => (count === 1 ? '… and 1 more problem.' : `… and ${count.toLocaleString('en-US')} more problems.`),
};
