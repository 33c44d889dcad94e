/** The catalogue of a language, and rendering of the codes other layers emit. */
import type { CoreProblem } from '../core/errors';
import type { SheetNotice } from '../sheets/notices';
import type { WriteNotice, WriteProblem } from '../sheets/writePlan/notices';
import type { Catalogue } from './catalogue';
import type { Language } from '../core/language';
import { enUS } from './languages/en-US';
import { zhCN } from './languages/zh-CN';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { 'en-US': enUS, 'zh-CN': zhCN };

export const catalogue = (language: Language): Catalogue => CATALOGUES[language];

export function renderCoreProblem(language: Language, problem: CoreProblem): string {
  const text = CATALOGUES[language].coreErrors[problem.code] as (p: CoreProblem['params']) => string;
  return text(problem.params);
}

export function renderSheetNotice(language: Language, notice: SheetNotice): string {
  const texts = CATALOGUES[language].sheetNotices;
  const text = texts.text[notice.code] as (p: SheetNotice['params'], t: typeof texts, r: (p: CoreProblem) => string) => string;
  return text(notice.params, texts, (p) => renderCoreProblem(language, p));
}

/** A writer's notice or failure in a language. */
export function renderWriteNotice(language: Language, notice: WriteNotice): string {
  const text = CATALOGUES[language].workbookWrite.notices[notice.code] as (p: WriteNotice) => string;
  return text(notice);
}

export function renderWriteProblem(language: Language, problem: WriteProblem): string {
  const text = CATALOGUES[language].workbookWrite.problems[problem.code] as (p: WriteProblem) => string;
  return text(problem);
}
