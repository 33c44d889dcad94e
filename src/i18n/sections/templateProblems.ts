/**
 * Why a template (an imported file or the workbook's stored copy) was refused, reason by reason.
 */
import type { RuleCode } from '../../templates/settingsSchema';

export interface TemplateProblemTexts {
  notJson: (detail: string) => string;
  notObject: string;
  noVersion: string;
  newerVersion: (v: number, current: number) => string;
  unknownVersion: (v: unknown) => string;
  missing: string;
  wrongType: (expected: string) => string;
  typeNames: Record<'number' | 'string' | 'boolean' | 'array' | 'object', string>;
  tooSmall: (min: number | string, inclusive: boolean) => string;
  tooBig: (max: number | string, inclusive: boolean) => string;
  tooFewItems: (min: number | string) => string;
  tooManyItems: (max: number | string) => string;
  exactItems: (n: number | string) => string;
  tooShort: (min: number | string) => string;
  tooLong: (max: number | string) => string;
  notInteger: string;
  oneOf: (values: string) => string;
  unknownKeys: (keys: string) => string;
  invalid: string;
  rules: Record<RuleCode, string>;
  root: string;
}
