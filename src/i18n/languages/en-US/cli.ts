import type { CliTexts } from '../../catalogue';

export const cli: CliTexts = {
  help: (fields) => `Builds the Sales Performance Kit workbook from a team's own data, without Excel.

Usage:
  npm run generate -- --data FILE [--data FILE ...] --out FILE.xlsx [options]
  npm run generate -- --data FILE [--data FILE ...] --into EXISTING.xlsx [options]
  npm run demo -- [--seed N] [options]        (the same, on the bundled sample data)

Options:
  --data FILE           A table of deals, roster, quotas, pipeline, payments, activity,
                        collections (dated cash received) or exchange rates:
                        CSV (UTF-8 with or without BOM, or GB18030/GBK as Chinese Excel saves it)
                        or .xlsx (every sheet and Excel table in it). Repeat for several files.
                        Tables are recognised by their headers (see the README for every header).
  --map "Header=field"  Read the column "Header" as a field: field, kind.field, or ignore.
                        Repeat for several columns. Example: --map "Net Value=amount".
  --template FILE.json  A template exported from the task pane: settings, plans, sheets and
                        saved column mappings (--map wins over the template's).
  --period YYYY-MM      The report month. Default: the last full calendar month in the data.
  --lang zh-CN|en-US    The language of the workbook and of these messages.
                        Default: the template's language, else zh-CN.
  --currency CODE       The company's currency, as its ISO code (USD, EUR, CNY …): amounts
                        without a currency of their own are in it, and the sheets show it.
                        Default: the template's; else the one every deal names, when the data
                        has a currency column with one currency in it; else CNY.
  --payroll FILE.csv    Also write the payroll export (one row per rep and statement period;
                        UTF-8 with BOM; headers rep,period,currency,credit,quota,attainment,
                        one column per plan component,adjustments,payout).
  --out FILE.xlsx       Where to write the workbook. Required for generate (or --into);
                        npm run demo writes out/sales-kit-demo.xlsx unless told otherwise.
  --close YYYY-MM       Close that month in the --out workbook: its statements are written as
                        values on a protected sheet and kept as a snapshot; later changes to it
                        are paid in the next open month as prior-period adjustments.
  --reopen YYYY-MM      Reopen the latest closed month (its snapshot is kept as a version).
  --into EXISTING.xlsx  Generate into a workbook you already have, in place (instead of --out):
                        the kit's sheets are refreshed, and your own sheets, cells, notes,
                        formats and charts are kept, as are the values on its Settings sheet.
                        The file is written whole under a temporary name and then renamed.
                        Refused when the file is missing, not .xlsx, open elsewhere or unreadable.
  --sample              Use the bundled sample data instead of --data (what npm run demo does).
  --seed N              The sample data's random seed (with --sample).
  --help                Show this help.

Fields by table (for --map):
${fields}

Exit status: 0 the workbook was written; 1 a file, the data or the period was refused (every
problem is listed, the first 50 in full, and nothing is written); 2 the options are wrong.
`,
  unknownOption: (option) => `Unknown option “${option}”. See --help.`,
  missingValue: (option) => `${option} needs a value. See --help.`,
  badLang: (value) => `--lang “${value}” is not a language of the product: zh-CN or en-US.`,
  badSeed: (value) => `--seed “${value}” is not a whole number.`,
  badCurrency: (value) => `--currency “${value}” is not a currency code: give its three letters, such as USD, EUR or CNY.`,
  missingOut: 'Say where to write the workbook: --out FILE.xlsx (or --into EXISTING.xlsx).',
  missingData: 'Give at least one data file with --data FILE (or --sample for the bundled sample data).',
  dataWithSample: '--data and --sample cannot be used together: the sample data replaces your files.',
  seedWithoutSample: '--seed only applies to the sample data (--sample or npm run demo).',
  reading: (file, size) => `Reading ${file} (${size}) …`,
  read: (file, seconds) => `Read ${file} in ${seconds} s`,
  checking: 'Checking the data …',
  checked: (seconds) => `Checked the data in ${seconds} s`,
  building: 'Building the sheets …',
  writing: (file) => `Writing ${file} …`,
  wrote: (file, sheets, size, seconds) => `Wrote ${file}: ${sheets} sheets, ${size}, ${seconds} s`,
  wrotePayroll: (file, rows) => `Wrote ${file}: ${rows.toLocaleString('en-US')} payroll rows`,
  payrollUnavailable: 'No commission statements could be made from this data and these plans (the notices above say why), so there is no payroll export.',
  templateProblems: (file) => `The template ${file} cannot be used:`,
  outIsInput: (file) => `${file} is one of the input files; write the workbook elsewhere (--out).`,
  notOurs: (file) => `${file} already exists and was not written by this kit, so it is not replaced. Choose another file name.`,
  failed: (detail) => `Failed: ${detail}`,
  currencyFromData: (code) => `Currency: ${code} (every deal that names a currency names ${code}); --currency sets another`,
  currencyDefault: (code) => `Currency: ${code} (the default: neither a template nor the data says); --currency sets another`,
};
