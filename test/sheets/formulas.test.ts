/**
 * Every generated formula, evaluated by a spreadsheet engine (HyperFormula), equals the value the
 * core computed for it, row by row, in both languages: on the sample and on the teams' own data.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Language } from '../../src/core/language';
import type { Dataset } from '../../src/data/model';
import { yearPeriod } from '../../src/data/periods';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import type { WorkbookSpec } from '../../src/sheets/model';
import { SHEET_KINDS } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { loadIntoHyperFormula, mismatches } from './hyperformula';

const OURS = SHEET_KINDS;

describe('generated formulas in HyperFormula', () => {
  let data: Dataset;
  const settings = sampleSettings(DEFAULT_SETTINGS);
  const build = (d: Dataset, sheets: WorkbookSpec['sheets'][number]['kind'][], language: Language, s: Settings = settings) =>
    buildWorkbook(d, { sheets, language, period: yearPeriod(d.asOf), settings: s }).spec;
  beforeAll(() => {
    data = buildSampleDataset({ seed: 11, transactions: 12_000, customers: 600 });
  });

  it.each<Language>(['zh-CN', 'en-US'])('every formula cell equals the core’s value (%s)', (language) => {
    const spec = build(data, [...OURS], language);
    const hf = loadIntoHyperFormula(spec);
    const { count, problems } = mismatches(spec, hf);
    expect(problems.slice(0, 15)).toEqual([]);
    expect(count).toBeGreaterThan(4000);
  });

  it('recomputes when a region edits the Settings sheet (thresholds are read, not baked in)', () => {
    const spec = build(data, ['evaluation'], 'en-US');
    const hf = loadIntoHyperFormula(spec);
    const strict: Settings = { ...settings, gradeCutoffs: [95, 85, 75], risk: { green: 1.1, yellow: 0.9 } };
    const set = (name: string, value: number) => {
      const ref = spec.names.find((n) => n.name === name)!.refersTo;
      const address = hf.simpleCellAddressFromString(ref.replace(/\$/g, ''), 0)!;
      hf.setCellContents(address, value);
    };
    set('SPK_Cut1', 95);
    set('SPK_Cut2', 85);
    set('SPK_Cut3', 75);
    set('SPK_RiskGreen', 1.1);
    set('SPK_RiskYellow', 0.9);
    const expected = build(data, ['evaluation'], 'en-US', strict);
    expect(mismatches(expected, hf).problems).toEqual([]);
    const grades = (s: WorkbookSpec) => s.sheets[1].tables[0].rows.map((r) => (r[16] as { value: string }).value);
    expect(grades(expected)).not.toEqual(grades(spec));
  });

  it('evaluates the seed’s example rows to 88 / good and 65 / needs improvement', () => {
    const rep = (name: string) => ({ name, region: '东区', team: null, level: null, start: null, end: null, manager: null });
    const deal = (id: string, name: string, amount: number, won: number) =>
      Array.from({ length: won }, (_, k) => ({ id: `${id}${k}`, customer: `${id}${k}`, date: 45658 + k, amount: amount / won, splits: [{ rep: name, share: 1 }], region: '东区', productLine: null, cancelled: null, collected: null }));
    const seedData: Dataset = {
      origin: 'user',
      deals: [...deal('z', '张*', 520_000, 8), ...deal('l', '李*', 210_000, 5)],
      reps: [rep('张*'), rep('李*')],
      roster: true,
      quotas: [
        { scope: 'rep', name: '张*', period: '2025-01', amount: 500_000 },
        { scope: 'rep', name: '李*', period: '2025-01', amount: 300_000 },
      ],
      annualTargets: [],
      pipeline: null,
      payments: null,
      activity: [
        { rep: '张*', period: '2025-01', leads: 32, won: 8, collected: 92, receivables: 100, process: 71.2 },
        { rep: '李*', period: '2025-01', leads: 100 / 3, won: 5, collected: 85, receivables: 100, process: 82.5 },
      ],
      prospects: [],
      asOf: 45688,
    };
    const spec = buildWorkbook(seedData, { sheets: ['evaluation'], language: 'zh-CN', period: { kind: 'month', start: 45658, end: 45688, label: '2025-01' }, settings }).spec;
    const hf = loadIntoHyperFormula(spec);
    const id = hf.getSheetId(spec.sheets[1].name)!;
    const at = (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });
    expect([at(3, 15), at(3, 16)]).toEqual([88, '良好']);
    expect([at(4, 15), at(4, 16)]).toEqual([65, '待改进']);
    expect(at(3, 20)).toBe(''); // 104 %: not outstanding
  });
});
