#!/usr/bin/env node
/**
 * npm start: builds and serves the add-in on https://localhost:3000 (webpack-dev-server, development
 * build, live reload) and sideloads it into Excel desktop on Windows and macOS; elsewhere it prints
 * how to sideload into Excel on the web. Ctrl+C stops everything.
 *
 *   npm start                 serve (office.js from the local @microsoft/office-js copy) + sideload
 *   npm start -- --cdn        serve with office.js from Microsoft's CDN instead
 *   npm start -- --no-sideload
 */
import { spawn } from 'node:child_process';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCert, CERT_FILE } from './ensure-cert.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const URL = `https://localhost:${PORT}/taskpane.html`;
const args = new Set(process.argv.slice(2));
const cdn = args.has('--cdn');
const sideload = !args.has('--no-sideload') && (process.platform === 'win32' || process.platform === 'darwin');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const children = [];
let stopping = false;

function run(cmd, cmdArgs, name) {
  // On POSIX each child leads its own process group so that stopping it also stops what it spawned
  // (npx → webpack); Ctrl+C reaches this script, which stops them.
  const child = spawn(cmd, cmdArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    detached: process.platform !== 'win32',
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (name === 'server') {
      console.error(`\nThe dev server stopped (${signal ?? `exit ${code}`}).`);
      stop(code ?? 1);
    } else if (code !== 0) {
      console.error(`\n${name} failed (exit ${code}); the dev server keeps running at ${URL}.`);
    }
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const finish = () => {
    for (const c of children) {
      if (c.exitCode !== null || c.signalCode !== null) continue;
      try {
        if (process.platform === 'win32') c.kill('SIGTERM');
        else process.kill(-c.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    setTimeout(() => process.exit(code), 500).unref();
  };
  if (sideload) {
    // Unregister the add-in and close the debugging session.
    const s = spawn(npx, ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    s.on('exit', finish);
    s.on('error', finish);
  } else {
    finish();
  }
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  ensureCert();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const serveArgs = ['webpack', 'serve', '--mode', 'development', '--env', cdn ? 'cdn' : 'offline'];
run(npx, serveArgs, 'server');

/** Resolves once the dev server answers (the first build is done), or rejects after a timeout. */
function waitForServer(timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = request(URL, { method: 'HEAD', rejectUnauthorized: false, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
      req.end();
    };
    const retry = () => {
      if (stopping) return;
      if (Date.now() > deadline) reject(new Error(`The dev server did not answer at ${URL}`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

if (sideload) {
  console.log(`Trust ${CERT_FILE} (double-click it on Windows, or add it to the login keychain as "Always Trust"\n` +
    'on macOS) once, or Excel will refuse to load the add-in from https://localhost.');
  // office-addin-debugging is fetched on demand (it is not a devDependency: it pulls in native
  // modules that do not build everywhere). It registers the manifest and opens Excel.
  waitForServer().then(
    () =>
      run(
        npx,
        ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(PORT)],
        'Sideloading into Excel desktop',
      ),
    (e) => {
      console.error(e.message);
      stop(1);
    },
  );
} else {
  console.log(`
────────────────────────────────────────────────────────────────────────────
 Sales Performance Kit is being served at ${URL}

 Sideload it into Excel on the web:
   1. Trust the development certificate: open ${URL} in the browser you use
      for Excel and accept the warning (or import ${CERT_FILE}
      as a trusted certificate authority).
   2. Open a workbook at https://www.office.com (Excel on the web).
   3. Insert > Add-ins > My Add-ins > Upload My Add-in, choose
      ${join(ROOT, 'manifest.xml')} and select Upload.
   4. Home > Sales Kit opens the pane; type =SALES.COMMISSION(2500000, {0,0.01;1000000,0.015;2000000,0.02})
      in a cell (35000).

 The pane also runs in a plain browser at ${URL}: outside Office it is in
 preview mode on the bundled sample data (the SALES functions need Excel).
 Press Ctrl+C to stop.
────────────────────────────────────────────────────────────────────────────
`);
}
