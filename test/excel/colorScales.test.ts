import { detectSupport } from '../../src/excel/support';
import { writeWorkbook } from '../../src/excel/writeWorkbook';
import { emptySheet } from '../../src/sheets/text';
import type { WorkbookSpec } from '../../src/sheets/model';
import { FakeEnv } from './fakeExcel';

const spec: WorkbookSpec = {
  names: [],
  sheets: [
    {
      ...emptySheet('customers', 'Customers'),
      blocks: [{ origin: { row: 0, col: 0 }, cells: [[1, 2], [3, 4]] }],
      colorScales: [
        { range: 'A1:B2', colors: ['#F8696B', '#FFEB84', '#63BE7B'] },
        { range: 'D1:D5', colors: ['#FFFFFF', '#000000'] },
      ],
    },
  ],
};

describe('color scales in the Office.js writer', () => {
  it('adds a color-scale conditional format per spec, lowest to highest (with a 50th-percentile middle)', async () => {
    const env = new FakeEnv();
    await writeWorkbook(env, spec, { language: 'en-US', refresh: false, support: detectSupport(env) });
    const scales = env.state.sheet('Customers')!.cfs.filter((c) => c.kind === 'ColorScale');
    expect(scales.map((c) => c.colorScale)).toEqual(
      expect.arrayContaining([
        {
          minimum: { type: 'LowestValue', formula: null, color: '#F8696B' },
          midpoint: { type: 'Percentile', formula: '50', color: '#FFEB84' },
          maximum: { type: 'HighestValue', formula: null, color: '#63BE7B' },
        },
        { minimum: { type: 'LowestValue', formula: null, color: '#FFFFFF' }, maximum: { type: 'HighestValue', formula: null, color: '#000000' } },
      ]),
    );
    expect(scales).toHaveLength(2);
  });

  it('is skipped with the reason where conditional formats are missing (ExcelApi 1.6)', async () => {
    const env = new FakeEnv(5);
    const result = await writeWorkbook(env, spec, { language: 'en-US', refresh: false, support: detectSupport(env) });
    expect(env.state.sheet('Customers')!.cfs).toHaveLength(0);
    expect(result.notices).toContainEqual({ code: 'featureSkipped', sheet: 'Customers', feature: 'conditionalFormats', requirement: 'ExcelApi 1.6' });
  });
});
