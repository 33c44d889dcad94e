/**
 * One adapter per table entry: Excel's arguments → language → parsed values → core → value or
 * Excel error. The language is the trailing `language` argument, else the workbook's template
 * language; the first call in a session may wait for the template to be read (a promise Excel
 * awaits), every later call answers synchronously from the cache.
 */
import type { Language } from '../core/language';
import { checkResult, toExcelError } from './excelResult';
import { LANGUAGE_ARG, type Context, type FunctionDef, type Result } from './spec';
import { loadWorkbookLanguage, workbookLanguageNow } from './workbookLanguage';

export type Adapter = (...args: unknown[]) => Result | Promise<Result>;

let pause: (() => Promise<void>) | null = null;
/** One context object per language: =SALES.COMMISSION runs a million times per recalculation. */
let contexts: Readonly<Record<Language, Context>> = makeContexts();
function makeContexts(): Record<Language, Context> {
  return { 'en-US': { language: 'en-US', pause }, 'zh-CN': { language: 'zh-CN', pause } };
}

/** Installs how heavy functions yield to the event loop (the functions runtime does, in Excel). */
export function setPause(p: (() => Promise<void>) | null): void {
  pause = p;
  contexts = makeContexts();
}

function evaluate(f: FunctionDef, args: readonly unknown[], language: Language): Result | Promise<Result> {
  const fail = (e: unknown): never => {
    throw toExcelError(e, language);
  };
  try {
    const n = f.args.length;
    const values: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) values[i] = f.args[i].parse(args[i] ?? null);
    const result = f.run(contexts[language], values);
    if (result instanceof Promise) return result.then((r) => checkResult(r, language), fail);
    return checkResult(result, language);
  } catch (e) {
    return fail(e);
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
    const run = (workbook: Language): Result | Promise<Result> => {
      if (languageError !== null) throw toExcelError(languageError, workbook);
      return evaluate(f, args, explicit ?? workbook);
    };
    if (explicit !== null) return run(explicit);
    const now = workbookLanguageNow();
    return now !== null ? run(now) : loadWorkbookLanguage().then(run);
  };
}
