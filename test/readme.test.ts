import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUE } from '../src/functions/catalogue';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const PKG = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));

describe('README stays true', () => {
  it.each(CATALOGUE.map((f) => [f.id, f]))('documents SALES.%s with its signature and the catalogue example', (_id, f) => {
    const signature = `SALES.${f.id}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    expect(README).toContain(signature);
    expect(README).toContain(f.example);
  });
  it('names the two quick-start commands, and both exist as npm scripts', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
    expect(PKG.scripts.start).toBeDefined();
    expect(PKG.scripts.test).toBeDefined();
  });
  it('.ci/run runs the README test command', () => {
    const ci = fs.readFileSync(path.join(__dirname, '..', '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});
