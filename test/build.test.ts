/**
 * Tests of the BUILT add-in in dist/ (npm test runs `npm run build` first): functions.json and
 * functions.zh-CN.json are exactly what the function table generates, the functions bundle
 * registers every id with a stand-in CustomFunctions and computes the seed examples, and the page
 * loads office.js from the CDN and both bundles.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import { functionsMetadata, METADATA_FILES } from '../src/functions/metadata';
import { FUNCTION_TABLE } from '../src/functions/table';
import { ErrorCode, StandInError } from './setup/customFunctions';

const DIST = join(__dirname, '..', 'dist');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function distFile(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the add-in first (npm run build; npm test does it).`);
  }
  return readFileSync(file, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// functions.json and functions.zh-CN.json against the function table

describe.each(['en-US', 'zh-CN'] as const)('dist metadata for %s', (language) => {
  test('is exactly what the function table generates (ids, arguments, optional flags, enums, help)', () => {
    expect(JSON.parse(distFile(METADATA_FILES[language]))).toEqual(JSON.parse(JSON.stringify(functionsMetadata(language))));
  });
  test('lists every table id once, with no repeating parameters', () => {
    const json = JSON.parse(distFile(METADATA_FILES[language])) as { functions: { id: string; parameters: { repeating?: boolean }[] }[] };
    expect(json.functions.map((f) => f.id)).toEqual(FUNCTION_TABLE.map((f) => f.id));
    expect(json.functions.flatMap((f) => f.parameters).some((p) => p.repeating)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// functions.js in a VM with a stand-in CustomFunctions

type Fn = (...args: unknown[]) => unknown;

interface Loaded {
  context: vm.Context;
  registered: Map<string, Fn>;
}

let loaded: Loaded | undefined;

/** Runs dist/functions.js once, as the shared runtime would, but without Office. */
function load(): Loaded {
  if (loaded) return loaded;
  const code = distFile('functions.js');
  const registered = new Map<string, Fn>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      Error: StandInError,
      ErrorCode,
      associate(id: string, fn: Fn) {
        if (registered.has(id)) throw new Error(`${id} associated twice`);
        registered.set(id, fn);
      },
    },
    console,
    setTimeout,
    clearTimeout,
  };
  const context = vm.createContext(sandbox);
  vm.runInContext('var window = globalThis, self = globalThis;', context);
  vm.runInContext(code, context, { filename: join(DIST, 'functions.js') });
  loaded = { context, registered };
  return loaded;
}

/** Builds the arguments inside the bundle's realm, as Excel would hand them over. */
function call(id: string, ...args: unknown[]): unknown {
  const { context, registered } = load();
  const fn = registered.get(id);
  if (!fn) throw new Error(`SALES.${id} was not associated`);
  const inRealm = vm.runInContext(`(${JSON.stringify(args)})`, context) as unknown[];
  return fn(...inRealm);
}

/** The value a function returns, awaited if it is a promise, as plain JSON data. */
async function value(id: string, ...args: unknown[]): Promise<unknown> {
  return JSON.parse(JSON.stringify(await call(id, ...args)));
}

/** The stand-in error a function throws (or rejects with). */
async function error(id: string, ...args: unknown[]): Promise<unknown> {
  try {
    const v = await call(id, ...args);
    throw new Error(`SALES.${id} returned ${JSON.stringify(v)} instead of an error`);
  } catch (e) {
    return e;
  }
}

const SEED_TIERS = [
  [0, 0.01],
  [1000000, 0.015],
  [2000000, 0.02],
];

describe('dist/functions.js with a stand-in CustomFunctions', () => {
  test('associates every table id, and nothing else', () => {
    const { registered } = load();
    expect([...registered.keys()].sort()).toEqual(FUNCTION_TABLE.map((f) => f.id).sort());
    for (const fn of registered.values()) expect(typeof fn).toBe('function');
  });

  test('COMMISSION: seed plan, 2,500,000 → 35,000 marginal, 50,000 flat', async () => {
    expect(await value('COMMISSION', 2500000, SEED_TIERS, null, null, null)).toBe(35000);
    expect(await value('COMMISSION', 2500000, SEED_TIERS, 'flat', null, null)).toBe(50000);
  });

  test('SPLIT: 4,000,000 by 120/150/130', async () => {
    expect(await value('SPLIT', 4000000, [[120], [150], [130]], null)).toEqual([[1200000], [1500000], [1300000]]);
  });

  test('SCORE: the seed row scores 88', async () => {
    expect(await value('SCORE', [[1.04, 0.25, 65000, 0.92, 71.2]], [[1, 0.3, 80000, 1, 100]], null)).toBe(88);
  });

  test('GRADE: 88 is Good outside Office (no workbook template), 良好 with language "zh-CN"', async () => {
    expect(await value('GRADE', 88, null, null)).toBe('Good');
    expect(await value('GRADE', 88, null, null, 'zh-CN')).toBe('良好');
  });

  test('RFM: cn8 segments in Chinese, and RFMTHRESHOLDS, from the built bundle', async () => {
    const rows = (await value('RFM', [['A'], ['B']], [[45000], [45010]], [[100], [10]], null, null, false, 'cn8', 'zh-CN')) as unknown[][];
    expect(rows.map((r) => [r[0], r[8]])).toEqual([
      ['A', '重要保持客户'],
      ['B', '一般价值客户'],
    ]);
    const cuts = (await value('RFMTHRESHOLDS', [['A'], ['B']], [[45000], [45010]], [[100], [10]], null, 2)) as unknown[][];
    expect(cuts[0][0]).toBe('Score');
    expect(cuts.length).toBe(3);
  });

  test('FUNNEL: a stage of 0 keeps its row and blanks the next conversion', async () => {
    expect(await value('FUNNEL', [[100], [0], [0]], null)).toEqual([
      [100, '', 1, ''],
      [0, 0, 0, 'LOW'],
      [0, '', 0, ''],
    ]);
  });

  test('RISK: 70 of 100 is RED', async () => {
    expect(await value('RISK', 70, 100, null, null, null)).toBe('RED');
  });

  test('a negative amount is a #NUM! error (a CustomFunctions.Error, not an exception)', async () => {
    const e = await error('COMMISSION', -1, SEED_TIERS, null, null, null);
    expect(e).toBeInstanceOf(StandInError);
    expect((e as StandInError).code).toBe('#NUM!');
    expect((e as StandInError).message).toMatch(/amount/i);
  });
});

// ---------------------------------------------------------------------------------------------
// The page and the rest of dist/

describe('dist/taskpane.html and the other assets', () => {
  function scriptSources(html: string): string[] {
    return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi), (m) => m[1]);
  }

  test('loads office.js from the CDN first, then the functions and task pane bundles', () => {
    const sources = scriptSources(distFile('taskpane.html'));
    expect(sources[0]).toBe(OFFICE_JS_CDN);
    expect(sources).toContain('functions.js');
    expect(sources).toContain('taskpane.js');
    expect(sources.indexOf('functions.js')).toBeLessThan(sources.indexOf('taskpane.js'));
    expect(sources.filter((s) => /office\.js$/.test(s))).toEqual([OFFICE_JS_CDN]);
  });

  test('ships the manifest and the icons', () => {
    expect(distFile('manifest.xml')).toContain('<Namespace resid="Functions.Namespace"/>');
    expect(distFile('manifest.xml')).toContain('functions.zh-CN.json');
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(DIST, 'assets', `icon-${size}.png`))).toBe(true);
  });

  // The first script the pane loads holds React, Fluent UI, zod, decimal.js and both languages'
  // catalogue (the header synonyms included); the .xlsx writer, zip and file decoders load only
  // when a file is read or written, and a stray static import of them would show here first.
  test('the task pane bundle stays tree-shaken (under 800 KB minified, no file readers or writers in it)', () => {
    const initial = distFile('taskpane.js');
    for (const marker of ['xl/worksheets', 'JSZip', 'sharedStrings', 'TextDecoder', 'HyperFormula']) expect(initial).not.toContain(marker);
    expect(statSync(join(DIST, 'taskpane.js')).size).toBeLessThan(800 * 1024);
  });
});
