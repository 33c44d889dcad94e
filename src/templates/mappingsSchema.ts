import * as z from 'zod';
import { ALL_FIELD_KEYS, fieldsOf, TABLE_KINDS } from '../data/fields';
import { IGNORE } from '../data/mapping';

/** Every field a mapping may name: `field`, `kind.field`, `ignore` and `kind.ignore` (src/data/mapping.ts). */
export const MAPPING_TARGETS = [
  IGNORE,
  ...ALL_FIELD_KEYS,
  ...TABLE_KINDS.flatMap((k) => [...fieldsOf(k).map((f) => `${k}.${f}`), `${k}.${IGNORE}`]),
] as [string, ...string[]];

/**
 * A team's column mappings, saved in the template so next month's export is read the same way
 * with one click: each header (compared as recognition compares headers) and the field it holds.
 */
export const mappingsSchema = z
  .array(
    z.strictObject({
      header: z.string().trim().min(1).max(200),
      field: z.enum(MAPPING_TARGETS),
    }),
  )
  .max(500);
