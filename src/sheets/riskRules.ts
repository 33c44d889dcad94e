/**
 * Red / yellow / green as live conditional formatting (rules.md › Warnings): formula rules that compute
 * pace = actual ÷ (target × elapsed) from the row's own cells and compare it with the threshold
 * names on the Settings sheet, so they keep working when data or thresholds change, without the
 * add-in. A row whose period has not started (elapsed 0) gets no colour.
 */
import { daysElapsed, riskLevel, type RiskLevel } from '../core/risk';
import type { Settings } from '../core/settings';
import type { Language } from '../core/language';
import type { ConditionalFormatSpec } from './model';
import { catalogue } from '../i18n';
import { N } from './settingsSheet';

export const RISK_COLOURS: Record<RiskLevel, { fill: string; font: string }> = {
  RED: { fill: '#FFC7CE', font: '#9C0006' },
  YELLOW: { fill: '#FFEB9C', font: '#9C5700' },
  GREEN: { fill: '#C6EFCE', font: '#006100' },
};

export function riskLabel(level: RiskLevel, language: Language): string {
  return catalogue(language).sheetWords.lights[level];
}

/**
 * Three rules over `range`; `actual`, `target`, `elapsed` are references to the first row's cells
 * with the column absolute ($E2) so the rule reads each row's own cells.
 */
export function riskRules(range: string, actual: string, target: string, elapsed: string, priority = 1): ConditionalFormatSpec[] {
  const pace = `${actual}/(${target}*${elapsed})`;
  const on = `${elapsed}>0`;
  const rule = (level: RiskLevel, formula: string, p: number): ConditionalFormatSpec => ({
    range,
    formula,
    fill: RISK_COLOURS[level].fill,
    fontColor: RISK_COLOURS[level].font,
    priority: p,
    stopIfTrue: true,
  });
  return [
    rule('RED', `AND(${on},${pace}<${N.yellow})`, priority),
    rule('YELLOW', `AND(${on},${pace}>=${N.yellow},${pace}<${N.green})`, priority + 1),
    rule('GREEN', `AND(${on},${pace}>=${N.green})`, priority + 2),
  ];
}

/** The status formula a cell shows next to the colour, and its core value. */
export function riskStatusFormula(pace: string, language: Language): string {
  const q = (l: RiskLevel) => `"${riskLabel(l, language)}"`;
  return `IF(${pace}="","",IF(${pace}>=${N.green},${q('GREEN')},IF(${pace}>=${N.yellow},${q('YELLOW')},${q('RED')})))`;
}

export function riskStatusValue(actual: number, target: number, elapsed: number, settings: Settings, language: Language): string {
  if (elapsed <= 0) return '';
  return riskLabel(riskLevel(actual, target, elapsed, settings.risk.green, settings.risk.yellow), language);
}

/** Share of [start, end] elapsed on `asOf` (whole days, both inclusive); 0 before the start. */
export function elapsedFraction(start: number, end: number, asOf: number): number {
  if (Math.floor(asOf) < Math.floor(start)) return 0;
  const { elapsed, total } = daysElapsed(start, end, asOf);
  return elapsed / total;
}

/** The same as a formula; `start` and `end` are references or expressions. */
export const elapsedFormula = (start: string, end: string): string => `MAX(0,MIN(1,(${N.asOf}-${start}+1)/(${end}-${start}+1)))`;
