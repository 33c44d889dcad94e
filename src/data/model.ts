/**
 * The data a team brings, as one model every generated sheet is built from and nothing else.
 * Readers (CSV, .xlsx, workbook tables) produce it after recognising headers and validating every
 * row; the bundled sample produces the same shape, and is used only when the user picks it.
 *
 * Dates are Excel serials (days since 1899-12-30); periods are calendar months written
 * "YYYY-MM"; amounts are in the template's currency unless a deal names its own. Optional inputs
 * are `null` when the user's data does not have them: a builder then derives what can be derived
 * or leaves the cell blank with a note, and never fills in a sample value.
 */

export type RepLevel = 'new' | 'core' | 'senior';
export const REP_LEVELS: readonly RepLevel[] = ['new', 'core', 'senior'];

/** Funnel stages in order (rules.md › Sales process tracking), plus lost, which leaves the funnel. */
export type Stage = 'lead' | 'intent' | 'negotiation' | 'won' | 'lost';
export const STAGES: readonly Stage[] = ['lead', 'intent', 'negotiation', 'won', 'lost'];
export const FUNNEL_STAGES: readonly Stage[] = ['lead', 'intent', 'negotiation', 'won'];

export type TaskStatus = 'notStarted' | 'inProgress' | 'done';
export const TASK_STATUSES: readonly TaskStatus[] = ['notStarted', 'inProgress', 'done'];

/** Where a record came from, so a message can name the file or table and the row the user sees. */
export interface RowRef {
  /** File name (command line, browser preview) or table / range name (Excel). */
  source: string;
  /** The row as the user sees it: the CSV line number, or the worksheet row number. */
  row: number;
}

/** A calendar month, "YYYY-MM". */
export type PeriodId = string;

export interface DealSplit {
  rep: string;
  /** Fraction of the deal credited to the rep; a deal's shares add up to exactly 1. */
  share: number;
}

export interface Deal {
  /** The user's deal / order / invoice id, or one made from the source and row when there is none. */
  id: string;
  customer: string;
  date: number;
  /** Booked amount, ≥ 0. */
  amount: number;
  /**
   * At least one; a single rep with share 1 when the data has no split columns. Read-only: deals
   * wholly credited to one rep share one frozen list (a million deals, a few hundred reps).
   */
  splits: DealSplit[];
  region: string | null;
  productLine: string | null;
  /** Date the deal was cancelled, if it was. */
  cancelled: number | null;
  /** Cash collected against the deal (回款), when the data has it; undated, it counts on the deal's date. */
  collected: number | null;
  /** ISO code of the amount's currency; absent or null: the company's (the template's currency). */
  currency?: string;
  /** Dated cash received (a collections table), oldest first; these replace `collected` where given. */
  collections?: Collection[];
  ref?: RowRef;
}

/** Cash received against a deal on a day, in the deal's currency. */
export interface Collection {
  date: number;
  amount: number;
  ref?: RowRef;
}

/** One unit of `currency` is worth `rate` units of the company's currency in `period`. */
export interface FxRate {
  period: PeriodId;
  currency: string;
  rate: number;
  ref?: RowRef;
}

export interface Rep {
  name: string;
  region: string | null;
  team: string | null;
  level: RepLevel | null;
  /** First and last day employed (inclusive), when the roster says. */
  start: number | null;
  end: number | null;
  /** The rep's manager (a rep name), for overrides and roll-ups. */
  manager: string | null;
  ref?: RowRef;
}

export type QuotaScope = 'rep' | 'team' | 'region' | 'company';

/** A target for one rep, team or region (or the company) in one month. */
export interface Quota {
  scope: QuotaScope;
  /** Rep, team or region name; '' for the company. */
  name: string;
  period: PeriodId;
  amount: number;
  ref?: RowRef;
}

/** A year's target, split into months by the template's season weights. */
export interface AnnualTarget {
  scope: QuotaScope;
  name: string;
  year: number;
  amount: number;
  ref?: RowRef;
}

/** One row of the tracking sheet: a deal being worked. */
export interface PipelineRow {
  date: number;
  owner: string;
  customer: string;
  industry: string;
  stage: Stage;
  action: string;
  status: TaskStatus;
  /** Expected completion date, or null when not set. */
  expected: number | null;
  notes: string;
  ref?: RowRef;
}

/** Commission actually paid to a rep for a period (for reconciliation). */
export interface Payment {
  rep: string;
  period: PeriodId;
  amount: number;
  ref?: RowRef;
}

/**
 * Evaluation inputs a team keeps beside its deals, per rep and month. Each is null when the
 * data does not have it; what can be derived from deals and pipeline is derived instead.
 */
export interface Activity {
  rep: string;
  period: PeriodId;
  leads: number | null;
  won: number | null;
  collected: number | null;
  receivables: number | null;
  /** Process-behaviour rating, 0–100. */
  process: number | null;
  ref?: RowRef;
}

export interface Dataset {
  /** 'sample' only when the user picked the bundled sample. */
  origin: 'user' | 'sample';
  deals: Deal[];
  /** The roster when one was given; otherwise the distinct names in the deals (and quotas). */
  reps: Rep[];
  roster: boolean;
  quotas: Quota[];
  annualTargets: AnnualTarget[];
  pipeline: PipelineRow[] | null;
  payments: Payment[] | null;
  activity: Activity[] | null;
  /** Customers who have never bought (the "new lead" tier), when the data lists them. */
  prospects: string[];
  /** Exchange rates per month, when the data has deals in other currencies. */
  fx?: FxRate[];
  /** The report date: actuals run to it and pace is measured at it. */
  asOf: number;
  /** The company's name, when the data or template says: printed in the sheets' page headers. */
  company?: string | null;
}
