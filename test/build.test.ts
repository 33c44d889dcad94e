/**
 * Tests of the BUILT add-in in dist/ (npm test runs `npm run build` first): functions.json lists
 * exactly the catalogue, the functions bundle registers every id with a stand-in CustomFunctions
 * and computes the seed examples, and the page loads office.js from the CDN and both bundles.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import { CATALOGUE, type Dimensionality } from '../src/functions/catalogue';
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
// functions.json against the catalogue

interface MetadataParam {
  name: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  parameters: MetadataParam[];
  result?: { dimensionality?: string };
}

function metadata(): MetadataFunction[] {
  const json = JSON.parse(distFile('functions.json')) as { functions?: MetadataFunction[] };
  if (!Array.isArray(json.functions)) throw new Error('dist/functions.json has no "functions" array');
  return json.functions;
}

const dim = (d: string | undefined): Dimensionality => (d === 'matrix' ? 'matrix' : 'scalar');

describe('dist/functions.json', () => {
  test('lists exactly the catalogue ids', () => {
    const ids = metadata().map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
  });

  test.each(CATALOGUE.map((f) => [f.id, f] as const))(
    '%s: parameter names, count, optional flags, dimensionality and result',
    (id, spec) => {
      const fn = metadata().find((f) => f.id === id);
      expect(fn).toBeDefined();
      const built = fn as MetadataFunction;
      expect(built.name).toBe(id);
      expect({
        params: built.parameters.map((p) => ({
          name: p.name,
          dimensionality: dim(p.dimensionality),
          optional: p.optional === true,
        })),
        result: dim(built.result?.dimensionality),
      }).toEqual({
        params: spec.params.map((p) => ({ name: p.name, dimensionality: p.dimensionality, optional: p.optional })),
        result: spec.result,
      });
      expect(built.parameters.some((p) => p.repeating)).toBe(false);
    },
  );
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
  test('associates every catalogue id, and nothing else', () => {
    const { registered } = load();
    expect([...registered.keys()].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
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

  test('GRADE: 88 is Good (English outside Office)', async () => {
    expect(await value('GRADE', 88, null, null)).toBe('Good');
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
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(DIST, 'assets', `icon-${size}.png`))).toBe(true);
  });

  test('the task pane bundle stays tree-shaken (under 700 KB minified)', () => {
    distFile('taskpane.js');
    expect(statSync(join(DIST, 'taskpane.js')).size).toBeLessThan(700 * 1024);
  });
});
