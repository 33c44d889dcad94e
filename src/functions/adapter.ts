/**
 * One adapter per table entry: Excel's arguments → language → parsed values → core → value or
 * Excel error. The language is the trailing `language` argument, else the workbook's template
 * language; the first call in a session may wait for the template to be read (a promise Excel
 * awaits), every later call answers synchronously from the cache.
 *
 * =SALES.COMMISSION runs in hundreds of thousands of cells per recalculation, so a call that
 * answers synchronously allocates nothing here: no closures, no `arguments` or rest array, no
 * array of parsed values. Each adapter keeps two arrays (Excel's arguments, the parsed values),
 * filled at the start of a call and emptied at its end so they never keep a big range alive.
 */
import type { Language } from '../core/language';
import { isBlank } from './args';
import { checkResult, toExcelError } from './excelResult';
import { LANGUAGE_ARG, type Context, type FunctionDef, type Result } from './spec';
import { loadWorkbookLanguage, workbookLanguageNow } from './workbookLanguage';

export type Adapter = (...args: unknown[]) => Result | Promise<Result>;

/** Most arguments a function takes, its `language` included (the adapter's named parameters). */
export const MAX_ARGS = 10;

let pause: (() => Promise<void>) | null = null;
/** One context object per language, made once. */
let contexts: Readonly<Record<Language, Context>> = makeContexts();
function makeContexts(): Record<Language, Context> {
  return { 'en-US': { language: 'en-US', pause }, 'zh-CN': { language: 'zh-CN', pause } };
}

/** Installs how heavy functions yield to the event loop (the functions runtime does, in Excel). */
export function setPause(p: (() => Promise<void>) | null): void {
  pause = p;
  contexts = makeContexts();
}

function settle(result: Promise<Result>, language: Language): Promise<Result> {
  return result.then(
    (r) => checkResult(r, language),
    (e: unknown) => {
      throw toExcelError(e, language);
    },
  );
}

export function adapter(f: FunctionDef): Adapter {
  const n = f.args.length;
  if (n + 1 > MAX_ARGS) throw new Error(`${f.id}: more than ${MAX_ARGS} arguments`);
  const args = f.args;
  const given: unknown[] = new Array<unknown>(MAX_ARGS).fill(null);
  const values: unknown[] = new Array<unknown>(n).fill(null);

  /** Parses `cells` (Excel's arguments) and runs the function; run copies the values into its parameters. */
  function evaluate(cells: readonly unknown[], language: Language): Result | Promise<Result> {
    try {
      for (let i = 0; i < n; i++) values[i] = args[i].parse(cells[i] ?? null);
      const result = f.run(contexts[language], values);
      return result instanceof Promise ? settle(result, language) : checkResult(result, language);
    } catch (e) {
      throw toExcelError(e, language);
    } finally {
      values.fill(null);
    }
  }

  /** A `language` argument that names no language: its error, in the workbook's language. */
  function badLanguage(e: unknown): Promise<Result> {
    const now = workbookLanguageNow();
    if (now !== null) throw toExcelError(e, now);
    return loadWorkbookLanguage().then((l) => {
      throw toExcelError(e, l);
    });
  }

  function call(language: Language | null): Result | Promise<Result> {
    if (language !== null) return evaluate(given, language);
    const kept = given.slice();
    return loadWorkbookLanguage().then((l) => evaluate(kept, l));
  }

  return (a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown, a9?: unknown) => {
    given[0] = a0;
    given[1] = a1;
    given[2] = a2;
    given[3] = a3;
    given[4] = a4;
    given[5] = a5;
    given[6] = a6;
    given[7] = a7;
    given[8] = a8;
    given[9] = a9;
    try {
      const tag = given[n];
      let language: Language | null = null;
      if (!isBlank(tag)) {
        try {
          language = LANGUAGE_ARG.parse(tag);
        } catch (e) {
          return badLanguage(e);
        }
      }
      return call(language ?? workbookLanguageNow());
    } finally {
      given.fill(null);
    }
  };
}
