/**
 * The one error type the core throws. `kind` names the Excel error value the custom-function
 * adapters turn it into; `problem` says why as a stable code with parameters. The core never
 * writes sentences for people: src/i18n renders a problem in the language of the cell, sheet or
 * pane that shows it, so one failure reads the same everywhere, in either language.
 */
import type { AnalyticsProblems } from './analyticsProblems';
import type { CommissionProblems } from './commissionProblems';

export type SalesErrorKind = 'VALUE' | 'DIV0' | 'NUM' | 'NA';

/**
 * Every problem the core can report, by code, with the parameters its message needs. Add a code
 * here and its text to every catalogue in src/i18n/languages/ (the compiler lists what is missing).
 */
export interface CoreProblems extends AnalyticsProblems, CommissionProblems {
  /**
   * Transitional: an English sentence that has not been given its own code yet. New code must
   * not use it; it goes once every call site has a code.
   */
  text: { text: string };
}

export type CoreCode = keyof CoreProblems;
export type CoreProblem = { [C in CoreCode]: { code: C; params: CoreProblems[C] } }[CoreCode];

/** A readable form for logs and tests that do not render through a catalogue. */
function describe(problem: CoreProblem): string {
  return problem.code === 'text' ? problem.params.text : `${problem.code} ${JSON.stringify(problem.params)}`;
}

export class SalesError extends Error {
  readonly kind: SalesErrorKind;
  readonly problem: CoreProblem;
  constructor(kind: SalesErrorKind, problem: CoreProblem | string) {
    const p: CoreProblem = typeof problem === 'string' ? { code: 'text', params: { text: problem } } : problem;
    super(describe(p));
    this.name = 'SalesError';
    this.kind = kind;
    this.problem = p;
  }
}

type Factory = {
  <C extends CoreCode>(code: C, params: CoreProblems[C]): SalesError;
  /** Transitional form: an English sentence (code `text`). */
  (message: string): SalesError;
};

const factory =
  (kind: SalesErrorKind): Factory =>
  (codeOrMessage: string, params?: unknown): SalesError =>
    params === undefined
      ? new SalesError(kind, codeOrMessage)
      : new SalesError(kind, { code: codeOrMessage, params } as CoreProblem);

export const valueError: Factory = factory('VALUE');
export const divZeroError: Factory = factory('DIV0');
export const numError: Factory = factory('NUM');
export const naError: Factory = factory('NA');

export function isSalesError(e: unknown): e is SalesError {
  return e instanceof SalesError;
}
