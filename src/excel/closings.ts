/**
 * The workbook's closed periods in Excel: the closings record kept in a custom XML part in the
 * add-in's namespace (the format the .xlsx writer keeps, src/sheets/close/xml.ts), and closing or
 * reopening a month — the closed statement written through the write plan as values and protected,
 * then the record saved (if that fails, the month is not closed and the sheet is unprotected
 * again); reopening saves the record and lifts the sheet's protection, so the next
 * generate can write it again. ExcelApi 1.5 (custom XML parts).
 */
import type { Closings, ClosingsRead } from '../core/close/record';
import type { Dataset } from '../data/model';
import type { ClosingProblem } from '../core/close/problems';
import { hostProblem } from '../host/problems';
import type { GenerateRequest, PeriodAction, PeriodActionResult } from '../host/types';
import { HostError } from '../host/types';
import type { Language } from '../core/language';
import { workbookForRequest } from '../sample/requestWorkbook';
import { closeWorkbook } from '../sheets/close/closeWorkbook';
import { closingsFromXml, closingsXml, CLOSINGS_NAMESPACE } from '../sheets/close/xml';
import { isWriteError } from '../sheets/writePlan/notices';
import type { ExcelEnv, XlRequestContext } from './api';
import { loadRegistry, readRegistry } from './registry';
import type { Support } from './support';
import { writeWorkbook } from './writeWorkbook';

export async function loadClosings(context: XlRequestContext): Promise<ClosingsRead> {
  const part = context.workbook.customXmlParts.getByNamespace(CLOSINGS_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  await context.sync();
  if (part.isNullObject) return closingsFromXml(null);
  const xml = part.getXml();
  await context.sync();
  return closingsFromXml(xml.value);
}

export async function saveClosings(context: XlRequestContext, closings: Closings): Promise<void> {
  const xml = closingsXml(closings);
  const part = context.workbook.customXmlParts.getByNamespace(CLOSINGS_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  await context.sync();
  if (part.isNullObject) context.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
  await context.sync();
}

const refused = (problem: ClosingProblem): HostError => new HostError(hostProblem('closing', { problem }));

/** The workbook's closings; an unreadable record stops the run (it must never count as "nothing closed"). */
export async function workbookClosings(env: Pick<ExcelEnv, 'run'>): Promise<Closings> {
  const read = await env.run((context) => loadClosings(context));
  if (!read.ok) throw refused({ code: 'recordUnreadable', params: { reason: read.reason } });
  return read.closings;
}

export async function closeInExcel(
  env: Pick<ExcelEnv, 'run'>,
  data: Dataset,
  request: GenerateRequest,
  action: PeriodAction,
  language: Language,
  support: Support,
  budget?: number,
): Promise<PeriodActionResult> {
  const closings = await workbookClosings(env);
  // As generating in Excel builds it: the team's tables are live, so the report date is today's.
  const options = { ...request, reportDate: data.origin === 'user' ? ('today' as const) : ('data' as const) };
  const outcome = closeWorkbook(data, options, closings, { ...action, at: new Date().toISOString() }, workbookForRequest);
  if (!outcome.ok) throw outcome.problem ? refused(outcome.problem) : new HostError(hostProblem('payrollUnavailable', {}));
  if (outcome.sheet) {
    const sheet = outcome.sheet;
    let written;
    try {
      written = await writeWorkbook(env, { sheets: [sheet], names: [], language }, { language, refresh: true, support, budget });
    } catch (e) {
      throw isWriteError(e) ? new HostError(hostProblem('writeFailed', { problem: e.problem })) : e;
    }
    const name = written.sheets.find((s) => s.asked === sheet.name)?.name;
    if (name === undefined) throw refused({ code: 'sheetBlocked', params: { period: action.period, sheet: sheet.name } });
    try {
      await env.run((context) => saveClosings(context, outcome.closings));
    } catch {
      // The record is what makes a month closed: without it the sheet must not stay locked as if it were.
      const unlocked = await env
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(name);
          ws.load('id');
          await context.sync();
          if (ws.isNullObject) return false;
          ws.protection.unprotect();
          await context.sync();
          return true;
        })
        .catch(() => false);
      throw refused({ code: 'recordNotSaved', params: { period: action.period, sheet: name, unlocked } });
    }
    return { snapshot: outcome.snapshot.id, sheet: name };
  }
  await env.run(async (context) => {
    await saveClosings(context, outcome.closings);
    // The reopened month's statement sheet, found by the id the add-in stored, not by its name.
    const setting = loadRegistry(context.workbook);
    await context.sync();
    const owned = readRegistry(setting).sheets.find((s) => s.kind === 'statement' && s.slot === action.period);
    if (!owned) return;
    const ws = context.workbook.worksheets.getItemOrNullObject(owned.id);
    ws.load('id');
    await context.sync();
    if (ws.isNullObject) return;
    ws.protection.load('protected');
    await context.sync();
    if (ws.protection.protected) ws.protection.unprotect();
    await context.sync();
  });
  return { snapshot: outcome.snapshot.id, sheet: null };
}
