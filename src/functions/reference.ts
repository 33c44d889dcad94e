/**
 * The README's function reference, generated from the function table and the en-US catalogue
 * (`node -r ts-node/register/transpile-only scripts/functions-reference.ts` rewrites it; a test
 * checks the README holds exactly this text).
 */
import { catalogue } from '../i18n';
import { ENUMS } from './ids';
import { allArgs, type Arg, type FunctionDef } from './spec';
import { FUNCTION_TABLE } from './table';

export const REFERENCE_START = '<!-- functions reference: generated from src/functions/table.ts -->';
export const REFERENCE_END = '<!-- end of functions reference -->';

export const signature = (f: FunctionDef): string =>
  `SALES.${f.id}(${allArgs(f)
    .map((a) => (a.optional ? `[${a.name}]` : a.name))
    .join(', ')})`;

function defaultText(a: Arg<unknown>): string | null {
  if (a.enumId !== undefined) {
    const choices = ENUMS[a.enumId].map((v) => `"${v}"`).join(' / ');
    return a.default === undefined ? `${a.name}: ${choices}` : `${a.name}: ${choices} (default "${a.default}")`;
  }
  if (a.default === undefined) return null;
  const d = a.default;
  return `${a.name} ${Array.isArray(d) ? d.join(', ') : typeof d === 'boolean' ? (d ? 'TRUE' : 'FALSE') : String(d)}`;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function functionsReference(): string {
  const texts = catalogue('en-US').functions.functions;
  const rows = FUNCTION_TABLE.map((f) => {
    const defaults = f.args.map(defaultText).filter((x): x is string => x !== null);
    const what = `${texts[f.id].description}${defaults.length > 0 ? ` Defaults: ${defaults.join('; ')}.` : ''}`;
    return `| \`${signature(f)}\` | ${cell(what)} | \`${cell(f.example)}\` | ${cell(f.exampleResult)} |`;
  });
  return [REFERENCE_START, '| Function | What it returns | Example | Result |', '|---|---|---|---|', ...rows, REFERENCE_END].join('\n');
}

/** The README with its reference section replaced by the generated one. */
export function withReference(readme: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error('README.md has no functions reference markers');
  return readme.slice(0, start) + functionsReference() + readme.slice(end + REFERENCE_END.length);
}
