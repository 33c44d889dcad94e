import { z } from 'zod';
import { SalesError } from '../errors';

/**
 * A commission plan as data (rules.md › Commissions): the versioned JSON a head office writes once and every
 * region reads back, validated here so a bad plan is rejected with every problem listed instead
 * of paying out wrongly. Rates and attainment bounds are fractions (0.015 = 1.5 %), money is in
 * the plan's currency, dates are Excel date serials.
 */
export const PLAN_SCHEMA_VERSION = 1 as const;

/** Excel serials for 1900-01-01 and 9999-12-31. */
const serial = z.number().int().min(1).max(2_958_465);
const nonNegative = z.number().min(0);
const id = z.string().trim().min(1).max(64);

const tier = z.strictObject({ lower: nonNegative, rate: nonNegative });

const tiers = z
  .array(tier)
  .min(1)
  .superRefine((rows, ctx) => {
    if (rows.length > 0 && rows[0].lower !== 0) {
      ctx.addIssue({ code: 'custom', path: [0, 'lower'], message: 'the first band must start at 0' });
    }
    for (let i = 1; i < rows.length; i++) {
      if (!(rows[i].lower > rows[i - 1].lower)) {
        ctx.addIssue({ code: 'custom', path: [i, 'lower'], message: 'lower bounds must be strictly ascending' });
      }
    }
  });

const mode = z.enum(['marginal', 'flat']);
/** Which band an amount on a bound is in: lower bound inclusive (default) or upper ("up to 1,000,000 at 1 %"). */
const boundary = z.enum(['lower', 'upper']).default('lower');

/** Bands on money, or on attainment (fractions of the period's quota). */
const rateTableComponent = z.strictObject({
  kind: z.literal('rateTable'),
  id,
  name: z.string().optional(),
  basis: z.enum(['money', 'attainment']),
  mode,
  boundary,
  tiers,
});

/**
 * Rates rising above target and falling below it: a rate table on attainment, kept as its own
 * kind so a plan reads the way finance talks about it.
 */
const acceleratorComponent = z.strictObject({
  kind: z.literal('accelerator'),
  id,
  name: z.string().optional(),
  mode,
  boundary,
  tiers,
});

/** No payout from the listed components (default: all that pay on credit) below an attainment. */
const gateComponent = z.strictObject({
  kind: z.literal('gate'),
  id,
  name: z.string().optional(),
  minAttainment: nonNegative,
  appliesTo: z.array(id).min(1).optional(),
});

/** The most one component pays in a period (before any gate). */
const capComponent = z.strictObject({
  kind: z.literal('cap'),
  id,
  name: z.string().optional(),
  appliesTo: id,
  amount: nonNegative,
});

/** Extra rate on the part of the period's credit above the rep's best period so far (seed +5 %). */
const recordBonusComponent = z.strictObject({
  kind: z.literal('recordBonus'),
  id,
  name: z.string().optional(),
  rate: nonNegative,
});

/** A share of the team's period total when the team reaches its target (seed 2 %). */
const teamPoolComponent = z.strictObject({
  kind: z.literal('teamPool'),
  id,
  name: z.string().optional(),
  rate: nonNegative,
  collaborationWeight: z.number().min(0).max(1).default(0.3),
});

const component = z.discriminatedUnion('kind', [
  rateTableComponent,
  acceleratorComponent,
  gateComponent,
  capComponent,
  recordBonusComponent,
  teamPoolComponent,
]);

const draw = z.strictObject({
  type: z.enum(['recoverable', 'nonRecoverable']),
  amount: nonNegative,
});

/** Components that pay on the rep's own credit, which gates and caps may refer to. */
export const CREDIT_KINDS = ['rateTable', 'accelerator', 'recordBonus'] as const;

export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_SCHEMA_VERSION),
    id,
    name: z.string().trim().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO code such as CNY'),
    decimals: z.number().int().min(0).max(4),
    effectiveFrom: serial,
    effectiveTo: serial.nullable().default(null),
    /** A deal cancelled within this many days of closing has its commission reversed. */
    clawbackDays: z.number().int().min(0).nullable().default(null),
    draw: draw.nullable().default(null),
    components: z.array(component).min(1),
  })
  .superRefine((plan, ctx) => {
    if (plan.effectiveTo !== null && plan.effectiveTo < plan.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'must not be before effectiveFrom' });
    }
    const kinds = new Map<string, string>();
    plan.components.forEach((c, i) => {
      if (kinds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['components', i, 'id'], message: `duplicate id "${c.id}"` });
      else kinds.set(c.id, c.kind);
    });
    const paysOnCredit = (ref: string) => (CREDIT_KINDS as readonly string[]).includes(kinds.get(ref) ?? '');
    plan.components.forEach((c, i) => {
      const refs = c.kind === 'gate' ? (c.appliesTo ?? []) : c.kind === 'cap' ? [c.appliesTo] : [];
      refs.forEach((ref, k) => {
        if (!paysOnCredit(ref)) {
          const path = c.kind === 'gate' ? ['components', i, 'appliesTo', k] : ['components', i, 'appliesTo'];
          ctx.addIssue({ code: 'custom', path, message: `"${ref}" is not a rate table, accelerator or record bonus of this plan` });
        }
      });
    });
    if (plan.components.filter((c) => c.kind === 'teamPool').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: 'at most one team pool per plan' });
    }
  });

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type PlanComponent = Plan['components'][number];
export type Tier = z.output<typeof tier>;

/** "path: reason" for every problem, e.g. "components.0.tiers.1.lower: lower bounds must be strictly ascending". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length === 0 ? '(plan)' : issue.path.join('.')}: ${issue.message}`);
}

/** A rejected plan: `issues` holds every problem as "path: reason" (the message joins them). */
export class PlanError extends SalesError {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super('VALUE', `plan is invalid: ${issues.join('; ')}`);
    this.issues = issues;
  }
}

/** A plan from JSON text or an already parsed object; throws a PlanError (#VALUE!) listing every problem. */
export function parsePlan(json: unknown): Plan {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new PlanError([`(plan): not valid JSON (${e instanceof Error ? e.message : String(e)})`]);
    }
  }
  const result = planSchema.safeParse(data);
  if (!result.success) throw new PlanError(describeIssues(result.error));
  return result.data;
}

