import type { HostCode, HostProblems } from '../../src/host/problems';
import { catalogue, renderHostProblem, renderProgressStep, renderTemplateProblem } from '../../src/i18n';
import type { Catalogue } from '../../src/i18n/catalogue';
import type { TemplateCode, TemplateProblems } from '../../src/templates/problems';
import { foreignWords } from '../support/language';

// Every text the pane can show, not only what a rendered pane happens to show (test/taskpane/language.test.tsx).

/** Text functions called with plain numbers; maps and lists walked; the keys in `skip` (each language's own name) left out. */
function catalogueTexts(t: Catalogue[keyof Catalogue], skip: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (skip.includes(path)) return;
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const text = (value as (...args: number[]) => unknown)(1, 2, 3, 4, 5, 6);
      if (typeof text === 'string') out.push(text);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(t, '');
  return out;
}

/** One of each host problem (the compiler insists on every code). */
const HOST_SAMPLES = (sheet: string, file: string, column: string): { [C in HostCode]: HostProblems[C] } => ({
  unavailable: { feature: 'conditionalFormats', version: '1.6' },
  refreshUnavailable: { requirement: 'ExcelApi 1.13' },
  undoUnavailable: { requirement: 'ExcelApi 1.20' },
  busy: {},
  writeNotice: { notice: { code: 'tableRenamed', sheet, wanted: 'SPK_X', actual: 'SPK_X_2' } },
  writeFailed: { problem: { code: 'rowTooLarge', sheet, row: 7, bytes: 5_000_000 } },
  noSelection: {},
  tableMissing: { table: 'SPK_X' },
  columnMissing: { column: '2', where: 'A1:D9' },
  thresholds: {},
  elapsed: {},
  dataRefused: { errors: 4, problems: [{ code: 'notValue', params: { expected: 'amount', value: '12,5' }, severity: 'error', at: { source: file, row: 3, column } }] },
  payrollUnavailable: {},
  templateInvalid: {},
  sheetMissing: { sheet },
  previewNoConditionalFormats: {},
  previewNoSelection: {},
  previewNoStorage: {},
  sheetNotice: { notice: { code: 'periodEmpty', params: { period: '2025-06', first: '2025-01-02', last: '2025-05-30' } } },
  closing: { problem: { code: 'alreadyClosed', params: { period: '2025-06', snapshot: '2025-06-v1-0123abcd', closedAt: '2025-07-02T08:00:00.000Z' } } },
  unexpected: { detail: '0x80004005' },
});

/** A team's export, named in each language. */
const FILE = { 'zh-CN': '销售明细.csv', 'en-US': 'deals.csv' } as const;

const TEMPLATE_SAMPLES: { [C in TemplateCode]: TemplateProblems[C] } = {
  tooLarge: { bytes: 2_000_000, max: 1_048_576 },
  notJson: { detail: 'JSON.parse' },
  notObject: {},
  noVersion: {},
  newerVersion: { version: 3, current: 2 },
  unknownVersion: { version: 0 },
  missing: {},
  wrongType: { expected: 'number' },
  tooSmall: { min: 0, inclusive: true, percent: true },
  tooBig: { max: 100, inclusive: false },
  tooFewItems: { min: 1 },
  tooManyItems: { max: 5 },
  exactItems: { count: 5 },
  tooShort: { min: 1 },
  tooLong: { max: 60 },
  notInteger: {},
  notNumber: {},
  oneOf: { values: ['"money"', '"attainment"'] },
  unknownKeys: { keys: ['x'] },
  rule: { rule: 'weightsSum' },
  core: { problem: { code: 'text', params: { text: '' } } },
  invalid: {},
};

describe.each(['zh-CN', 'en-US'] as const)('the pane’s catalogue in %s', (language) => {
  test('every text of the pane, the hosts and the template checks is in one language', () => {
    const t = catalogue(language);
    const texts = [
      // The pane's sections; coded sections with real parameters below. The core's transitional
      // sentences and the builders' sheet text are checked where they get codes (issue 11, point 4).
      ...(['sheetNames', 'pane', 'generate', 'risk', 'plans', 'templates', 'preview', 'dataStep'] as const).flatMap((section) =>
        catalogueTexts(t[section], ['languages', 'languageName']),
      ),
      t.templateProblems.root,
      t.templateProblems.more(37),
      ...Object.entries(HOST_SAMPLES(t.sheetNames.evaluation, FILE[language], t.data.fields.deals.amount)).map(([code, params]) => renderHostProblem(language, { code, params } as never)),
      ...Object.entries(TEMPLATE_SAMPLES).map(([code, params]) => renderTemplateProblem(language, { code, params } as never)),
      ...(['starting', 'loading', 'preparingData', 'buildingSheets', 'done'] as const).map((kind) => renderProgressStep(language, { kind })),
      renderProgressStep(language, { kind: 'readingRows', source: FILE[language], done: 500, total: 300_000 }),
    ];
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter((x) => foreignWords(x, language).length > 0)).toEqual([]);
  });

  test('the scan itself catches a word of the other language', () => {
    expect(foreignWords(language === 'zh-CN' ? '已生成 3 个 sheets' : 'Generated 3 个 sheets', language)).not.toEqual([]);
    expect(foreignWords('RFM 分群（“Evaluation”，office.js）', 'zh-CN')).toEqual([]);
  });
});
