/**
 * The function table is the one declaration of the SALES functions: functions.json and
 * functions.zh-CN.json, the manifest's zh-CN override, the README reference and the adapters
 * must all say what it says (ids, arguments, optional flags, defaults, enums), and every piece
 * of Chinese help must be Chinese.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_COLLABORATION_WEIGHT } from '../../src/core/bonusPool';
import { DEFAULT_ABC_A, DEFAULT_ABC_B, DEFAULT_TIER_THRESHOLDS } from '../../src/core/customers';
import { DEFAULT_FUNNEL_THRESHOLD } from '../../src/core/funnel';
import { DEFAULT_GREEN, DEFAULT_YELLOW } from '../../src/core/risk';
import { DEFAULT_RFM_BINS } from '../../src/core/rfm';
import { DEFAULT_GRADE_CUTOFFS, DEFAULT_SCORE_WEIGHTS } from '../../src/core/score';
import { ADAPTERS } from '../../src/functions/functions';
import { ENUMS, FUNCTION_IDS } from '../../src/functions/ids';
import { functionsMetadata, METADATA_FILES } from '../../src/functions/metadata';
import { functionsReference, signature } from '../../src/functions/reference';
import { allArgs } from '../../src/functions/spec';
import { FUNCTION_TABLE, functionDef } from '../../src/functions/table';
import { catalogue } from '../../src/i18n';

const ROOT = path.join(__dirname, '..', '..');
const HAN = /[\u4e00-\u9fff]/;

describe('the function table', () => {
  it('declares every id once, in the order of FUNCTION_IDS, with an adapter for each', () => {
    expect(FUNCTION_TABLE.map((f) => f.id)).toEqual([...FUNCTION_IDS]);
    expect(Object.keys(ADAPTERS).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it('ends every function with the optional language argument, after the required ones', () => {
    for (const f of FUNCTION_TABLE) {
      const args = allArgs(f);
      expect(args[args.length - 1]).toMatchObject({ name: 'language', optional: true, enumId: 'LANGUAGE' });
      const firstOptional = args.findIndex((a) => a.optional);
      expect(args.slice(firstOptional).every((a) => a.optional)).toBe(true);
      expect(new Set(args.map((a) => a.name)).size).toBe(args.length);
    }
  });

  it("takes its defaults from the core's constants", () => {
    const defaults = (id: string) => Object.fromEntries(functionDef(id as never).args.filter((a) => a.default !== undefined).map((a) => [a.name, a.default]));
    expect(defaults('COMMISSION')).toEqual({ mode: 'marginal', decimals: 2, boundary: 'lower' });
    expect(defaults('COMMISSIONLINES')).toEqual({ mode: 'marginal', decimals: 2, boundary: 'lower' });
    expect(defaults('BONUSPOOL')).toEqual({ collaborationWeight: DEFAULT_COLLABORATION_WEIGHT, decimals: 2 });
    expect(defaults('SCORE')).toEqual({ weights: DEFAULT_SCORE_WEIGHTS });
    expect(defaults('GRADE')).toEqual({ cutoffs: DEFAULT_GRADE_CUTOFFS });
    expect(defaults('RISK')).toEqual({ elapsed: 1, green: DEFAULT_GREEN, yellow: DEFAULT_YELLOW });
    expect(defaults('RFM')).toEqual({ bins: DEFAULT_RFM_BINS, headers: true, segments: 'grid' });
    expect(defaults('CUSTOMERTIER')).toEqual({ boughtBefore: false, thresholds: DEFAULT_TIER_THRESHOLDS });
    expect(defaults('ABC')).toEqual({ aCut: DEFAULT_ABC_A, bCut: DEFAULT_ABC_B, headers: true });
    expect(defaults('FUNNEL')).toEqual({ threshold: DEFAULT_FUNNEL_THRESHOLD });
  });

  it('applies those defaults when the argument is omitted (adapters agree with the table)', () => {
    const tiers = [[0, 0.01], [1_000_000, 0.015], [2_000_000, 0.02]];
    expect(ADAPTERS.COMMISSION(2_500_000, tiers)).toBe(ADAPTERS.COMMISSION(2_500_000, tiers, 'marginal', null, 2, 'lower'));
    expect(ADAPTERS.COMMISSION(1_000_000, tiers, 'flat')).toBe(ADAPTERS.COMMISSION(1_000_000, tiers, 'flat', null, 2, 'lower'));
    expect(ADAPTERS.FUNNEL([[100], [29]])).toEqual(ADAPTERS.FUNNEL([[100], [29]], DEFAULT_FUNNEL_THRESHOLD));
    expect(ADAPTERS.RISK(79, 100)).toBe(ADAPTERS.RISK(79, 100, 1, DEFAULT_GREEN, DEFAULT_YELLOW));
    expect(ADAPTERS.ABC([['a'], ['b']], [[79], [21]])).toEqual(ADAPTERS.ABC([['a'], ['b']], [[79], [21]], DEFAULT_ABC_A, DEFAULT_ABC_B, true));
    expect(ADAPTERS.GRADE(80)).toBe(ADAPTERS.GRADE(80, [DEFAULT_GRADE_CUTOFFS]));
  });
});

describe.each(['en-US', 'zh-CN'] as const)('%s metadata from the table', (language) => {
  const meta = functionsMetadata(language);

  it('lists every function with its arguments, shapes, optional flags and enums', () => {
    expect(meta.functions.map((f) => f.id)).toEqual([...FUNCTION_IDS]);
    for (const f of FUNCTION_TABLE) {
      const m = meta.functions.find((x) => x.id === f.id)!;
      expect(m.name).toBe(f.id);
      expect(m.result.dimensionality).toBe(f.result);
      expect(m.parameters.map((p) => [p.name, p.dimensionality, p.optional === true, p.customEnumId ?? null, p.type])).toEqual(
        allArgs(f).map((a) => [a.name, a.dimensionality, a.optional, a.enumId ?? null, a.enumId === undefined ? 'any' : 'string']),
      );
    }
  });

  it('declares each enum used, with every value and a tooltip', () => {
    const used = new Set(meta.functions.flatMap((f) => f.parameters.map((p) => p.customEnumId).filter(Boolean)));
    expect(meta.enums.map((e) => e.id).sort()).toEqual([...used].sort());
    for (const e of meta.enums) {
      expect(e.values.map((v) => v.stringValue)).toEqual([...ENUMS[e.id as keyof typeof ENUMS]]);
      for (const v of e.values) expect(v.tooltip.length).toBeGreaterThan(3);
    }
  });

  it('has help for every function and argument, argument help within 128 characters', () => {
    for (const f of meta.functions) {
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters) {
        expect([f.id, p.name, p.description.length > 3 && p.description.length <= 128]).toEqual([f.id, p.name, true]);
      }
    }
  });

  if (language === 'zh-CN') {
    it('is in Chinese: every description, argument help and enum tooltip contains Chinese', () => {
      for (const f of meta.functions) {
        expect([f.id, HAN.test(f.description)]).toEqual([f.id, true]);
        for (const p of f.parameters) expect([f.id, p.name, HAN.test(p.description)]).toEqual([f.id, p.name, true]);
      }
      for (const e of meta.enums) for (const v of e.values) expect([e.id, v.name, HAN.test(v.tooltip)]).toEqual([e.id, v.name, true]);
    });
    it('keeps the ids, names and enum values of the English file (only the help differs)', () => {
      const en = functionsMetadata('en-US');
      const strip = (m: typeof en) => ({
        functions: m.functions.map((f) => ({ ...f, description: '', parameters: f.parameters.map((p) => ({ ...p, description: '' })) })),
        enums: m.enums.map((e) => ({ ...e, values: e.values.map((v) => ({ ...v, tooltip: '' })) })),
      });
      expect(strip(meta)).toEqual(strip(en));
      expect(meta.functions[0].description).not.toBe(en.functions[0].description);
    });
  }
});

describe('the manifest and the README follow the table', () => {
  it('overrides the functions metadata URL for zh-CN with functions.zh-CN.json', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="zh-CN" Value="([^"]+)"\/>\s*<\/bt:Url>/.exec(manifest);
    expect(url).not.toBeNull();
    expect(url![1].endsWith(`/${METADATA_FILES['en-US']}`)).toBe(true);
    expect(url![2].endsWith(`/${METADATA_FILES['zh-CN']}`)).toBe(true);
  });

  it('README holds the reference generated from the table (regenerate: node -r ts-node/register/transpile-only scripts/functions-reference.ts)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(functionsReference());
    for (const f of FUNCTION_TABLE) expect(readme).toContain(signature(f));
  });

  it('every catalogue has help for exactly the declared arguments', () => {
    for (const language of ['en-US', 'zh-CN'] as const) {
      const texts = catalogue(language).functions.functions;
      for (const f of FUNCTION_TABLE) expect([language, f.id, Object.keys(texts[f.id].args).sort()]).toEqual([language, f.id, allArgs(f).map((a) => a.name).sort()]);
    }
  });
});
