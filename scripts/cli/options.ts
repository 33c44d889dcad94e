/**
 * The command line of `npm run generate` and `npm run demo`: every option, checked before anything
 * is read. A wrong option is a usage error (exit status 2) worded in the run's language.
 */
import { LANGUAGES, type Language } from '../../src/core/language';

export interface CliOptions {
  data: string[];
  maps: string[];
  template?: string;
  period?: string;
  lang?: Language;
  payroll?: string;
  out?: string;
  /** An existing workbook to generate into, in place (instead of out). */
  into?: string;
  sample: boolean;
  seed?: number;
  /** Close or reopen a month (YYYY-MM) of the --out workbook (scripts/cli/close.ts). */
  close?: string;
  reopen?: string;
  /** The company's currency (ISO 4217), over the template's and the data's. */
  currency?: string;
  help: boolean;
}

export type UsageError =
  | { code: 'unknownOption'; option: string }
  | { code: 'missingValue'; option: string }
  | { code: 'badLang'; value: string }
  | { code: 'badSeed'; value: string }
  | { code: 'badCurrency'; value: string }
  | { code: 'missingOut' }
  | { code: 'missingData' }
  | { code: 'dataWithSample' }
  | { code: 'seedWithoutSample' }
  | { code: 'badMonth'; option: string; value: string }
  | { code: 'bothActions' }
  | { code: 'intoWithOut' };

const WITH_VALUE = new Set(['--data', '--map', '--template', '--period', '--lang', '--payroll', '--out', '--seed', '--into', '--close', '--reopen', '--currency']);
const FLAGS = new Set(['--sample', '--help', '-h']);

/**
 * Reads argv (after the script name). `--opt value` and `--opt=value` are both accepted.
 * `defaults` is what `npm run demo` presets (the sample and an output path).
 */
export function parseOptions(argv: readonly string[], defaults: Partial<CliOptions> = {}): CliOptions | UsageError {
  const o: CliOptions = { data: [], maps: [], sample: false, help: false, ...defaults };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name) && eq < 0) {
      if (name === '--sample') o.sample = true;
      else o.help = true;
      continue;
    }
    if (!WITH_VALUE.has(name)) return { code: 'unknownOption', option: arg };
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && (WITH_VALUE.has(next.split('=')[0]) || FLAGS.has(next)))) return { code: 'missingValue', option: name };
      value = next;
      i++;
    }
    switch (name) {
      case '--data':
        o.data.push(value);
        break;
      case '--map':
        o.maps.push(value);
        break;
      case '--lang':
        if (!LANGUAGES.includes(value as Language)) return { code: 'badLang', value };
        o.lang = value as Language;
        break;
      case '--seed': {
        const n = Number(value);
        if (value.trim() === '' || !Number.isInteger(n)) return { code: 'badSeed', value };
        o.seed = n;
        break;
      }
      case '--currency':
        // A code, not a sign: "$" is several currencies and "¥" two.
        if (!/^[A-Za-z]{3}$/.test(value.trim())) return { code: 'badCurrency', value };
        o.currency = value.trim().toUpperCase();
        break;
      case '--template':
        o.template = value;
        break;
      case '--period':
        o.period = value;
        break;
      case '--payroll':
        o.payroll = value;
        break;
      case '--out':
        o.out = value;
        outGiven = true;
        break;
      case '--into':
        o.into = value;
        break;
      case '--close':
      case '--reopen':
        // Exactly one month, written one way: a closing is finance's record, not a guess.
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { code: 'badMonth', option: name, value };
        if (name === '--close') o.close = value;
        else o.reopen = value;
        break;
    }
  }
  if (o.help) return o;
  if (o.close !== undefined && o.reopen !== undefined) return { code: 'bothActions' };
  if (o.sample && o.data.length > 0) return { code: 'dataWithSample' };
  if (o.seed !== undefined && !o.sample) return { code: 'seedWithoutSample' };
  if (!o.sample && o.data.length === 0) return { code: 'missingData' };
  const into = intoOption(o, outGiven);
  if (into) return into;
  if (!o.out && !o.into) return { code: 'missingOut' };
  return o;
}

/** --into names the output itself: an --out typed beside it is a mistake; a preset one (npm run demo) gives way. */
function intoOption(o: CliOptions, outGiven: boolean): UsageError | null {
  if (o.into === undefined) return null;
  if (outGiven) return { code: 'intoWithOut' };
  delete o.out;
  return null;
}

export const isUsageError = (x: CliOptions | UsageError): x is UsageError => 'code' in x;

/** The language a run speaks before it has read a template: --lang if valid anywhere in argv. */
export function languageHint(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i].startsWith('--lang=') ? argv[i].slice(7) : argv[i] === '--lang' ? argv[i + 1] : undefined;
    if (v && LANGUAGES.includes(v as Language)) return v as Language;
  }
  return undefined;
}
