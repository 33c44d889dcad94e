/**
 * Generating into a .xlsx file that may hold closed periods, and closing or reopening one (what
 * `npm run generate -- --close / --reopen` runs): the file's closings record is read first (an
 * unreadable one stops the run), the workbook is generated into the file with the rules of a
 * refresh, the closed statement sheet written as values and protected, and the record stored
 * back. A closed period's sheet is in no spec, so the refresh keeps it exactly as it was.
 */
import JSZip from 'jszip';
import type { ClosingProblem } from '../core/close/problems';
import { closingProblem } from '../core/close/problems';
import { noClosings, type Closings, type ClosingsRead } from '../core/close/record';
import type { Settings } from '../core/settings';
import type { Dataset } from '../data/model';
import { closeWorkbook, type CloseAction, type CloseOutcome } from '../sheets/close/closeWorkbook';
import { closingsFromXml, closingsXml, CLOSINGS_NAMESPACE } from '../sheets/close/xml';
import { buildWorkbook, type WorkbookOptions, type WorkbookResult } from '../sheets/workbook';
import { customXmlText, readPackage } from './package';
import { generateIntoXlsx, type XlsxResult } from './writeXlsx';

/** The closings record of a .xlsx file (none: nothing closed). */
export async function readClosings(bytes: Uint8Array | null): Promise<ClosingsRead> {
  if (bytes === null) return { ok: true, closings: noClosings() };
  const info = await readPackage(await JSZip.loadAsync(bytes));
  const part = info.customXml.find((c) => c.ns === CLOSINGS_NAMESPACE);
  if (!part) return { ok: true, closings: noClosings() };
  const text = customXmlText(part.xml);
  return text === null ? { ok: false, reason: 'notARecord' } : closingsFromXml(part.xml);
}

export type ClosedXlsx =
  | { ok: true; result: XlsxResult & { settings: Settings }; closings: Closings; outcome: Extract<CloseOutcome, { ok: true }> | null; workbook: WorkbookResult }
  | { ok: false; problem: ClosingProblem | null; workbook: WorkbookResult | null };

class Refused extends Error {
  constructor(readonly outcome: Extract<CloseOutcome, { ok: false }>) {
    super('refused');
  }
}

/**
 * `existing`: the file's bytes (null: a new workbook). `action`: close or reopen a period, or none
 * (generate only, keeping what is closed). The workbook's own Settings values win, as in any refresh.
 * `build` makes the workbook (the sample's own plans come from the caller's).
 */
export async function generateWithClosings(
  existing: Uint8Array | null,
  data: Dataset,
  options: WorkbookOptions,
  action: CloseAction | null,
  build: (data: Dataset, options: WorkbookOptions) => WorkbookResult = buildWorkbook,
): Promise<ClosedXlsx> {
  const read = await readClosings(existing);
  if (!read.ok) return { ok: false, problem: closingProblem('recordUnreadable', { reason: read.reason }), workbook: null };
  const closings = read.closings;
  // Filled in by the build, which runs inside the write (it needs the file's Settings values).
  const done: { outcome: Extract<CloseOutcome, { ok: true }> | null; workbook: WorkbookResult | null } = { outcome: null, workbook: null };
  try {
    const result = await generateIntoXlsx(
      existing,
      (settings) => {
        if (action === null) {
          done.workbook = build(data, { ...options, settings, closings });
          return done.workbook.spec;
        }
        const o = closeWorkbook(data, { ...options, settings }, closings, action, build);
        if (!o.ok) throw new Refused(o);
        done.outcome = o;
        done.workbook = o.workbook;
        return { ...o.workbook.spec, sheets: [...o.workbook.spec.sheets, ...(o.sheet ? [o.sheet] : [])] };
      },
      { refresh: true, settings: options.settings, language: options.language, customXml: () => [{ ns: CLOSINGS_NAMESPACE, xml: closingsXml(done.outcome?.closings ?? closings) }] },
    );
    const sheet = done.outcome?.sheet;
    // A refresh leaves a sheet with typed cells in its way as it was: then the period is not closed.
    if (sheet && !result.sheets.some((s) => s.asked === sheet.name)) {
      return { ok: false, problem: closingProblem('sheetBlocked', { period: sheet.slot ?? '', sheet: sheet.name }), workbook: done.workbook };
    }
    return { ok: true, result, closings: done.outcome?.closings ?? closings, outcome: done.outcome, workbook: done.workbook! };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.outcome.problem, workbook: e.outcome.workbook };
    throw e;
  }
}
