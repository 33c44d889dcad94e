/**
 * Reading a team-sized table from Excel (a scale test: in \`npm test\`, not in the quick
 * \`npm run test:unit\`): 300,000 rows arrive in chunks each under Excel on the web's 5 MB.
 */
import { DEFAULT_READ_BUDGET, readChosenData } from '../../src/excel/dataSources';
import type { DataProgress } from '../../src/host/types';
import { FakeEnv } from './fakeExcel';
import { putTable } from './tables';

const LIMIT = 5 * 1024 * 1024;

describe('the workbook’s tables as data, at scale', () => {
  it('reads a 300,000-row table in chunks each under 5 MB, with progress, and every row arrives', async () => {
    const env = new FakeEnv();
    const rows: unknown[][] = [['Order ID', 'Customer', 'Order Date', 'Amount', 'Salesperson', 'Region']];
    for (let i = 0; i < 300_000; i++) {
      rows.push([`SO-${i + 1}`, `Kunde ${i % 20_000} GmbH & Co. KG`, 45292 + (i % 700), 100 + (i % 997) * 13.37, `Rep ${i % 150}`, ['Nord', 'Süd', 'Ost', 'West'][i % 4]]);
    }
    putTable(env, 'Orders', 'Orders', rows);
    const progress: DataProgress[] = [];
    const { result, before } = await readChosenData(env.run.bind(env), { sources: [{ id: 'Orders' }], mappings: [] }, (p) => progress.push(p));
    expect(before).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.dataset!.deals).toHaveLength(300_000);
    expect(result.dataset!.deals[299_999]).toMatchObject({ id: 'SO-300000', customer: 'Kunde 19999 GmbH & Co. KG', date: 45292 + (299_999 % 700), ref: { source: 'Orders › Orders', row: 300_001 } });
    const reads = env.syncs.filter((s) => s.responseBytes > 0);
    expect(reads.length).toBeGreaterThan(5);
    for (const s of env.syncs) expect(s.responseBytes).toBeLessThan(LIMIT);
    // Chunks are large enough to be few: all but the first small one fill most of the budget.
    expect(Math.max(...reads.map((s) => s.responseBytes))).toBeGreaterThan(DEFAULT_READ_BUDGET * 0.6);
    expect(progress[progress.length - 1]).toEqual({ source: 'Orders', done: 300_000, total: 300_000 });
    expect(progress.filter((p) => p.done > 0).length).toBe(reads.length);
  }, 120_000);
});
