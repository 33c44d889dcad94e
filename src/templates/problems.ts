import type * as z from 'zod';
import type { TemplateProblemTexts as ProblemStrings } from '../i18n/sections/templateProblems';
import type { RuleCode } from './settingsSchema';

/** One thing wrong with a template: where (a dotted path such as settings.commission.tiers[1].lower) and why. */
export interface Problem {
  path: string;
  reason: string;
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

/**
 * One zod issue in the user's words. zod's own messages are English only, so the reason is built
 * from the issue's code and fields; rule codes from settingsSchema map to sentences.
 * `input` is the data that was checked, used to tell "missing" from "wrong type".
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, s: ProblemStrings): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return s.missing;
      const expected = issue.expected as keyof ProblemStrings['typeNames'];
      return s.wrongType(s.typeNames[expected] ?? String(issue.expected));
    }
    case 'too_small':
      if (issue.origin === 'array') return issue.exact ? s.exactItems(Number(issue.minimum)) : s.tooFewItems(Number(issue.minimum));
      if (issue.origin === 'string') return s.tooShort(Number(issue.minimum));
      return s.tooSmall(Number(issue.minimum), issue.inclusive ?? true);
    case 'too_big':
      if (issue.origin === 'array') return issue.exact ? s.exactItems(Number(issue.maximum)) : s.tooManyItems(Number(issue.maximum));
      if (issue.origin === 'string') return s.tooLong(Number(issue.maximum));
      return s.tooBig(Number(issue.maximum), issue.inclusive ?? true);
    case 'invalid_value':
      return s.oneOf(issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return s.unknownKeys(issue.keys.join(', '));
    case 'custom': {
      const rule = (issue.params as { rule?: RuleCode } | undefined)?.rule;
      if (rule && s.rules[rule]) return s.rules[rule];
      // The plan engine's own refinements (src/core/plans/schema.ts) explain themselves in English.
      return issue.message || s.invalid;
    }
    case 'invalid_union':
      // A discriminated union (plan components) names the allowed values of its discriminator.
      if ('options' in issue && issue.options && issue.options.length > 0) {
        return s.oneOf(issue.options.map((o) => JSON.stringify(o)).join(', '));
      }
      return s.invalid;
    default:
      return s.invalid;
  }
}

/** Every issue of a failed parse as problems; an int check fails with a 'invalid_type' of 'int'. */
export function problemsOf(error: z.core.$ZodError, input: unknown, s: ProblemStrings, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const reason =
      issue.code === 'invalid_type' && issue.expected === 'int' && valueAt(input, issue.path) !== undefined
        ? s.notInteger
        : describeIssue(issue, input, s);
    return { path: path.length === 0 ? s.root : formatPath(path), reason };
  });
}
