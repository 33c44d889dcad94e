/** The refresh scenario of test/writePlan/scenario.ts, played through the recording Excel fake. */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { detectSupport } from '../../src/excel/support';
import { workbookSettings } from '../../src/excel/workbookSettings';
import { writeWorkbook, type WorkbookWriteResult } from '../../src/excel/writeWorkbook';
import { manage, scenarioSpec, USER_SHEET, USER_TABLE_CELLS, type Editor } from '../writePlan/scenario';
import { FakeEnv, parseA1 } from './fakeExcel';

export function editor(env: FakeEnv): Editor {
  return {
    setCell: (sheet, address, value) => {
      const r = parseA1(address);
      env.state.setCell(env.state.sheet(sheet)!, r.row, r.col, value);
    },
    resizeTable: (table, ref) => {
      env.state.tables.find((t) => t.name === table)!.rect = parseA1(ref);
    },
    renameSheet: (from, to) => env.state.renameSheet(from, to),
  };
}

export const write = (env: FakeEnv, generation: 1 | 2, refresh: boolean, settings = DEFAULT_SETTINGS): Promise<WorkbookWriteResult> =>
  writeWorkbook(env, scenarioSpec(generation, settings), { language: 'en-US', refresh, support: detectSupport(env) });

/** The user's workbook (a sheet with a table they called SPK_Tracking) after the first generation. */
export async function firstGeneration(): Promise<{ env: FakeEnv; trackingTable: string }> {
  const env = new FakeEnv();
  const mine = env.state.addSheet(USER_SHEET);
  USER_TABLE_CELLS.forEach((r, i) => r.forEach((v, j) => env.state.setCell(mine, i, j, v)));
  env.state.addTable(mine, { row: 0, col: 0, rows: 3, cols: 2 }).name = 'SPK_Tracking';
  const first = await write(env, 1, false);
  const renamed = first.notices.find((n) => n.code === 'tableRenamed');
  return { env, trackingTable: renamed?.code === 'tableRenamed' ? renamed.actual : 'SPK_Tracking' };
}

/** A workbook after the first generation and the manager's edits, and the settings a refresh reads from it. */
export async function managedWorkbook() {
  const { env, trackingTable } = await firstGeneration();
  await manage(editor(env), trackingTable);
  const kept = await env.run((context) => workbookSettings(context, DEFAULT_SETTINGS));
  return { env, kept };
}

