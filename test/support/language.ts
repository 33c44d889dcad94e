import type { Language } from '../../src/core/language';

/*
 * One language per pane: the Chinese pane holds no English word and the English pane no Chinese
 * character. Allowed in Chinese: codes and names that stay as they are in a Chinese Excel
 * (RFM, ABC, KPI, SALES, Excel, ISO codes, Excel's function names, CSV …), anything quoted (a name, a JSON field), file and
 * web names (office.js, .xlsx), and text marked with another `lang` (each language's own name in
 * the language pickers).
 */
// Excel's function names stay English in a Chinese Excel too; CSV is a file format, MB a unit.
const ALLOWED_WORDS = new Set(['RFM', 'ABC', 'KPI', 'SALES', 'Excel', 'ExcelApi', 'API', 'ISO', 'JSON', 'CNY', 'USD', 'Office', 'JavaScript', 'CSV', 'MB', 'COUNTIF', 'COUNTIFS', 'SUMIF', 'SUMIFS']);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The words of `text` that are not in `language`. */
export function foreignWords(text: string, language: Language): string[] {
  if (language === 'en-US') return CJK.test(text) ? [text] : [];
  const plain = text
    .replace(/"[^"]*"|“[^”]*”|'[^']*'/g, ' ')
    .replace(/\S*\.[A-Za-z]\S*/g, ' ');
  return (plain.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w));
}
