/**
 * One language per workbook: in a zh-CN workbook no English word, in an en-US one no Chinese, in
 * any cell, sheet name, note, chart, drop-down list or page header. The team's own words (names,
 * customers, regions, plan names, notes they typed) are data and stay as the team wrote them, so
 * they are taken out of every text first; what is left is the kit's. Codes everyone reads the
 * same in both languages are allowed: RFM, ABC, KPI, the SALES.* functions, the SPK_ names and
 * currency codes. Checked on the demo of each language and on three teams' own data (an English
 * team, a Chinese team, a team with deals only), each generated in both languages. The pane's, the
 * workbook's and the README's sheet names agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../src/core/language';
import type { Plan } from '../../src/core/plans/schema';
import { SHEET_KINDS } from '../../src/core/sheetKinds';
import type { Dataset } from '../../src/data/model';
import { defaultPeriod, yearPeriod } from '../../src/data/periods';
import { catalogue } from '../../src/i18n';
import { LABELS } from '../../src/i18n/labels';
import { buildSampleDataset } from '../../src/sample/sampleData';
import { workbookForRequest } from '../../src/sample/requestWorkbook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSpec } from '../../src/sheets/model';
import { statementSheetName } from '../../src/sheets/statementSheet';
import { buildWorkbook } from '../../src/sheets/workbook';
import { TEAMS } from '../data/datasets';
import { specTexts } from './specCells';

const LANGUAGES: Language[] = ['zh-CN', 'en-US'];

/** Every word the data brings: the team's, never the kit's. */
function dataWords(data: Dataset, plans: readonly Plan[] = []): string[] {
  const words = [
    data.company ?? '',
    ...data.reps.flatMap((r) => [r.name, r.region, r.team, r.manager]),
    ...data.deals.flatMap((d) => [d.id, d.customer, d.region, d.productLine]),
    ...(data.pipeline ?? []).flatMap((p) => [p.owner, p.customer, p.industry, p.action, p.notes]),
    ...data.quotas.map((q) => q.name),
    ...data.annualTargets.map((t) => t.name),
    ...data.prospects,
    ...plans.flatMap((p) => [p.id, p.name, ...p.components.flatMap((c) => [c.id, c.name ?? ''])]),
  ];
  return [...new Set(words.filter((w): w is string => typeof w === 'string' && w.trim() !== ''))].sort((a, b) => b.length - a.length);
}

/** Codes read the same in every language (Excel's function names too: a Chinese Excel keeps them). */
const CODES = /SALES\.[A-Z]+|SPK_\w+|\b(RFM|ABC|KPI|SALES|COUNTIFS?|SUMIFS?|CNY|USD|EUR|JPY|GBP|HKD)\b/g;
const ENGLISH_WORD = /[A-Za-z]{2,}/g;
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/;

/** What is left of the kit's text that is not in the workbook's language ("where: word"). */
function foreign(spec: WorkbookSpec, language: Language, data: string[]): string[] {
  const out = new Set<string>();
  for (const { where, text } of specTexts(spec)) {
    let kit = text;
    for (const w of data) if (kit.includes(w)) kit = kit.split(w).join(' ');
    kit = kit.replace(CODES, ' ');
    if (language === 'zh-CN') for (const m of kit.match(ENGLISH_WORD) ?? []) out.add(`${where.replace(/!R\d+C\d+.*/, '')}: ${m}`);
    else if (CHINESE.test(kit)) out.add(`${where.replace(/!R\d+C\d+.*/, '')}: ${kit.trim().slice(0, 40)}`);
  }
  return [...out];
}

describe.each(LANGUAGES)('a %s workbook speaks only its language', (language) => {
  it('the demo (the sample company in that language)', () => {
    const data = buildSampleDataset({ language, transactions: 6_000, customers: 400 });
    const { spec } = workbookForRequest(data, { sheets: SHEET_KINDS, language, period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
    expect(spec.sheets.map((s) => s.kind)).toEqual([...SHEET_KINDS]);
    expect(foreign(spec, language, dataWords(data))).toEqual([]);
    // The check finds the kit's words when the data is not taken out (the sample is in the language too).
    expect(foreign(spec, language === 'zh-CN' ? 'en-US' : 'zh-CN', dataWords(data)).length).toBeGreaterThan(50);
  });

  it.each(TEAMS.map((make) => [make().name, make] as const))('%s', (_name, make) => {
    const team = make();
    const words = dataWords(team.data, team.plans);
    for (const period of [yearPeriod(team.data.asOf), defaultPeriod(team.data)]) {
      const { spec } = buildWorkbook(team.data, { sheets: SHEET_KINDS, language, period, settings: team.settings, plans: team.plans, planAssignment: team.planAssignment });
      expect([period.label, foreign(spec, language, words)]).toEqual([period.label, []]);
    }
  });
});

it('the language check catches an English flag in a Chinese workbook and Chinese in an English one', () => {
  const data = buildSampleDataset({ language: 'zh-CN', transactions: 2_000, customers: 200 });
  const { spec } = workbookForRequest(data, { sheets: ['tracking'], language: 'zh-CN', period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
  const tracking = spec.sheets.find((s) => s.kind === 'tracking')!;
  tracking.notes.push({ cell: 'A1', text: '转化率 LOW' });
  tracking.charts.push({ type: 'bar', title: 'Funnel', categories: 'A1:A2', series: [{ name: '到达数', values: 'B1:B2' }], anchor: { row: 0, col: 0 }, size: { rows: 2, cols: 2 } });
  expect(foreign(spec, 'zh-CN', dataWords(data))).toEqual(['销售过程跟踪 note A1: LOW', '销售过程跟踪 chart: Funnel']);
  tracking.name = '销售过程跟踪 Tracking';
  expect(foreign(spec, 'en-US', [])).toContain('sheet name: 销售过程跟踪 Tracking');
});

describe('one name per sheet', () => {
  it('the workbook names its sheets as the pane lists them', () => {
    for (const language of LANGUAGES) {
      const data = buildSampleDataset({ language, transactions: 2_000, customers: 200 });
      const { spec } = workbookForRequest(data, { sheets: SHEET_KINDS, language, period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
      const names = catalogue(language).sheetNames;
      for (const s of spec.sheets) expect(s.name).toBe(s.kind === 'statement' ? statementSheetName(s.slot ?? '', language) : names[s.kind]);
      expect(statementSheetName('2025-12', language)).toBe(`${names.statement} 2025-12`);
    }
  });

  it('the README’s table of sheets names each sheet as the pane and the workbook do', () => {
    const whole = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    // The table under "Generated sheets" (other sections have tables of field keys).
    const readme = whole.slice(whole.indexOf('\n## Generated sheets'), whole.indexOf('\n## ', whole.indexOf('\n## Generated sheets') + 1));
    const rows = new Map(
      [...readme.matchAll(/^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => [m[1], [m[2].trim(), m[3].trim()]] as const),
    );
    expect([...rows.keys()]).toEqual([...SHEET_KINDS]);
    for (const kind of SHEET_KINDS) expect([kind, ...rows.get(kind)!]).toEqual([kind, catalogue('en-US').sheetNames[kind], catalogue('zh-CN').sheetNames[kind]]);
  });
});

it('the Customers sheet and SALES.RFM name segments with the same catalogue entries', () => {
  for (const language of LANGUAGES) {
    expect(LABELS[language]).toBe(catalogue(language).labels);
    const data = buildSampleDataset({ language, transactions: 3_000, customers: 300 });
    const { spec } = workbookForRequest(data, { sheets: ['customers'], language, period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
    const table = spec.sheets.find((s) => s.kind === 'customers')!.tables[0];
    const segment = table.columns.findIndex((c) => c.header === catalogue(language).customersSheet.columns.segment);
    const shown = new Set(table.rows.map((r) => r[segment]).filter((x) => x !== ''));
    expect(shown.size).toBeGreaterThan(5);
    for (const s of shown) expect(Object.values(LABELS[language].segments)).toContain(s);
  }
  // Chinese CRM practice, not literal translations.
  expect(LABELS['zh-CN'].segments).toMatchObject({ champions: '重要价值客户', cantLose: '重要保持客户', atRisk: '重要挽留客户', potentialLoyalists: '重要发展客户', lost: '流失客户' });
});
