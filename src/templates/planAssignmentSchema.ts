import * as z from 'zod';
import type { PlanAssignment } from '../sheets/planAssignment';

/**
 * Which plan of the template pays which rep (src/sheets/planAssignment.ts): one plan for everyone,
 * or a plan per region, team or level with a default for reps no rule names. Plan ids are checked
 * against the plans when a workbook is generated, where a rep that matches nothing is named.
 */
const planId = z.string().trim().min(1).max(64);

export const planAssignmentSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('all'), plan: planId }),
  z.strictObject({
    by: z.enum(['region', 'team', 'level']),
    rules: z.array(z.strictObject({ value: z.string().trim().min(1).max(80), plan: planId })).max(1000),
    default: planId.optional(),
  }),
]);

type Parsed = z.infer<typeof planAssignmentSchema>;
export const _planAssignmentMatch: [Parsed extends PlanAssignment ? true : false, PlanAssignment extends Parsed ? true : false] = [true, true];
