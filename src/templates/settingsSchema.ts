import * as z from 'zod';
import { GRADE_CODES, SCORE_METRICS } from '../core/score';
import type { Settings } from '../core/settings';

/**
 * The zod schema of Settings (src/core/settings.ts). Rules the core enforces when it computes
 * (ascending tiers, weights summing to 1, descending cut-offs, yellow ≤ green) are checked here
 * too, so a template from another region is rejected before anything is applied rather than
 * failing later inside a sheet. Custom issues carry `params.rule`, a stable code the pane turns
 * into words in the user's language (see problems.ts).
 */
const nonNegative = z.number().min(0);
const fraction = z.number().min(0).max(1);

export type RuleCode =
  | 'tiersFirstZero'
  | 'tiersAscending'
  | 'weightsSum'
  | 'cutoffsDescending'
  | 'yellowAboveGreen'
  | 'abcOrder'
  | 'currencyCode';

/** Refinements also run over data with other issues; they judge only the values that are numbers. */
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function rule(ctx: z.core.$RefinementCtx, code: RuleCode, path: (string | number)[]): void {
  ctx.addIssue({ code: 'custom', message: code, path, params: { rule: code } });
}

export const tierSchema = z.strictObject({ lower: nonNegative, rate: fraction });

export const commissionSchema = z
  .strictObject({
    basis: z.enum(['money', 'attainment']),
    mode: z.enum(['marginal', 'flat']),
    boundary: z.enum(['lower', 'upper']).default('lower'),
    tiers: z.array(tierSchema).min(1).max(20),
    recordBonusRate: fraction,
    teamPoolRate: fraction,
    collaborationWeight: fraction,
  })
  .superRefine((c, ctx) => {
    const lowers = Array.isArray(c.tiers) ? c.tiers.map((t) => t?.lower) : [];
    if (num(lowers[0]) && lowers[0] !== 0) rule(ctx, 'tiersFirstZero', ['tiers', 0, 'lower']);
    for (let i = 1; i < lowers.length; i++) {
      const [a, b] = [lowers[i - 1], lowers[i]];
      if (num(a) && num(b) && !(b > a)) rule(ctx, 'tiersAscending', ['tiers', i, 'lower']);
    }
  });

const SCORE_N = SCORE_METRICS.length;

export const scoreSchema = z
  .strictObject({
    weights: z.array(fraction).length(SCORE_N),
    benchmarks: z.array(z.number().positive()).length(SCORE_N),
  })
  .superRefine((s, ctx) => {
    // Summed in integer millionths so 0.1 + 0.2 style inputs are not rejected for a binary artefact.
    if (!Array.isArray(s.weights) || !s.weights.every(num)) return;
    const total = s.weights.reduce((acc, w) => acc + Math.round(w * 1e6), 0);
    if (total !== 1e6) rule(ctx, 'weightsSum', ['weights']);
  });

export const gradeCutoffsSchema = z
  .array(z.number().min(0).max(100))
  .length(GRADE_CODES.length - 1)
  .superRefine((cuts, ctx) => {
    for (let i = 1; i < cuts.length; i++) {
      if (num(cuts[i]) && num(cuts[i - 1]) && !(cuts[i] < cuts[i - 1])) rule(ctx, 'cutoffsDescending', [i]);
    }
  });

export const riskSchema = z.strictObject({ green: nonNegative, yellow: nonNegative }).superRefine((r, ctx) => {
  if (num(r.yellow) && num(r.green) && r.yellow > r.green) rule(ctx, 'yellowAboveGreen', ['yellow']);
});

const positive = z.number().positive();
const weightsByName = z.record(z.string().trim().min(1).max(80), nonNegative);

/**
 * Target splitting (src/core/settings.ts › TargetSettings). Season and level weights are positive
 * so no split ever divides by zero; the excellence uplift is at least the challenge uplift, the
 * order the core requires, reported as "too small" against the challenge uplift.
 */
export const targetSettingsSchema = z
  .strictObject({
    buffer: z.number().min(0).max(0.5),
    quarterWeights: z.array(positive).length(4),
    monthWeights: z.array(positive).length(12),
    regionWeights: weightsByName,
    productLineWeights: weightsByName,
    levelWeights: z.strictObject({ new: positive, core: positive, senior: positive }),
    challengeUplift: nonNegative,
    excellenceUplift: nonNegative,
  })
  .superRefine((t, ctx) => {
    if (num(t.challengeUplift) && num(t.excellenceUplift) && t.excellenceUplift < t.challengeUplift) {
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: t.challengeUplift, inclusive: true, input: t.excellenceUplift, path: ['excellenceUplift'], message: 'too small' });
    }
  });

/** Settings as template version 2 had them: everything but the target splitting. */
export const settingsV2Schema = z.strictObject({
  language: z.enum(['zh-CN', 'en-US']),
  currency: z.string().superRefine((c, ctx) => {
    if (!/^[A-Z]{3}$/.test(c)) rule(ctx, 'currencyCode', []);
  }),
  decimals: z.number().int().min(0).max(4),
  commission: commissionSchema,
  score: scoreSchema,
  gradeCutoffs: gradeCutoffsSchema,
  risk: riskSchema,
  outstandingCompletion: nonNegative,
  improvementCompletion: nonNegative,
  improvementPeriods: z.number().int().min(1).max(12),
  funnelThreshold: fraction,
  customerTierThresholds: z.array(nonNegative).length(3),
  abc: z
    .strictObject({ aCut: fraction, bCut: fraction })
    .superRefine((a, ctx) => {
      if (num(a.aCut) && num(a.bCut) && !(a.aCut < a.bCut)) rule(ctx, 'abcOrder', ['bCut']);
    }),
});

export const settingsSchema = settingsV2Schema.extend({ targets: targetSettingsSchema });

// A compile-time check that the schema describes exactly Settings, in both directions.
type Parsed = z.infer<typeof settingsSchema>;
export const _settingsMatch: [Parsed extends Settings ? true : false, Settings extends Parsed ? true : false] = [true, true];
