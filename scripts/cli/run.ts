/**
 * One run of `npm run generate` (and `npm run demo`): options → template → data files → a
 * validated Dataset → the period → the workbook (and payroll CSV) → files. Every refusal happens
 * before anything is written, and says why in the run's language. Returns the exit status:
 * 0 written, 1 a file, the data or the period was refused, 2 the options are wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { currencyDecimals, DEFAULT_SETTINGS } from '../../src/core/settings';
import { buildDataset, type DataResult, type TableInput, type TableReport } from '../../src/data/dataset';
import { fieldsOf, TABLE_KINDS } from '../../src/data/fields';
import { readDataFile } from '../../src/data/files';
import { parseMapping, type ColumnMapping } from '../../src/data/mapping';
import type { Dataset } from '../../src/data/model';
import { parsePeriodOption } from '../../src/data/period';
import { defaultPeriod, emptyPeriodNotice, yearPeriod } from '../../src/data/periods';
import { companyCurrency } from '../../src/data/companyCurrency';
import { rateProblems } from '../../src/data/rates';
import { hasErrors, problem, PROBLEMS_SHOWN, type DataProblem } from '../../src/data/problems';
import { serialToIso } from '../../src/data/calendar';
import type { Period } from '../../src/host/types';
import { catalogue, renderDataProblem, renderDataProblems, renderSheetNotice, renderTemplateProblem, renderWriteProblem } from '../../src/i18n';
import { resolveLanguage, type Language } from '../../src/core/language';
import { parseTemplate } from '../../src/templates/parse';
import type { Template } from '../../src/templates/templateSchema';
import { hasClosings, runWithClosings } from './close';
import { isWriteError } from '../../src/sheets/writePlan/notices';
import { buildOutputs, sampleDataset, type BuildChoice, type Built } from './build';
import { changedSince, intoRefusalText, isIntoRefusal, openInto, type IntoFile, type IntoRefusal } from './into';
import { isUsageError, languageHint, parseOptions, type CliOptions, type UsageError } from './options';
import { refuseOutput, writeAll } from './output';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** LANG of the environment, for the language when neither --lang nor a template says. */
  lang?: string;
}

export const consoleIo = (): CliIo => ({ out: (l) => console.log(l), err: (l) => console.error(l), lang: process.env.LANG });

/** The language of the workbook and the messages: --lang, the template's, the system's (zh or en), else the default settings'. */
function runLanguage(options: Pick<CliOptions, 'lang'>, template: Template | null, env?: string): Language {
  if (options.lang) return options.lang;
  if (template) return template.settings.language;
  if (env && /^(zh|en)/i.test(env)) return resolveLanguage(env);
  return DEFAULT_SETTINGS.language;
}

const mb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const seconds = (t0: bigint): string => (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2);

function usageText(e: UsageError, language: Language): string {
  const t = catalogue(language).cli;
  switch (e.code) {
    case 'unknownOption':
      return t.unknownOption(e.option);
    case 'missingValue':
      return t.missingValue(e.option);
    case 'badLang':
      return t.badLang(e.value);
    case 'badSeed':
      return t.badSeed(e.value);
    case 'badCurrency':
      return t.badCurrency(e.value);
    case 'missingOut':
      return t.missingOut;
    case 'missingData':
      return t.missingData;
    case 'dataWithSample':
      return t.dataWithSample;
    case 'seedWithoutSample':
      return t.seedWithoutSample;
    case 'badMonth':
      return catalogue(language).closing.cli.badMonth(e.option, e.value);
    case 'bothActions':
      return catalogue(language).closing.cli.bothActions;
    case 'intoWithOut':
      return catalogue(language).cliInto.intoWithOut;
  }
}

/** Every kind and its field names, for --help. */
export const fieldList = (): string => TABLE_KINDS.map((k) => `  ${k}: ${fieldsOf(k).join(', ')}`).join('\n');

export async function runGenerate(argv: readonly string[], io: CliIo, defaults: Partial<CliOptions> = {}): Promise<number> {
  const hinted = languageHint(argv) ?? runLanguage({}, null, io.lang);
  const parsed = parseOptions(argv, defaults);
  if (isUsageError(parsed)) {
    io.err(usageText(parsed, hinted));
    return 2;
  }
  const options = parsed;
  if (options.help) {
    io.out(catalogue(hinted).cli.help(fieldList()));
    return 0;
  }

  // The template first: it decides the language, the plans and the saved mappings.
  let template: Template | null = null;
  if (options.template) {
    const file = options.template;
    const t = catalogue(hinted);
    if (!fs.existsSync(file)) return refuse(io, hinted, [problem('fileNotFound', { file })]);
    const result = parseTemplate(fs.readFileSync(file, 'utf8'));
    if (!result.ok) {
      io.err(t.cli.templateProblems(file));
      for (const p of result.problems.slice(0, PROBLEMS_SHOWN)) io.err(`  ${p.path === '' ? t.templateProblems.root : p.path}: ${renderTemplateProblem(hinted, p.reason)}`);
      const rest = result.problems.length + result.more - Math.min(PROBLEMS_SHOWN, result.problems.length);
      if (rest > 0) io.err(`  ${t.templateProblems.more(rest)}`);
      io.err(t.dataReport.nothingWritten);
      return 1;
    }
    template = result.template;
  }
  const language = runLanguage(options, template, io.lang);
  const t = catalogue(language);

  // --map first, so it wins over the template's mapping of the same header.
  const mappings: ColumnMapping[] = [];
  for (const text of options.maps) {
    const m = parseMapping(text);
    if ('code' in m) {
      io.err(renderDataProblem(language, m));
      return 2;
    }
    mappings.push(m);
  }
  mappings.push(...(template?.mappings ?? []));

  const inputs = [...options.data, ...(options.template ? [options.template] : [])];
  const target = options.into ?? options.out!;
  let into: IntoFile | null = null;
  if (options.into) {
    const opened = await openInto(options.into, inputs);
    if (isIntoRefusal(opened)) return refuseInto(io, language, opened);
    into = opened;
  }
  const refusals = [into ? null : await refuseOutput(target, inputs, 'xlsx'), options.payroll ? await refuseOutput(options.payroll, [...inputs, target], 'csv') : null];
  for (const r of refusals) {
    if (!r) continue;
    io.err(r.code === 'outIsInput' ? t.cli.outIsInput(r.file) : t.cli.notOurs(r.file));
    io.err(t.dataReport.nothingWritten);
    return 1;
  }

  let dataset: Dataset;
  const base = template?.settings ?? DEFAULT_SETTINGS;
  let currency = options.currency ?? base.currency;
  if (options.sample) {
    dataset = sampleDataset(options.seed, language);
  } else {
    const loaded = await loadFiles(options.data, mappings, io, language);
    if ('refused' in loaded) return refuse(io, language, loaded.refused, loaded.errors, loaded.total);
    dataset = loaded.dataset;
    const chosen = companyCurrency(dataset.deals, options.currency ?? template?.settings.currency ?? null, DEFAULT_SETTINGS.currency);
    currency = chosen.currency;
    if (chosen.source === 'data') io.out(t.cli.currencyFromData(currency));
    if (chosen.source === 'default') io.out(t.cli.currencyDefault(currency));
    // A deal in another currency needs its month's rate; none is guessed.
    const rates = rateProblems(dataset, loaded.tables, currency);
    if (rates.length > 0) return refuse(io, language, rates);
  }

  // The period: chosen, or the last full month in the data (the sample: its year, as the demo
  // workbook shows it); one without data is refused before anything is built.
  let period: Period;
  if (options.period) {
    const p = parsePeriodOption(options.period);
    if ('code' in p) {
      io.err(renderDataProblem(language, p));
      return 2;
    }
    period = p;
    io.out(t.dataReport.period(p.label));
  } else {
    period = dataset.origin === 'sample' ? yearPeriod(dataset.asOf) : defaultPeriod(dataset);
    io.out(dataset.origin === 'sample' ? t.dataReport.period(period.label) : t.dataReport.periodDefault(period.label));
  }
  const empty = emptyPeriodNotice(dataset, period);
  if (empty) {
    io.err(renderSheetNotice(language, empty));
    io.err(t.dataReport.nothingWritten);
    return 1;
  }

  io.out(t.cli.building);
  const t0 = process.hrtime.bigint();
  const choice: BuildChoice = {
    language,
    period,
    settings: { ...base, language, currency, decimals: currency === base.currency ? base.decimals : currencyDecimals(currency) },
    template,
    payroll: options.payroll !== undefined,
  };
  // A month to close or reopen, or a workbook with closed months: generated into the file (close.ts).
  const closeIn = options.into ?? options.out!;
  if (options.close || options.reopen || (await hasClosings(closeIn))) return runWithClosings(dataset, choice, { ...options, out: closeIn }, io);
  let built: Built;
  try {
    built = await buildOutputs(dataset, choice, into?.bytes);
  } catch (e) {
    if (!isWriteError(e)) throw e;
    io.err(renderWriteProblem(language, e.problem));
    io.err(t.dataReport.nothingWritten);
    return 1;
  }
  for (const notice of built.notices) io.out(`  ${notice}`);
  if (options.payroll && !built.payroll) {
    io.err(t.cli.payrollUnavailable);
    io.err(t.dataReport.nothingWritten);
    return 1;
  }
  const changed = into ? changedSince(into) : null;
  if (changed) return refuseInto(io, language, changed);
  io.out(into ? t.cliInto.updating(target) : t.cli.writing(target));
  const files: { file: string; bytes: Uint8Array | string }[] = [{ file: target, bytes: built.xlsx }];
  if (options.payroll && built.payroll) files.push({ file: options.payroll, bytes: built.payroll.csv });
  writeAll(files);
  io.out((into ? t.cliInto.updated : t.cli.wrote)(path.resolve(target), built.sheets, mb(built.xlsx.length), seconds(t0)));
  if (options.payroll && built.payroll) io.out(t.cli.wrotePayroll(path.resolve(options.payroll), built.payroll.rows));
  return 0;
}

/** A workbook that cannot be generated into: why, and that nothing was written. */
function refuseInto(io: CliIo, language: Language, r: IntoRefusal): number {
  io.err(intoRefusalText(r, language));
  io.err(catalogue(language).dataReport.nothingWritten);
  return 1;
}

/**
 * Lists the problems of refused data (errors first, the first 50 in full, then a count of the rest)
 * and says nothing was written. `errors` and `total` count problems beyond those kept in the list.
 */
function refuse(io: CliIo, language: Language, problems: readonly DataProblem[], errors = problems.length, total = problems.length): number {
  const t = catalogue(language);
  io.err(t.dataReport.refused(errors));
  for (const line of renderDataProblems(language, problems, PROBLEMS_SHOWN, total)) io.err(`  ${line}`);
  io.err(t.dataReport.nothingWritten);
  return 1;
}

async function loadFiles(
  files: readonly string[],
  mappings: readonly ColumnMapping[],
  io: CliIo,
  language: Language,
): Promise<{ dataset: Dataset; tables: TableReport[] } | { refused: DataProblem[]; errors: number; total: number }> {
  const t = catalogue(language);
  const tables: TableInput[] = [];
  const fileProblems: DataProblem[] = [];
  const encodings = new Map<string, string>();
  for (const file of files) {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      fileProblems.push(problem('fileNotFound', { file }));
      continue;
    }
    const t0 = process.hrtime.bigint();
    io.out(t.cli.reading(file, mb(fs.statSync(file).size)));
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      fileProblems.push(problem('fileUnreadable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      continue;
    }
    const read = await readDataFile(path.basename(file), bytes, mappings);
    fileProblems.push(...read.problems);
    tables.push(...read.tables);
    if (read.encoding) encodings.set(path.basename(file), read.encoding.toUpperCase());
    io.out(t.cli.read(file, seconds(t0)));
  }
  if (hasErrors(fileProblems)) {
    const errors = fileProblems.filter((p) => p.severity === 'error');
    return { refused: errors, errors: errors.length, total: errors.length };
  }
  io.out(t.cli.checking);
  const t0 = process.hrtime.bigint();
  const result = buildDataset(tables, mappings);
  io.out(t.cli.checked(seconds(t0)));
  report(result, encodings, io, language);
  const problems = [...fileProblems, ...result.problems];
  if (!result.dataset) return { refused: problems, errors: result.errors, total: problems.length + result.dropped };
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) {
    io.out(t.dataReport.warnings(result.warnings));
    for (const line of renderDataProblems(language, warnings, PROBLEMS_SHOWN, result.warnings)) io.out(`  ${line}`);
  }
  return { dataset: result.dataset, tables: result.tables };
}

/** What was recognised: each table's kind and rows, the columns read and ignored, and the data's span. */
function report(result: DataResult, encodings: Map<string, string>, io: CliIo, language: Language): void {
  const t = catalogue(language);
  for (const table of result.tables) {
    if (table.skipped || table.kind === null) {
      if (table.skipped) io.out(t.dataReport.skipped(table.source));
      continue;
    }
    io.out(t.dataReport.table(table.source, t.data.kinds[table.kind], table.rows, table.headerRow));
    const encoding = encodings.get(table.source);
    if (encoding) io.out(`  ${t.dataReport.encoding(table.source, encoding)}`);
    const labels = t.data.fields[table.kind] as Record<string, string>;
    io.out(`  ${t.dataReport.columns(Object.entries(table.columns).map(([f, h]) => (labels[f] === h ? h : `${labels[f]} = ${h}`)).join(', '))}`);
    if (table.ignored.length > 0) io.out(`  ${t.dataReport.ignored(table.ignored.join(', '))}`);
  }
  const d = result.dataset;
  if (d && d.deals.length > 0) {
    let first = Infinity;
    const customers = new Set<string>();
    for (const x of d.deals) {
      if (x.date < first) first = x.date;
      customers.add(x.customer);
    }
    io.out(t.dataReport.summary(d.deals.length, d.reps.length, customers.size, serialToIso(first), serialToIso(d.asOf)));
  }
}
