/**
 * The shared template (rules.md › Templates) stored in the workbook as a custom XML part in the add-in's own
 * namespace, so it travels with the file and any copy of the add-in (whatever its manifest id)
 * finds it; workbook settings, by contrast, are scoped to one add-in id. The JSON is kept as the
 * element's text, XML-escaped. ExcelApi 1.5. Load: 2 syncs; save: 2 syncs.
 */
import { hostProblem } from '../host/problems';
import { HostError } from '../host/types';
import { TEMPLATE_NAMESPACE, templateJson, templateXml } from '../templates/storedXml';
import type { XlRequestContext } from './api';

export { TEMPLATE_NAMESPACE, templateJson, templateXml } from '../templates/storedXml';

/**
 * Dispatched on the page after a template is saved: the functions bundle (a separate bundle in
 * the same shared runtime) forgets the workbook language it read, so later calls read the new one.
 */
export const TEMPLATE_SAVED_EVENT = 'sales-kit:template-saved';

/** The stored template, or null when the workbook has none; a copy that is not JSON is refused (templateInvalid). */
export async function loadTemplate(context: XlRequestContext): Promise<unknown | null> {
  const part = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  await context.sync();
  if (part.isNullObject) return null;
  const xml = part.getXml();
  await context.sync();
  const json = templateJson(xml.value);
  if (json === null) throw new HostError(hostProblem('templateInvalid', {}));
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new HostError(hostProblem('templateInvalid', {}));
  }
}

/** Replaces the stored template (or stores the first one). */
export async function saveTemplate(context: XlRequestContext, template: unknown): Promise<void> {
  const xml = templateXml(template);
  const part = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  await context.sync();
  if (part.isNullObject) context.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
  await context.sync();
  globalThis.dispatchEvent?.(new Event(TEMPLATE_SAVED_EVENT));
}
