import type * as z from 'zod';
import type { PlanReason } from '../core/commissionProblems';
import { catalogue } from '../i18n';
import { STRINGS, type ProblemStrings } from '../i18n/strings';
import type { Language } from '../i18n/language';
import { MAX_PROBLEMS, MAX_TEMPLATE_BYTES, templateBytes, utf8Length } from './limits';
import { migrateTemplate } from './migrate';
import { problemsOf, type Problem } from './problems';
import { TEMPLATE_VERSION, templateSchema, templateV1Schema, templateV2Schema, type Template } from './templateSchema';

/** A rejected template: its first MAX_PROBLEMS problems, and how many more it has. */
export type ParseResult =
  | { ok: true; template: Template; migratedFrom: number | null }
  | { ok: false; problems: Problem[]; more: number };

/**
 * The first MAX_PROBLEMS issues as problems, the rest only counted: a file with a hundred
 * thousand bad tiers is described in a hundred lines, not a hundred thousand. The plan schema's
 * own rules carry a reason code, rendered here in the template's language.
 */
function bounded(error: z.core.$ZodError, input: unknown, s: ProblemStrings, language: Language): ParseResult {
  const first = error.issues.slice(0, MAX_PROBLEMS);
  const problems = problemsOf({ issues: first } as z.core.$ZodError, input, s).map((p, i) => {
    const reason = first[i].code === 'custom' ? (first[i].params as { reason?: PlanReason } | undefined)?.reason : undefined;
    return reason === undefined ? p : { ...p, reason: catalogue(language).commissions.reason(reason) };
  });
  return { ok: false, problems, more: error.issues.length - first.length };
}

const OLDER_SCHEMAS = { 1: templateV1Schema, 2: templateV2Schema } as const;

/**
 * Reads a template from JSON text (an imported file) or an already parsed value (the workbook's
 * stored copy). Either the whole template, migrated to the current version, or every problem
 * found; the caller applies nothing unless `ok`. Reasons are in `language`.
 */
export function parseTemplate(json: unknown, language: Language = 'en-US'): ParseResult {
  const s = STRINGS[language].problems;
  const fail = (reason: string, path = s.root): ParseResult => ({ ok: false, problems: [{ path, reason }], more: 0 });

  // Size first, before any parsing: a 50 MB "template" is refused in one line.
  const bytes = typeof json === 'string' ? utf8Length(json) : templateBytes(json);
  if (bytes > MAX_TEMPLATE_BYTES) return fail(catalogue(language).templateLimits.tooLarge(bytes, MAX_TEMPLATE_BYTES));
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, '')); // a BOM from Windows editors is not an error
    } catch (e) {
      return fail(s.notJson(e instanceof Error ? e.message : String(e)));
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(s.notObject);
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail(s.noVersion, 'version');
  if (version > TEMPLATE_VERSION) return fail(s.newerVersion(version, TEMPLATE_VERSION), 'version');

  let current: unknown = data;
  let migratedFrom: number | null = null;
  if (version < TEMPLATE_VERSION) {
    const older = OLDER_SCHEMAS[version as keyof typeof OLDER_SCHEMAS];
    if (!older) return fail(s.unknownVersion(version), 'version');
    const checked = older.safeParse(data);
    if (!checked.success) return bounded(checked.error, data, s, language);
    current = migrateTemplate(checked.data);
    migratedFrom = version;
  }
  const parsed = templateSchema.safeParse(current);
  if (!parsed.success) return bounded(parsed.error, current, s, language);
  return { ok: true, template: parsed.data, migratedFrom };
}
