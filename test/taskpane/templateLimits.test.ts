import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { MAX_TEMPLATE_BYTES, templateBytes, utf8Length } from '../../src/templates/limits';
import { parseTemplate } from '../../src/templates/parse';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';
import { examplePlan, seedPlan } from '../../src/core/plans/examples';
import { renderTemplateProblem } from '../../src/i18n';
import type { Language } from '../../src/core/language';

/** Template hardening (issue 10 point 7): every limit, and no file too large or too broken to list. */
const template = (over: Record<string, unknown> = {}) => ({ version: TEMPLATE_VERSION, name: 'HQ', sheets: ['plans'], settings: DEFAULT_SETTINGS, plans: [seedPlan()], ...over });
const reasons = (t: unknown) => {
  const r = parseTemplate(t);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => `${p.path}: ${renderTemplateProblem('en-US', p.reason)}`);
};
/** The first problem of a refused template, in words. */
const first = (t: unknown, language: Language = 'en-US') => {
  const r = parseTemplate(t);
  if (r.ok) throw new Error('expected problems');
  return { path: r.problems[0].path, reason: renderTemplateProblem(language, r.problems[0].reason), count: r.problems.length, more: r.more };
};

describe('template limits', () => {
  it('a commission rate above 100 % is refused unless the plan raises its maxRate', () => {
    const plan = seedPlan();
    const t = plan.components[0];
    if (t.kind === 'rateTable') t.tiers[1].rate = 1000;
    expect(reasons(template({ plans: [plan] }))).toEqual(["plans[0].components[0].tiers[1].rate: must be at most 100% (raise the plan's maxRate to allow more)"]);
    expect(parseTemplate(template({ plans: [{ ...plan, maxRate: 10 }] })).ok).toBe(false);
    if (t.kind === 'rateTable') t.tiers[1].rate = 1.5;
    expect(parseTemplate(template({ plans: [{ ...plan, maxRate: 2 }] })).ok).toBe(true);
    expect(reasons(template({ plans: [{ ...plan, maxRate: 11 }] }))).toEqual(['plans[0].maxRate: Must be at most 10.']);
    // The settings' own rate table is in percent of sales too: 0–100 %.
    const settings = { ...DEFAULT_SETTINGS, commission: { ...DEFAULT_SETTINGS.commission, tiers: [{ lower: 0, rate: 1000 }] } };
    expect(reasons(template({ settings }))).toEqual(['settings.commission.tiers[0].rate: Must be at most 1.']);
  });

  it('names are at most 80 characters, in the template and in its plans', () => {
    const long = 'x'.repeat(81);
    expect(reasons(template({ name: long }))).toEqual(['name: Allows at most 80 characters.']);
    expect(reasons(template({ plans: [{ ...seedPlan(), name: long }] }))).toEqual(['plans[0].name: Allows at most 80 characters.']);
    expect(parseTemplate(template({ name: 'x'.repeat(80) })).ok).toBe(true);
    const million = 'y'.repeat(1_000_000);
    expect(reasons(template({ name: million }))).toEqual(['name: Allows at most 80 characters.']);
  });

  it('lists are bounded: plans, components, tiers, gate references, SPIFF customers', () => {
    const tiers = Array.from({ length: 101 }, (_, i) => ({ lower: i * 1000, rate: 0.01 }));
    const plan = { ...seedPlan(), components: [{ kind: 'rateTable', id: 't', basis: 'money', mode: 'marginal', tiers }] };
    expect(reasons(template({ plans: [plan] }))).toEqual(['plans[0].components[0].tiers: Allows at most 100 entries.']);
    const components = Array.from({ length: 51 }, (_, i) => ({ kind: 'recordBonus', id: `r${i}`, rate: 0.01 }));
    expect(reasons(template({ plans: [{ ...seedPlan(), components }] }))).toEqual(['plans[0].components: Allows at most 50 entries.']);
    expect(reasons(template({ plans: Array.from({ length: 101 }, () => seedPlan()) }))).toEqual(['plans: Allows at most 100 entries.']);
    const customers = Array.from({ length: 1001 }, (_, i) => `c${i}`);
    const spiff = { ...examplePlan(), components: [...examplePlan().components, { kind: 'spiff', id: 's', amount: 100, customers }] };
    expect(reasons(template({ plans: [spiff] }))).toEqual(['plans[0].components[6].customers: Allows at most 1000 entries.']);
  });

  it('a file over 1 MB is refused before it is parsed: broken JSON that large still reads "too large"', () => {
    const big = `{"version":2,"name":"${'z'.repeat(MAX_TEMPLATE_BYTES)}`;
    const parse = jest.spyOn(JSON, 'parse');
    const r = parseTemplate(big);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(r).toEqual({ ok: false, more: 0, problems: [{ path: '', reason: { code: 'tooLarge', params: { bytes: MAX_TEMPLATE_BYTES + 21, max: MAX_TEMPLATE_BYTES } } }] });
    expect(first(big)).toEqual({ path: '', reason: 'The file is 1.0 MB; a template may be at most 1.0 MB. Nothing was read from it.', count: 1, more: 0 });
    expect(first(big, 'zh-CN').reason).toBe('文件大小为 1.0 MB，模板最大 1.0 MB，未读取任何内容。');
    // Counted in UTF-8: 400,000 Chinese characters are 1.2 MB.
    expect(utf8Length('提成'.repeat(200_000))).toBe(1_200_000);
    expect(first(JSON.stringify(template({ name: '提'.repeat(400_000) }))).reason).toMatch(/^The file is 1\.1 MB/);
    // A stored copy that grew too large is refused the same way.
    expect(templateBytes(template({ issuer: 'w'.repeat(MAX_TEMPLATE_BYTES) }))).toBeGreaterThan(MAX_TEMPLATE_BYTES);
    expect(parseTemplate(template({ issuer: 'w'.repeat(MAX_TEMPLATE_BYTES) }))).toMatchObject({ ok: false, more: 0, problems: [{ path: '', reason: { code: 'tooLarge' } }] });
  });

  it('130,000 bad tiers in one table: one problem, no stack overflow', () => {
    const tiers = Array.from({ length: 130_000 }, () => ({ lower: -1, rate: 1000 }));
    const plan = { ...seedPlan(), components: [{ kind: 'rateTable', id: 't', basis: 'money', mode: 'flat', tiers }] };
    const text = JSON.stringify(template({ plans: [plan] }));
    expect(utf8Length(text)).toBeGreaterThan(MAX_TEMPLATE_BYTES);
    expect(first(text).reason).toMatch(/^The file is 3\.\d MB/);
    // The same plan as a value (no size limit in the way) is described in one line, not 260,000.
    const compact = Array.from({ length: 130_000 }, () => ({}));
    expect(reasons(template({ plans: [{ ...plan, components: [{ ...plan.components[0], tiers: compact }] }] }))).toEqual([
      'plans[0].components[0].tiers: Allows at most 100 entries.',
    ]);
  });

  it('130,000 bad tiers spread over many tables: the first 100 problems and the count of the rest', () => {
    const tiers = Array.from({ length: 100 }, () => ({}));
    const components = Array.from({ length: 50 }, (_, i) => ({ kind: 'rateTable', id: `t${i}`, basis: 'money', mode: 'flat', tiers }));
    const plans = Array.from({ length: 26 }, () => ({ ...seedPlan(), components }));
    const text = JSON.stringify(template({ plans }));
    expect(utf8Length(text)).toBeLessThan(MAX_TEMPLATE_BYTES);
    const r = parseTemplate(text);
    if (r.ok) throw new Error('expected problems');
    // 26 × 50 × 100 = 130,000 tiers, each missing its lower bound and its rate.
    expect(r.problems).toHaveLength(100);
    expect(r.more).toBe(260_000 - 100);
    expect(r.problems[0]).toEqual({ path: 'plans[0].components[0].tiers[0].lower', reason: { code: 'missing', params: {} } });
    expect(renderTemplateProblem('en-US', r.problems[0].reason)).toBe('Required, but missing.');
  });
});
