/**
 * The Office.js writer at scale (in `npm test`, not in the quick `npm run test:unit`): 50,000
 * evaluation rows take the same syncs as 10, every request under Excel on the web's 5 MB.
 */
import { EXCEL_WEB_REQUEST_LIMIT } from '../../src/excel/batch';
import { detectSupport } from '../../src/excel/support';
import { writeWorkbook, type WorkbookWriteResult } from '../../src/excel/writeWorkbook';
import type { WorkbookSpec } from '../../src/sheets/model';
import { FakeEnv } from './fakeExcel';
import { workbookSpec } from './specs';

async function write(env: FakeEnv, spec: WorkbookSpec): Promise<WorkbookWriteResult> {
  return writeWorkbook(env, spec, { language: 'en-US', refresh: false, support: detectSupport(env) });
}

describe('writeWorkbook at scale: syncs and request size', () => {
  it('takes the same number of syncs for 10 and 50,000 evaluation rows, every request under 5 MB', async () => {
    const small = new FakeEnv();
    const big = new FakeEnv();
    const r10 = await write(small, workbookSpec(10));
    const r50k = await write(big, workbookSpec(50_000));
    expect(small.totalSyncs).toBe(big.totalSyncs);
    // read + setup + one per sheet + the record
    expect(big.totalSyncs).toBe(5);
    expect(r10.sheets.map((s) => s.syncs)).toEqual([1, 1]);
    expect(r50k.sheets.map((s) => s.syncs)).toEqual([1, 1]);
    const measured = big.syncs.map((s) => s.bytes);
    expect(Math.max(...measured)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    expect(Math.max(...measured)).toBeGreaterThan(1_000_000); // the literal data really travelled
    // The writer's own estimate is never below what the fake measured.
    expect(r50k.stats.maxBytes).toBeGreaterThanOrEqual(Math.max(...measured));
    expect(r50k.sheets[1]).toMatchObject({ name: 'Evaluation', rows: 50_000, mode: 'new' });
  });
});
