import type * as z from 'zod';
import { MAX_PROBLEMS, MAX_TEMPLATE_BYTES, templateBytes, utf8Length } from './limits';
import { migrateTemplate } from './migrate';
import { problemsOf, templateProblem, type Problem, type TemplateProblem } from './problems';
import { TEMPLATE_VERSION, templateSchema, templateV1Schema, templateV2Schema, type Template } from './templateSchema';

/** A rejected template: its first MAX_PROBLEMS problems, and how many more it has. */
export type ParseResult =
  | { ok: true; template: Template; migratedFrom: number | null }
  | { ok: false; problems: Problem[]; more: number };

/**
 * The first MAX_PROBLEMS issues as problems, the rest only counted: a file with a hundred
 * thousand bad tiers is described in a hundred lines, not a hundred thousand. The plan schema's
 * own rules carry their reason as the core's problem, which describeIssue keeps as a code.
 */
function bounded(error: z.core.$ZodError, input: unknown): ParseResult {
  const first = error.issues.slice(0, MAX_PROBLEMS);
  return { ok: false, problems: problemsOf({ issues: first } as z.core.$ZodError, input), more: error.issues.length - first.length };
}

const OLDER_SCHEMAS = { 1: templateV1Schema, 2: templateV2Schema } as const;

/**
 * Reads a template from JSON text (an imported file) or an already parsed value (the workbook's
 * stored copy). Either the whole template, migrated to the current version, or every problem
 * found, each with its path and a reason code; the caller applies nothing unless `ok`.
 */
export function parseTemplate(json: unknown): ParseResult {
  const fail = (reason: TemplateProblem, path = ''): ParseResult => ({ ok: false, problems: [{ path, reason }], more: 0 });

  // Size first, before any parsing: a 50 MB "template" is refused in one line.
  const bytes = typeof json === 'string' ? utf8Length(json) : templateBytes(json);
  if (bytes > MAX_TEMPLATE_BYTES) return fail(templateProblem('tooLarge', { bytes, max: MAX_TEMPLATE_BYTES }));
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, '')); // a BOM from Windows editors is not an error
    } catch (e) {
      return fail(templateProblem('notJson', { detail: e instanceof Error ? e.message : String(e) }));
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(templateProblem('notObject', {}));
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail(templateProblem('noVersion', {}), 'version');
  if (version > TEMPLATE_VERSION) return fail(templateProblem('newerVersion', { version, current: TEMPLATE_VERSION }), 'version');

  let current: unknown = data;
  let migratedFrom: number | null = null;
  if (version < TEMPLATE_VERSION) {
    const older = OLDER_SCHEMAS[version as keyof typeof OLDER_SCHEMAS];
    if (!older) return fail(templateProblem('unknownVersion', { version }), 'version');
    const checked = older.safeParse(data);
    if (!checked.success) return bounded(checked.error, data);
    current = migrateTemplate(checked.data);
    migratedFrom = version;
  }
  const parsed = templateSchema.safeParse(current);
  if (!parsed.success) return bounded(parsed.error, current);
  return { ok: true, template: parsed.data, migratedFrom };
}
