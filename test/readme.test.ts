import fs from 'node:fs';
import path from 'node:path';
import { FIELDS, TABLE_KINDS, type FieldSpec } from '../src/data/fields';
import { signature } from '../src/functions/reference';
import { FUNCTION_TABLE } from '../src/functions/table';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const PKG = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));

describe('README stays true', () => {
  it.each(FUNCTION_TABLE.map((f) => [f.id, f] as const))('documents SALES.%s with its signature and the table example', (_id, f) => {
    expect(README).toContain(signature(f));
    expect(README).toContain(f.example);
  });
  it('names the two quick-start commands, and both exist as npm scripts', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
    expect(PKG.scripts.start).toBeDefined();
    expect(PKG.scripts.test).toBeDefined();
  });
  it.each(TABLE_KINDS)('lists every %s field with every header recognised for it, in priority order', (kind) => {
    for (const [field, spec] of Object.entries(FIELDS[kind] as Record<string, FieldSpec>)) {
      expect(README).toContain(`| \`${field}\` |`);
      expect(README).toMatch(new RegExp(`\\| \`${field}\` \\| [^|]+ \\| ${spec.synonyms.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' · ')} \\|`));
    }
  });
  it('documents every option of npm run generate', () => {
    for (const option of ['--data FILE', '--map "Header=field"', '--template FILE.json', '--period YYYY-MM', '--lang zh-CN', '--payroll FILE.csv', '--out FILE.xlsx', '--sample', '--seed N', '--help']) {
      expect(README).toContain(`| \`${option}`);
    }
    expect(PKG.scripts.generate).toBeDefined();
    expect(PKG.scripts.demo).toBeDefined();
  });
  it('.ci/run runs the README test command', () => {
    const ci = fs.readFileSync(path.join(__dirname, '..', '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});
