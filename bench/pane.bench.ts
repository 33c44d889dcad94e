/**
 * The task pane's start-up cost: the initial JavaScript (the taskpane and functions entry chunks
 * the page loads before anything renders, gzip; lazy chunks such as exceljs and the sheet builders
 * are not counted) and the time to first render in headless Chromium over https on localhost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, requireChromium } from '../test/e2e/paneBuild';
import { serveHttps } from '../test/e2e/server';
import { FIRST_RENDER_MARK } from '../src/taskpane/marks';
import { fmt, print } from './harness';

const ENTRY_CHUNKS = ['taskpane.js', 'functions.js'];
const LOADS = 5;

export async function benchPane(): Promise<void> {
  requireChromium();
  const dist = buildPane();
  const sizes = ENTRY_CHUNKS.map((f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length / 1024);
  const server = await serveHttps(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ locale: 'en-US' });
      await context.route('**/*', (r) => (new URL(r.request().url()).hostname === 'localhost' ? r.continue() : r.abort()));
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole('tab', { name: 'Generate' }).waitFor();
      // From navigation start to the App's first commit, marked by the page itself.
      times.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, FIRST_RENDER_MARK));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  print('Task pane', [
    { name: 'initial JavaScript, gzip (taskpane + functions entries)', value: `${fmt(sizes[0] + sizes[1], 1)} KB`, goal: '≤ 250 KB', note: `taskpane ${fmt(sizes[0], 1)}, functions ${fmt(sizes[1], 1)}` },
    { name: `time to first render, headless Chromium, median of ${LOADS}`, value: `${fmt(times[Math.floor(LOADS / 2)])} ms`, goal: '≤ 1,000 ms', note: `best ${fmt(times[0])} ms` },
  ]);
}
