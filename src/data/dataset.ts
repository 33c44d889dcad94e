/**
 * A team's tables (from files or workbook tables, in any number and order) into one validated
 * Dataset, or the list of everything wrong with them. Each table is recognised by its headers;
 * the roster is read first so every other table's names take its spelling; then the checks that
 * need several tables (a rep missing from the roster, split shares, quota months without deals).
 * Any error refuses the whole data: `dataset` is null and nothing may be generated from it.
 */
import { Names, ProblemSink, TableReader } from './cells';
import type { TableKind } from './fields';
import type { RawTable } from './grid';
import type { ColumnMapping } from './mapping';
import type { Activity, AnnualTarget, Dataset, Deal, FxRate, Payment, PeriodId, PipelineRow, Quota, Rep } from './model';
import { problem, warning, type DataProblem, type Place } from './problems';
import { DealsCollector } from './readDeals';
import { readActivity, readPayments } from './readMonthly';
import { applyCollections, readCollections, readFx, type PendingCollection } from './readCollections';
import { readPipeline } from './readPipeline';
import { readRoster } from './readRoster';
import { readQuotas, type TargetsInto } from './readTargets';
import { recognise, type Recognition } from './recognise';
import { dealMonths } from './period';
import { nameKey, readStage } from './values';

export interface TableInput {
  table: RawTable;
  /** The file (or workbook) the table came from: a file none of whose tables is recognised is refused. */
  file: string;
  /**
   * One of several sheets of a file: when unrecognised it is skipped with a warning (a notes or
   * pivot sheet beside the data), as long as another table of the file is recognised.
   */
  optional?: boolean;
  /** The kind the user chose for this table in the pane, overriding recognition. */
  kind?: TableKind;
}

/** What was recognised in one table, for the command line's summary and the pane. */
export interface TableReport {
  source: string;
  file: string;
  kind: TableKind | null;
  headerRow: number;
  /** Data rows in the table (blank and total rows not counted). */
  rows: number;
  /** Field → the header read for it. */
  columns: Record<string, string>;
  ignored: string[];
  skipped: boolean;
}

export interface DataResult {
  /** Null when any error was found. */
  dataset: Dataset | null;
  tables: TableReport[];
  /** Errors first, then warnings; at most a few hundred of each (see `dropped`). */
  problems: DataProblem[];
  errors: number;
  warnings: number;
  /** Problems found beyond those listed. */
  dropped: number;
}

/** The order tables are read in: the roster first, so its spelling of names wins. */
const READ_ORDER: readonly TableKind[] = ['reps', 'deals', 'quotas', 'activity', 'payments', 'pipeline', 'collections', 'fx'];

/**
 * `incomplete`: some chosen source could not be read at all (its problem is reported by the
 * caller), so a missing deals table is not reported on top of it.
 */
export function buildDataset(inputs: readonly TableInput[], mappings: readonly ColumnMapping[] = [], incomplete = false): DataResult {
  const sink = new ProblemSink();
  const names = new Names();
  const recognised = inputs.map((input) => ({ input, rec: closedDealsAsDeals(input, recognise(input.table.headers, mappings, input.kind), mappings) }));
  const reports: TableReport[] = recognised.map(({ input, rec }) => reportOf(input, rec));

  checkRecognition(recognised, reports, mappings, sink);
  const unrecognised = sink.errors > 0 || incomplete;

  const roster: Rep[] = [];
  const deals = new DealsCollector();
  const targets: TargetsInto = { quotas: [], annual: [], seen: new Map() };
  const activity: Activity[] = [];
  const payments: Payment[] = [];
  const pipeline: PipelineRow[] = [];
  const rosterSeen = new Map<string, Place>();
  const activitySeen = new Map<string, Place>();
  const collections: PendingCollection[] = [];
  const fx: FxRate[] = [];
  const fxSeen = new Map<string, Place>();
  const present = new Set<TableKind>();

  for (const kind of READ_ORDER) {
    recognised.forEach(({ input, rec }, i) => {
      if (rec.kind !== kind) return;
      present.add(kind);
      const reader = new TableReader(input.table, kind, rec, sink, names);
      const n = readTable(reader, { roster, rosterSeen, deals, targets, activity, activitySeen, payments, pipeline, collections, fx, fxSeen });
      reports[i].rows = n;
      if (n === 0) sink.add(problem('noDataRows', { kind }, { source: input.table.source }));
    });
  }
  deals.finish((p) => sink.add(p));
  applyCollections(deals.deals, collections, (p) => sink.add(p));

  // "No deals" only when every table was recognised: otherwise the unrecognised one probably is it.
  if (!present.has('deals') && !unrecognised) sink.add(problem('noDeals', {}));
  const hasRoster = present.has('reps');
  if (hasRoster) checkRoster(roster, deals.deals, targets.quotas, payments, activity, pipeline, sink);
  checkTargetScopes(targets, roster, hasRoster, deals.deals, sink);
  checkQuotaMonths(targets.quotas, deals.deals, sink);

  const problems = sink.list();
  const result = { tables: reports, problems, errors: sink.counts.error, warnings: sink.counts.warning, dropped: sink.dropped };
  if (sink.errors > 0) return { dataset: null, ...result };
  const dealList = deals.deals;
  const dataset: Dataset = {
    origin: 'user',
    deals: dealList,
    reps: hasRoster ? roster : repsFromData(dealList, targets.quotas),
    roster: hasRoster,
    quotas: targets.quotas,
    annualTargets: targets.annual,
    pipeline: present.has('pipeline') ? pipeline : null,
    payments: present.has('payments') ? payments : null,
    activity: present.has('activity') ? activity : null,
    ...(present.has('fx') ? { fx } : {}),
    prospects: prospectsOf(pipeline, dealList),
    asOf: dealList.reduce((m, d) => (d.date > m ? d.date : m), 0),
  };
  return { dataset, ...result };
}

interface Into {
  roster: Rep[];
  rosterSeen: Map<string, Place>;
  deals: DealsCollector;
  targets: TargetsInto;
  activity: Activity[];
  activitySeen: Map<string, Place>;
  payments: Payment[];
  pipeline: PipelineRow[];
  collections: PendingCollection[];
  fx: FxRate[];
  fxSeen: Map<string, Place>;
}

function readTable(reader: TableReader, into: Into): number {
  switch (reader.kind) {
    case 'reps':
      return readRoster(reader, into.roster, into.rosterSeen);
    case 'deals':
      return into.deals.read(reader);
    case 'quotas':
      return readQuotas(reader, into.targets);
    case 'activity':
      return readActivity(reader, into.activity, into.activitySeen, into.targets);
    case 'payments':
      return readPayments(reader, into.payments);
    case 'pipeline':
      return readPipeline(reader, into.pipeline);
    case 'collections':
      return readCollections(reader, into.collections);
    case 'fx':
      return readFx(reader, into.fx, into.fxSeen);
  }
}

/**
 * An opportunity export with a Stage column fits a pipeline, but when every stage in it is won
 * (a "Closed Won" report) and it has everything deals need, it is the team's deals.
 */
function closedDealsAsDeals(input: TableInput, rec: Recognition, mappings: readonly ColumnMapping[]): Recognition {
  if (rec.kind !== 'pipeline' || input.kind) return rec;
  const asDeals = recognise(input.table.headers, mappings, 'deals');
  if (asDeals.kind !== 'deals') return rec;
  const stage = rec.columns.stage;
  let any = false;
  for (let r = 0; r < input.table.rows; r++) {
    const s = readStage(input.table.cell(r, stage));
    if (s === null) continue;
    if (s !== 'won') return rec;
    any = true;
  }
  return any ? asDeals : rec;
}

function reportOf(input: TableInput, rec: Recognition): TableReport {
  const columns: Record<string, string> = {};
  for (const [field, c] of Object.entries(rec.columns)) columns[field] = input.table.headers[c];
  return {
    source: input.table.source,
    file: input.file,
    kind: rec.kind,
    headerRow: input.table.headerRow,
    rows: 0,
    columns: rec.kind ? columns : {},
    ignored: rec.ignored,
    skipped: false,
  };
}

function checkRecognition(
  recognised: readonly { input: TableInput; rec: Recognition }[],
  reports: TableReport[],
  mappings: readonly ColumnMapping[],
  sink: ProblemSink,
): void {
  const recognisedFiles = new Set(recognised.filter((x) => x.rec.kind !== null).map((x) => x.input.file));
  recognised.forEach(({ input, rec }, i) => {
    const at: Place = { source: input.table.source };
    if (rec.conflict.length > 0) {
      const header = input.table.headers.find((h) => mappings.some((m) => m.header === h)) ?? '';
      sink.add(problem('mappingConflict', { header, kinds: rec.conflict }, at));
      return;
    }
    if (rec.kind !== null) return;
    const empty = input.table.headers.length === 0 && input.table.rows === 0;
    if (input.optional && recognisedFiles.has(input.file)) {
      reports[i].skipped = true;
      if (!empty) sink.add(warning('sheetIgnored', { headers: input.table.headers.filter((h) => h !== '') }, at));
      return;
    }
    if (empty) {
      reports[i].skipped = true;
      if (!input.optional) sink.add(problem('emptyFile', {}, at));
      return;
    }
    if (input.kind || rec.closest) {
      sink.add(problem('missingFields', { kind: (input.kind ?? rec.closest)!, missing: rec.missing }, at));
    } else {
      sink.add(problem('tableUnrecognised', { headers: input.table.headers.filter((h) => h !== ''), closest: null, missing: [] }, at));
    }
  });
  // A mapping for a header no table has is probably mistyped: say so, without refusing the data.
  const allHeaders = new Set(recognised.flatMap(({ input }) => input.table.headers.map((h) => nameKey(h))));
  for (const m of mappings) if (!allHeaders.has(nameKey(m.header))) sink.add(warning('mappedHeaderAbsent', { header: m.header }));
}

const placeOf = (ref: { source: string; row: number } | undefined): Place | undefined => (ref ? { source: ref.source, row: ref.row } : undefined);

/** Every rep named anywhere must be on the roster when there is one (once per rep and table). */
function checkRoster(
  roster: readonly Rep[],
  deals: readonly Deal[],
  quotas: readonly Quota[],
  payments: readonly Payment[],
  activity: readonly Activity[],
  pipeline: readonly PipelineRow[],
  sink: ProblemSink,
): void {
  const onRoster = new Set(roster.map((r) => r.name));
  const reported = new Set<string>();
  const check = (rep: string, ref: { source: string; row: number } | undefined): void => {
    if (onRoster.has(rep)) return;
    const key = `${rep}\u0000${ref?.source ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    sink.add(problem('repNotInRoster', { rep }, placeOf(ref)));
  };
  for (const d of deals) for (const s of d.splits) check(s.rep, d.ref);
  for (const q of quotas) if (q.scope === 'rep') check(q.name, q.ref);
  for (const p of payments) check(p.rep, p.ref);
  for (const a of activity) check(a.rep, a.ref);
  for (const p of pipeline) check(p.owner, p.ref);
  const managers = new Set<string>();
  for (const r of roster) {
    if (r.manager === null || onRoster.has(r.manager) || managers.has(r.manager)) continue;
    managers.add(r.manager);
    sink.add(warning('managerNotInRoster', { manager: r.manager }, placeOf(r.ref)));
  }
}

/** Team quotas need the roster's teams; region quotas a region the deals or the roster know. */
function checkTargetScopes(targets: TargetsInto, roster: readonly Rep[], hasRoster: boolean, deals: readonly Deal[], sink: ProblemSink): void {
  const all: (Quota | AnnualTarget)[] = [...targets.quotas, ...targets.annual];
  if (!all.some((q) => q.scope === 'team' || q.scope === 'region')) return;
  const teams = new Set(roster.map((r) => (r.team === null ? '' : nameKey(r.team))));
  const regionNames = new Set<string>();
  for (const r of roster) if (r.region !== null) regionNames.add(r.region);
  for (const d of deals) if (d.region !== null) regionNames.add(d.region);
  const regions = new Set([...regionNames].map(nameKey));
  const reported = new Set<string>();
  for (const q of all) {
    const key = `${q.scope}|${nameKey(q.name)}`;
    if (reported.has(key)) continue;
    if (q.scope === 'team' && !hasRoster) sink.add(problem('teamNeedsRoster', { team: q.name }, placeOf(q.ref)));
    else if (q.scope === 'team' && !teams.has(nameKey(q.name))) sink.add(problem('teamNotInRoster', { team: q.name }, placeOf(q.ref)));
    else if (q.scope === 'region' && !regions.has(nameKey(q.name))) sink.add(problem('regionUnknown', { region: q.name }, placeOf(q.ref)));
    else continue;
    reported.add(key);
  }
}

/**
 * A quota month without a single deal (company-wide) up to the last month with deals is refused:
 * it is almost always a missing export, and the workbook would report 0 % for the month as if it
 * were true. Months after the data ends are a plan loaded ahead and only noted.
 */
function checkQuotaMonths(quotas: readonly Quota[], deals: readonly Deal[], sink: ProblemSink): void {
  if (deals.length === 0 || quotas.length === 0) return;
  const sorted = dealMonths({ deals });
  const months = new Set(sorted);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const reported = new Set<PeriodId>();
  for (const q of quotas) {
    if (months.has(q.period) || reported.has(q.period)) continue;
    reported.add(q.period);
    if (q.period > last) sink.add(warning('quotaPeriodAhead', { period: q.period, last }, placeOf(q.ref)));
    else sink.add(problem('quotaPeriodNoDeals', { period: q.period, first, last }, placeOf(q.ref)));
  }
}

/** Without a roster, the reps are the names in the deals' splits and the rep quotas, first seen first. */
function repsFromData(deals: readonly Deal[], quotas: readonly Quota[]): Rep[] {
  const seen = new Set<string>();
  const out: Rep[] = [];
  const add = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, region: null, team: null, level: null, start: null, end: null, manager: null });
  };
  for (const d of deals) for (const s of d.splits) add(s.rep);
  for (const q of quotas) if (q.scope === 'rep') add(q.name);
  return out;
}

/** Pipeline customers who have never bought: the "new lead" tier. */
function prospectsOf(pipeline: readonly PipelineRow[], deals: readonly Deal[]): string[] {
  if (pipeline.length === 0) return [];
  const bought = new Set(deals.map((d) => d.customer));
  return [...new Set(pipeline.map((p) => p.customer).filter((c) => !bought.has(c)))];
}
