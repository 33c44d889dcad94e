import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { yearPeriod } from '../../src/data/periods';
import type { Language } from '../../src/core/language';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { BuildContext, isSkip, type Built } from '../../src/sheets/context';
import { RFM_SEGMENTS } from '../../src/core/rfm';
import { buildCustomersSheet, customerRows } from '../../src/sheets/customersSheet';
import { HEAT_COLORS } from '../../src/sheets/customerSegments';
import { isFormula, type BlockSpec, type Cell, type SheetSpec } from '../../src/sheets/model';
import { LABELS } from '../../src/i18n/labels';
import { sameValue } from './specCells';

const data = buildSampleDataset({ seed: 7, transactions: 5_000, customers: 250 });
const S = sampleSettings(DEFAULT_SETTINGS);
const build = (language: Language): SheetSpec => {
  const b: Built = buildCustomersSheet(new BuildContext(data, S, language, yearPeriod(data.asOf)));
  if (isSkip(b)) throw new Error('the customers sheet was skipped');
  return b;
};
const value = (c: Cell) => (isFormula(c) ? c.value : c);
const blockWith = (blocks: BlockSpec[], first: string) => blocks.find((b) => b.cells[0]?.[0] === first);

describe('Customers sheet: segment summary and R × F heat map', () => {
  it.each(['en-US', 'zh-CN'] as const)('summarises every segment: customers, revenue, share and average order value add up (%s)', (language) => {
    const sheet = build(language);
    const rows = customerRows(data, S, language).filter((r) => r.rfm !== null);
    const names = LABELS[language].segments;
    const summary = blockWith(sheet.blocks, names[RFM_SEGMENTS[0]])!;
    expect(summary.cells.map((r) => r[0])).toEqual(RFM_SEGMENTS.map((s) => names[s]));
    const count = summary.cells.reduce((n, r) => n + (value(r[1]) as number), 0);
    expect(count).toBe(rows.length);
    const revenue = summary.cells.reduce((n, r) => n + (value(r[2]) as number), 0);
    const total = rows.reduce((n, r) => n + r.rfm!.monetary, 0);
    expect(revenue).toBeCloseTo(total, 4);
    const share = summary.cells.reduce((n, r) => n + (value(r[3]) === '' ? 0 : (value(r[3]) as number)), 0);
    expect(share).toBeCloseTo(1, 12);
    for (const r of summary.cells) {
      const members = rows.filter((c) => names[c.rfm!.segment] === r[0]);
      const orders = members.reduce((n, c) => n + c.rfm!.frequency, 0);
      expect(value(r[4])).toBe(orders === 0 ? '' : (value(r[2]) as number) / orders);
    }
  });

  it('heat map: average monetary per R (rows 5 → 1) and F (columns 1 → 5), with a three-color scale and a chart', () => {
    const sheet = build('en-US');
    const rows = customerRows(data, S, 'en-US').filter((r) => r.rfm !== null);
    const heat = sheet.blocks.find((b) => b.cells.length === 5 && b.cells[0][0] === 5)!;
    expect(heat.cells.map((r) => r[0])).toEqual([5, 4, 3, 2, 1]);
    for (const row of heat.cells) {
      for (let f = 1; f <= 5; f++) {
        const inCell = rows.filter((c) => c.rfm!.r === row[0] && c.rfm!.f === f);
        const want = inCell.length === 0 ? '' : inCell.reduce((n, c) => n + c.rfm!.monetary, 0) / inCell.length;
        expect(sameValue(value(row[f]), want as number | string)).toBe(true);
      }
    }
    expect(sheet.colorScales).toHaveLength(1);
    expect(sheet.colorScales![0].colors).toEqual(HEAT_COLORS);
    expect(sheet.charts.map((c) => c.title)).toContain('Revenue by segment');
  });
  // Every formula here is also evaluated in HyperFormula with the whole workbook (formulas.test.ts).
});
