/**
 * `npm run generate` on a team-sized export: a 1,000,000-row deals CSV (50,000 customers, 200 reps,
 * 24 months) to .xlsx, run as the user runs it (a child process running package.json's generate
 * command), timed from start to exit, with the child's peak resident memory. Goals: ≤ 15 s and
 * ≤ 2 GB on the 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIG_DEALS, bigDealsCsv } from './bigDeals';
import { fmt, print } from './harness';

const ROOT = path.resolve(__dirname, '..');

export async function benchGenerate(): Promise<void> {
  const csv = bigDealsCsv();
  const out = path.join(os.tmpdir(), `spk-bench-generate-${process.pid}.xlsx`);
  // `node [flags] script args` exactly as `npm run generate` runs it, with the memory probe added.
  const [command, ...args] = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.generate.split(/\s+/);
  if (command !== 'node') throw new Error(`npm run generate no longer starts with node: ${command}`);
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', path.join(__dirname, 'maxRss.cjs'), ...args, '--data', csv, '--out', out, '--lang', 'en-US'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (child.status !== 0) throw new Error(`npm run generate failed (${child.status}): ${child.stderr}`);
  const rssKb = Number(/SPK_MAX_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  const cpu = Number(/SPK_CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1e6;
  const phase = (re: RegExp): string => re.exec(child.stdout)?.[1] ?? '?';
  const bytes = fs.statSync(out).size;
  fs.rmSync(out, { force: true });
  print(`npm run generate: ${fmt(BIG_DEALS.rows)}-row deals CSV (${fmt(BIG_DEALS.customers)} customers, ${BIG_DEALS.reps} reps, ${BIG_DEALS.months} months) → .xlsx`, [
    { name: 'wall time, start to exit (child process)', value: `${fmt(seconds, 1)} s`, goal: '≤ 15 s' },
    { name: 'peak memory (max resident set of the child)', value: `${fmt(rssKb / 1024)} MB`, goal: '≤ 2,048 MB' },
    // On a shared machine the wall time grows with the load; the CPU time much less so.
    { name: 'CPU time of the child (user + system)', value: `${fmt(cpu, 1)} s` },
    { name: '  reading the CSV (decode + parse)', value: `${phase(/Read .* in ([\d.]+) s/)} s` },
    { name: '  checking it into a Dataset', value: `${phase(/Checked the data in ([\d.]+) s/)} s` },
    { name: '  building the sheets and writing the .xlsx', value: `${phase(/Wrote .*, ([\d.]+) s$/m)} s`, note: `${fmt(bytes / 1024 / 1024, 1)} MB written` },
  ]);
}
