import type * as z from 'zod';
import { Dec } from '../../core/money';
import type { Settings } from '../../core/settings';
import type { Language } from '../../core/language';
import { describeIssue, formatPath, templateProblem, type TemplateProblem } from '../../templates/problems';
import { settingsSchema } from '../../templates/settingsSchema';
import { parseUserNumber } from '../format';

/**
 * The Plans & settings form as typed: every number is the text in its box, percentages as the
 * person sees them (1.5 for 1.5 %). Converting back goes through decimal arithmetic so 1.1 %
 * becomes exactly 0.011, not 0.011000000000000001.
 */
export interface SettingsDraft {
  basis: Settings['commission']['basis'];
  mode: Settings['commission']['mode'];
  boundary: Settings['commission']['boundary'];
  tiers: { lower: string; rate: string }[];
  recordBonusRate: string;
  teamPoolRate: string;
  weights: string[];
  benchmarks: string[];
  gradeCutoffs: string[];
  green: string;
  yellow: string;
  currency: string;
  decimals: string;
  language: Language;
}

/** Benchmarks that are fractions (completion, conversion, collection) and are edited as percentages. */
export const PERCENT_BENCHMARKS = new Set([0, 1, 3]);

const pct = (fraction: number): string => new Dec(fraction).mul(100).toString();
const plain = (n: number): string => new Dec(n).toString();

export function toDraft(s: Settings): SettingsDraft {
  const attainment = s.commission.basis === 'attainment';
  return {
    basis: s.commission.basis,
    mode: s.commission.mode,
    boundary: s.commission.boundary,
    tiers: s.commission.tiers.map((t) => ({ lower: attainment ? pct(t.lower) : plain(t.lower), rate: pct(t.rate) })),
    recordBonusRate: pct(s.commission.recordBonusRate),
    teamPoolRate: pct(s.commission.teamPoolRate),
    weights: s.score.weights.map(pct),
    benchmarks: s.score.benchmarks.map((b, i) => (PERCENT_BENCHMARKS.has(i) ? pct(b) : plain(b))),
    gradeCutoffs: s.gradeCutoffs.map(plain),
    green: pct(s.risk.green),
    yellow: pct(s.risk.yellow),
    currency: s.currency,
    decimals: plain(s.decimals),
    language: s.language,
  };
}

/** Field keys are the Settings paths (commission.tiers[1].rate), so zod's issue paths find their field. */
export type FieldErrors = Record<string, TemplateProblem>;

/** Which fields hold percentages, so a bound in a message reads "100 %" rather than "1". */
function isPercentField(key: string, basis: Settings['commission']['basis']): boolean {
  if (/^commission\.tiers\[\d+\]\.rate$/.test(key)) return true;
  if (/^commission\.tiers\[\d+\]\.lower$/.test(key)) return basis === 'attainment';
  if (/^score\.benchmarks\[(\d+)\]$/.test(key)) return PERCENT_BENCHMARKS.has(Number(key.match(/\d+/)?.[0]));
  return /^(commission\.(recordBonusRate|teamPoolRate)|score\.weights\[\d+\]|risk\.(green|yellow))$/.test(key);
}

export interface DraftResult {
  /** The settings when every field is valid, else null (the last valid settings stay in use). */
  settings: Settings | null;
  errors: FieldErrors;
}

/**
 * Checks the draft: first that each box holds a number, then the whole candidate with the same
 * zod schema a template is checked with, each issue placed on the field its path names.
 */
export function fromDraft(d: SettingsDraft, base: Settings): DraftResult {
  const errors: FieldErrors = {};
  const num = (key: string, text: string, percent: boolean): number => {
    const n = parseUserNumber(text);
    if (n === null) {
      errors[key] = templateProblem('notNumber', {});
      return Number.NaN;
    }
    return percent ? new Dec(n).div(100).toNumber() : n;
  };
  const attainment = d.basis === 'attainment';
  const candidate: Settings = {
    ...base,
    language: d.language,
    currency: d.currency.trim().toUpperCase(),
    decimals: num('decimals', d.decimals, false),
    commission: {
      ...base.commission,
      basis: d.basis,
      mode: d.mode,
      boundary: d.boundary,
      tiers: d.tiers.map((t, i) => ({
        lower: num(`commission.tiers[${i}].lower`, t.lower, attainment),
        rate: num(`commission.tiers[${i}].rate`, t.rate, true),
      })),
      recordBonusRate: num('commission.recordBonusRate', d.recordBonusRate, true),
      teamPoolRate: num('commission.teamPoolRate', d.teamPoolRate, true),
    },
    score: {
      weights: d.weights.map((w, i) => num(`score.weights[${i}]`, w, true)),
      benchmarks: d.benchmarks.map((b, i) => num(`score.benchmarks[${i}]`, b, PERCENT_BENCHMARKS.has(i))),
    },
    gradeCutoffs: d.gradeCutoffs.map((c, i) => num(`gradeCutoffs[${i}]`, c, false)),
    risk: { green: num('risk.green', d.green, true), yellow: num('risk.yellow', d.yellow, true) },
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = formatPath(issue.path);
      if (key in errors) continue; // "Enter a number" already says what is wrong
      errors[key] = describeField(issue, candidate, isPercentField(key, d.basis));
    }
  }
  return { settings: Object.keys(errors).length === 0 && parsed.success ? parsed.data : null, errors };
}

/** A zod issue on a form field; a bound of a percentage field reads as the person types it (100 %, not 1). */
function describeField(issue: z.core.$ZodIssue, input: unknown, percent: boolean): TemplateProblem {
  const asTyped = (bound: number | bigint): number => new Dec(Number(bound)).mul(100).toNumber();
  if (percent && issue.code === 'too_big' && issue.origin === 'number') {
    return templateProblem('tooBig', { max: asTyped(issue.maximum), inclusive: issue.inclusive ?? true, percent: true });
  }
  if (percent && issue.code === 'too_small' && issue.origin === 'number') {
    return templateProblem('tooSmall', { min: asTyped(issue.minimum), inclusive: issue.inclusive ?? true, percent: true });
  }
  return describeIssue(issue, input);
}
