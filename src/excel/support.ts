/**
 * Which parts of the Excel API this host offers, from `isSetSupported('ExcelApi', …)`, and the
 * capabilities (with the reasons, as codes) the pane shows next to disabled actions.
 */
import { hostProblem, type HostFeature } from '../host/problems';
import type { Capabilities } from '../host/types';
import type { HostFeatures } from '../sheets/writePlan/types';
import type { ExcelEnv } from './api';

export interface Support {
  /** ExcelApi 1.4: names.add, workbook settings, getItemOrNullObject — required to generate. */
  generate: boolean;
  /** ExcelApi 1.5: custom XML parts (template storage). */
  customXml: boolean;
  /** ExcelApi 1.6: conditional formats and suspendApiCalculationUntilNextSync. */
  conditionalFormats: boolean;
  calcSuspend: boolean;
  /** ExcelApi 1.7: chart series (setValues / setXAxisValues), frozen panes. */
  charts: boolean;
  freeze: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: copyFrom, to fill formula columns and number formats down from the first row. */
  fill: boolean;
  /** ExcelApi 1.9: page layout (orientation, fit to pages, print titles, header and footer) and page breaks. */
  print: boolean;
  /** ExcelApi 1.10: comments; 1.18: notes. */
  comments: boolean;
  notes: boolean;
  /** ExcelApi 1.13: Table.resize, which a refresh grows the add-in's tables with. */
  resizeTables: boolean;
  /** ExcelApi 1.20: one undo group for a whole run (a Generate is one undo step). */
  undoGroup: boolean;
}

export function detectSupport(env: Pick<ExcelEnv, 'isSetSupported'>): Support {
  const has = (v: string): boolean => {
    try {
      return env.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    generate: has('1.4'),
    customXml: has('1.5'),
    conditionalFormats: has('1.6'),
    calcSuspend: has('1.6'),
    charts: has('1.7'),
    freeze: has('1.7'),
    dataValidation: has('1.8'),
    fill: has('1.9'),
    print: has('1.9'),
    comments: has('1.10'),
    notes: has('1.18'),
    resizeTables: has('1.13'),
    undoGroup: has('1.20'),
  };
}

/** What the write plan may put into this host, and the requirement it names for what it may not. */
export function featuresOf(s: Support): HostFeatures {
  const need = (ok: boolean, version: string): true | { requirement: string } => (ok ? true : { requirement: `ExcelApi ${version}` });
  return {
    conditionalFormats: need(s.conditionalFormats, '1.6'),
    dataValidation: need(s.dataValidation, '1.8'),
    charts: need(s.charts, '1.7'),
    notes: need(s.notes || s.comments, '1.18 / 1.10'),
    freeze: need(s.freeze, '1.7'),
    print: need(s.print, '1.9'),
    resizeTables: need(s.resizeTables, '1.13'),
  };
}

export function capabilitiesOf(s: Support): Capabilities {
  const needs = (feature: HostFeature, version: string) => hostProblem('unavailable', { feature, version });
  const available: Capabilities['available'] = {
    generate: s.generate,
    conditionalFormats: s.conditionalFormats,
    dataValidation: s.dataValidation,
    templateStorage: s.customXml,
    charts: s.charts,
    selection: s.generate,
    refresh: s.generate && s.resizeTables,
    undo: s.undoGroup,
  };
  const reasons: Capabilities['reasons'] = {};
  if (!s.generate) reasons.generate = needs('generate', '1.4');
  if (!s.conditionalFormats) reasons.conditionalFormats = needs('conditionalFormats', '1.6');
  if (!s.dataValidation) reasons.dataValidation = needs('dataValidation', '1.8');
  if (!s.customXml) reasons.templateStorage = needs('templateStorage', '1.5');
  if (!s.charts) reasons.charts = needs('charts', '1.7');
  if (!s.generate) reasons.selection = needs('selection', '1.4');
  if (!s.resizeTables) reasons.refresh = hostProblem('refreshUnavailable', { requirement: 'ExcelApi 1.13' });
  if (!s.undoGroup) reasons.undo = hostProblem('undoUnavailable', { requirement: 'ExcelApi 1.20' });
  return { available, reasons };
}
