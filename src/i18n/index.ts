/** The catalogue of a language, and rendering of the codes other layers emit. */
import type { ClosingProblem } from '../core/close/problems';
import type { CoreProblem } from '../core/errors';
import type { DataProblem } from '../data/problems';
import type { StatementNote } from '../core/plans/explain';
import type { SheetNotice } from '../data/notices';
import type { WriteNotice, WriteProblem } from '../sheets/writePlan/notices';
import type { Language } from '../core/language';
import type { HostProblem, ProgressStep } from '../host/problems';
import type { TemplateProblem } from '../templates/problems';
import type { Catalogue } from './catalogue';
import { enUS } from './languages/en-US';
import { zhCN } from './languages/zh-CN';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { 'en-US': enUS, 'zh-CN': zhCN };

export const catalogue = (language: Language): Catalogue => CATALOGUES[language];

/**
 * A code's text called with its parameters. The catalogue's mapped types pair each code with its
 * parameter type; TypeScript cannot follow that pairing through a union, hence the one cast here.
 */
function textOf<P extends { code: string; params: unknown }, R>(texts: Record<P['code'], (params: never, ...rest: never[]) => string>, problem: P, ...rest: R[]): string {
  return (texts[problem.code as P['code']] as (params: P['params'], ...rest: R[]) => string)(problem.params, ...rest);
}

export function renderCoreProblem(language: Language, problem: CoreProblem): string {
  return textOf(CATALOGUES[language].coreErrors, problem);
}

export function renderHostProblem(language: Language, problem: HostProblem): string {
  switch (problem.code) {
    case 'sheetNotice':
      return renderSheetNotice(language, problem.params.notice);
    case 'writeNotice':
      return renderWriteNotice(language, problem.params.notice);
    case 'writeFailed':
      return renderWriteProblem(language, problem.params.problem);
    case 'refreshUnavailable':
      return CATALOGUES[language].workbookWrite.refreshUnavailable(problem.params.requirement);
    case 'undoUnavailable':
      return CATALOGUES[language].workbookWrite.undoUnavailable(problem.params.requirement);
    case 'dataRefused': {
      const { errors, problems } = problem.params;
      return [CATALOGUES[language].dataReport.refused(errors), ...renderDataProblems(language, problems, problems.length, errors)].join('\n');
    }
    case 'payrollUnavailable':
      return CATALOGUES[language].dataStep.payrollUnavailable;
    case 'closing':
      return renderClosingProblem(language, problem.params.problem);
    default:
      return textOf(CATALOGUES[language].host.problems, problem);
  }
}

export function renderProgressStep(language: Language, step: ProgressStep): string {
  if (step.kind === 'readingRows') return CATALOGUES[language].dataReport.readingRows(step.source, step.done, step.total);
  return (CATALOGUES[language].host.steps[step.kind] as (s: ProgressStep) => string)(step);
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
  return textOf(CATALOGUES[language].closing.problems, problem);
}

export function renderTemplateProblem(language: Language, problem: TemplateProblem): string {
  if (problem.code === 'core') return renderCoreProblem(language, problem.params.problem);
  return textOf(CATALOGUES[language].templateProblems.reasons, problem);
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
