import { catalogue, renderTemplateProblem } from '../../../src/i18n';
import { whatIf, whatIfMore, whatIfView, type WhatIfInput } from '../../../src/taskpane/settings/whatIf';

// The default plan: up to 1,000,000 at 1 %, to 2,000,000 at 1.5 %, above at 2 %.
const TIERS = [
  { lower: 0, rate: 0.01 },
  { lower: 1_000_000, rate: 0.015 },
  { lower: 2_000_000, rate: 0.02 },
];
const input = (over: Partial<WhatIfInput> = {}): WhatIfInput => ({
  amount: '2,300,000',
  quota: '2,000,000',
  extra: '200,000',
  tiers: TIERS,
  mode: 'marginal',
  boundary: 'lower',
  attainment: false,
  currency: 'CNY',
  decimals: 2,
  ...over,
});
const en = (over: Partial<WhatIfInput> = {}) => whatIfView(input(over), catalogue('en-US'), 'en-US');

describe('what-if (pure: the core computes, the pane only words it)', () => {
  test('commission and next tier, marginal and flat', () => {
    // Marginal: 10,000 + 15,000 + 300,000 × 2 % = 31,000.
    expect(whatIf(2_300_000, TIERS, 'marginal', 2, null)).toEqual({ commission: 31_000, nextTier: null });
    expect(whatIf(1_500_000, TIERS, 'marginal', 2, null)).toEqual({ commission: 17_500, nextTier: 2_000_000 });
    expect(whatIf(1_500_000, TIERS, 'flat', 2, null)).toEqual({ commission: 22_500, nextTier: 2_000_000 });
    expect(whatIf(0, TIERS, 'marginal', 2, null)).toEqual({ commission: 0, nextTier: 1_000_000 });
    // Exactly on a bound: that bound's tier applies, the next one is the one above.
    expect(whatIf(1_000_000, TIERS, 'flat', 2, null)).toEqual({ commission: 15_000, nextTier: 2_000_000 });
  });

  test('with upper bounds included, an amount on a bound stays in the band below and the next one starts a cent up', () => {
    expect(whatIf(1_000_000, TIERS, 'flat', 2, null, 'upper')).toEqual({ commission: 10_000, nextTier: 1_000_000.01 });
    expect(en({ amount: '1,000,000', mode: 'flat', boundary: 'upper' }).line).toBe('At 1,000,000 the commission is CN¥10,000.00; the next tier starts at 1,000,000.01.');
  });

  test('attainment bounds become money through the quota', () => {
    const attainment = [
      { lower: 0, rate: 0.01 },
      { lower: 0.8, rate: 0.015 },
      { lower: 1, rate: 0.02 },
    ];
    // 1,000,000 of a 2,000,000 quota is 50 %: first band only; the next starts at 80 % = 1,600,000.
    expect(whatIf(1_000_000, attainment, 'marginal', 2, 2_000_000)).toEqual({ commission: 10_000, nextTier: 1_600_000 });
  });

  test('if more closes: new payout, exact gain, the next band and how far it is', () => {
    expect(whatIfMore(1_500_000, 300_000, TIERS, 'marginal', 2, null)).toEqual({
      before: 17_500,
      after: 22_000,
      gain: 4_500,
      total: 1_800_000,
      nextTier: 2_000_000,
      toNext: 200_000,
    });
    expect(whatIfMore(1_500_000, 1_000_000, TIERS, 'marginal', 2, null)).toMatchObject({ after: 35_000, gain: 17_500, nextTier: null, toNext: null });
    // Cents stay exact: 0.1 + 0.2 closes to exactly 0.3 more.
    expect(whatIfMore(0.1, 0.2, TIERS, 'marginal', 2, null).total).toBe(0.3);
  });

  test('the sentences, in English and Chinese', () => {
    expect(en()).toEqual({
      errors: {},
      line: 'At 2,300,000 the commission is CN¥31,000.00; this is the top tier.',
      moreLine: 'If 200,000 more closes (2,500,000 in all), the commission becomes CN¥35,000.00 (+CN¥4,000.00); that is the top tier.',
    });
    expect(en({ amount: '1500000', extra: '300,000' }).moreLine).toBe(
      'If 300,000 more closes (1,800,000 in all), the commission becomes CN¥22,000.00 (+CN¥4,500.00); the next tier starts at 2,000,000, 200,000 further.',
    );
    expect(en({ amount: '1500000', mode: 'flat', currency: 'USD' }).line).toBe('At 1,500,000 the commission is $22,500.00; the next tier starts at 2,000,000.');
    expect(whatIfView(input(), catalogue('zh-CN'), 'zh-CN').line).toBe('销售额 2,300,000 时提成为 ¥31,000.00；已是最高一档。');
  });

  test('boxes that are not usable say why, and the sentence says what to fix', () => {
    const unavailable = 'Fix the tiers and the amount to see the commission.';
    const bad = en({ amount: 'lots', extra: '-5' });
    expect(bad.line).toBe(unavailable);
    expect(bad.moreLine).toBe(unavailable);
    expect(renderTemplateProblem('en-US', bad.errors.amount!)).toBe('Enter a number.');
    expect(renderTemplateProblem('en-US', bad.errors.extra!)).toBe('Must be at least 0.');
    // Only the extra box is wrong: the first sentence still stands.
    expect(en({ extra: '-5' }).line).toBe('At 2,300,000 the commission is CN¥31,000.00; this is the top tier.');
    expect(en({ tiers: null }).line).toBe(unavailable);
    // The quota counts only for attainment bounds.
    expect(en({ quota: '0' }).errors).toEqual({});
    expect(renderTemplateProblem('en-US', en({ quota: '0', attainment: true }).errors.quota!)).toBe('Must be more than 0.');
    // Tiers the core refuses (not starting at 0) fall back to the same hint instead of a wrong number.
    expect(en({ tiers: [{ lower: 5, rate: 0.01 }] }).line).toBe(unavailable);
  });
});
