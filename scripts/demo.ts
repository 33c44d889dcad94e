/**
 * `npm run demo [-- --seed N] [--lang en-US|zh-CN] [--out path]`: writes a workbook with every
 * generated sheet from the bundled sample data, without Excel, and prints where and how long.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveLanguage } from '../src/core/language';
import { buildDemo } from '../src/xlsx/demoWorkbook';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = arg('seed') !== undefined ? Number(arg('seed')) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${arg('seed')}"`);
  const out = path.resolve(arg('out') ?? path.join('out', 'sales-kit-demo.xlsx'));
  const t0 = process.hrtime.bigint();
  const demo = await buildDemo({ seed, language: arg('lang') ? resolveLanguage(arg('lang')) : undefined });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, demo.xlsx.buffer);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`Wrote ${out}`);
  console.log(`  ${demo.xlsx.sheets.map((s) => `${s.name} (${s.rows} rows)`).join(', ')}`);
  console.log(`  ${demo.data.deals.length.toLocaleString('en-US')} sample deals, ${(demo.xlsx.buffer.length / 1024).toFixed(0)} KB, ${(ms / 1000).toFixed(2)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
