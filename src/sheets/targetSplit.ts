/**
 * The one split of a year's targets (rules.md › Targets) that the Targets sheet, the Review pack,
 * the Evaluation and the commission statements all read, so their targets agree month by month.
 *
 * Targets come from the team's data: monthly quotas for reps, teams, regions or the company, or
 * annual targets split into months by the template's season weights (year → quarters → months,
 * largest remainder at each step, so the parts add up exactly). A company's annual target first
 * has the template's buffer held back. In each month the most detailed targets the data has are
 * used (reps, then teams, then regions, then the company); a broader target is split over the
 * people under it by capability level, and a company's target over regions first when the
 * template weights every region. Teams, regions and the company are the sums of their people, so
 * every level adds up to the distributed total to the cent. Product-line targets split each month
 * by the template's product-line weights, only when every product line of the data has one.
 */
import type Decimal from 'decimal.js';
import { Dec, ZERO } from '../core/money';
import type { Settings } from '../core/settings';
import { splitTarget } from '../core/targets';
import { dateSerial, monthEnd, monthId, monthIdStart, yearOf } from '../data/calendar';
import { dataProductLines, distinct } from '../data/derive';
import type { Dataset, QuotaScope, Rep } from '../data/model';
import type { Period } from '../core/period';
import { notice, type SheetNotice } from '../data/notices';

const SCOPES: readonly QuotaScope[] = ['rep', 'team', 'region', 'company'];
type Months = (Decimal | null)[];

export interface TargetBook {
  year: number;
  /** The company's annual target as the data gives it, else null (the total is then the sum of the parts). */
  annual: Decimal | null;
  total: Decimal;
  /** What the annual target holds back from the parts: total − distributed. */
  buffer: Decimal;
  distributed: Decimal;
  /** The distributed target per month (twelve entries). */
  months: Decimal[];
  /** Whether some month's targets were split from an annual target by the season weights. */
  seasonal: boolean;
  /** The buffer rate held back from the company's annual target, when that target was split. */
  bufferRate: number | null;
  /** People whose targets were split from a broader one by level weight; regions split by region weight. */
  byLevel: Set<string>;
  byRegionWeight: boolean;
  /** Rep, team, region and product line → target per month (null: no target that month). */
  people: Map<string, Months>;
  teams: Map<string, Months>;
  regions: Map<string, Months>;
  productLines: Map<string, Decimal[]> | null;
  /** Whether the data has any target for the year. */
  any: boolean;
  notices: SheetNotice[];
}

const add = (a: Decimal | null, b: Decimal | null): Decimal | null => (a === null ? b : b === null ? a : a.add(b));
const sumMonths = (list: Iterable<Months>): Months => {
  const out: Months = new Array(12).fill(null);
  for (const m of list) for (let i = 0; i < 12; i++) out[i] = add(out[i], m[i]);
  return out;
};
const total = (m: readonly (Decimal | null)[]): Decimal => m.reduce<Decimal>((a, b) => (b === null ? a : a.add(b)), ZERO);

/** Splits a year's amount into twelve months by season: quarters first, then months within each. */
export function seasonSplit(amount: number, settings: Settings): Decimal[] {
  const { quarterWeights, monthWeights } = settings.targets;
  const quarters = splitTarget(amount, quarterWeights, settings.decimals) as Decimal[];
  return quarters.flatMap((q, i) => splitTarget(q.toNumber(), monthWeights.slice(i * 3, i * 3 + 3), settings.decimals) as Decimal[]);
}

const employedIn = (rep: Rep, month: number): boolean => (rep.start === null || rep.start <= monthEnd(month)) && (rep.end === null || rep.end >= month);

/** The targets of one calendar year. */
export function targetBook(data: Dataset, settings: Settings, year: number): TargetBook {
  const t = settings.targets;
  const d = settings.decimals;
  const notices: SheetNotice[] = [];
  const given: Record<QuotaScope, Map<string, Months>> = { rep: new Map(), team: new Map(), region: new Map(), company: new Map() };
  const at = (scope: QuotaScope, name: string): Months => {
    let m = given[scope].get(name);
    if (!m) given[scope].set(name, (m = new Array(12).fill(null)));
    return m;
  };
  for (const q of data.quotas) {
    const start = monthIdStart(q.period);
    if (yearOf(start) !== year) continue;
    const m = at(q.scope, q.name);
    const i = Number(q.period.slice(5, 7)) - 1;
    m[i] = add(m[i], new Dec(q.amount));
  }
  let annual: Decimal | null = null;
  const fromAnnual = new Set<string>();
  const superseded: Partial<Record<QuotaScope, string[]>> = {};
  for (const a of data.annualTargets) {
    if (a.year !== year) continue;
    if (given[a.scope].has(a.name)) {
      (superseded[a.scope] ??= []).push(a.name || String(year));
      continue;
    }
    let amount = a.amount;
    if (a.scope === 'company') {
      annual = add(annual, new Dec(a.amount));
      amount = (splitTarget(a.amount, [1 - t.buffer, t.buffer], d)[0] as Decimal).toNumber();
    }
    given[a.scope].set(a.name, seasonSplit(amount, settings));
    fromAnnual.add(`${a.scope}\u0000${a.name}`);
  }
  let seasonal = false;
  let bufferRate: number | null = null;
  let byRegionWeight = false;
  const byLevel = new Set<string>();
  for (const [scope, names] of Object.entries(superseded)) notices.push(notice('targetsSuperseded', { scope: scope as QuotaScope, names, by: scope as QuotaScope }));

  const months = Array.from({ length: 12 }, (_, i) => dateSerial(year, i + 1, 1));
  const people = new Map<string, Months>();
  const person = (name: string): Months => {
    let m = people.get(name);
    if (!m) people.set(name, (m = new Array(12).fill(null)));
    return m;
  };
  const levelWeight = (r: Rep) => t.levelWeights[r.level ?? 'core'];
  const unlevelled = new Set<string>();
  const withoutReps = new Map<string, { scope: QuotaScope; name: string }>();
  const weightless = new Set<string>();
  const supersededBy = new Map<string, { scope: QuotaScope; by: QuotaScope; names: Set<string> }>();
  const distributed: Decimal[] = [];
  /** Splits `amount` over reps by level weight into month `i`. */
  const overPeople = (amount: Decimal, members: Rep[], i: number) => {
    const parts = splitTarget(amount.toNumber(), members.map(levelWeight), d) as Decimal[];
    members.forEach((r, k) => {
      if (r.level === null) unlevelled.add(r.name);
      byLevel.add(r.name);
      person(r.name)[i] = add(person(r.name)[i], parts[k]);
    });
  };
  for (let i = 0; i < 12; i++) {
    const level = SCOPES.find((s) => [...given[s].values()].some((m) => m[i] !== null));
    if (level === undefined) {
      distributed.push(ZERO);
      continue;
    }
    // The company's own target stays the headline (the rest is what it holds back), so only teams
    // and regions can be replaced by more detailed targets.
    for (const s of SCOPES.slice(SCOPES.indexOf(level) + 1, 3)) {
      for (const [name, m] of given[s]) {
        if (m[i] === null) continue;
        const k = `${s}\u0000${level}`;
        if (!supersededBy.has(k)) supersededBy.set(k, { scope: s, by: level, names: new Set() });
        supersededBy.get(k)!.names.add(name || String(year));
      }
    }
    const employed = data.reps.filter((r) => employedIn(r, months[i]));
    let month = ZERO;
    for (const [name, m] of given[level]) {
      const amount = m[i];
      if (amount === null) continue;
      month = month.add(amount);
      if (fromAnnual.has(`${level}\u0000${name}`)) {
        seasonal = true;
        if (level === 'company') bufferRate = t.buffer;
      }
      if (level === 'rep') {
        person(name)[i] = add(person(name)[i], amount);
        continue;
      }
      const members = level === 'company' ? employed : employed.filter((r) => r[level] === name);
      if (members.length === 0) {
        withoutReps.set(`${level}\u0000${name}`, { scope: level, name });
        continue;
      }
      const regions = distinct(members.map((r) => r.region));
      const weighted = level === 'company' && members.every((r) => r.region !== null && t.regionWeights[r.region] !== undefined) && regions.some((g) => t.regionWeights[g] > 0);
      if (level === 'company' && !weighted) for (const g of regions) if (t.regionWeights[g] === undefined) weightless.add(g);
      if (!weighted) {
        overPeople(amount, members, i);
        continue;
      }
      byRegionWeight = true;
      const parts = splitTarget(amount.toNumber(), regions.map((g) => t.regionWeights[g]), d) as Decimal[];
      regions.forEach((g, k) => overPeople(parts[k], members.filter((r) => r.region === g), i));
    }
    distributed.push(month);
  }
  for (const s of supersededBy.values()) notices.push(notice('targetsSuperseded', { scope: s.scope, names: [...s.names], by: s.by }));
  for (const w of withoutReps.values()) notices.push(notice('targetWithoutReps', w));
  if (weightless.size > 0) notices.push(notice('regionWeightsMissing', { regions: [...weightless] }));
  if (unlevelled.size > 0) notices.push(notice('levelsMissing', { reps: [...unlevelled] }));

  // Teams and regions: given where their level was used, else the sums of their people.
  const group = (key: 'team' | 'region'): Map<string, Months> => {
    const out = new Map<string, Months>();
    const names = distinct([...data.reps.map((r) => r[key]), ...given[key].keys()]);
    for (const name of names) {
      const own = sumMonths(data.reps.filter((r) => r[key] === name).map((r) => people.get(r.name) ?? new Array(12).fill(null)));
      const g = given[key].get(name);
      // A group's given target stands where nobody under it has one (no reps to split it over).
      const m = own.map((v, i) => (v === null && g ? g[i] : v));
      if (m.some((v) => v !== null)) out.set(name, m);
    }
    return out;
  };

  const lines = dataProductLines(data);
  let productLines: Map<string, Decimal[]> | null = null;
  if (lines.length > 0) {
    const missing = lines.filter((p) => t.productLineWeights[p] === undefined);
    const weights = lines.map((p) => t.productLineWeights[p] ?? 0);
    if (missing.length > 0 || !weights.some((w) => w > 0)) notices.push(notice('productLineWeightsMissing', { productLines: missing.length > 0 ? missing : lines }));
    else {
      productLines = new Map(lines.map((p) => [p, [] as Decimal[]]));
      distributed.forEach((m) => (splitTarget(m.toNumber(), weights, d) as Decimal[]).forEach((part, k) => productLines!.get(lines[k])!.push(part)));
    }
  }
  const dist = total(distributed);
  const company = [...given.company.values()];
  const headline = annual ?? (company.length > 0 ? total(sumMonths(company)) : dist);
  return {
    year,
    annual,
    total: headline,
    buffer: headline.sub(dist),
    distributed: dist,
    months: distributed,
    seasonal,
    bufferRate,
    byLevel,
    byRegionWeight,
    people,
    teams: group('team'),
    regions: group('region'),
    productLines,
    any: SCOPES.some((s) => given[s].size > 0),
    notices,
  };
}

/** Target books by year, each computed once. */
export class Targets {
  private readonly books = new Map<number, TargetBook>();
  constructor(
    private readonly data: Dataset,
    private readonly settings: Settings,
  ) {}

  year(year: number): TargetBook {
    let b = this.books.get(year);
    if (!b) this.books.set(year, (b = targetBook(this.data, this.settings, year)));
    return b;
  }

  /** A rep's (or team's, region's) target for the month starting on `month`, or null. */
  of(kind: 'people' | 'teams' | 'regions', name: string, month: number): Decimal | null {
    const book = this.year(yearOf(month));
    return book[kind].get(name)?.[Number(monthId(month).slice(5, 7)) - 1] ?? null;
  }

  /** Every notice of the years looked at so far, once each. */
  notices(): SheetNotice[] {
    const seen = new Set<string>();
    const out: SheetNotice[] = [];
    for (const b of this.books.values()) {
      for (const n of b.notices) {
        const k = JSON.stringify(n);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(n);
      }
    }
    return out;
  }
}

/** Calendar weeks (Monday–Sunday) of a month, cut at its edges. */
export function weeksOf(monthStart: number): { start: number; end: number }[] {
  const last = monthEnd(monthStart);
  const out: { start: number; end: number }[] = [];
  for (let s = monthStart; s <= last; ) {
    const weekday = (new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
    const e = Math.min(last, s + 6 - weekday);
    out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

/** A month's target split over its weeks by days, adding up exactly. */
export function weekParts(monthStart: number, target: Decimal, decimals: number): { start: number; end: number; target: Decimal }[] {
  const weeks = weeksOf(monthStart);
  const parts = splitTarget(target.toNumber(), weeks.map((w) => w.end - w.start + 1), decimals) as Decimal[];
  return weeks.map((w, k) => ({ ...w, target: parts[k] }));
}

/**
 * A monthly series' target over a period: whole months as they are, and of a month the period
 * covers in part, the weeks inside the period (the Targets sheet's week rows), a week cut by the
 * period pro-rated by its days. A weekly or monthly review therefore shows the Targets sheet's figures.
 */
export function targetOver(series: (month: number) => Decimal | null, period: Period, decimals: number): Decimal | null {
  let out: Decimal | null = null;
  for (let m = dateSerial(yearOf(period.start), Number(monthId(period.start).slice(5, 7)), 1); m <= period.end; m = monthEnd(m) + 1) {
    const target = series(m);
    if (target === null) continue;
    if (m >= period.start && monthEnd(m) <= period.end) {
      out = add(out, target);
      continue;
    }
    for (const w of weekParts(m, target, decimals)) {
      const overlap = Math.min(w.end, period.end) - Math.max(w.start, period.start) + 1;
      if (overlap <= 0) continue;
      const days = w.end - w.start + 1;
      out = add(out, overlap === days ? w.target : w.target.mul(overlap).div(days).toDecimalPlaces(decimals));
    }
  }
  return out;
}
