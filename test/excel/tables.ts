/** Puts a team's tables into the recording fake the way Excel holds them (numbers, dates as serials, text). */
import type { FakeEnv } from './fakeExcel';

export function putTable(env: FakeEnv, sheet: string, name: string, rows: readonly (readonly unknown[])[], at = { row: 0, col: 0 }): void {
  const s = env.state.sheet(sheet) ?? env.state.addSheet(sheet);
  rows.forEach((r, i) => r.forEach((v, j) => env.state.setCell(s, at.row + i, at.col + j, v)));
  env.state.addTable(s, { row: at.row, col: at.col, rows: rows.length, cols: rows[0].length }).name = name;
}
