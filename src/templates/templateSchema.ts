import * as z from 'zod';
import { mappingsSchema } from './mappingsSchema';
import { settingsSchema, settingsV2Schema } from './settingsSchema';
import { plansSchema } from './plansSchema';
import { planAssignmentSchema } from './planAssignmentSchema';
import { SHEET_KINDS } from '../core/sheetKinds';

/** The version this build writes. parseTemplate migrates anything older up to it. */
export const TEMPLATE_VERSION = 3;

const name = z.string().trim().min(1).max(80);
const sheets = z.array(z.enum(SHEET_KINDS)).min(1);

/**
 * Version 3 (current): one object holding ALL settings (src/core/settings.ts, with how targets
 * are split), the plans, which plan pays which rep, and the sheet choices, so a region applies a
 * head office's template in one step. Without `planAssignment` a single plan pays everyone.
 */
export const templateSchema = z.strictObject({
  version: z.literal(TEMPLATE_VERSION),
  name,
  /** Who issued it (e.g. "Head office"), free text shown to the region that imports it. */
  issuer: z.string().max(80).optional(),
  /** ISO timestamp of the export, informational. */
  savedAt: z.string().max(40).optional(),
  sheets,
  settings: settingsSchema,
  plans: plansSchema,
  /** How the team's own tables' columns are read (src/data/mapping.ts); absent when none were needed. */
  mappings: mappingsSchema.optional(),
  planAssignment: planAssignmentSchema.optional(),
});
export type Template = z.infer<typeof templateSchema>;

/** Version 2: settings without target splitting, no plan assignment. Migrated (migrate.ts). */
export const templateV2Schema = z.strictObject({
  version: z.literal(2),
  name,
  issuer: z.string().max(80).optional(),
  savedAt: z.string().max(40).optional(),
  sheets,
  settings: settingsV2Schema,
  plans: plansSchema,
});
export type TemplateV2 = z.infer<typeof templateV2Schema>;

/**
 * Version 1, the first shared format: flat fields, tiers as [lower, rate] pairs, money bounds only,
 * no plans. Still accepted on import and migrated (migrate.ts).
 */
export const templateV1Schema = z.strictObject({
  version: z.literal(1),
  name,
  language: z.enum(['zh-CN', 'en-US']),
  currency: z.string(),
  commissionMode: z.enum(['marginal', 'flat']),
  tiers: z.array(z.tuple([z.number(), z.number()])).min(1).max(100),
  weights: z.array(z.number()).max(20),
  benchmarks: z.array(z.number()).max(20),
  gradeCutoffs: z.array(z.number()).max(20),
  green: z.number(),
  yellow: z.number(),
  sheets,
});
export type TemplateV1 = z.infer<typeof templateV1Schema>;
