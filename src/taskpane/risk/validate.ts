import { Dec } from '../../core/money';
import type { RiskRuleRequest } from '../../host/types';
import { describeIssue, formatPath, templateProblem, type TemplateProblem } from '../../templates/problems';
import { riskSchema } from '../../templates/settingsSchema';
import { parseUserNumber } from '../format';

export type ElapsedMode = 'full' | 'fraction' | 'column';

/** The At-risk targets form as typed: thresholds and the elapsed share in percent, columns as headers or numbers. */
export interface RiskForm {
  target: RiskRuleRequest['target'];
  actual: string;
  targetColumn: string;
  elapsedMode: ElapsedMode;
  elapsedValue: string;
  elapsedColumn: string;
  green: string;
  yellow: string;
}

export type RiskField = 'green' | 'yellow' | 'elapsed' | 'actual' | 'target' | 'elapsedColumn';
export type RiskErrors = Partial<Record<RiskField, TemplateProblem>>;

/** A header, or a 1-based column number when the person typed digits (selection without headers). */
export function columnRef(text: string): string | number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const fraction = (percent: number): number => new Dec(percent).div(100).toNumber();

/**
 * What is wrong with the form: numbers first, then the same zod rule as the settings (yellow ≤
 * green). Empty columns count only once the person has tried to apply (`touched`), so a fresh
 * form is not all red.
 */
export function riskErrors(form: RiskForm, touched: boolean): RiskErrors {
  const errors: RiskErrors = {};
  const green = parseUserNumber(form.green);
  const yellow = parseUserNumber(form.yellow);
  if (green === null) errors.green = templateProblem('notNumber', {});
  if (yellow === null) errors.yellow = templateProblem('notNumber', {});
  if (green !== null && yellow !== null) {
    const checked = riskSchema.safeParse({ green: fraction(green), yellow: fraction(yellow) });
    if (!checked.success) {
      for (const issue of checked.error.issues) errors[formatPath(issue.path) as RiskField] = describeIssue(issue, {});
    }
  }
  if (form.elapsedMode === 'fraction') {
    const elapsed = parseUserNumber(form.elapsedValue);
    if (elapsed === null) errors.elapsed = templateProblem('notNumber', {});
    else if (elapsed <= 0) errors.elapsed = templateProblem('tooSmall', { min: 0, inclusive: false, percent: true });
    else if (elapsed > 100) errors.elapsed = templateProblem('tooBig', { max: 100, inclusive: true, percent: true });
  }
  if (touched) {
    if (form.actual.trim() === '') errors.actual = templateProblem('missing', {});
    if (form.targetColumn.trim() === '') errors.target = templateProblem('missing', {});
    if (form.elapsedMode === 'column' && form.elapsedColumn.trim() === '') errors.elapsedColumn = templateProblem('missing', {});
  }
  return errors;
}

/** The host request the form asks for, thresholds and elapsed share as fractions; null while anything is wrong. */
export function riskRequest(form: RiskForm): RiskRuleRequest | null {
  if (Object.keys(riskErrors(form, true)).length > 0) return null;
  const request: RiskRuleRequest = {
    target: form.target,
    actualColumn: columnRef(form.actual),
    targetColumn: columnRef(form.targetColumn),
    green: fraction(parseUserNumber(form.green) ?? 0),
    yellow: fraction(parseUserNumber(form.yellow) ?? 0),
  };
  if (form.elapsedMode === 'fraction') request.elapsed = fraction(parseUserNumber(form.elapsedValue) ?? 0);
  if (form.elapsedMode === 'column') request.elapsed = form.elapsedColumn.trim();
  return request;
}
