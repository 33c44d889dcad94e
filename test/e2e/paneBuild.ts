import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveHttps } from './server';

const ROOT = join(__dirname, '..', '..');
/** A separate output folder: the e2e build uses the local office.js (--env offline), dist/ the CDN. */
export const E2E_DIST = join(ROOT, 'test-artifacts', 'pane-dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--ignore-certificate-errors'];

/** Fails (never skips) when the browser the end-to-end tests need is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the end-to-end test needs Debian's Chromium. ` +
        'Install it with "apt-get install -y --no-install-recommends chromium" (or set CHROMIUM_PATH).',
    );
  }
}

/** A hash of everything the build reads, so a build is reused only for exactly these sources. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const add = (p: string): void => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) add(join(p, name));
    else hash.update(p).update(readFileSync(p));
  };
  for (const p of ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package-lock.json']) add(join(ROOT, p));
  return hash.digest('hex');
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the pane for the tests with the local office.js copy, so no request leaves localhost.
 * The end-to-end suites share one build: it is redone only when a source changed (and one suite
 * waits while another builds).
 */
export function buildPane(): string {
  const keyFile = join(E2E_DIST, '.source-key');
  const lock = join(ARTIFACTS, '.pane-build-lock');
  mkdirSync(ARTIFACTS, { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 600_000) throw new Error(`${lock} is held for more than 10 minutes; remove it if no test is running`);
      sleep(500);
    }
  }
  try {
    const key = sourceKey();
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(join(E2E_DIST, 'taskpane.html'))) return E2E_DIST;
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'offline', '--output-path', E2E_DIST],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    writeFileSync(keyFile, key);
    return E2E_DIST;
  } finally {
    rmdirSync(lock);
  }
}

export interface PaneInChromium {
  /** https://localhost:<port>, serving the built pane. */
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The built pane served over https on localhost, and a headless Chromium to open it in. */
export async function paneInChromium(): Promise<PaneInChromium> {
  requireChromium();
  const server = await serveHttps(buildPane());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
