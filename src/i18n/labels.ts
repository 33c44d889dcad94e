/**
 * The words the calculation core's stable codes show in cells, per language: the catalogue's
 * `labels` section, so the generated sheets and the SALES.* functions use the same entries.
 */
import type { Language } from '../core/language';
import type { Labels } from './sections/sheets';
import { enUS } from './languages/en-US';
import { zhCN } from './languages/zh-CN';

export const LABELS: Readonly<Record<Language, Labels>> = { 'en-US': enUS.labels, 'zh-CN': zhCN.labels };
