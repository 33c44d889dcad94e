import { currencyDecimals, DEFAULT_SETTINGS, DEFAULT_TARGET_SETTINGS } from '../core/settings';
import { TEMPLATE_VERSION, type TemplateV1, type TemplateV2 } from './templateSchema';

const withoutTargets = ({ targets: _targets, ...rest }: typeof DEFAULT_SETTINGS) => rest;

/**
 * Version 1 → version 2. Fields v1 did not have take today's defaults; v1 only knew money
 * bounds. The result is validated again by the caller (parse.ts) against the current schema, so a
 * v1 file whose values break a rule is still rejected, with paths in the current format.
 */
function v1ToV2(t: TemplateV1): Record<string, unknown> {
  return {
    version: 2,
    name: t.name,
    sheets: t.sheets,
    settings: {
      ...withoutTargets(DEFAULT_SETTINGS),
      language: t.language,
      currency: t.currency,
      // v1 had no decimals field.
      decimals: currencyDecimals(t.currency),
      commission: {
        ...DEFAULT_SETTINGS.commission,
        basis: 'money',
        mode: t.commissionMode,
        tiers: t.tiers.map(([lower, rate]) => ({ lower, rate })),
      },
      score: { weights: t.weights, benchmarks: t.benchmarks },
      gradeCutoffs: t.gradeCutoffs,
      risk: { green: t.green, yellow: t.yellow },
    },
    plans: [],
  };
}

/** Version 2 → version 3: targets are split with today's defaults; one plan pays everyone, as before. */
function v2ToV3(t: TemplateV2): Record<string, unknown> {
  return { ...t, version: 3, settings: { ...t.settings, targets: DEFAULT_TARGET_SETTINGS } };
}

/** One step per older version: MIGRATIONS[v] turns a valid version-v template into version v+1. */
const MIGRATIONS: Record<number, (t: never) => Record<string, unknown>> = {
  1: v1ToV2,
  2: v2ToV3,
};

/**
 * Moves a template of an older (already validated) version forward to TEMPLATE_VERSION, one step
 * at a time. Throws on a version it has no step for (newer than this build, or unknown).
 */
export function migrateTemplate(template: { version: number }): Record<string, unknown> {
  let current: Record<string, unknown> & { version: number } = { ...template };
  while (current.version < TEMPLATE_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) throw new Error(`no migration from template version ${current.version}`);
    current = step(current as never) as typeof current;
  }
  if (current.version !== TEMPLATE_VERSION) throw new Error(`template version ${current.version} is newer than ${TEMPLATE_VERSION}`);
  return current;
}
