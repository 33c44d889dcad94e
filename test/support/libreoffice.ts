/**
 * Test helper: LibreOffice headless, with a throw-away profile set to always recalculate on load,
 * converting workbooks (to .xlsx, or to PDF for the print checks) and handing back what it wrote.
 * Fails (never skips) when LibreOffice or a PDF tool is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function findSoffice(): string {
  for (const cmd of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  throw new Error(
    'LibreOffice (soffice) is not installed, so the real-application test cannot run. ' +
      'Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
  );
}

/** A throw-away profile whose only setting is "recalculate OOXML files on load: always" (0). */
export function freshProfile(dir: string): string {
  const user = path.join(dir, 'profile', 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '</oor:items>\n',
  );
  return `file://${path.join(dir, 'profile')}`;
}

/** Converts `files` in one LibreOffice run (fresh profile under `dir`) to `format`, into `outDir`; returns the files written. */
export function convert(dir: string, files: string[], format: 'xlsx' | 'pdf', outDir: string): string[] {
  execFileSync(findSoffice(), [`-env:UserInstallation=${freshProfile(dir)}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 400_000,
  });
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

/** Opens `bytes` in LibreOffice, recalculates, saves as .xlsx, and returns what it wrote. */
export function roundTrip(bytes: Uint8Array, name = 'book.xlsx'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-lo-'));
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const [output] = convert(dir, [input], 'xlsx', path.join(dir, 'out'));
  return fs.readFileSync(output);
}

/** Fails (never skips) when a poppler tool the print checks read PDFs with is missing. */
export function requireTool(cmd: 'pdftotext' | 'pdfinfo' | 'pdftoppm'): string {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  throw new Error(`${cmd} is not installed, so the print checks cannot read the PDFs. Install it with: apt-get install -y poppler-utils`);
}
