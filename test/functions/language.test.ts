/**
 * Values must not depend on who looks at the workbook: labels and messages come from the
 * `language` argument, else the workbook's template language, never Office's display language.
 */
import * as F from '../../src/functions/functions';
import { FALLBACK_LANGUAGE, forgetWorkbookLanguage, setWorkbookLanguageReader } from '../../src/functions/workbookLanguage';
import { templateLanguage } from '../../src/excel/functionsRuntime';
import type { Language } from '../../src/core/language';

type OfficeGlobal = { Office?: unknown };
const withDisplayLanguage = <T>(tag: string, f: () => T): T => {
  (globalThis as OfficeGlobal).Office = { context: { displayLanguage: tag } };
  try {
    return f();
  } finally {
    delete (globalThis as OfficeGlobal).Office;
  }
};

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${(e as CustomFunctions.Error).code} ${(e as CustomFunctions.Error).message}`;
  }
  throw new Error('expected an Excel error');
}

afterEach(() => setWorkbookLanguageReader(null));

describe('the language argument decides labels and messages', () => {
  it('gives the same values to viewers with different display languages', () => {
    const customers = [['A'], ['B'], ['A']];
    const dates = [[45000], [45010], [45020]];
    const amounts = [[100], [50], [25]];
    for (const language of ['zh-CN', 'en-US'] as const) {
      const seenBy = (tag: string) =>
        withDisplayLanguage(tag, () => [F.grade(72, null, null, language), F.rfmFn(customers, dates, amounts, null, null, true, 'cn8', language), F.abc([['a']], [[1]], null, null, true, language)]);
      expect(seenBy('zh-CN')).toEqual(seenBy('en-US'));
    }
    expect(F.grade(72, null, null, 'zh-CN')).toBe('合格');
    expect(F.grade(72, null, null, 'en-US')).toBe('Pass');
    expect((F.rfmFn(customers, dates, amounts, null, null, true, null, 'zh-CN') as unknown[][])[0][8]).toBe('客户分群');
  });

  it('renders error messages in that language', () => {
    expect(message(() => F.commission(-1, [[0, 0.1]], null, null, null, null, 'zh-CN'))).toBe('#NUM! amount 不能为负数');
    expect(message(() => F.commission(-1, [[0, 0.1]], null, null, null, null, 'en-US'))).toBe('#NUM! amount must not be negative');
    expect(message(() => F.rfmFn([['A']], [[-2]], [[1]], null, null, null, null, 'zh-CN'))).toBe('#NUM! dates：第 1 行是负的日期序号（Excel 日期从 1 = 1900-01-01 开始）');
  });

  it('refuses a language it does not know, naming the choices', () => {
    expect(message(() => F.grade(88, null, null, 'fr-FR'))).toBe('#VALUE! language must be one of "zh-CN", "en-US", got "fr-FR"');
  });
});

describe("the workbook's template language when no argument is given", () => {
  it('reads the template once, answers the first call when it is read, and the later ones at once', async () => {
    let reads = 0;
    setWorkbookLanguageReader(async () => {
      reads++;
      return 'zh-CN';
    });
    const first = withDisplayLanguage('en-US', () => F.grade(88, null, null));
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('良好');
    expect(withDisplayLanguage('en-US', () => F.grade(88, null, null))).toBe('良好');
    expect(F.grade(88, null, null, 'en-US')).toBe('Good');
    expect(reads).toBe(1);
    expect(message(() => F.commission(-1, [[0, 0.1]], null, null, null))).toBe('#NUM! amount 不能为负数');
  });

  it('an error on the first call is a rejected promise with the message in the template language', async () => {
    setWorkbookLanguageReader(async () => 'zh-CN');
    await expect(F.retention(0, 1, 0)).rejects.toMatchObject({ code: '#DIV/0!', message: 'startCustomers 为 0' });
  });

  it('falls back to en-US where there is no template, it cannot be read, or no reader exists', async () => {
    expect(FALLBACK_LANGUAGE).toBe('en-US');
    setWorkbookLanguageReader(async () => null);
    expect(await F.grade(88, null, null)).toBe('Good');
    setWorkbookLanguageReader(() => Promise.reject(new Error('no Excel.run in this runtime')));
    expect(await F.grade(88, null, null)).toBe('Good');
    setWorkbookLanguageReader(null);
    expect(withDisplayLanguage('zh-CN', () => F.grade(88, null, null))).toBe('Good');
  });

  it('reads again after the template is saved', async () => {
    let language: Language = 'en-US';
    setWorkbookLanguageReader(async () => language);
    expect(await F.grade(95, null, null)).toBe('Excellent');
    language = 'zh-CN';
    expect(F.grade(95, null, null)).toBe('Excellent');
    forgetWorkbookLanguage();
    expect(await F.grade(95, null, null)).toBe('优秀');
  });

  it("takes the language from a stored template's settings (version 2) or its top level (version 1)", () => {
    expect(templateLanguage({ version: 2, settings: { language: 'zh-CN' } })).toBe('zh-CN');
    expect(templateLanguage({ version: 1, language: 'en-US' })).toBe('en-US');
    expect(templateLanguage({ version: 2, settings: { language: 'fr' } })).toBeNull();
    expect(templateLanguage(null)).toBeNull();
  });
});
