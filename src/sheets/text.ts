/** Small helpers the sheet builders share: localised text, empty specs, cell values. */
import type { Language } from '../core/language';
import type { Cell, SheetKind, SheetSpec } from './model';
import { isSalesError } from '../core/errors';

/** The en-US or zh-CN text. */
export const tr = (language: Language, en: string, zh: string): string => (language === 'en-US' ? en : zh);

export function emptySheet(kind: SheetKind, name: string): SheetSpec {
  return { kind, name, tables: [], blocks: [], validations: [], conditionalFormats: [], charts: [], notes: [] };
}

/** Desired sheet names per kind and language (≤ 31 characters, no []:*?/\). */
export const SHEET_NAMES: Readonly<Record<Language, Partial<Record<SheetKind, string>>>> = {
  'en-US': {
    settings: 'Settings',
    tracking: 'Tracking',
    evaluation: 'Evaluation',
    improvement: 'Improvement plan',
    targets: 'Targets',
    customers: 'Customers',
    review: 'Review pack',
  },
  'zh-CN': {
    settings: '设置',
    tracking: '销售过程跟踪',
    evaluation: '业绩评估',
    improvement: '改进计划',
    targets: '目标分解',
    customers: '客户分层',
    review: '会议资料',
  },
};

export const sheetName = (kind: SheetKind, language: Language): string => SHEET_NAMES[language][kind] ?? kind;

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

export const MONEY = '#,##0.00';
export const MONEY0 = '#,##0';
export const PCT = '0.0%';
export const DATE = 'yyyy-mm-dd';
export const MONTH = 'yyyy-mm';
