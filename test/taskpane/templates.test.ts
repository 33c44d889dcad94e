import { DEFAULT_SETTINGS, DEFAULT_TARGET_SETTINGS } from '../../src/core/settings';
import { migrateTemplate } from '../../src/templates/migrate';
import { parseTemplate } from '../../src/templates/parse';
import { templateFileName, templateJson } from '../../src/templates/file';
import { TEMPLATE_VERSION, templateSchema } from '../../src/templates/templateSchema';
import { renderTemplateProblem } from '../../src/i18n';

const current = { version: 3, name: 'HQ', sheets: ['evaluation'], settings: DEFAULT_SETTINGS, plans: [] };
const { targets: _targets, ...settingsV2 } = DEFAULT_SETTINGS;
const v2 = { version: 2, name: 'HQ 2025', sheets: ['evaluation', 'statement'], settings: { ...settingsV2, currency: 'USD' }, plans: [] };
const v1 = {
  version: 1,
  name: 'Old',
  language: 'en-US',
  currency: 'JPY',
  commissionMode: 'flat',
  tiers: [
    [0, 0.01],
    [1_000_000, 0.02],
  ],
  weights: [0.3, 0.25, 0.2, 0.15, 0.1],
  benchmarks: [1, 0.3, 80_000, 1, 100],
  gradeCutoffs: [90, 80, 70],
  green: 1,
  yellow: 0.8,
  sheets: ['plans'],
};
const seedPlan = {
  version: 1,
  id: 'seed',
  name: 'Seed plan',
  currency: 'CNY',
  decimals: 2,
  effectiveFrom: 45658,
  components: [{ kind: 'rateTable', id: 'base', basis: 'money', mode: 'marginal', tiers: [{ lower: 0, rate: 0.01 }, { lower: 1_000_000, rate: 0.015 }] }],
};

/** A refused template's problems as the English pane shows them: [path, reason]. */
const inWords = (parsed: ReturnType<typeof parseTemplate>) => (parsed.ok ? [] : parsed.problems.map((p) => [p.path, renderTemplateProblem('en-US', p.reason)]));

describe('parseTemplate', () => {
  test('accepts the current version as is, from text (with a BOM) or a value', () => {
    expect(TEMPLATE_VERSION).toBe(3);
    const fromText = parseTemplate(`\uFEFF${JSON.stringify(current)}`);
    expect(fromText).toEqual({ ok: true, template: current, migratedFrom: null });
    expect(parseTemplate(current)).toEqual(fromText);
  });

  test('plans are checked by the commission engine schema and kept with its defaults', () => {
    const parsed = parseTemplate({ ...current, plans: [seedPlan] });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.template.plans[0]).toMatchObject({ id: 'seed', effectiveTo: null, clawbackDays: null, draw: null });
    // Templates saved before band boundaries were explicit read as lower bound inclusive, as they paid.
    if (parsed.ok) expect(parsed.template.plans[0].components[0]).toMatchObject({ boundary: 'lower' });
    const { boundary: _, ...olderCommission } = DEFAULT_SETTINGS.commission;
    const older = parseTemplate({ ...current, settings: { ...DEFAULT_SETTINGS, commission: olderCommission } });
    expect(older.ok && older.template.settings.commission.boundary).toBe('lower');
    const upper = parseTemplate({ ...current, settings: { ...DEFAULT_SETTINGS, commission: { ...DEFAULT_SETTINGS.commission, boundary: 'upper' } } });
    expect(upper.ok && upper.template.settings.commission.boundary).toBe('upper');
    const bad = parseTemplate({ ...current, plans: [{ ...seedPlan, components: [{ ...seedPlan.components[0], tiers: [{ lower: 5, rate: 0.01 }] }] }] });
    expect(bad).toEqual({
      ok: false,
      problems: [{ path: 'plans[0].components[0].tiers[0].lower', reason: { code: 'core', params: { problem: { code: 'planRule', params: { reason: { code: 'firstBandZero' } } } } } }],
      more: 0,
    });
    // The plan schema's rules are the core's own problems, worded in either language.
    if (!bad.ok) {
      expect(renderTemplateProblem('en-US', bad.problems[0].reason)).toBe('the first band must start at 0');
      expect(renderTemplateProblem('zh-CN', bad.problems[0].reason)).toBe('第一档须从 0 开始');
    }
  });

  // zod runs a list's own rule only once every item has the right type: the cut-offs' order is
  // reported after the 'x' is fixed (the settings form behaves the same).
  test('lists every problem with its path and a reason code the pane words in its language', () => {
    const bad = {
      ...current,
      name: '',
      extra: 1,
      settings: {
        ...DEFAULT_SETTINGS,
        decimals: 2.5,
        gradeCutoffs: [70, 80, 'x'],
        abc: { aCut: 0.9, bCut: 0.8 },
        commission: { ...DEFAULT_SETTINGS.commission, tiers: [{ lower: 5, rate: 0.01 }, { lower: 1, rate: 0.02 }] },
      },
    };
    const parsed = parseTemplate(bad);
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.problems.map((p) => [p.path, renderTemplateProblem('zh-CN', p.reason)])).toEqual([
      ['name', '至少需要 1 个字符。'],
      ['settings.decimals', '必须是整数。'],
      ['settings.commission.tiers[0].lower', '第一档必须从 0 开始。'],
      ['settings.commission.tiers[1].lower', '每一档的起点必须高于上一档。'],
      ['settings.gradeCutoffs[2]', '应为数字。'],
      ['settings.abc.bCut', 'B 类分界必须高于 A 类分界。'],
      ['', '未知字段：extra。'],
    ]);
    expect(parsed.problems[2].reason).toEqual({ code: 'rule', params: { rule: 'tiersFirstZero' } });
    expect(parsed.problems[6].reason).toEqual({ code: 'unknownKeys', params: { keys: ['extra'] } });
    expect(renderTemplateProblem('en-US', parsed.problems[4].reason)).toBe('Expected a number.');
  });

  test('refuses what is not a template in words', () => {
    const said = (json: unknown) => {
      const r = parseTemplate(json);
      return r.ok ? 'ok' : r.problems.map((p) => `${p.path}: ${renderTemplateProblem('en-US', p.reason)}`);
    };
    expect(said('nope')).toEqual([expect.stringMatching(/^: The file is not valid JSON \(/)]);
    expect(said([])).toEqual([': A template must be a JSON object.']);
    expect(said({ name: 'x' })).toEqual(['version: The "version" field is missing or not a number.']);
    expect(said({ version: 4 })).toEqual(['version: Version 4 was made by a newer add-in; this one reads up to version 3.']);
    expect(said({ version: 0 })).toEqual(['version: Unknown template version 0.']);
    expect(parseTemplate({ version: 4 })).toEqual({ ok: false, problems: [{ path: 'version', reason: { code: 'newerVersion', params: { version: 4, current: 3 } } }], more: 0 });
  });

  test('a version-1 template migrates forward; an invalid one is refused in version-1 terms', () => {
    const parsed = parseTemplate(v1);
    expect(parsed.ok && parsed.migratedFrom).toBe(1);
    if (!parsed.ok) throw new Error('expected ok');
    expect(parsed.template).toEqual({
      version: 3,
      name: 'Old',
      sheets: ['plans'],
      settings: {
        ...DEFAULT_SETTINGS,
        language: 'en-US',
        currency: 'JPY',
        decimals: 0,
        commission: { ...DEFAULT_SETTINGS.commission, mode: 'flat', tiers: [{ lower: 0, rate: 0.01 }, { lower: 1_000_000, rate: 0.02 }] },
      },
      plans: [],
    });
    const { green: _green, ...noGreen } = v1;
    expect(parseTemplate(noGreen)).toEqual({ ok: false, problems: [{ path: 'green', reason: { code: 'missing', params: {} } }], more: 0 });
    // Valid as version 1, but the weights break a current rule: refused with the current path.
    expect(parseTemplate({ ...v1, weights: [0.5, 0.5, 0.5, 0, 0] })).toEqual({
      ok: false,
      more: 0,
      problems: [{ path: 'settings.score.weights', reason: { code: 'rule', params: { rule: 'weightsSum' } } }],
    });
  });

  test('a version-2 template migrates forward with the default target splitting and no plan rule', () => {
    const parsed = parseTemplate(v2);
    expect(parsed).toEqual({ ok: true, template: { ...v2, version: 3, settings: { ...v2.settings, targets: DEFAULT_TARGET_SETTINGS } }, migratedFrom: 2 });
    // Version 2 never had targets: a file that says version 2 and has them is refused as version 2.
    expect(parseTemplate({ ...v2, settings: DEFAULT_SETTINGS })).toEqual({ ok: false, problems: [{ path: 'settings', reason: { code: 'unknownKeys', params: { keys: ['targets'] } } }], more: 0 });
  });

  test('target splitting and the plan assignment are checked with their paths', () => {
    const targets = { ...DEFAULT_TARGET_SETTINGS, quarterWeights: [1, 0, 1, 1], monthWeights: [1, 1], regionWeights: { East: -1 }, buffer: 0.6, excellenceUplift: 0.1 };
    expect(inWords(parseTemplate({ ...current, settings: { ...DEFAULT_SETTINGS, targets } }))).toEqual([
      ['settings.targets.buffer', 'Must be at most 0.5.'],
      ['settings.targets.quarterWeights[1]', 'Must be more than 0.'],
      ['settings.targets.monthWeights', 'Needs exactly 12 entries.'],
      ['settings.targets.regionWeights.East', 'Must be at least 0.'],
      ['settings.targets.excellenceUplift', 'Must be at least 0.2.'],
    ]);
    const byRegion = { by: 'region', rules: [{ value: 'East', plan: 'east' }], default: 'base' };
    const ok = parseTemplate({ ...current, planAssignment: byRegion });
    expect(ok.ok && ok.template.planAssignment).toEqual(byRegion);
    expect(parseTemplate({ ...current, planAssignment: { by: 'all', plan: 'base' } }).ok).toBe(true);
    expect(inWords(parseTemplate({ ...current, planAssignment: { by: 'city', rules: [] } }))).toEqual([
      ['planAssignment.by', 'Must be one of "all", "region", "team", "level".'],
    ]);
    expect(inWords(parseTemplate({ ...current, planAssignment: { by: 'team', rules: [{ value: '', plan: 'x' }] } }))).toEqual([
      ['planAssignment.rules[0].value', 'Needs at least 1 character.'],
    ]);
  });

  test('migrateTemplate refuses a version it has no step for', () => {
    expect(() => migrateTemplate({ version: 0 })).toThrow('no migration from template version 0');
    expect(templateSchema.safeParse(migrateTemplate(v1)).success).toBe(true);
  });
});

describe('template files', () => {
  test('file names keep letters of any script and drop the rest', () => {
    expect(templateFileName({ name: '华东 区域/2025: 方案' })).toBe('华东-区域-2025-方案.spk-template.json');
    expect(templateFileName({ name: '***' })).toBe('template.spk-template.json');
  });
  test('the JSON written reads back to the same template', () => {
    const parsed = parseTemplate(templateJson(current as never));
    expect(parsed).toEqual({ ok: true, template: current, migratedFrom: null });
  });
});
