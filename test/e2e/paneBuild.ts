import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** A separate output folder: the e2e build uses the local office.js (--env offline), dist/ the CDN. */
export const E2E_DIST = join(ROOT, 'test-artifacts', 'pane-dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--ignore-certificate-errors'];

/** Fails (never skips) when the browser the e2e test needs is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the end-to-end test needs Debian's Chromium. ` +
        'Install it with "apt-get install -y --no-install-recommends chromium" (or set CHROMIUM_PATH).',
    );
  }
}

/**
 * Builds the pane for the test with the local office.js copy, so no request leaves localhost.
 * E2E_REUSE_BUILD=1 reuses an existing build (for quick reruns while working on the test).
 */
export function buildPane(): string {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(E2E_DIST, 'taskpane.html'))) return E2E_DIST;
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'offline', '--output-path', E2E_DIST],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return E2E_DIST;
}
