import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { SHEET_KINDS } from '../../src/core/sheetKinds';
import { catalogue } from '../../src/i18n';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { buildWorkbook } from '../../src/sheets/workbook';

// One name per sheet: the pane lists the sheets by the names the workbook gives them.
describe.each(['en-US', 'zh-CN'] as const)('sheet names in %s', (language) => {
  test('the pane’s names are the generated sheets’ names (the statement adds its period)', () => {
    const data = buildSampleDataset({ seed: 1, transactions: 2_000, customers: 100 });
    const period = { kind: 'month' as const, start: 45809, end: 45838, label: '2025-06' };
    const built = buildWorkbook(data, { sheets: [...SHEET_KINDS], language, period, settings: sampleSettings(DEFAULT_SETTINGS) }).spec;
    const names = catalogue(language).sheetNames;
    expect(built.sheets.map((s) => [s.kind, s.kind === 'statement' ? s.name.replace(/ 2025-06$/, '') : s.name])).toEqual(SHEET_KINDS.map((k) => [k, names[k]]));
    expect(new Set(Object.values(names)).size).toBe(SHEET_KINDS.length);
    for (const name of Object.values(names)) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });
});
