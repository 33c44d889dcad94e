import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.css': 'text/css',
};

/** The localhost certificate of `npm start` (scripts/ensure-cert.mjs creates it when missing). */
function certificate(): { cert: Buffer; key: Buffer } {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensure-cert.mjs')], { stdio: 'ignore' });
  return { cert: readFileSync(join(ROOT, '.certs', 'localhost.crt')), key: readFileSync(join(ROOT, '.certs', 'localhost.key')) };
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A small https static server over `dir` on a free localhost port. */
export async function serveHttps(dir: string): Promise<StaticServer> {
  const server: Server = createServer(certificate(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'taskpane.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
