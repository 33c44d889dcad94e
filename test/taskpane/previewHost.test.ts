import { PreviewHost } from '../../src/preview/previewHost';
import { buildSampleDataset } from '../../src/sample/sampleData';
import { serialToIso } from '../../src/data/calendar';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { periodContaining } from '../../src/taskpane/generate/period';
import type { PreviewEvent } from '../../src/preview/types';
import { renderProgressStep } from '../../src/i18n';
import { refusal, said } from '../support/hostProblems';
import { erpExport, workbookExport } from '../data/fixtures';
import { sampleLeaks } from '../data/sampleNames';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('PreviewHost', () => {
  test('the sample report date it names is the sample data’s', () => {
    const host = new PreviewHost({ language: () => 'en-US', storage: memoryStorage() });
    expect(serialToIso(buildSampleDataset({ transactions: 10 }).asOf)).toBe(host.reportDate());
    expect(host.reportDate()).toBe('2025-12-31');
  });

  test('capabilities: no conditional formats or selection, with the reasons as codes the pane words', async () => {
    const host = new PreviewHost({ language: () => 'en-US', storage: memoryStorage() });
    const caps = await host.capabilities();
    expect(caps.available).toEqual({ generate: true, dataValidation: true, charts: true, templateStorage: true, conditionalFormats: false, selection: false });
    expect(caps.reasons).toEqual({ conditionalFormats: { code: 'previewNoConditionalFormats', params: {} }, selection: { code: 'previewNoSelection', params: {} } });
    expect(said(caps.reasons.conditionalFormats!)).toMatch(/^Preview mode cannot add conditional formatting/);
    expect(said(caps.reasons.selection!, 'zh-CN')).toBe('预览模式中没有所选区域。');
    expect(await refusal(host.applyRiskRules({ target: 'selection', actualColumn: 1, targetColumn: 2, green: 1, yellow: 0.8 }), 'zh-CN')).toBe(
      '预览模式不能直接添加条件格式：请在 Excel 中使用。下载的工作簿中已包含生成的规则。',
    );
    const blocked = new PreviewHost({ language: () => 'en-US', storage: null });
    expect((await blocked.capabilities()).available.templateStorage).toBe(false);
    expect((await blocked.capabilities()).reasons.templateStorage).toEqual({ code: 'previewNoStorage', params: {} });
    expect(await refusal(blocked.saveTemplate({}))).toBe('The browser blocks storage, so the template cannot be kept; export it as .json instead.');
  });

  test('generates real sheets from the sample data, reports progress, and activates them', async () => {
    const host = new PreviewHost({ language: () => 'en-US', storage: memoryStorage() });
    const events: PreviewEvent[] = [];
    host.subscribe((e) => events.push(e));
    const progress: string[] = [];
    const made = await host.generate(
      {
        sheets: ['evaluation', 'improvement'],
        period: periodContaining('month', 2025, 6, 1),
        language: 'en-US',
        settings: DEFAULT_SETTINGS,
        source: { kind: 'sample' },
        refresh: false,
      },
      (p) => progress.push(`${p.done}/${p.total} ${renderProgressStep('en-US', p.step)}`),
    );
    expect(progress).toEqual(['0/3 Loading', '1/3 Preparing the sample data', '2/3 Building the sheets', '3/3 Done']);
    expect(made.map((s) => s.kind)).toEqual(['settings', 'evaluation', 'improvement']);
    expect(made.find((s) => s.kind === 'evaluation')?.rows).toBeGreaterThan(0);
    expect(host.sheets().map((s) => s.name)).toEqual(made.map((s) => s.name));
    expect(events).toEqual([{ type: 'generated' }]);
    await host.activateSheet(made[1].name);
    expect(events[1]).toEqual({ type: 'activate', name: made[1].name });
    expect(await refusal(host.activateSheet('Nope'))).toBe('There is no sheet named “Nope”.');
  });

  test('opens the team’s files, checks them, and generates their own workbook from them', async () => {
    const host = new PreviewHost({ language: () => 'zh-CN', storage: memoryStorage() });
    const erp = erpExport(60);
    const book = await workbookExport(40);
    const opened = await host.openFiles([
      { name: '销售明细.csv', bytes: erp.bytes },
      { name: 'team.xlsx', bytes: book.bytes },
      { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    expect(opened.problems).toEqual([{ code: 'legacyXls', params: { file: 'old.xls' }, severity: 'error' }]);
    expect(opened.sources.map((s) => [s.id, s.label, s.kind, s.rows, s.headerRow, s.detected])).toEqual([
      ['销售明细.csv#0', '销售明细.csv', 'file', 61, 3, 'deals'],
      ['team.xlsx#0', 'team.xlsx › Deals › Bookings', 'file', 40, 3, 'deals'],
      ['team.xlsx#1', 'team.xlsx › Team', 'file', 4, 1, 'reps'],
      ['team.xlsx#2', 'team.xlsx › Targets', 'file', 11, 1, 'quotas'],
      ['team.xlsx#3', 'team.xlsx › Notes', 'file', 0, 2, 'unknown'],
    ]);
    expect(opened.sources[0].preview[0]).toEqual([erp.rows[0].order, erp.rows[0].customer, expect.any(String), expect.stringMatching(/^￥/), erp.rows[0].rep, erp.rows[0].region, erp.rows[0].line, expect.any(String), '加急,客户要求月底前发货']);
    expect(await host.listDataSources()).toEqual(opened.sources);

    const check = await host.readData({ sources: [{ id: '销售明细.csv#0' }], mappings: [] }, () => undefined);
    expect(check).toMatchObject({ ok: true, errors: 0, warnings: 1, defaultPeriod: '2023-11', summary: { deals: 60 } });
    const made = await host.generate(
      { sheets: ['evaluation', 'customers'], period: periodContaining('month', 2023, 11, 1), language: 'zh-CN', settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, source: { kind: 'data', data: { sources: [{ id: '销售明细.csv#0' }], mappings: [] } }, refresh: false },
      () => undefined,
    );
    expect(made.map((s) => s.kind)).toEqual(['settings', 'evaluation', 'customers']);
    const texts = host.sheets().flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.map((c) => String((c as { value?: unknown })?.value ?? c)))));
    expect(texts).toContain(erp.rows[0].customer);
    expect(sampleLeaks(texts)).toEqual([]);

    // A file that is gone, or data that is refused, generates nothing.
    expect(
      await refusal(
        host.generate({ sheets: ['evaluation'], period: periodContaining('month', 2023, 11, 1), language: 'en-US', settings: DEFAULT_SETTINGS, source: { kind: 'data', data: { sources: [{ id: 'gone.csv#0' }], mappings: [] } }, refresh: false }, () => undefined),
      ),
    ).toBe('The data was refused: 1 problem.\nThe table “gone.csv#0” is no longer available; choose the data again.');
    expect(host.sheets().map((s) => s.kind)).toEqual(['settings', 'evaluation', 'customers']);
  });

  test('keeps a saved template for the session', async () => {
    const host = new PreviewHost({ language: () => 'en-US', storage: memoryStorage() });
    expect(await host.loadTemplate()).toBeNull();
    await host.saveTemplate({ version: 2, name: 'x' });
    expect(await host.loadTemplate()).toEqual({ version: 2, name: 'x' });
  });
});

describe('periodContaining', () => {
  test.each([
    ['week', 2025, 1, 1, { start: 45656, end: 45662, label: '2025-W01' }],
    ['week', 2027, 1, 1, { start: 46384, end: 46390, label: '2026-W53' }],
    ['month', 2024, 2, 10, { start: 45323, end: 45351, label: '2024-02' }],
    ['quarter', 2025, 12, 15, { start: 45931, end: 46022, label: '2025-Q4' }],
    ['year', 2025, 6, 1, { start: 45658, end: 46022, label: '2025' }],
  ] as const)('%s containing %i-%i-%i', (kind, y, m, d, expected) => {
    expect(periodContaining(kind, y, m, d)).toEqual({ kind, ...expected });
  });
});
