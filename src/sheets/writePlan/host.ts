/**
 * What a host lacks, and the notice it gets: the plan leaves out the parts a host cannot write,
 * and the drop-down lists no Excel accepts inline, with one notice each, so both writers skip the
 * same things the same way.
 */
import type { ListValidationSpec, SheetSpec } from '../model';
import type { WriteFeature, WriteNotice } from './notices';
import type { HostFeatures } from './types';

/** Everything: a file written outside Excel can hold every part. */
export const ALL_FEATURES: HostFeatures = {
  conditionalFormats: true,
  dataValidation: true,
  charts: true,
  notes: true,
  freeze: true,
  print: true,
  resizeTables: true,
};

/** Excel keeps an inline list's source under 256 characters and splits it at commas. */
export const listFits = (v: ListValidationSpec): boolean => v.list.join(',').length <= 255 && !v.list.some((x) => x.includes(','));

/** The parts of `spec` this host can write (all of them for a new sheet; `refresh` leaves out notes and frozen panes, which stay the user's). */
export function supportedParts(spec: SheetSpec, sheet: string, features: HostFeatures, notices: WriteNotice[]): SheetSpec {
  const skip = (feature: WriteFeature): boolean => {
    const f = features[feature];
    if (f === true) return false;
    if (!notices.some((n) => n.code === 'featureSkipped' && n.sheet === sheet && n.feature === feature)) {
      notices.push({ code: 'featureSkipped', sheet, feature, requirement: f.requirement });
    }
    return true;
  };
  const has = (n: number, feature: WriteFeature): boolean => n > 0 && !skip(feature);
  const validations = has(spec.validations.length, 'dataValidation')
    ? spec.validations.filter((v) => {
        if (listFits(v)) return true;
        notices.push({ code: 'listTooLong', sheet, range: v.range });
        return false;
      })
    : [];
  const freezes = spec.freeze !== undefined && (spec.freeze.rows > 0 || spec.freeze.cols > 0);
  const rules = has(spec.conditionalFormats.length + (spec.colorScales?.length ?? 0), 'conditionalFormats');
  return {
    ...spec,
    validations,
    conditionalFormats: rules ? spec.conditionalFormats : [],
    colorScales: rules ? (spec.colorScales ?? []) : [],
    charts: has(spec.charts.filter((c) => c.series.length > 0).length, 'charts') ? spec.charts.filter((c) => c.series.length > 0) : [],
    notes: has(spec.notes.length, 'notes') ? spec.notes : [],
    freeze: freezes && !skip('freeze') ? spec.freeze : undefined,
    print: spec.print && !skip('print') ? spec.print : undefined,
  };
}
