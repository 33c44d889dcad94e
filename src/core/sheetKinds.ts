/**
 * Every sheet the add-in generates, in workbook order (Settings first: every formula reads its
 * names). Shared vocabulary of the builders, the hosts, templates and the text catalogue, so it
 * lives in core, the layer every other one may import.
 */
export const SHEET_KINDS = [
  'settings',
  'targets',
  'tracking',
  'evaluation',
  'improvement',
  'customers',
  'review',
  'plans',
  'statement',
  'reconciliation',
] as const;

export type SheetKind = (typeof SHEET_KINDS)[number];
