/**
 * Test helper: LibreOffice headless, with a throw-away profile set to always recalculate on load,
 * converting workbooks and handing back the files it wrote. Fails (never skips) when LibreOffice
 * is missing.
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

/** Opens the files in LibreOffice, recalculates and saves them into `outDir` (same names); one process for all. */
export function recalculate(files: readonly string[], workDir: string, outDir: string, timeout = 300_000): void {
  execFileSync(findSoffice(), [`-env:UserInstallation=${freshProfile(workDir)}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...files], { stdio: 'pipe', timeout });
}

/** Opens `bytes` in LibreOffice, recalculates, saves as .xlsx, and returns what it wrote. */
export function roundTrip(bytes: Uint8Array, name = 'book.xlsx'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-lo-'));
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const outDir = path.join(dir, 'out');
  recalculate([input], dir, outDir, 120_000);
  const output = path.join(outDir, name);
  if (!fs.existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return fs.readFileSync(output);
}
