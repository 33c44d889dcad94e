import type { DataTexts } from '../../catalogue';

const kinds: DataTexts['kinds'] = {
  deals: 'deals',
  reps: 'roster',
  quotas: 'quotas',
  pipeline: 'pipeline',
  payments: 'payments',
  activity: 'activity',
  collections: 'collections',
  fx: 'exchange rates',
};

const fields: DataTexts['fields'] = {
  deals: {
    id: 'Deal ID',
    customer: 'Customer',
    date: 'Date',
    amount: 'Amount',
    rep: 'Rep',
    share: 'Split share',
    region: 'Region',
    productLine: 'Product line',
    cancelled: 'Cancelled date',
    collected: 'Collected',
    currency: 'Currency',
    stage: 'Stage',
  },
  reps: { name: 'Name', region: 'Region', team: 'Team', level: 'Level', start: 'Start date', end: 'End date', manager: 'Manager' },
  quotas: { rep: 'Rep', team: 'Team', region: 'Region', period: 'Period', year: 'Year', target: 'Quota' },
  pipeline: {
    date: 'Date',
    owner: 'Owner',
    customer: 'Customer',
    industry: 'Industry',
    stage: 'Stage',
    action: 'Key action',
    status: 'Status',
    expected: 'Expected date',
    notes: 'Notes',
  },
  payments: { rep: 'Rep', period: 'Period', paid: 'Commission paid' },
  activity: {
    rep: 'Rep',
    period: 'Period',
    leads: 'Leads',
    won: 'Won deals',
    collected: 'Collected',
    receivables: 'Receivables',
    process: 'Process score',
    target: 'Target',
  },
  collections: { deal: 'Deal ID', customer: 'Customer', date: 'Collection date', amount: 'Collected' },
  fx: { period: 'Period', currency: 'Currency', rate: 'Exchange rate' },
};

const valueKinds: DataTexts['valueKinds'] = {
  text: 'a value',
  amount: 'an amount',
  date: 'a date',
  period: 'a month (YYYY-MM) or a date in the month',
  year: 'a year',
  share: 'a share (60%, 60 or 0.6)',
  count: 'a whole number',
  score: 'a score from 0 to 100',
  stage: 'a stage (lead, intent, negotiation, won, lost)',
  status: 'a status (not started, in progress, done)',
  level: 'a level (new, core, senior)',
  currency: 'a currency (an ISO code such as USD, or 美元 / US dollar)',
  rate: 'an exchange rate above zero',
};

const fieldName = (kind: keyof typeof fields, key: string): string =>
  key
    .split('|')
    .map((k) => (fields[kind] as Record<string, string>)[k] ?? k)
    .join(' or ');
const list = (xs: readonly string[]): string => xs.map((x) => `“${x}”`).join(', ');
const where = (p: { source: string; row?: number }): string => (p.row !== undefined ? `${p.source} row ${p.row}` : p.source);

export const data: DataTexts = {
  kinds,
  fields,
  valueKinds,
  problems: {
    fileNotFound: ({ file }) => `The file “${file}” does not exist.`,
    fileUnreadable: ({ file, detail }) => `The file “${file}” cannot be read (${detail}).`,
    encodingUnreadable: ({ file }) =>
      `“${file}” is not text in UTF-8 or GB18030/GBK (the encodings Excel saves CSV in). Save it again from Excel as “CSV UTF-8” and try again.`,
    legacyXls: ({ file }) => `“${file}” is an old Excel 97–2003 workbook (.xls). Save it as .xlsx or CSV and try again.`,
    notXlsx: ({ file }) => `“${file}” is not a valid .xlsx workbook (it may be damaged or password-protected).`,
    unknownFileType: ({ file }) => `“${file}” is neither a CSV nor an .xlsx file.`,
    sourceMissing: ({ source }) => `The table “${source}” is no longer available; choose the data again.`,
    unterminatedQuote: ({ line }) => `A quoted cell that starts on line ${line} is never closed, so the rest of the file would be one cell. Check the quotes on that line.`,
    emptyFile: () => 'The file has no header row and no data.',
    tableUnrecognised: ({ headers }) =>
      `The headers (${list(headers)}) match no known table (deals, roster, quotas, pipeline, payments, activity, collections, exchange rates). Map the columns (--map "Header=field") or rename them.`,
    sheetIgnored: ({ headers }) => `Skipped: its headers (${list(headers)}) match no known table.`,
    missingFields: ({ kind, missing }) =>
      `This looks like a ${kinds[kind]} table but has no column for ${missing.map((m) => `“${fieldName(kind, m)}”`).join(', ')}. Map a column to it (--map "Header=field") or add it.`,
    mappedHeaderAbsent: ({ header }) => `The mapping for “${header}” matched no column in any table (check its spelling).`,
    mappingConflict: ({ header, kinds: ks }) => `The mappings put this table in several kinds at once (${ks.map((k) => kinds[k]).join(', ')}; see “${header}”).`,
    mappingWrongKind: ({ header, field, kind }) => `“${header}” is mapped to “${field}”, which a ${kinds[kind]} table does not have.`,
    unknownField: ({ mapping }) => `“${mapping}” maps to a field that does not exist. See --help for the fields.`,
    badMapping: ({ mapping }) => `“${mapping}” is not a mapping: write it as "Header=field".`,
    noDataRows: ({ kind }) => `The ${kinds[kind]} table has a header row but no data rows.`,
    noDeals: () => 'No deals table was given: every sheet is built from the deals (customer, date, amount, rep).',
    blank: ({ expected }) => `Blank, but ${valueKinds[expected]} is needed.`,
    notValue: ({ expected, value }) => `“${value}” is not ${valueKinds[expected]}.`,
    dateOutOfRange: ({ value, min, max }) => `“${value}” is outside ${min}–${max}: probably not a date (is this the right column?).`,
    ambiguousDate: ({ value }) => `“${value}” could be day/month or month/day, and this column uses both. Write dates as yyyy-mm-dd.`,
    negative: ({ value, deal }) => `“${value}” is negative, which this column cannot be.${deal ? ' Record a returned or cancelled deal with its cancelled date instead.' : ''}`,
    scoreOutOfRange: ({ value }) => `“${value}” is not between 0 and 100.`,
    notWhole: ({ value }) => `“${value}” is not a whole number.`,
    extraCells: ({ cells, headers }) =>
      `The row has ${cells} cells but the header has ${headers}: a comma inside an unquoted value (such as 1,234.00) shifts the cells after it. Quote such values or remove the separators.`,
    duplicateDealId: ({ id, first }) => `Deal ID “${id}” already appears at ${where(first)}. Give each deal its own ID (split rows need a share column).`,
    splitNeedsId: () => 'This row credits only part of a deal, but the table has no deal ID column to group the deal’s split rows by.',
    sharesDontAddUp: ({ id, total }) => `The split shares of deal “${id}” add up to ${total}, not 100%.`,
    shareOutOfRange: ({ value }) => `The share “${value}” is not between 0% and 100%.`,
    splitRowsDisagree: ({ id, column, first }) => `This split row of deal “${id}” has a different “${column}” than its first row (${where(first)}).`,
    repTwiceInDeal: ({ id, rep }) => `${rep} appears twice among the split rows of deal “${id}”.`,
    cancelledBeforeDate: ({ cancelled, date }) => `The deal is cancelled on ${cancelled}, before it was made (${date}).`,
    collectedExceedsAmount: ({ collected, amount }) => `Collected ${collected} is more than the deal’s amount ${amount}.`,
    dealsNotWon: ({ rows, stages }) => `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row is not a won deal' : 'rows are not won deals'} (${stages}) and ${rows === 1 ? 'was' : 'were'} left out: only won deals count as sales.`,
    repNotInRoster: ({ rep }) => `${rep} is not on the roster. Add them to the roster or correct the name.`,
    duplicateRep: ({ rep, first }) => `${rep} is on the roster twice (also at ${where(first)}).`,
    managerNotInRoster: ({ manager }) => `The manager ${manager} is not on the roster.`,
    endBeforeStart: ({ start, end }) => `The end date ${end} is before the start date ${start}.`,
    teamNotInRoster: ({ team }) => `No rep on the roster is in team “${team}”, so its quota cannot be measured.`,
    teamNeedsRoster: ({ team }) => `The quota for team “${team}” needs a roster with a Team column to know who is in it.`,
    regionUnknown: ({ region }) => `No deal or rep is in region “${region}”, so its quota cannot be measured (check the spelling).`,
    duplicateQuota: ({ name, period, first }) => `${name ? `“${name}”` : 'The company'} already has a quota for ${period} (at ${where(first)}).`,
    duplicateActivity: ({ rep, period, first }) => `${rep} already has a row for ${period} (at ${where(first)}).`,
    quotaPeriodNoDeals: ({ period, first, last }) =>
      `There is a quota for ${period} but not a single deal in that month (the deals run ${first} to ${last}). Is a deals export missing?`,
    quotaPeriodAhead: ({ period, last }) => `The quota for ${period} is after the last deal (${last}); it is kept for when the month comes.`,
    totalRowSkipped: ({ label }) => `Skipped a total row (“${label}”).`,
    collectionDealUnknown: ({ id }) => `Cash is recorded against deal “${id}”, but no deals table has that deal ID.`,
    collectionCustomerUnknown: ({ customer }) => `Cash is recorded from “${customer}”, but no deal has that customer (check the spelling, or give the deal ID).`,
    collectionsExceedDeal: ({ id, collected, amount }) => `With this row, the cash collected on deal “${id}” comes to ${collected}, more than its amount ${amount}.`,
    collectionUnapplied: ({ customer, amount }) =>
      `${amount} of this cash from “${customer}” is more than the customer’s open deals add up to; give the deal ID it was paid for, or check the amount.`,
    collectedDiffers: ({ id, collected, dated }) => `Deal “${id}” says ${collected} collected, but its dated collections add up to ${dated}; the dated collections are used.`,
    duplicateRate: ({ currency, period, first }) => `${currency} already has a rate for ${period} (at ${where(first)}).`,
    rateMissing: ({ currency, period, company }) =>
      `This deal is in ${currency}, and the exchange rates have no ${currency} rate for ${period} (how many ${company} one ${currency} is worth). Add that month’s rate (none is guessed), or, if the company works in ${currency}, make ${currency} the company currency.`,
    badPeriod: ({ value }) => `“${value}” is not a month: write it as YYYY-MM (for example 2026-03).`,
  },
  place: ({ source, row, column }) => [source, row !== undefined ? `row ${row}` : null, column ? `column “${column}”` : null].filter((x) => x !== null).join(', '),
  line: (place, reason) => (place ? `${place}: ${reason}` : reason),
  severity: { error: 'Error', warning: 'Warning' },
  more: (n) => `… and ${n.toLocaleString('en-US')} more ${n === 1 ? 'problem' : 'problems'}.`,
};
