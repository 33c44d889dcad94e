/** The catalogue of a language, and rendering of the codes other layers emit. */
import type { ClosingProblem } from '../core/close/problems';
import type { CoreProblem } from '../core/errors';
import type { DataProblem } from '../data/problems';
import type { StatementNote } from '../core/plans/explain';
import type { SheetNotice } from '../sheets/notices';
import type { WriteNotice, WriteProblem } from '../sheets/writePlan/notices';
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

/** Why a period could not be closed or reopened, in a language. */
export function renderClosingProblem(language: Language, problem: ClosingProblem): string {
  const text = CATALOGUES[language].closing.problems[problem.code] as (p: ClosingProblem['params']) => string;
  return text(problem.params);
}

/** A statement line's note (or a statement's conversion note) in a language. */
export function renderStatementNote(language: Language, note: StatementNote): string {
  const text = CATALOGUES[language].commissions.notes[note.code] as (p: StatementNote['params']) => string;
  return text(note.params);
}

/** One data problem as a line: where (file or table, row, column) and why. */
export function renderDataProblem(language: Language, problem: DataProblem): string {
  const t = CATALOGUES[language].data;
  const reason = (t.problems[problem.code] as (p: DataProblem['params']) => string)(problem.params);
  return t.line(problem.at ? t.place(problem.at) : '', reason);
}

/**
 * The first `limit` problems as lines, then one line counting the rest (`total` counts problems
 * found beyond those passed, when the reader kept only some).
 */
export function renderDataProblems(language: Language, problems: readonly DataProblem[], limit: number, total = problems.length): string[] {
  const lines = problems.slice(0, limit).map((p) => renderDataProblem(language, p));
  const rest = total - Math.min(limit, problems.length);
  if (rest > 0) lines.push(CATALOGUES[language].data.more(rest));
  return lines;
}
