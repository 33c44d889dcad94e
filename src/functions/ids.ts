/**
 * The ids of the SALES functions and the values of their enumerated arguments: the keys the
 * function table (table.ts) and the catalogues' `functions` sections share. The ids and the
 * values are what people type, the same in every language.
 */
export const FUNCTION_IDS = [
  'COMMISSION',
  'COMMISSIONLINES',
  'SPLIT',
  'BONUSPOOL',
  'SCORE',
  'GRADE',
  'RISK',
  'PACE',
  'RFM',
  'RFMTHRESHOLDS',
  'CUSTOMERTIER',
  'ABC',
  'LEADSCORE',
  'FUNNEL',
  'RETENTION',
  'PAYOUT',
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Enumerated arguments, offered by Excel's AutoComplete as custom enums (metadata "enums"). */
export const ENUMS = {
  MODE: ['marginal', 'flat'],
  BOUNDARY: ['lower', 'upper'],
  SEGMENTS: ['grid', 'rfm10', 'cn8'],
  LANGUAGE: ['zh-CN', 'en-US'],
} as const;
export type EnumId = keyof typeof ENUMS;
export type EnumValue<E extends EnumId> = (typeof ENUMS)[E][number];
