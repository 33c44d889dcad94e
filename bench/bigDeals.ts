/**
 * The benchmark's deals export: 1,000,000 rows over 50,000 customers, 200 reps and 24 months, as a
 * CRM would write it (quoted amounts with thousands separators, ISO dates). Written once to the
 * system's temporary folder and reused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../src/sample/random';

export interface BigDealsShape {
  rows: number;
  customers: number;
  reps: number;
  months: number;
}

export const BIG_DEALS: BigDealsShape = { rows: 1_000_000, customers: 50_000, reps: 200, months: 24 };

export function bigDealsCsv(shape: BigDealsShape = BIG_DEALS): string {
  const file = path.join(os.tmpdir(), `spk-bench-deals-${shape.rows}-${shape.customers}-${shape.reps}-${shape.months}.csv`);
  if (fs.existsSync(file)) return file;
  const rand = mulberry32(2024);
  const regions = ['North', 'South', 'East', 'West', 'Central'];
  const lines = ['Order ID,Customer,Order Date,Amount,Salesperson,Region,Product line'];
  const products = ['Hardware', 'Software', 'Services'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const chunks: string[] = [];
  for (let i = 0; i < shape.rows; i++) {
    const month = Math.floor((i / shape.rows) * shape.months);
    const year = 2024 + Math.floor(month / 12);
    const day = 1 + Math.floor(rand() * 28);
    const rep = Math.floor(rand() * shape.reps);
    const cents = 10_000 + Math.floor(rand() * 5_000_000);
    const amount = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    lines.push(
      `SO-${String(i + 1).padStart(7, '0')},Customer ${Math.floor(rand() * shape.customers) + 1} Ltd,${year}-${pad((month % 12) + 1)}-${pad(day)},"${amount}",Rep ${rep + 1},${regions[rep % regions.length]},${products[i % 3]}`,
    );
    if (lines.length >= 50_000) {
      chunks.push(lines.join('\n'));
      lines.length = 0;
    }
  }
  chunks.push(lines.join('\n'));
  fs.writeFileSync(`${file}.part`, `${chunks.join('\n')}\n`);
  fs.renameSync(`${file}.part`, file);
  return file;
}
