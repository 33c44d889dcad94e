/** Small helpers the sheet builders share: sheet names, empty specs, cell values. */
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import type { Cell, SheetKind, SheetSpec } from './model';
import { isSalesError } from '../core/errors';

export function emptySheet(kind: SheetKind, name: string): SheetSpec {
  return { kind, name, tables: [], blocks: [], validations: [], conditionalFormats: [], charts: [], notes: [] };
}

/** A sheet's name: the one the pane and the README use (catalogue section sheetNames). */
export const sheetName = (kind: SheetKind, language: Language): string => catalogue(language).sheetNames[kind];

/** The Excel error value a core error stands for, so a cached result matches what Excel shows. */
export function errorValue(e: unknown): string {
  if (!isSalesError(e)) throw e;
  return { VALUE: '#VALUE!', DIV0: '#DIV/0!', NUM: '#NUM!', NA: '#N/A' }[e.kind];
}

/** Runs a core calculation for a cell's cached value; a core error becomes the Excel error. */
export function computed(fn: () => number | string): number | string {
  try {
    return fn();
  } catch (e) {
    return errorValue(e);
  }
}

export const formula = (f: string, value: number | string | boolean | null): Cell => ({ formula: f, value });

/** Excel-style string literal inside a formula. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
