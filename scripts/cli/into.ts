/**
 * `--into EXISTING.xlsx`: the workbook a team already has, checked before any data is read, and
 * checked again just before it is replaced. It must exist, be an .xlsx package, be readable and
 * writable, and not be open in Excel or LibreOffice (each keeps a lock file beside a workbook it
 * has open, and would overwrite the update with its own copy on the next save). It is replaced
 * only if nobody saved it while the run was building.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { catalogue } from '../../src/i18n';
import type { Language } from '../../src/core/language';

export type IntoRefusal =
  | { code: 'missing' | 'notXlsx' | 'isInput' | 'changed'; file: string }
  | { code: 'locked'; file: string; lock: string }
  | { code: 'unreadable'; file: string; detail: string };

export interface IntoFile {
  file: string;
  bytes: Uint8Array;
  /** The file's size and modification time when read. */
  stamp: string;
}

/** The lock files Excel (~$name, or ~$ with the name's first two characters dropped) and LibreOffice (.~lock.name#) keep. */
export function lockOf(file: string): string | null {
  const dir = path.dirname(path.resolve(file));
  const name = path.basename(file);
  for (const lock of [`~$${name}`, `~$${name.slice(2)}`, `.~lock.${name}#`]) if (fs.existsSync(path.join(dir, lock))) return lock;
  return null;
}

const stampOf = (file: string): string => {
  const s = fs.statSync(file);
  return `${s.size}|${s.mtimeMs}`;
};

export async function openInto(file: string, inputs: readonly string[]): Promise<IntoFile | IntoRefusal> {
  if (inputs.some((i) => path.resolve(i) === path.resolve(file))) return { code: 'isInput', file };
  if (!fs.existsSync(file)) return { code: 'missing', file };
  if (!fs.statSync(file).isFile()) return { code: 'unreadable', file, detail: 'EISDIR' };
  if (path.extname(file).toLowerCase() !== '.xlsx') return { code: 'notXlsx', file };
  const lock = lockOf(file);
  if (lock !== null) return { code: 'locked', file, lock };
  let bytes: Uint8Array;
  let stamp: string;
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    stamp = stampOf(file);
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { code: 'unreadable', file, detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('xl/workbook.xml') === null) return { code: 'notXlsx', file };
  } catch {
    return { code: 'notXlsx', file };
  }
  return { file, bytes, stamp };
}

/** Why the file may no longer be replaced: opened or saved by someone since it was read. */
export function changedSince(into: IntoFile): IntoRefusal | null {
  const lock = lockOf(into.file);
  if (lock !== null) return { code: 'locked', file: into.file, lock };
  try {
    if (stampOf(into.file) === into.stamp) return null;
  } catch (e) {
    return { code: 'unreadable', file: into.file, detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return { code: 'changed', file: into.file };
}

export function intoRefusalText(r: IntoRefusal, language: Language): string {
  const t = catalogue(language).cliInto;
  switch (r.code) {
    case 'missing':
      return t.missing(r.file);
    case 'notXlsx':
      return t.notXlsx(r.file);
    case 'isInput':
      return t.isInput(r.file);
    case 'locked':
      return t.locked(r.file, r.lock);
    case 'unreadable':
      return t.unreadable(r.file, r.detail);
    case 'changed':
      return t.changed(r.file);
  }
}

export const isIntoRefusal = (x: IntoFile | IntoRefusal): x is IntoRefusal => 'code' in x;
