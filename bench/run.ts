/**
 * `npm run bench`: prints the figures the issues set goals for. Figures, not assertions: the
 * tests never assert wall-clock times.
 */
import '../test/setup/customFunctions';
import os from 'node:os';
import { benchFunctions } from './functions.bench';
import { benchSheets } from './sheets.bench';
import { benchExcel } from './excel.bench';
import { benchPlans } from './plans.bench';
import { benchPane } from './pane.bench';
import { benchGenerate } from './generate.bench';
import { benchClose } from './close.bench';

const only = process.argv[2];
console.log(`# Sales Performance Kit benchmarks — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, load average ${os.loadavg()[0].toFixed(1)} (figures scale with it)`);
const suites: Record<string, () => void | Promise<void>> = {
  functions: benchFunctions,
  sheets: benchSheets,
  excel: benchExcel,
  plans: benchPlans,
  pane: benchPane,
  generate: benchGenerate,
  close: benchClose,
};
(async () => {
  for (const [name, run] of Object.entries(suites)) {
    if (!only || only === name) await run();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
