/**
 * Writing the command line's files without losing anything: a file is written whole to a
 * temporary name and renamed over the target, so a failed run leaves no half-written workbook; and
 * an existing file is only replaced when this kit wrote it (a workbook the team typed in is never
 * overwritten by a mistyped --out).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** The creator writeXlsx stamps on every workbook it writes. */
const KIT_CREATOR = 'Sales Performance Kit';

export type OutputRefusal = { code: 'outIsInput'; file: string } | { code: 'notOurs'; file: string };

const same = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

async function writtenByKit(file: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const core = await zip.file('docProps/core.xml')?.async('string');
    return core !== undefined && core.includes(`<dc:creator>${KIT_CREATOR}</dc:creator>`);
  } catch {
    return false;
  }
}

/** Why an output may not be written, or null. A payroll CSV may be replaced when it has our header. */
export async function refuseOutput(file: string, inputs: readonly string[], kind: 'xlsx' | 'csv'): Promise<OutputRefusal | null> {
  if (inputs.some((i) => same(i, file))) return { code: 'outIsInput', file };
  if (!fs.existsSync(file)) return null;
  if (kind === 'xlsx') return (await writtenByKit(file)) ? null : { code: 'notOurs', file };
  const head = fs.readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 200);
  return head.replace(/^\uFEFF/, '').startsWith('rep,period,currency,') ? null : { code: 'notOurs', file };
}

/** Writes every file or none: all go to temporary names first, then each is renamed into place. */
export function writeAll(files: readonly { file: string; bytes: Uint8Array | string }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.resolve(f.file)), { recursive: true });
      const temp = `${f.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, f.bytes);
      temps.push(temp);
    }
    files.forEach((f, i) => fs.renameSync(temps[i], f.file));
  } catch (e) {
    for (const t of temps) fs.rmSync(t, { force: true });
    throw e;
  }
}
