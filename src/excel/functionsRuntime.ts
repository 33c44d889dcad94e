/**
 * Entry of the functions bundle (functions.js), loaded by the shared runtime. It associates every
 * SALES function with Excel and, inside Excel, (1) lets the functions read the workbook's
 * template language through Office.js, (2) the first time a SALES function computes in a
 * workbook, marks that workbook to load the add-in when it opens (Office.addin
 * setStartupBehavior, SharedRuntime 1.1), so its cells compute without the pane being opened;
 * (3) lets heavy functions yield to the event loop between slices of a big range.
 * Outside Excel (tests, a plain browser) only the association happens.
 */
import { setPause } from '../functions/adapter';
import { associateAll } from '../functions/functions';
import { forgetWorkbookLanguage, setWorkbookLanguageReader } from '../functions/workbookLanguage';
import { resolveLanguage, type Language } from '../core/language';
import { loadTemplate, TEMPLATE_SAVED_EVENT } from './templateStore';

/** The language a stored template names (version 2: settings.language; version 1: language). */
export function templateLanguage(template: unknown): Language | null {
  if (typeof template !== 'object' || template === null) return null;
  const t = template as { settings?: { language?: unknown }; language?: unknown };
  const tag = t.settings?.language ?? t.language;
  return tag === 'zh-CN' || tag === 'en-US' ? resolveLanguage(tag) : null;
}

/** Set once Office is ready in Excel: what the first SALES call of the session does (then null). */
let onFirstCall: (() => void) | null = null;

/** Makes this workbook load the add-in on open (nothing to do where it already does). */
async function loadWithWorkbook(): Promise<void> {
  if (!Office.context?.requirements?.isSetSupported('SharedRuntime', '1.1')) return;
  const current = await Office.addin.getStartupBehavior();
  if (current !== Office.StartupBehavior.load) await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
}

function inExcel(info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') return;
  setWorkbookLanguageReader(() => Excel.run((context) => loadTemplate(context)).then(templateLanguage));
  // Heavy functions read big ranges in slices and let the pane's events run in between.
  setPause(() => new Promise((resolve) => setTimeout(resolve, 0)));
  globalThis.addEventListener?.(TEMPLATE_SAVED_EVENT, forgetWorkbookLanguage);
  onFirstCall = () => {
    loadWithWorkbook().catch(() => undefined);
  };
}

// Named parameters (as many as the adapters take, MAX_ARGS), not a rest array: Excel calls
// =SALES.COMMISSION hundreds of thousands of times a recalculation, and the adapter allocates nothing.
associateAll((id, fn) =>
  CustomFunctions.associate(id, (a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown, a9?: unknown) => {
    if (onFirstCall !== null) {
      const first = onFirstCall;
      onFirstCall = null;
      first();
    }
    return fn(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
  }),
);

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady(inExcel).catch(() => undefined);
}
