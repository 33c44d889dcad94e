/** The catalogue of a language, and rendering of the codes other layers emit. */
import type { CoreProblem } from '../core/errors';
import type { Catalogue } from './catalogue';
import type { Language } from './language';
import { enUS } from './languages/en-US';
import { zhCN } from './languages/zh-CN';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { 'en-US': enUS, 'zh-CN': zhCN };

export const catalogue = (language: Language): Catalogue => CATALOGUES[language];

export function renderCoreProblem(language: Language, problem: CoreProblem): string {
  const text = CATALOGUES[language].coreErrors[problem.code] as (p: CoreProblem['params']) => string;
  return text(problem.params);
}
