/**
 * One adapter per table entry: Excel's arguments → language → parsed values → core → value or
 * Excel error. The language is the trailing `language` argument, else the workbook's template
 * language; the first call in a session may wait for the template to be read (a promise Excel
 * awaits), every later call answers synchronously from the cache.
 */
import type { Language } from '../i18n/language';
import { checkResult, toExcelError } from './excelResult';
import { LANGUAGE_ARG, type FunctionDef, type Result } from './spec';
import { loadWorkbookLanguage, workbookLanguageNow } from './workbookLanguage';

export type Adapter = (...args: unknown[]) => Result | Promise<Result>;

/** One context object per language: =SALES.COMMISSION runs a million times per recalculation. */
const CONTEXTS: Readonly<Record<Language, { language: Language }>> = { 'en-US': { language: 'en-US' }, 'zh-CN': { language: 'zh-CN' } };

function evaluate(f: FunctionDef, args: readonly unknown[], language: Language): Result {
  try {
    const n = f.args.length;
    const values: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) values[i] = f.args[i].parse(args[i] ?? null);
    return checkResult(f.run(CONTEXTS[language], values), language);
  } catch (e) {
    throw toExcelError(e, language);
  }
}

export function adapter(f: FunctionDef): Adapter {
  const languageAt = f.args.length;
  return (...args) => {
    let explicit: Language | null = null;
    let languageError: unknown = null;
    try {
      explicit = LANGUAGE_ARG.parse(args[languageAt] ?? null);
    } catch (e) {
      languageError = e;
    }
    const run = (workbook: Language): Result => {
      if (languageError !== null) throw toExcelError(languageError, workbook);
      return evaluate(f, args, explicit ?? workbook);
    };
    if (explicit !== null) return run(explicit);
    const now = workbookLanguageNow();
    return now !== null ? run(now) : loadWorkbookLanguage().then(run);
  };
}
