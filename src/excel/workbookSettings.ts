/**
 * The settings a workbook holds on the add-in's Settings sheet (read through the names the add-in
 * created, never a user's name of the same spelling), and the stored template following them.
 */
import type { Settings } from '../core/settings';
import { settingsFromWorkbook, SETTING_NAMES, type WorkbookSettings } from '../sheets/writePlan/settings';
import { ownsName } from '../sheets/writePlan/ownership';
import { parseTemplate } from '../templates/parse';
import { settingsSchema } from '../templates/settingsSchema';
import type { XlRequestContext } from './api';
import { readNamedValues } from './readWorkbook';
import { loadRegistry, readRegistry } from './registry';
import { loadTemplate, saveTemplate } from './templateStore';

/** `asked` with the values of the workbook's Settings sheet, where it has one. Two syncs. */
export async function workbookSettings(context: XlRequestContext, asked: Settings): Promise<WorkbookSettings> {
  const setting = loadRegistry(context.workbook);
  await context.sync();
  const ownership = readRegistry(setting);
  const names = SETTING_NAMES.filter((n) => ownsName(ownership, n));
  if (names.length === 0) return { settings: asked, changed: [], unreadable: [] };
  return settingsFromWorkbook(asked, await readNamedValues(context, names));
}

/** Replaces the settings of the template stored in the workbook (if any, and if they pass its schema). */
export async function followSettings(context: XlRequestContext, settings: Settings): Promise<void> {
  let stored: unknown;
  try {
    stored = await loadTemplate(context);
  } catch {
    return; // an unreadable template is the pane's to report, not this run's
  }
  if (stored === null) return;
  const parsed = parseTemplate(stored);
  if (!parsed.ok || !settingsSchema.safeParse(settings).success) return;
  await saveTemplate(context, { ...parsed.template, settings });
}
