/**
 * What the add-in created in this workbook (tables, defined names, sheets), kept in a workbook
 * setting so it travels with the file. A table counts as the add-in's own only when its name has
 * the "SPK_" prefix AND it is listed here: a user's table that happens to be called SPK_… is
 * never refreshed, cleared or renamed.
 */
import type { XlSetting, XlWorkbook } from './api';

export const REGISTRY_KEY = 'SPK.registry';
export const OWN_PREFIX = 'SPK_';

export interface Registry {
  version: 1;
  tables: string[];
  names: string[];
  sheets: string[];
}

export const emptyRegistry = (): Registry => ({ version: 1, tables: [], names: [], sheets: [] });

/** Queues the load of the registry setting; read it with `readRegistry` after the sync. */
export function loadRegistry(workbook: XlWorkbook): XlSetting {
  const s = workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  s.load('value');
  return s;
}

export function readRegistry(setting: XlSetting): Registry {
  if (setting.isNullObject) return emptyRegistry();
  let v = setting.value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRegistry();
    }
  }
  const r = v as Partial<Registry> | null;
  const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((e): e is string => typeof e === 'string') : []);
  return { version: 1, tables: list(r?.tables), names: list(r?.names), sheets: list(r?.sheets) };
}

const has = (list: string[], name: string): boolean => list.some((x) => x.toLowerCase() === name.toLowerCase());

export const isOwnTable = (r: Registry, name: string): boolean => name.toUpperCase().startsWith(OWN_PREFIX) && has(r.tables, name);
export const isOwnName = (r: Registry, name: string): boolean => name.toUpperCase().startsWith(OWN_PREFIX) && has(r.names, name);

export function withEntries(r: Registry, add: Partial<Pick<Registry, 'tables' | 'names' | 'sheets'>>, remove: Partial<Pick<Registry, 'sheets' | 'tables' | 'names'>> = {}): Registry {
  const merge = (a: string[], b: string[] = [], minus: string[] = []): string[] => {
    const out = a.filter((x) => !has(minus, x));
    for (const x of b) if (!has(out, x)) out.push(x);
    return out;
  };
  return {
    version: 1,
    tables: merge(r.tables, add.tables, remove.tables),
    names: merge(r.names, add.names, remove.names),
    sheets: merge(r.sheets, add.sheets, remove.sheets),
  };
}

/** Queues the save of the registry (settings.add replaces an existing key). */
export function saveRegistry(workbook: XlWorkbook, r: Registry): void {
  workbook.settings.add(REGISTRY_KEY, JSON.stringify(r));
}
