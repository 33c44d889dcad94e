/**
 * The words of the generated sheets (src/sheets/), one section per sheet plus the vocabulary they
 * share: headers, labels, flags, notes and page headers, each in the workbook's language. Builders
 * take every text from here; a sheet or person name is a parameter, never part of a sentence.
 */
import type { CustomerTier } from '../../core/customers';
import type { RiskLevel } from '../../core/risk';
import type { RfmSegment } from '../../core/rfm';
import type { GradeCode, ScoreMetric } from '../../core/score';
import type { RepLevel, Stage, TaskStatus } from '../../data/model';

/** What the core's stable codes show as in cells; SALES.* functions show the same words. */
export interface Labels {
  grades: Record<GradeCode, string>;
  segments: Record<RfmSegment, string>;
  tiers: Record<CustomerTier, string>;
  commissionHeader: [string, string, string, string, string];
  total: string;
  rfmHeader: string[];
  abcHeader: string[];
}

/** Words several sheets share. */
export interface SheetWords {
  stages: Record<Stage, string>;
  statuses: Record<TaskStatus, string>;
  levels: Record<RepLevel, string>;
  lights: Record<RiskLevel, string>;
  metrics: Record<ScoreMetric, string>;
  /** A funnel step under the threshold. */
  low: string;
  total: string;
  target: string;
  actual: string;
  completion: string;
  pace: string;
  status: string;
  elapsed: string;
  region: string;
  productLine: string;
  rep: string;
  name: string;
  period: string;
  rank: string;
  reportDate: string;
  /** A drop-down's error message. */
  pickFromList: string;
}

export interface PrintTexts {
  /** Footer: "Page 2 of 7", with Excel's page codes passed in. */
  pageOf: (page: string, pages: string) => string;
  /** Header: "Report date 2025-12-31". */
  reportDate: (iso: string) => string;
}

export interface SettingsSheetTexts {
  title: string;
  header: [string, string, string];
  reportDate: string;
  /** The report date cell follows today (Excel) rather than the data. */
  reportDateToday: string;
  green: string;
  yellow: string;
  weight: (metric: string) => string;
  benchmark: (metric: string) => string;
  gradeCutoff: (grade: string) => string;
  outstanding: string;
  improveBelow: string;
  improvePeriods: string;
  funnelLow: string;
  tierCoreCount: string;
  tierCoreAmount: string;
  tierPotentialAmount: string;
  abcA: string;
  abcB: string;
  weightsSum: string;
  tierHeader: [string, string];
  bandHeader: [string, string];
}

export interface TargetsSheetTexts {
  title: (year: number) => string;
  annual: string;
  buffer: string;
  distributed: string;
  challengeUplift: string;
  excellenceUplift: string;
  levels: Record<'quarter' | 'month' | 'week' | 'region' | 'team' | 'productLine' | 'person', string>;
  /** A quarter's name ("Q1", "第一季度"). */
  quarter: (q: number) => string;
  columns: {
    level: string;
    name: string;
    weight: string;
    start: string;
    end: string;
    base: string;
    challenge: string;
    excellence: string;
    actual: string;
  };
  check: [string, string, string];
  splitNote: string;
}

export interface TrackingSheetTexts {
  title: string;
  columns: { date: string; owner: string; customer: string; industry: string; stage: string; action: string; status: string; expected: string; notes: string };
  pickStage: string;
  pickStatus: string;
  funnel: [string, string, string, string, string];
}

export interface EvaluationSheetTexts {
  title: string;
  columns: {
    period: string;
    rep: string;
    region: string;
    target: string;
    actual: string;
    completion: string;
    newCustomers: string;
    leads: string;
    won: string;
    conversion: string;
    aov: string;
    collected: string;
    receivables: string;
    collection: string;
    process: string;
    score: string;
    grade: string;
    elapsed: string;
    pace: string;
    status: string;
    outstanding: string;
    improve: string;
  };
  outstanding: string;
  needsPlan: string;
  improveNote: (periods: number) => string;
}

export interface ImprovementSheetTexts {
  title: string;
  intro: string;
  reasons: { grade: string; consecutive: (months: number) => string; both: string };
  /** Per metric: what to improve, the measures, the support needed. */
  items: Record<ScoreMetric, { item: string; measures: string; support: string }>;
  columns: { owner: string; region: string; period: string; why: string; item: string; measures: string; deadline: string; support: string; effect: string; notes: string };
  nobody: string;
}

export interface CustomersSheetTexts {
  title: string;
  columns: {
    customer: string;
    last: string;
    recency: string;
    frequency: string;
    monetary: string;
    segment: string;
    purchases: string;
    amount: string;
    tier: string;
    cadence: string;
    next: string;
    share: string;
    cumulative: string;
  };
  none: string;
  rfmNote: string;
  totalsNote: (transactions: string) => string;
  summary: [string, string, string];
  abcGroup: (cls: string) => string;
}

export interface ReviewSheetTexts {
  title: (period: string) => string;
  periodLine: string;
  tiles: { target: string; actual: string; completion: string; gap: string; pace: string; status: string };
  comparison: {
    title: string;
    header: [string, string, string, string, string, string];
    mom: string;
    yoy: string;
    ytd: string;
    ytdLastYear: string;
    /** "2025-12 vs 2025-11": the span compared and the one it is compared with. */
    span: (current: string, previous: string) => string;
    /** "to 2025-12-31". */
    to: (date: string) => string;
    noHistory: string;
    noTarget: string;
  };
  trend: { title: string; header: [string, string, string, string, string]; chart: string };
  ranking: { region: string; productLine: string; rep: string; chart: (what: string) => string };
  funnel: { title: string; header: [string, string, string]; chart: string };
  agenda: {
    weekly: string;
    monthly: string;
    header: [string, string, string];
    items: [string, string, string, string, string];
    note: string;
  };
}

export interface CommissionSheetsTexts {
  /**
   * The plan seeded from the settings when the template has none: its id and name, and each
   * component's (ids show in the Plans sheet and name the payroll columns, so they are the
   * workbook's words too).
   */
  seedPlan: Record<'plan' | 'tiered' | 'record' | 'pool', { id: string; name: string }>;
  plans: { title: string; intro: string };
  statement: {
    title: (period: string) => string;
    summary: { rep: string; credit: string; quota: string; attainment: string; payout: string };
    /** The heading of a rep's block: company, period and rep, so a printed page says whose it is. */
    blockTitle: (p: { company: string | null; period: string; rep: string }) => string;
    credit: string;
    quota: string;
    attainment: string;
    lines: {
      component: string;
      kind: string;
      band: string;
      from: string;
      to: string;
      base: string;
      rate: string;
      amount: string;
      explanation: string;
      check: string;
      result: string;
      tierAttainment: string;
      lower: string;
      tierRate: string;
      tierAmount: string;
    };
    crossCheckNote: string;
    ok: string;
    checkFlag: string;
  };
  reconciliation: {
    title: string;
    columns: { period: string; rep: string; computed: string; paid: string; difference: string; status: string };
    ok: string;
    check: string;
  };
}
