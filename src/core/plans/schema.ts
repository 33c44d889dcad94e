import { z } from 'zod';
import type { PlanIssue, PlanReason } from '../commissionProblems';
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
/** Names and labels people type: short enough for a cell and a statement line. */
const NAME_MAX = 80;
const label = z.string().max(NAME_MAX);

/**
 * Lists are bounded so a plan stays something a person can read and a statement run stays fast:
 * nobody writes 100 tiers or 50 components, and a file that does is a mistake, not a plan.
 */
export const PLAN_LIMITS = { tiers: 100, components: 50, appliesTo: 50, productLines: 200, customers: 1000 } as const;

/**
 * A custom issue with its reason as a code (rendered by src/i18n, never zod's English), also as
 * the core problem `planRule`, so a template's problem list can render it as the core's own.
 */
function issue(ctx: z.core.$RefinementCtx, path: PropertyKey[], reason: PlanReason): void {
  ctx.addIssue({ code: 'custom', path, message: reason.code, params: { reason, problem: { code: 'planRule', params: { reason } } } });
}

const tier = z.strictObject({ lower: nonNegative, rate: nonNegative });

const tiers = z
  .array(tier)
  .min(1)
  .max(PLAN_LIMITS.tiers)
  .superRefine((rows, ctx) => {
    if (rows.length > PLAN_LIMITS.tiers) return;
    if (rows.length > 0 && rows[0].lower !== 0) issue(ctx, [0, 'lower'], { code: 'firstBandZero' });
    for (let i = 1; i < rows.length; i++) {
      if (!(rows[i].lower > rows[i - 1].lower)) issue(ctx, [i, 'lower'], { code: 'ascending' });
    }
  });

const mode = z.enum(['marginal', 'flat']);
/** Which band an amount on a bound is in: lower bound inclusive (default) or upper ("up to 1,000,000 at 1 %"). */
const boundary = z.enum(['lower', 'upper']).default('lower');

/** Bands on money, or on attainment (fractions of the period's quota). */
const rateTableComponent = z.strictObject({
  kind: z.literal('rateTable'),
  id,
  name: label.optional(),
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
  name: label.optional(),
  mode,
  boundary,
  tiers,
});

/** No payout from the listed components (default: all that pay on credit) below an attainment. */
const gateComponent = z.strictObject({
  kind: z.literal('gate'),
  id,
  name: label.optional(),
  minAttainment: nonNegative,
  appliesTo: z.array(id).min(1).max(PLAN_LIMITS.appliesTo).optional(),
});

/** The most one component pays in a period (before any gate). */
const capComponent = z.strictObject({
  kind: z.literal('cap'),
  id,
  name: label.optional(),
  appliesTo: id,
  amount: nonNegative,
});

/** Extra rate on the part of the period's credit above the rep's best period so far (seed +5 %). */
const recordBonusComponent = z.strictObject({
  kind: z.literal('recordBonus'),
  id,
  name: label.optional(),
  rate: nonNegative,
});

/** A share of the team's period total when the team reaches its target (seed 2 %). */
const teamPoolComponent = z.strictObject({
  kind: z.literal('teamPool'),
  id,
  name: label.optional(),
  rate: nonNegative,
  collaborationWeight: z.number().min(0).max(1).default(0.3),
});

/** A manager's rate on the credit of the reps they manage: direct reports, or everyone below (roll-up). */
const overrideComponent = z.strictObject({
  kind: z.literal('override'),
  id,
  name: label.optional(),
  rate: nonNegative,
  scope: z.enum(['direct', 'all']).default('direct'),
});

/**
 * A fixed amount per deal closed that meets every stated condition: one of the product lines,
 * one of the customers, a new customer, closed between from and to (inclusive).
 */
const spiffComponent = z
  .strictObject({
    kind: z.literal('spiff'),
    id,
    name: label.optional(),
    amount: nonNegative,
    productLines: z.array(label).min(1).max(PLAN_LIMITS.productLines).optional(),
    customers: z.array(label).min(1).max(PLAN_LIMITS.customers).optional(),
    newCustomer: z.boolean().optional(),
    from: serial.optional(),
    to: serial.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.from !== undefined && c.to !== undefined && c.to < c.from) issue(ctx, ['to'], { code: 'toBeforeFrom' });
  });

const component = z.discriminatedUnion('kind', [
  rateTableComponent,
  acceleratorComponent,
  gateComponent,
  capComponent,
  recordBonusComponent,
  teamPoolComponent,
  overrideComponent,
  spiffComponent,
]);

const draw = z.strictObject({
  type: z.enum(['recoverable', 'nonRecoverable']),
  amount: nonNegative,
});

/** Components that pay on the rep's own credit, which gates and caps may refer to. */
export const CREDIT_KINDS = ['rateTable', 'accelerator', 'recordBonus'] as const;

/** The most any rate may be when a plan allows rates above 100 % (maxRate). */
export const RATE_CEILING = 10;

export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_SCHEMA_VERSION),
    id,
    name: z.string().trim().min(1).max(NAME_MAX),
    currency: z.string().superRefine((c, ctx) => {
      if (!/^[A-Z]{3}$/.test(c)) issue(ctx, [], { code: 'currencyCode' });
    }),
    decimals: z.number().int().min(0).max(4),
    effectiveFrom: serial,
    effectiveTo: serial.nullable().default(null),
    /** A deal cancelled within this many days of closing has its commission reversed. */
    clawbackDays: z.number().int().min(0).max(3660).nullable().default(null),
    draw: draw.nullable().default(null),
    /** Credit is the deals booked in a period, or the cash collected in it (回款). */
    creditBasis: z.enum(['booked', 'collected']).default('booked'),
    /**
     * The highest rate any component may pay: 1 (100 %) unless the plan says more, so a rate
     * typed as 15 for 15 % is caught instead of paying fifteen times the sale.
     */
    maxRate: z.number().min(1).max(RATE_CEILING).default(1),
    components: z.array(component).min(1).max(PLAN_LIMITS.components),
  })
  .superRefine((plan, ctx) => {
    if (!Array.isArray(plan.components) || plan.components.length > PLAN_LIMITS.components) return;
    if (plan.effectiveTo !== null && plan.effectiveTo < plan.effectiveFrom) issue(ctx, ['effectiveTo'], { code: 'toBeforeFrom' });
    const kinds = new Map<string, string>();
    plan.components.forEach((c, i) => {
      if (kinds.has(c.id)) issue(ctx, ['components', i, 'id'], { code: 'duplicateComponent', id: c.id });
      else kinds.set(c.id, c.kind);
    });
    const paysOnCredit = (ref: string) => (CREDIT_KINDS as readonly string[]).includes(kinds.get(ref) ?? '');
    plan.components.forEach((c, i) => {
      const refs = c.kind === 'gate' ? (c.appliesTo ?? []) : c.kind === 'cap' ? [c.appliesTo] : [];
      refs.forEach((ref, k) => {
        if (!paysOnCredit(ref)) issue(ctx, c.kind === 'gate' ? ['components', i, 'appliesTo', k] : ['components', i, 'appliesTo'], { code: 'notCreditComponent', ref });
      });
    });
    if (plan.components.filter((c) => c.kind === 'teamPool').length > 1) issue(ctx, ['components'], { code: 'onePool' });
    const maxRate = plan.maxRate;
    const rate = (x: number, path: PropertyKey[]) => {
      if (x > maxRate) issue(ctx, path, { code: 'rateAboveMax', max: maxRate });
    };
    // Money a plan pays as it is (caps, draws, SPIFFs) must already be on the minor unit.
    const money = (x: number, path: PropertyKey[]) => {
      if (!Number.isFinite(x) || Math.round(x * 10 ** plan.decimals) / 10 ** plan.decimals !== x) issue(ctx, path, { code: 'moneyDecimals', decimals: plan.decimals });
    };
    plan.components.forEach((c, i) => {
      if (c.kind === 'rateTable' || c.kind === 'accelerator') c.tiers.forEach((t, k) => rate(t.rate, ['components', i, 'tiers', k, 'rate']));
      if (c.kind === 'recordBonus' || c.kind === 'teamPool' || c.kind === 'override') rate(c.rate, ['components', i, 'rate']);
      if (c.kind === 'cap' || c.kind === 'spiff') money(c.amount, ['components', i, 'amount']);
    });
    if (plan.draw !== null) money(plan.draw.amount, ['draw', 'amount']);
  });

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type PlanComponent = Plan['components'][number];
export type Tier = z.output<typeof tier>;

/** At most this many problems are kept (and shown); the rest are counted. */
export const MAX_PROBLEMS = 100;

/** A zod issue as a plan reason: the custom ones carry theirs, zod's own are read from their fields. */
export function planReason(i: z.core.$ZodIssue, input: unknown): PlanReason {
  switch (i.code) {
    case 'custom': {
      const reason = (i.params as { reason?: PlanReason } | undefined)?.reason;
      return reason ?? { code: 'invalid' };
    }
    case 'invalid_type':
      if (valueAt(input, i.path) === undefined) return { code: 'missing' };
      return i.expected === 'int' ? { code: 'notInteger' } : { code: 'wrongType', expected: String(i.expected) };
    case 'too_small':
      if (i.origin === 'array') return { code: 'tooFewItems', min: Number(i.minimum) };
      if (i.origin === 'string') return { code: 'tooShort', min: Number(i.minimum) };
      return { code: 'tooSmall', min: Number(i.minimum), inclusive: i.inclusive ?? true };
    case 'too_big':
      if (i.origin === 'array') return { code: 'tooManyItems', max: Number(i.maximum) };
      if (i.origin === 'string') return { code: 'tooLong', max: Number(i.maximum) };
      return { code: 'tooBig', max: Number(i.maximum), inclusive: i.inclusive ?? true };
    case 'invalid_value':
      return { code: 'oneOf', values: i.values.map((v) => String(v)) };
    case 'unrecognized_keys':
      return { code: 'unknownKeys', keys: i.keys };
    case 'invalid_union':
      if ('options' in i && i.options && i.options.length > 0) return { code: 'oneOf', values: i.options.map((o) => String(o)) };
      return { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export const pathText = (path: readonly PropertyKey[]): string => (path.length === 0 ? '' : path.map(String).join('.'));

/** A rejected plan: the first MAX_PROBLEMS problems with their path and reason, and how many more. */
export class PlanError extends SalesError {
  readonly issues: readonly PlanIssue[];
  readonly more: number;
  constructor(issues: readonly PlanIssue[], more = 0) {
    const kept = issues.slice(0, MAX_PROBLEMS);
    const extra = more + issues.length - kept.length;
    super('VALUE', { code: 'planInvalid', params: { issues: kept, more: extra } });
    this.issues = kept;
    this.more = extra;
  }
}

/** The issues of a failed parse as plan issues (the first MAX_PROBLEMS) and the count of the rest. */
export function planIssues(error: z.ZodError, input: unknown): { issues: PlanIssue[]; more: number } {
  const all = error.issues;
  const issues = all.slice(0, MAX_PROBLEMS).map((i) => ({ path: pathText(i.path), row: null, reason: planReason(i, input) }));
  return { issues, more: all.length - issues.length };
}

/** A plan from JSON text or an already parsed object; throws a PlanError (#VALUE!) listing its problems. */
export function parsePlan(json: unknown): Plan {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new PlanError([{ path: '', row: null, reason: { code: 'notJson', detail: e instanceof Error ? e.message : String(e) } }]);
    }
  }
  const result = planSchema.safeParse(data);
  if (!result.success) {
    const { issues, more } = planIssues(result.error, data);
    throw new PlanError(issues, more);
  }
  return result.data;
}

