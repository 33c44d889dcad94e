import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { renderTemplateProblem } from '../../../src/i18n';
import { fromDraft, toDraft, type SettingsDraft } from '../../../src/taskpane/settings/draft';

const draft = (over: Partial<SettingsDraft> = {}): SettingsDraft => ({ ...toDraft(DEFAULT_SETTINGS), ...over });
/** The errors of a draft as the English pane words them, by field path. */
const errorsOf = (d: SettingsDraft, language: 'en-US' | 'zh-CN' = 'en-US') =>
  Object.fromEntries(Object.entries(fromDraft(d, DEFAULT_SETTINGS).errors).map(([k, p]) => [k, renderTemplateProblem(language, p)]));

describe('settings draft (pure: the form as typed ↔ settings)', () => {
  test('percentages are edited as people write them and come back exact', () => {
    const d = toDraft(DEFAULT_SETTINGS);
    expect(d.tiers).toEqual([
      { lower: '0', rate: '1' },
      { lower: '1000000', rate: '1.5' },
      { lower: '2000000', rate: '2' },
    ]);
    expect(d.weights).toEqual(['30', '25', '20', '15', '10']);
    // Completion, conversion and collection benchmarks are percentages; the order value is money.
    expect(d.benchmarks[2]).toBe(String(DEFAULT_SETTINGS.score.benchmarks[2]));
    expect(fromDraft(d, DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
    // 1.1 % is exactly 0.011, not 0.011000000000000001; grouping commas are accepted.
    const edited = fromDraft(draft({ tiers: [{ lower: '0', rate: '1.1' }, { lower: '1,500,000', rate: '2' }], currency: ' usd ' }), DEFAULT_SETTINGS);
    expect(edited.errors).toEqual({});
    expect(edited.settings?.commission.tiers).toEqual([
      { lower: 0, rate: 0.011 },
      { lower: 1_500_000, rate: 0.02 },
    ]);
    expect(edited.settings?.currency).toBe('USD');
  });

  test('attainment bounds are percentages of quota too', () => {
    const d = draft({ basis: 'attainment', tiers: [{ lower: '0', rate: '1' }, { lower: '80', rate: '1.5' }, { lower: '120', rate: '2' }] });
    expect(fromDraft(d, DEFAULT_SETTINGS).settings?.commission.tiers.map((t) => t.lower)).toEqual([0, 0.8, 1.2]);
    expect(toDraft(fromDraft(d, DEFAULT_SETTINGS).settings!).tiers).toEqual(d.tiers);
  });

  test('each wrong box gets its own reason, placed by the schema path; nothing is applied', () => {
    const d = draft({
      tiers: [{ lower: '0', rate: 'one' }, { lower: '1000000', rate: '1.5' }, { lower: '900000', rate: '2' }],
      weights: ['40', '25', '20', '15', '10'],
      gradeCutoffs: ['90', '95', '70'],
      currency: 'yuan',
      decimals: '2.5',
      teamPoolRate: '150',
      green: '80',
      yellow: '90',
    });
    const result = fromDraft(d, DEFAULT_SETTINGS);
    expect(result.settings).toBeNull();
    expect(errorsOf(d)).toEqual({
      'commission.tiers[0].rate': 'Enter a number.',
      'commission.teamPoolRate': 'Must be at most 100 %.',
      'score.weights': 'The weights must add up to 100 %.',
      'gradeCutoffs[1]': 'Cut-offs must go down from the best grade (e.g. 90, 80, 70).',
      'risk.yellow': 'Yellow must not be above green.',
      currency: 'Use a three-letter ISO currency code, e.g. CNY.',
      decimals: 'Must be a whole number.',
    });
    // While a tier holds no number zod does not run the tiers' ordering rule; once it does, it does.
    expect(errorsOf(draft({ tiers: [{ lower: '0', rate: '1' }, { lower: '1000000', rate: '1.5' }, { lower: '900000', rate: '2' }] }))).toEqual({
      'commission.tiers[2].lower': 'Each tier must start above the previous one.',
    });
    expect(errorsOf(draft({ recordBonusRate: '-1' }), 'zh-CN')).toEqual({ 'commission.recordBonusRate': '不能小于 0 %。' });
  });
});
