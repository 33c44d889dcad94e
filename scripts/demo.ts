/**
 * `npm run demo [-- --seed N] [options]`: `npm run generate` on the bundled sample data, written to
 * out/sales-kit-demo.xlsx unless --out says otherwise. It takes generate's options (--lang,
 * --period, --template, --payroll …) except --data.
 */
import path from 'node:path';
import { consoleIo, runGenerate } from './cli/run';

runGenerate(process.argv.slice(2), consoleIo(), { sample: true, out: path.join('out', 'sales-kit-demo.xlsx') }).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  },
);
