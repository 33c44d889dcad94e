/**
 * The built pane at task-pane widths (320, 360, 400 px) in headless Chromium, preview mode, both
 * languages: every panel is measured — nothing wider than the pane, no sideways scrolling, paired
 * fields never on top of each other, buttons apart from the boxes next to them — and saved as a
 * screenshot (test-artifacts/pane-at-360px/ for a person to look at, the other widths in
 * test-artifacts/pane-widths/). Also the pane where office.js cannot load, and a pane that cannot
 * start at all: each says so instead of showing a blank page.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, paneInChromium, type PaneInChromium } from './paneBuild';

const WIDTHS = [320, 360, 400];
const AT_360 = join(ARTIFACTS, 'pane-at-360px');
const OTHER_WIDTHS = join(ARTIFACTS, 'pane-widths');
const PANELS: Record<'en-US' | 'zh-CN', [id: string, tab: string][]> = {
  'en-US': [
    ['1-generate', 'Generate'],
    ['2-at-risk-targets', 'At-risk targets'],
    ['3-plans-and-settings', 'Plans & settings'],
    ['4-templates', 'Templates'],
    ['5-sheets', 'Sheets'],
  ],
  'zh-CN': [
    ['1-generate', '生成'],
    ['2-at-risk-targets', '风险预警'],
    ['3-plans-and-settings', '方案与设置'],
    ['4-templates', '模板'],
    ['5-sheets', '工作表'],
  ],
};

let pane: PaneInChromium;

beforeAll(async () => {
  for (const dir of [AT_360, OTHER_WIDTHS]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  pane = await paneInChromium();
}, 600_000);

afterAll(() => pane?.close());

/** A page on the built pane; requests matching `block` fail as if the network refused them. */
async function open(locale: string, width: number, block?: RegExp): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await pane.browser.newContext({ locale, viewport: { width, height: 800 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'blob:' || url.protocol === 'data:' || ['localhost', '127.0.0.1'].includes(url.hostname);
    return local && !(block && block.test(url.pathname)) ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${pane.origin}/taskpane.html`);
  return { context, page, errors };
}

/**
 * What is wrong with the layout of the open panel, measured in the page: anything reaching past
 * the pane's edges (unless inside a box that scrolls or clips it, such as a sheet's table), a
 * page wider than the pane, fields whose boxes overlap, and buttons touching a box beside them.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (e: Element): string => {
      const text = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} "${text}"`;
    };
    const visible = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const clipped = (e: Element): boolean => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return p.getBoundingClientRect().right <= width + 0.5;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px pane`);
    const panel = document.querySelector('[role="tabpanel"]:not([hidden])');
    const scope = [document.querySelector('header'), document.querySelector('[role="tablist"]'), panel].filter((e): e is Element => e !== null);
    for (const root of scope) {
      for (const e of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (!visible(e) || e.closest('[data-tabster-dummy]')) continue;
        const r = e.getBoundingClientRect();
        if ((r.right > width + 0.5 || r.left < -0.5) && !clipped(e)) problems.push(`${describe(e)} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
      }
    }
    if (!panel) return [...problems, 'no open panel'];
    const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    // Fields and their labels: a label running out of its field onto the next one counts too.
    const fields = Array.from(panel.querySelectorAll('.fui-Field, .fui-Field > label')).filter(visible);
    for (let i = 0; i < fields.length; i++) {
      for (let j = i + 1; j < fields.length; j++) {
        if (fields[i].contains(fields[j]) || fields[j].contains(fields[i])) continue;
        if (overlap(fields[i].getBoundingClientRect(), fields[j].getBoundingClientRect())) problems.push(`${describe(fields[i])} overlaps ${describe(fields[j])}`);
      }
    }
    const boxes = Array.from(panel.querySelectorAll('.fui-Input, .fui-Select')).filter(visible);
    for (const button of Array.from(panel.querySelectorAll('button')).filter(visible)) {
      const b = button.getBoundingClientRect();
      for (const box of boxes) {
        const r = box.getBoundingClientRect();
        const sameRow = b.top < r.bottom && r.top < b.bottom;
        const gap = Math.max(b.left - r.right, r.left - b.right);
        if (overlap(b, r) || (sameRow && gap < 8)) problems.push(`${describe(button)} is ${Math.round(gap)}px from the box ${describe(box)}`);
      }
    }
    return problems;
  });
}

describe.each(['en-US', 'zh-CN'] as const)('the pane at 320–400 px (%s)', (locale) => {
  test('every panel fits: no sideways scrolling, no overlapping fields, buttons apart from their boxes', async () => {
    const { context, page, errors } = await open(locale, 400);
    const panels = PANELS[locale];
    await page.getByRole('tab', { name: panels[0][1], exact: true }).waitFor();
    // Generate a little first, from the sample company (picked: own data is the default), so the Sheets panel shows tables.
    await page.getByRole('radio', { name: locale === 'en-US' ? 'The sample company' : '示例公司' }).check();
    await page.getByRole('button', { name: locale === 'en-US' ? 'Generate' : '生成', exact: true }).click();
    await page.getByText(locale === 'en-US' ? /Generated \d+ sheets:/ : /已生成 \d+ 个工作表：/).waitFor({ timeout: 120_000 });
    const found: Record<string, string[]> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const [id, tab] of panels) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.locator('[role="tabpanel"]:not([hidden]) h2').waitFor();
        found[`${width}px ${id}`] = await layoutProblems(page);
        const file = width === 360 ? join(AT_360, `${locale}-${id}.png`) : join(OTHER_WIDTHS, `${width}px-${locale}-${id}.png`);
        // The Sheets panel holds whole tables: its first screens are what a person needs to see.
        await page.screenshot({ path: file, fullPage: !id.endsWith('sheets') });
      }
    }
    writeFileSync(join(OTHER_WIDTHS, `problems-${locale}.json`), JSON.stringify(found, null, 2));
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('the production pane where it cannot run normally', () => {
  test('office.js does not load: preview mode, saying why', async () => {
    const { context, page, errors } = await open('en-US', 360, /\/office\/office\.js$/);
    await page.getByText('Office’s JavaScript library (office.js, from appsforoffice.microsoft.com) did not load').waitFor();
    await page.getByRole('tab', { name: 'Generate', exact: true }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: join(AT_360, 'en-US-0-without-office-js.png'), fullPage: true });
    // The custom functions' bundle registers them with office.js and fails without it; the pane does not.
    expect(errors.filter((e) => !e.includes('CustomFunctions is not defined'))).toEqual([]);
    await context.close();
  }, 120_000);

  test('the pane cannot start (its code fails to load): it says so instead of a blank page', async () => {
    // Only the entry bundles load; the chunks the pane loads on demand (the host) are refused.
    const { context, page } = await open('zh-CN', 360, /^\/(?!taskpane\.js|functions\.js|taskpane\.html|office\/|assets\/).*\.js$/);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^销售绩效工具包无法启动（[\s\S]+）。请刷新页面；如在 Excel 中，请关闭后重新打开加载项。$/);
    await page.screenshot({ path: join(AT_360, 'zh-CN-0-cannot-start.png'), fullPage: true });
    await context.close();
  }, 120_000);
});
