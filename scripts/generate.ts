/**
 * `npm run generate -- --data FILE … --out FILE.xlsx [options]`: the workbook from a team's own
 * data, without Excel. `--help` lists every option; see scripts/cli/run.ts for what a run does.
 */
import { consoleIo, runGenerate } from './cli/run';

runGenerate(process.argv.slice(2), consoleIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  },
);
