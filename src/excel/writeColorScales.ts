/**
 * Color scales (heat maps) as Excel color-scale conditional formats (ExcelApi 1.6, like the
 * formula rules): lowest value the first color, highest the last, a middle color at the 50th
 * percentile when there are three.
 */
import type { XlColorScaleCriterion, XlRange } from './api';

export function colorScaleCriteria(spec: { colors: readonly string[] }): { minimum: XlColorScaleCriterion; midpoint?: XlColorScaleCriterion; maximum: XlColorScaleCriterion } {
  const [low, ...rest] = spec.colors;
  const high = rest[rest.length - 1];
  return {
    minimum: { type: 'LowestValue', formula: null, color: low },
    ...(rest.length === 2 ? { midpoint: { type: 'Percentile', formula: '50', color: rest[0] } } : {}),
    maximum: { type: 'HighestValue', formula: null, color: high },
  };
}

/** Queues a color scale on `range`. */
export function addColorScale(range: XlRange, spec: { colors: readonly string[] }): void {
  range.conditionalFormats.add('ColorScale').colorScale.criteria = colorScaleCriteria(spec);
}
