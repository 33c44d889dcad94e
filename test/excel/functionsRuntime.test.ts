/**
 * The functions bundle's entry inside Excel: every id associated, the workbook's template
 * language read through Office.js for the cells, and the workbook marked to load the add-in on
 * open the first time a SALES function computes in it.
 */
import { saveTemplate } from '../../src/excel/templateStore';
import { FakeEnv } from './fakeExcel';

type Fn = (...args: unknown[]) => unknown;

async function startRuntime(startup: string, template: unknown | null) {
  const env = new FakeEnv();
  if (template !== null) await env.run((context) => saveTemplate(context, template));
  const associated = new Map<string, Fn>();
  const setStartupBehavior = jest.fn(async () => undefined);
  const g = globalThis as Record<string, unknown>;
  const cf = g.CustomFunctions as { associate: (id: string, fn: Fn) => void };
  const original = cf.associate;
  cf.associate = (id, fn) => associated.set(id, fn);
  g.Office = {
    HostType: { Excel: 'Excel' },
    StartupBehavior: { load: 'Load', none: 'None' },
    onReady: (cb: (info: { host: string }) => void) => Promise.resolve(cb({ host: 'Excel' })),
    context: { requirements: { isSetSupported: (name: string, v: string) => name === 'SharedRuntime' && v === '1.1' } },
    addin: { getStartupBehavior: async () => startup, setStartupBehavior },
  };
  g.Excel = { run: (f: Fn) => env.run(f as never) };
  await jest.isolateModulesAsync(async () => {
    await import('../../src/excel/functionsRuntime');
  });
  cf.associate = original;
  return { associated, setStartupBehavior };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

describe('the functions runtime in Excel', () => {
  it("associates every function; the first call reads the template's language; it marks the workbook to load on open once", async () => {
    const { associated, setStartupBehavior } = await startRuntime('None', { version: 2, settings: { language: 'zh-CN' } });
    expect(associated.size).toBe(16);
    expect(await associated.get('GRADE')!(88, null, null)).toBe('良好');
    expect(associated.get('GRADE')!(95, null, null)).toBe('优秀');
    await new Promise((r) => setTimeout(r, 0));
    expect(setStartupBehavior).toHaveBeenCalledTimes(1);
    expect(setStartupBehavior).toHaveBeenCalledWith('Load');
  });

  it('leaves a workbook that already loads on open alone, and falls back to en-US without a template', async () => {
    const { associated, setStartupBehavior } = await startRuntime('Load', null);
    expect(await associated.get('GRADE')!(88, null, null)).toBe('Good');
    await new Promise((r) => setTimeout(r, 0));
    expect(setStartupBehavior).not.toHaveBeenCalled();
  });
});
