import * as z from 'zod';
import { planSchema } from '../core/plans/schema';

/**
 * Commission plans carried by the template, each validated by the commission engine's own schema
 * (src/core/plans/schema.ts), so a plan the engine would refuse never gets into a workbook.
 */
export const plansSchema = z.array(planSchema).max(100);
export type Plans = z.output<typeof plansSchema>;
