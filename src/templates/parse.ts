import { migrateTemplate } from './migrate';
import { problemsOf, templateProblem, type Problem, type TemplateProblem } from './problems';
import { TEMPLATE_VERSION, templateSchema, templateV1Schema, templateV2Schema, type Template } from './templateSchema';

export type ParseResult =
  | { ok: true; template: Template; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

const OLDER_SCHEMAS = { 1: templateV1Schema, 2: templateV2Schema } as const;

/**
 * Reads a template from JSON text (an imported file) or an already parsed value (the workbook's
 * stored copy). Either the whole template, migrated to the current version, or every problem
 * found, each with its path and a reason code; the caller applies nothing unless `ok`.
 */
export function parseTemplate(json: unknown): ParseResult {
  const fail = (reason: TemplateProblem, path = ''): ParseResult => ({ ok: false, problems: [{ path, reason }] });

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
    if (!checked.success) return { ok: false, problems: problemsOf(checked.error, data) };
    current = migrateTemplate(checked.data);
    migratedFrom = version;
  }
  const parsed = templateSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, current) };
  return { ok: true, template: parsed.data, migratedFrom };
}
