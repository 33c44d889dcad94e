/**
 * The language a workbook's SALES cells speak when no `language` argument is given: the one in
 * the workbook's stored template, never the viewer's Office language, so co-authors see the same
 * values. Reading the template needs Office.js, which only a shared runtime has; whoever can read
 * it installs a reader (src/excel/functionsRuntime.ts). Without a reader, or when the workbook
 * has no template or it cannot be read, the language is FALLBACK_LANGUAGE.
 */
import type { Language } from '../core/language';

export const FALLBACK_LANGUAGE: Language = 'en-US';

type Reader = () => Promise<Language | null>;

let reader: Reader | null = null;
let known: Language | null = null;
let pending: Promise<Language> | null = null;

/** Installs how the workbook's template language is read, and forgets what was known. */
export function setWorkbookLanguageReader(read: Reader | null): void {
  reader = read;
  forgetWorkbookLanguage();
}

/** Called when the template changes (saved from the pane), so the next call reads it again. */
export function forgetWorkbookLanguage(): void {
  known = null;
  pending = null;
}

/** The language if it is known now: read already, or nothing to read it with. */
export function workbookLanguageNow(): Language | null {
  if (known !== null) return known;
  return reader === null ? FALLBACK_LANGUAGE : null;
}

/** Reads the language once (concurrent callers share the read); any failure means the fallback. */
export function loadWorkbookLanguage(): Promise<Language> {
  if (known !== null) return Promise.resolve(known);
  if (reader === null) return Promise.resolve(FALLBACK_LANGUAGE);
  if (pending === null) {
    const read = reader;
    const p: Promise<Language> = read()
      .then((l) => l ?? FALLBACK_LANGUAGE)
      .catch(() => FALLBACK_LANGUAGE)
      .then((l) => {
        if (pending === p) known = l;
        return l;
      });
    pending = p;
  }
  return pending;
}
