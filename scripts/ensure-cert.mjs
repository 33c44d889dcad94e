#!/usr/bin/env node
/**
 * Makes sure a self-signed certificate for https://localhost:3000 exists in .certs/
 * (localhost.crt + localhost.key), creating it with openssl when missing or expired.
 * Run: node scripts/ensure-cert.mjs   (npm start runs it)
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CERT_DIR = join(ROOT, '.certs');
export const CERT_FILE = join(CERT_DIR, 'localhost.crt');
export const KEY_FILE = join(CERT_DIR, 'localhost.key');

function stillValid() {
  if (!existsSync(CERT_FILE) || !existsSync(KEY_FILE)) return false;
  try {
    const cert = new X509Certificate(readFileSync(CERT_FILE));
    return Date.parse(cert.validTo) > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

export function ensureCert({ quiet = false } = {}) {
  if (stillValid()) {
    if (!quiet) console.log(`Using the certificate in ${CERT_DIR}`);
    return { cert: CERT_FILE, key: KEY_FILE, created: false };
  }
  mkdirSync(CERT_DIR, { recursive: true });
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '825',
        '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout', KEY_FILE, '-out', CERT_FILE,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (e) {
    const detail = e.code === 'ENOENT' ? 'openssl is not installed' : String(e.stderr || e.message);
    throw new Error(`Could not create a localhost certificate: ${detail}`);
  }
  if (!quiet) console.log(`Created a self-signed certificate for localhost in ${CERT_DIR}`);
  return { cert: CERT_FILE, key: KEY_FILE, created: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureCert();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
