/**
 * Why a value was refused (src/templates/problems.ts): reasons for a template that was refused
 * and for a field of the pane's forms.
 */
import type { TemplateCode, TemplateProblems } from '../../templates/problems';

export interface TemplateProblemTexts {
  /** One text per code; `core` renders through the core's own texts. */
  reasons: { [C in Exclude<TemplateCode, 'core'>]: (params: TemplateProblems[C]) => string };
  /** The path shown for a problem with the whole file. */
  root: string;
  /** The line under the first problems of a template that has more. */
  more: (count: number) => string;
}
