/**
 * Where the Office.js writer keeps the add-in's ownership record (src/sheets/writePlan/
 * ownership.ts): a workbook setting, so it travels with the file. The record names the add-in's
 * sheets and tables by the worksheet and table ids Excel gave them: a user's table that happens to
 * be called SPK_… is never refreshed, cleared or renamed.
 */
import { parseOwnership, serializeOwnership, type Ownership } from '../sheets/writePlan/ownership';
import type { XlSetting, XlWorkbook } from './api';

export const REGISTRY_KEY = 'SPK.registry';

/** Queues the load of the record; read it with `readRegistry` after the sync. */
export function loadRegistry(workbook: XlWorkbook): XlSetting {
  const s = workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  s.load('value');
  return s;
}

export const readRegistry = (setting: XlSetting): Ownership => parseOwnership(setting.isNullObject ? null : setting.value);

/** Queues the save of the record (settings.add replaces an existing key). */
export function saveRegistry(workbook: XlWorkbook, r: Ownership): void {
  workbook.settings.add(REGISTRY_KEY, serializeOwnership(r));
}
