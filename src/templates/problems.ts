import type * as z from 'zod';
import type { CoreProblem } from '../core/errors';
import type { RuleCode } from './settingsSchema';

/** The kinds of value a field can expect, as the reasons name them. */
export type TypeName = 'number' | 'string' | 'boolean' | 'array' | 'object';

/**
 * Why a value was refused, by code with its parameters: what a template (a file, the workbook's
 * copy) and the pane's forms report, rendered in the pane's language by the catalogue's
 * `templateProblems` section. zod's own messages are English only, so nothing here is a sentence.
 * A bound is given as the field shows it; `percent` says the field is edited as a percentage.
 */
export interface TemplateProblems {
  /** The file is larger than a template may be (src/templates/limits.ts); nothing was read. */
  tooLarge: { bytes: number; max: number };
  notJson: { detail: string };
  notObject: Record<string, never>;
  noVersion: Record<string, never>;
  newerVersion: { version: number; current: number };
  unknownVersion: { version: number };
  missing: Record<string, never>;
  wrongType: { expected: TypeName | string };
  tooSmall: { min: number | string; inclusive: boolean; percent?: boolean };
  tooBig: { max: number | string; inclusive: boolean; percent?: boolean };
  tooFewItems: { min: number };
  tooManyItems: { max: number };
  exactItems: { count: number };
  tooShort: { min: number };
  tooLong: { max: number };
  notInteger: Record<string, never>;
  /** A box of a form holds something that is not a number. */
  notNumber: Record<string, never>;
  oneOf: { values: string[] };
  unknownKeys: { keys: string[] };
  /** A rule of the settings schema (tiers ascending, weights adding up …). */
  rule: { rule: RuleCode };
  /** A rule of the commission engine, reported as the core's own problem. */
  core: { problem: CoreProblem };
  /** Anything else; `detail` is the schema's own English wording, when it has one. */
  invalid: { detail?: string };
}

export type TemplateCode = keyof TemplateProblems;
export type TemplateProblem = { [C in TemplateCode]: { code: C; params: TemplateProblems[C] } }[TemplateCode];

export const templateProblem = <C extends TemplateCode>(code: C, params: TemplateProblems[C]): TemplateProblem => ({ code, params }) as TemplateProblem;

/** One thing wrong with a template: where (a dotted path such as settings.commission.tiers[1].lower; '' for the whole file) and why. */
export interface Problem {
  path: string;
  reason: TemplateProblem;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const isCoreProblem = (x: unknown): x is CoreProblem =>
  typeof x === 'object' && x !== null && typeof (x as { code?: unknown }).code === 'string' && typeof (x as { params?: unknown }).params === 'object';

/**
 * One zod issue as a code, built from the issue's kind and fields; rule codes from settingsSchema
 * keep their code. `input` is the data that was checked, used to tell "missing" from "wrong type".
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): TemplateProblem {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return templateProblem('missing', {});
      if (issue.expected === 'int') return templateProblem('notInteger', {});
      return templateProblem('wrongType', { expected: String(issue.expected) });
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return issue.exact ? templateProblem('exactItems', { count: Number(issue.minimum) }) : templateProblem('tooFewItems', { min: Number(issue.minimum) });
      }
      if (issue.origin === 'string') return templateProblem('tooShort', { min: Number(issue.minimum) });
      return templateProblem('tooSmall', { min: Number(issue.minimum), inclusive: issue.inclusive ?? true });
    case 'too_big':
      if (issue.origin === 'array') {
        return issue.exact ? templateProblem('exactItems', { count: Number(issue.maximum) }) : templateProblem('tooManyItems', { max: Number(issue.maximum) });
      }
      if (issue.origin === 'string') return templateProblem('tooLong', { max: Number(issue.maximum) });
      return templateProblem('tooBig', { max: Number(issue.maximum), inclusive: issue.inclusive ?? true });
    case 'invalid_value':
      return templateProblem('oneOf', { values: issue.values.map((v) => JSON.stringify(v)) });
    case 'unrecognized_keys':
      return templateProblem('unknownKeys', { keys: [...issue.keys] });
    case 'custom': {
      const params = issue.params as { rule?: RuleCode; problem?: unknown } | undefined;
      if (params?.rule) return templateProblem('rule', { rule: params.rule });
      if (isCoreProblem(params?.problem)) return templateProblem('core', { problem: params.problem });
      return templateProblem('invalid', issue.message ? { detail: issue.message } : {});
    }
    case 'invalid_union':
      // A discriminated union (plan components) names the allowed values of its discriminator.
      if ('options' in issue && issue.options && issue.options.length > 0) {
        return templateProblem('oneOf', { values: issue.options.map((o) => JSON.stringify(o)) });
      }
      return templateProblem('invalid', {});
    default:
      return templateProblem('invalid', {});
  }
}

/** Every issue of a failed parse as problems. */
export function problemsOf(error: z.core.$ZodError, input: unknown, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), reason: describeIssue(issue, input) }));
}
