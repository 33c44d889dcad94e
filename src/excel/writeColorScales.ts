/**
 * Color scales (heat maps) of a sheet spec, as Excel color-scale conditional formats
 * (ExcelApi 1.6, like the formula rules). Its own kind of rule, written after the formula rules.
 */
import type { ColorScaleSpec } from '../sheets/model';
import type { XlColorScaleCriterion, XlWorksheet } from './api';
import { cost } from './batch';
import { skip, type WriteContext } from './writeSheet';

export function colorScaleCriteria(spec: ColorScaleSpec): { minimum: XlColorScaleCriterion; midpoint?: XlColorScaleCriterion; maximum: XlColorScaleCriterion } {
  const [low, ...rest] = spec.colors;
  const high = rest[rest.length - 1];
  return {
    minimum: { type: 'LowestValue', formula: null, color: low },
    ...(rest.length === 2 ? { midpoint: { type: 'Percentile', formula: '50', color: rest[0] } } : {}),
    maximum: { type: 'HighestValue', formula: null, color: high },
  };
}

export async function writeColorScales(cx: WriteContext, ws: XlWorksheet, list: readonly ColorScaleSpec[], sheetName: string): Promise<void> {
  if (list.length === 0) return;
  if (!cx.support.conditionalFormats) return skip(cx, sheetName, 'featureConditionalFormats', '1.6');
  for (const spec of list) {
    await cx.batch.put(cost([spec.range, ...spec.colors]), () => {
      ws.getRange(spec.range).conditionalFormats.add('ColorScale').colorScale.criteria = colorScaleCriteria(spec);
    });
  }
}
