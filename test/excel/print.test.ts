/**
 * Page setup through Office.js (the fake enforces the requirement set, ExcelApi 1.9): what the
 * builders' print description says lands in `worksheet.pageLayout` and the page breaks; an older
 * Excel writes the sheet without it and says so; a refresh moves a break with the block it keeps
 * together and removes the old ones; a failure at any step puts the page setup back too.
 */
import { detectSupport } from '../../src/excel/support';
import { writeWorkbook, type WorkbookWriteResult } from '../../src/excel/writeWorkbook';
import { renderWriteNotice } from '../../src/i18n';
import { WriteError } from '../../src/sheets/writePlan/notices';
import type { SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { printSpec } from '../../src/sheets/print';
import { FakeEnv } from './fakeExcel';
import { settingsSheet } from './specs';
import { stateOf } from './stateOf';

/** A statement-like sheet: a summary table of `reps` rows, then one block per rep, each on a page of its own. */
function statementLike(reps: number): SheetSpec {
  const top = 2 + reps + 3;
  const blocks = Array.from({ length: 3 }, (_, k) => ({ origin: { row: top + k * 5, col: 0 }, cells: [[`Rep ${k + 1}`], ['Total', 100 * (k + 1)]] }));
  const sheet: SheetSpec = {
    kind: 'statement',
    name: 'Statement',
    tables: [
      {
        name: 'SPK_Statement',
        origin: { row: 2, col: 0 },
        key: [0],
        columns: [{ header: 'Rep' }, { header: 'Payout', numberFormat: '#,##0.00' }],
        rows: Array.from({ length: reps }, (_, i) => [`Rep ${i + 1}`, 100 * (i + 1)]),
      },
    ],
    blocks: [{ origin: { row: 0, col: 0 }, cells: [['Commission statement']], bold: true, fontSize: 14 }, ...blocks],
    validations: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
    columnWidths: { 0: 12, 1: 14 },
  };
  sheet.print = printSpec(sheet, {
    language: 'en-US',
    title: 'Statement',
    period: '2025-12',
    company: 'Smith & Sons',
    asOf: 46022,
    repeatRows: { first: 2, last: 2 },
    rowBreaks: blocks.map((b) => b.origin.row),
  });
  return sheet;
}

const spec = (reps: number): WorkbookSpec => ({ sheets: [settingsSheet(), statementLike(reps)], names: [] });
const write = (env: FakeEnv, s: WorkbookSpec, refresh = false): Promise<WorkbookWriteResult> => writeWorkbook(env, s, { language: 'en-US', refresh, support: detectSupport(env) });

describe('page setup through Office.js', () => {
  it('sets orientation, paper, fit to one page wide, print titles, header, footer and page breaks', async () => {
    const env = new FakeEnv();
    await write(env, spec(3));
    const page = env.state.sheet('Statement')!.page;
    expect(page).toEqual({
      orientation: 'Portrait',
      paperSize: 'Letter',
      // Fit one page wide; no height: as many pages as the rows need.
      zoom: { horizontalFitToPages: 1 },
      headerFooter: {
        leftHeader: 'Statement',
        centerHeader: '2025-12',
        // "&" is a code in a header: a literal one is doubled.
        rightHeader: 'Smith && Sons',
        leftFooter: 'Report date 2025-12-31',
        centerFooter: 'Page &P of &N',
        rightFooter: '',
      },
      titleRows: '$3:$3',
      area: null,
      breaks: [8, 13, 18],
    });
  });

  it('without ExcelApi 1.9 writes the sheet without page setup and says why', async () => {
    const env = new FakeEnv(8);
    const r = await write(env, spec(3));
    expect(env.state.at('Statement', 'A1').value).toBe('Commission statement');
    expect(env.state.sheet('Statement')!.page.breaks).toEqual([]);
    const skipped = r.notices.filter((n) => n.code === 'featureSkipped' && n.feature === 'print');
    expect(skipped.map((n) => renderWriteNotice('en-US', n))).toEqual([
      'Sheet "Statement": this version of Excel does not support page setup for printing (requires ExcelApi 1.9); it was skipped.',
    ]);
    expect(renderWriteNotice('zh-CN', skipped[0])).toBe('工作表“Statement”：此版本的 Excel 不支持打印页面设置（需要 ExcelApi 1.9），已跳过。');
  });

  it('a refresh with more reps moves each break with its block, and the old breaks go', async () => {
    const env = new FakeEnv();
    await write(env, spec(3));
    const r = await write(env, spec(5), true);
    expect(r.sheets.find((s) => s.kind === 'statement')).toMatchObject({ mode: 'refresh' });
    // The summary grew by two rows, so every block (and its break) is two rows lower.
    expect(env.state.sheet('Statement')!.page.breaks).toEqual([10, 15, 20]);
    expect(env.state.at('Statement', 'A11').value).toBe('Rep 1');
  });

  it('puts the page setup back when any step of a refresh fails', async () => {
    const probe = new FakeEnv();
    await write(probe, spec(3));
    const start = probe.mutations;
    await write(probe, spec(5), true);
    const changes = probe.mutations - start;
    expect(changes).toBeGreaterThan(10);
    for (let n = 1; n <= changes; n++) {
      const env = new FakeEnv();
      await write(env, spec(3));
      const was = stateOf(env.state);
      env.failAtMutation = env.mutations + n;
      const error = await write(env, spec(5), true).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WriteError);
      expect([n, stateOf(env.state)]).toEqual([n, was]);
    }
  }, 120_000);
});
