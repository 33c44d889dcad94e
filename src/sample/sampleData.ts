/**
 * The bundled sample company as a Dataset (origin 'sample'), reproducible from a seed and written
 * in the workbook's language: an instruments maker with 3 regions, 6 teams and 25 salespeople,
 * two closed years of deals (2024 and 2025, so a year can be compared with the one before) to the
 * report date 31 December 2025, a few hundred pipeline rows, monthly quotas, activity, annual
 * company targets and what payroll paid. Used only when the user picks it.
 *
 * Customers buy at their own pace: a few large accounts every week or two, most every month or
 * quarter, some once or twice a year, and about a fifth stop buying at some point, so "lost"
 * customers on the Customers sheet are the ones a manager would call lost. December 2025, the
 * month the statement shows, has what a demo should show: reps above the first commission tier,
 * a team that funds its pool, a rep beating their record, a split deal, a deal from October
 * cancelled (clawed back) and a salesperson who joined on 8 December.
 */
import { ExactSums, Dec } from '../core/money';
import type { Language } from '../core/language';
import type { Plan } from '../core/plans/schema';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { splitTarget } from '../core/targets';
import type { Activity, AnnualTarget, Dataset, Deal, Payment, PipelineRow, Quota, Rep, RepLevel, Stage, TaskStatus } from '../data/model';
import { FUNNEL_STAGES } from '../data/model';
import { dateSerial, monthEnd, monthId, monthsOfYear } from '../data/calendar';
import { computeCommissions, seedPlan } from '../sheets/commissionSheets';
import { SAMPLE_WORDS, type SampleWords } from './names';
import { mulberry32, randomInt, randomMoney } from './random';
import { sampleReportDateIso } from './reportDate';

export const DEFAULT_SEED = 20250101;
const [LAST_YEAR, AS_OF_MONTH, AS_OF_DAY] = sampleReportDateIso.split('-').map(Number);
const FIRST_YEAR = LAST_YEAR - 1;
const YEARS = [FIRST_YEAR, LAST_YEAR];

export interface SampleOptions {
  seed?: number;
  /** The language of every name in the data (default zh-CN, the settings' default). */
  language?: Language;
  /** Deals over the two years (about; the planted December events add a few). */
  transactions?: number;
  customers?: number;
  pipelineRows?: number;
}

/** Every name the sample can use, in both languages, so tests can prove none reaches a team's own workbook. */
export const sampleNames = (() => {
  const both = Object.values(SAMPLE_WORDS);
  return {
    company: both.map((w) => w.company),
    regions: both.flatMap((w) => w.regions),
    productLines: both.flatMap((w) => w.productLines),
    industries: both.flatMap((w) => w.industries),
    teams: both.flatMap((w) => w.regions.flatMap((r) => [w.team(r, 0), w.team(r, 1)])),
  };
})();

/** The sample company's region and product-line weights (rules.md › Targets: 40/30/30, 60/30/10), keyed by its names in `language`. */
function sampleWeights(language: Language): { regions: Record<string, number>; productLines: Record<string, number> } {
  const w = SAMPLE_WORDS[language];
  return {
    regions: Object.fromEntries(w.regions.map((r, i) => [r, [0.4, 0.3, 0.3][i]])),
    productLines: Object.fromEntries(w.productLines.map((p, i) => [p, [0.6, 0.3, 0.1][i]])),
  };
}

/**
 * The settings to generate the sample with: the user's, plus the sample company's region and
 * product-line weights where the user has none (weights are keyed by the data's own names).
 */
export function sampleSettings(settings: Settings = DEFAULT_SETTINGS, language: Language = settings.language): Settings {
  const t = settings.targets;
  const own = sampleWeights(language);
  return {
    ...settings,
    targets: {
      ...t,
      regionWeights: Object.keys(t.regionWeights).length > 0 ? t.regionWeights : own.regions,
      productLineWeights: Object.keys(t.productLineWeights).length > 0 ? t.productLineWeights : own.productLines,
    },
  };
}

/**
 * The sample company's commission plan: the one the settings describe (named in the workbook's
 * language), with a 90-day clawback window, in force from the first month of its data.
 */
export function samplePlans(settings: Settings, language: Language): Plan[] {
  return [{ ...seedPlan(settings, dateSerial(FIRST_YEAR, 1, 1), language), clawbackDays: 90 }];
}

/** Share of the year each month carries: quarter weight × month weight within the quarter. */
function monthShares(quarterWeights: readonly number[], monthWeights: readonly number[]): number[] {
  const qSum = quarterWeights.reduce((a, b) => a + b, 0);
  return monthWeights.map((w, m) => {
    const q = Math.floor(m / 3);
    const inQ = monthWeights.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0);
    return (quarterWeights[q] / qSum) * (w / inQ);
  });
}

function pickWeighted(rand: () => number, cumulative: Float64Array): number {
  const x = rand() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const cumulate = (w: number[]): Float64Array => {
  const c = new Float64Array(w.length);
  let s = 0;
  w.forEach((x, i) => (c[i] = s += x));
  return c;
};

function shuffle<T>(rand: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randomInt(rand, 0, i);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const LEVEL_WEIGHTS = DEFAULT_SETTINGS.targets.levelWeights;
/** The salesperson who joins in the statement month, and the day. */
const JOIN_DAY = () => dateSerial(LAST_YEAR, 12, 8);

function makeReps(rand: () => number, w: SampleWords): { reps: Rep[]; strength: number[] } {
  const reps: Rep[] = [];
  const strength: number[] = [];
  const levels: RepLevel[] = ['senior', 'core', 'core', 'new', 'senior', 'core', 'core', 'new'];
  const given = shuffle(rand, [...w.given]);
  const surnames = shuffle(rand, [...w.surnames]);
  w.regions.forEach((region, r) => {
    for (let k = 0; k < 8; k++) {
      const i = r * 8 + k;
      const level = levels[k];
      reps.push({ name: w.person(given[i], surnames[i]), region, team: w.team(region, k < 4 ? 0 : 1), level, start: null, end: null, manager: null });
      strength.push([0.4, 0.3, 0.3][r] * LEVEL_WEIGHTS[level] * (0.8 + 0.4 * rand()));
    }
  });
  // The new salesperson of the statement month: a region's second team.
  reps.push({ name: w.person(given[24], surnames[24]), region: w.regions[0], team: w.team(w.regions[0], 1), level: 'new', start: JOIN_DAY(), end: null, manager: null });
  strength.push(0);
  return { reps, strength };
}

/** Unique customer names: combinations drawn without repetition. */
function makeCustomerNames(rand: () => number, w: SampleWords, n: number): string[] {
  const all: string[] = [];
  for (const p of w.places) for (const t of w.trades) for (const b of w.businesses) all.push(w.customer(p, t, b));
  return shuffle(rand, all).slice(0, n);
}

interface Customer {
  name: string;
  rep: number;
  /** Relative yearly purchases and order size. */
  rate: number;
  size: number;
  /** First and last day the customer buys. */
  from: number;
  to: number;
}

function makeCustomers(rand: () => number, names: string[], repCum: Float64Array, asOf: number): Customer[] {
  const start = dateSerial(FIRST_YEAR, 1, 1);
  return names.map((name, i) => {
    // A few large accounts buy often; most monthly or quarterly; a tail once or twice a year.
    const rank = (i + 1) / names.length;
    const rate = rank < 0.05 ? 30 + 30 * rand() : rank < 0.3 ? 8 + 10 * rand() : rank < 0.7 ? 3 + 4 * rand() : 0.7 + 1.8 * rand();
    const size = Math.exp(1.6 * (rand() - 0.5)) * (rank < 0.05 ? 2.2 : rank < 0.3 ? 1.3 : 1);
    // About one in ten joins during the two years, one in five stops buying at some point.
    const from = rand() < 0.1 ? start + randomInt(rand, 60, 600) : start;
    const to = rand() < 0.2 ? Math.min(asOf, from + randomInt(rand, 60, 640)) : asOf;
    return { name, rep: pickWeighted(rand, repCum), rate, size, from, to };
  });
}

export function buildSampleDataset(options: SampleOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const language = options.language ?? DEFAULT_SETTINGS.language;
  const w = SAMPLE_WORDS[language];
  const nTx = options.transactions ?? 40_000;
  const nCustomers = options.customers ?? 1_200;
  const nPipeline = options.pipelineRows ?? 360;
  const rand = mulberry32(seed);
  const asOf = dateSerial(LAST_YEAR, AS_OF_MONTH, AS_OF_DAY);
  const { reps, strength } = makeReps(rand, w);
  const repCum = cumulate(strength);
  const { quarterWeights, monthWeights } = DEFAULT_SETTINGS.targets;
  const season = monthShares(quarterWeights, monthWeights);
  const seasonCum = cumulate(season);
  const names = makeCustomerNames(rand, w, nCustomers + 5);
  const customers = makeCustomers(rand, names.slice(0, nCustomers), repCum, asOf);
  const prospects = names.slice(nCustomers);
  const plCum = cumulate([0.56, 0.32, 0.12]);

  // Deals: each customer's share of the total by rate × active time, dates by season within the active span.
  const active = customers.map((c) => c.rate * ((c.to - c.from + 1) / 365));
  const scale = nTx / active.reduce((a, b) => a + b, 0);
  const deals: Deal[] = [];
  for (const c of customers) {
    const n = Math.max(1, Math.round(c.rate * ((c.to - c.from + 1) / 365) * scale));
    for (let k = 0; k < n; k++) {
      let date: number;
      do {
        // The company grows: the later year carries more of a customer's orders.
        const year = YEARS[rand() < 0.45 ? 0 : 1];
        const m = pickWeighted(rand, seasonCum);
        const first = dateSerial(year, m + 1, 1);
        date = first + randomInt(rand, 0, monthEnd(first) - first);
      } while (date < c.from || date > c.to);
      const rep = reps[c.rep];
      deals.push(deal('', c.name, date, randomMoney(rand, 2_000 * c.size, 26_000 * c.size), rep, w.productLines[pickWeighted(rand, plCum)]));
    }
  }
  plantDecember(rand, deals, reps, customers, w);
  deals.sort((a, b) => a.date - b.date || a.customer.localeCompare(b.customer));
  deals.forEach((d, i) => (d.id = `${language === 'zh-CN' ? 'SO' : 'INV'}-${String(i + 1).padStart(6, '0')}`));
  // A few cancellations a year (returns, credit notes), each within weeks of the deal.
  for (const d of deals) if (d.cancelled === null && rand() < 0.004) d.cancelled = Math.min(asOf, d.date + randomInt(rand, 5, 70));

  const { quotas, annualTargets } = makeTargets(rand, reps, deals, season, asOf);
  const data: Dataset = {
    origin: 'sample',
    company: w.company,
    deals,
    reps,
    roster: true,
    quotas,
    annualTargets,
    pipeline: makePipeline(rand, reps, customers, w, nPipeline, asOf),
    payments: null,
    activity: makeActivity(rand, reps, deals, asOf),
    prospects,
    asOf,
  };
  data.payments = samplePayments(data, language);
  return data;
}

function deal(id: string, customer: string, date: number, amount: number, rep: Rep, productLine: string): Deal {
  return { id, customer, date, amount, splits: [{ rep: rep.name, share: 1 }], region: rep.region, productLine, cancelled: null, collected: null };
}

/**
 * The statement month's story: a split deal, a deal from October cancelled in December (clawed
 * back), a senior salesperson's record month, and the new salesperson's first deals.
 */
function plantDecember(rand: () => number, deals: Deal[], reps: Rep[], customers: Customer[], w: SampleWords): void {
  const dec = (day: number) => dateSerial(LAST_YEAR, 12, day);
  const lead = reps.find((r) => r.level === 'senior' && r.region === w.regions[0])!;
  const partner = reps.find((r) => r.team === lead.team && r !== lead)!;
  const accountOf = (rep: Rep) => customers.find((c) => reps[c.rep] === rep)?.name ?? customers[0].name;
  // A large order won together: 60 % to the lead, 40 % to the partner.
  const split = deal('', accountOf(lead), dec(11), 860_000, lead, w.productLines[1]);
  split.splits = [
    { rep: lead.name, share: 0.6 },
    { rep: partner.name, share: 0.4 },
  ];
  deals.push(split);
  // The record: a project order lifts the salesperson closest to their best month above it.
  const byRepMonth = new Map<string, Map<string, number>>();
  for (const d of deals)
    for (const sp of d.splits) {
      const m = byRepMonth.get(sp.rep) ?? new Map<string, number>();
      m.set(monthId(d.date), (m.get(monthId(d.date)) ?? 0) + d.amount * sp.share);
      byRepMonth.set(sp.rep, m);
    }
  const december = `${LAST_YEAR}-12`;
  const gap = (rep: Rep) => {
    const m = byRepMonth.get(rep.name) ?? new Map<string, number>();
    const best = Math.max(0, ...[...m].filter(([id]) => id < december).map(([, v]) => v));
    return best * 1.04 - (m.get(december) ?? 0);
  };
  const [recordRep] = reps.filter((r) => r.start === null && r !== lead && r !== partner).sort((a, b) => gap(a) - gap(b));
  deals.push(deal('', accountOf(recordRep), dec(17), Math.max(20_000, Math.ceil(gap(recordRep) / 1_000) * 1_000), recordRep, w.productLines[0]));
  // October's order cancelled in December: reversed in December's statement.
  const october = deal('', accountOf(partner), dateSerial(LAST_YEAR, 10, 21), 138_000, partner, w.productLines[0]);
  october.cancelled = dec(5);
  deals.push(october);
  // The new salesperson's first orders, from the region's accounts.
  const joiner = reps[reps.length - 1];
  const theirs = customers.filter((c) => reps[c.rep].region === joiner.region).slice(0, 6);
  theirs.forEach((c, k) => deals.push(deal('', c.name, dec(9 + k * 3), randomMoney(rand, 30_000, 90_000), joiner, w.productLines[k % 3])));
}

/**
 * Each year's company target is that year's sales plus 5 %, to the million; 90 % of it goes to
 * the salespeople as monthly quotas, by region weight and then by what each sold that year (the
 * rest is the buffer). The new salesperson gets a December quota of their own.
 */
function makeTargets(rand: () => number, reps: Rep[], deals: Deal[], season: number[], asOf: number): { quotas: Quota[]; annualTargets: AnnualTarget[] } {
  const quotas: Quota[] = [];
  const annualTargets: AnnualTarget[] = [];
  const regions = [...new Set(reps.map((r) => r.region as string))];
  const team = reps.filter((r) => r.start === null);
  for (const year of YEARS) {
    const sums = new ExactSums(1);
    const byRep = new Map<string, number>();
    for (const d of deals) {
      if (d.date < dateSerial(year, 1, 1) || d.date > dateSerial(year, 12, 31)) continue;
      sums.add(0, d.amount);
      for (const s of d.splits) byRep.set(s.rep, (byRep.get(s.rep) ?? 0) + d.amount * s.share);
    }
    const total = Math.round((sums.toNumber(0) * 1.05) / 1e6) * 1e6;
    annualTargets.push({ scope: 'company', name: '', year, amount: total });
    const [distributable] = splitTarget(total, [0.9, 0.1], 2);
    const regionParts = splitTarget(distributable!.toNumber(), regions.map((_, i) => [0.4, 0.3, 0.3][i]), 2);
    regions.forEach((region, i) => {
      const members = team.filter((r) => r.region === region);
      // As a manager sets them: from what each salesperson sold that year, give or take a tenth.
      const annual = splitTarget(regionParts[i]!.toNumber(), members.map((r) => (byRep.get(r.name) ?? 1) * (0.9 + 0.2 * rand())), 2);
      members.forEach((rep, k) => {
        splitTarget(annual[k]!.toNumber(), season, 0).forEach((m, mi) => {
          const start = dateSerial(year, mi + 1, 1);
          if (start <= asOf) quotas.push({ scope: 'rep', name: rep.name, period: monthId(start), amount: m!.toNumber() });
        });
      });
    });
  }
  const joiner = reps.find((r) => r.start !== null)!;
  quotas.push({ scope: 'rep', name: joiner.name, period: monthId(joiner.start!), amount: 400_000 });
  return { quotas, annualTargets };
}

/** Leads, won deals, collection and a process rating per rep and month, as a CRM would keep them. */
function makeActivity(rand: () => number, reps: Rep[], deals: Deal[], asOf: number): Activity[] {
  const months = YEARS.flatMap((y) => monthsOfYear(y)).filter((m) => m <= asOf);
  const index = new Map(months.map((m, i) => [monthId(m), i]));
  const repIndex = new Map(reps.map((r, i) => [r.name, i]));
  const actual = new ExactSums(reps.length * months.length);
  for (const d of deals) for (const s of d.splits) actual.add(repIndex.get(s.rep)! * months.length + index.get(monthId(d.date))!, d.amount * s.share);
  const rows: Activity[] = [];
  reps.forEach((rep, r) => {
    months.forEach((m, i) => {
      if (rep.start !== null && monthEnd(m) < rep.start) return;
      const a = actual.toDecimal(r * months.length + i).toDecimalPlaces(2).toNumber();
      const won = Math.max(1, Math.round(a / (40_000 + 50_000 * rand())));
      const receivables = new Dec(a).mul(1 + 0.1 * rand()).toDecimalPlaces(2).toNumber();
      rows.push({
        rep: rep.name,
        period: monthId(m),
        leads: Math.max(won, Math.round(won / (0.1 + 0.3 * rand()))),
        won,
        collected: new Dec(receivables).mul(0.7 + 0.3 * rand()).toDecimalPlaces(2).toNumber(),
        receivables,
        process: randomInt(rand, 55, 98),
      });
    });
  });
  return rows;
}

/**
 * What the sample company paid: the amounts its plan computes, except that every seventh rep was
 * paid 100 less, so the demo's Reconciliation sheet shows what a difference looks like.
 */
function samplePayments(data: Dataset, language: Language): Payment[] {
  const settings = sampleSettings(DEFAULT_SETTINGS, language);
  const run = computeCommissions(data, { settings, language, plans: samplePlans(settings, language) });
  if (!run.ok) return [];
  const names = [...new Set(run.statements.map((s) => s.rep))];
  const short = new Set(names.filter((_, i) => i % 7 === 3));
  return run.statements.map((s) => ({ rep: s.rep, period: s.period, amount: short.has(s.rep) ? s.total.sub(100).toNumber() : s.total.toNumber() }));
}

function makePipeline(rand: () => number, reps: Rep[], customers: Customer[], w: SampleWords, n: number, asOf: number): PipelineRow[] {
  // Deals reach each stage with falling odds, so the funnel narrows (and one step may be low).
  const reach = [1, 0.55, 0.5, 0.28];
  const rows: PipelineRow[] = [];
  const working = reps.filter((r) => r.start === null);
  for (let i = 0; i < n; i++) {
    let stage: Stage = 'lead';
    for (let s = 1; s < FUNNEL_STAGES.length && rand() < reach[s]; s++) stage = FUNNEL_STAGES[s];
    if (stage !== 'won' && rand() < 0.12) stage = 'lost';
    const status: TaskStatus = stage === 'won' || stage === 'lost' ? 'done' : rand() < 0.3 ? 'notStarted' : rand() < 0.8 ? 'inProgress' : 'done';
    const date = asOf - randomInt(rand, 0, 55);
    const rep = working[randomInt(rand, 0, working.length - 1)];
    rows.push({
      date,
      owner: rep.name,
      customer: customers[randomInt(rand, 0, Math.min(customers.length, 300) - 1)].name,
      industry: w.industries[randomInt(rand, 0, w.industries.length - 1)],
      stage,
      action: w.actions[randomInt(rand, 0, w.actions.length - 1)],
      status,
      // Most deals are expected to close in the weeks after the report date; some have slipped.
      expected: rand() < 0.05 ? null : date + randomInt(rand, 10, 90),
      notes: w.notes[randomInt(rand, 0, w.notes.length - 1)],
    });
  }
  return rows.sort((a, b) => a.date - b.date);
}
