import type { Boundary, CommissionMode } from './commission';
import { DEFAULT_COLLABORATION_WEIGHT } from './bonusPool';
import { DEFAULT_ABC_A, DEFAULT_ABC_B, DEFAULT_TIER_THRESHOLDS } from './customers';
import { DEFAULT_FUNNEL_THRESHOLD } from './funnel';
import { DEFAULT_GREEN, DEFAULT_YELLOW } from './risk';
import { DEFAULT_GRADE_CUTOFFS, DEFAULT_SCORE_BENCHMARKS, DEFAULT_SCORE_WEIGHTS } from './score';
import type { Language } from './language';

/**
 * Everything a head office decides once and sends to every region (rules.md › Templates): the plain data the
 * sheet builders and the pane read. The shared template (a versioned, schema-validated JSON)
 * carries exactly this.
 */
export interface CommissionTier {
  /** Money bound, or attainment fraction when `basis` is 'attainment'. */
  lower: number;
  rate: number;
}

export interface CommissionSettings {
  basis: 'money' | 'attainment';
  mode: CommissionMode;
  /** Which band an amount on a bound is in (commission.ts): lower bound inclusive, or upper. */
  boundary: Boundary;
  tiers: CommissionTier[];
  /** Extra rate on sales above the rep's historical record (seed: 5 %). */
  recordBonusRate: number;
  teamPoolRate: number;
  collaborationWeight: number;
}

/**
 * How targets are split (rules.md › Targets). Season weights split a year into quarters and each
 * quarter into its months; the buffer is held back from a company's annual target before it is
 * split; level weights split a team's or region's target over its people. Region and product-line
 * weights are keyed by the names in the team's own data, so they start empty: without them, region
 * targets are the sums of their people and the product-line level is left out.
 */
export interface TargetSettings {
  /** Share of a company's annual target held back as a buffer (0–0.15 is usual). */
  buffer: number;
  /** Four weights, one per quarter (normalised). */
  quarterWeights: number[];
  /** Twelve weights; each quarter's part is split over its three months by these. */
  monthWeights: number[];
  regionWeights: Record<string, number>;
  productLineWeights: Record<string, number>;
  /** Person weights by capability level; a rep without a level counts as core. */
  levelWeights: { new: number; core: number; senior: number };
  /** Challenge and excellence targets as growth over the base (e.g. 0.2 and 0.4). */
  challengeUplift: number;
  excellenceUplift: number;
}

export interface Settings {
  language: Language;
  currency: string;
  /** Minor-unit decimals of the currency (2 for CNY, 0 for JPY). */
  decimals: number;
  commission: CommissionSettings;
  score: { weights: number[]; benchmarks: number[] };
  gradeCutoffs: number[];
  risk: { green: number; yellow: number };
  /** Completion at or above which a rep is flagged outstanding (rules.md › Performance evaluation). */
  outstandingCompletion: number;
  /** Completion under which, for `improvementPeriods` consecutive periods, a rep needs a plan. */
  improvementCompletion: number;
  improvementPeriods: number;
  funnelThreshold: number;
  customerTierThresholds: number[];
  abc: { aCut: number; bCut: number };
  targets: TargetSettings;
}

export const DEFAULT_TARGET_SETTINGS: TargetSettings = {
  buffer: 0.1,
  // The guides' example: Q2 33 %, Q4 17 %; Q2 by opportunity 1.2 / 1.5 / 1.3.
  quarterWeights: [0.2, 0.33, 0.3, 0.17],
  monthWeights: [1, 0.8, 1.2, 1.2, 1.5, 1.3, 1, 1, 1, 1.1, 1, 0.9],
  regionWeights: {},
  productLineWeights: {},
  levelWeights: { new: 0.7, core: 1, senior: 1.3 },
  challengeUplift: 0.2,
  excellenceUplift: 0.4,
};

/** Currencies whose amounts carry no minor unit in everyday use (a yen has no cents). */
const ZERO_DECIMAL_CURRENCIES = new Set(['JPY', 'KRW', 'VND', 'TWD']);
/** Decimals of a currency's minor unit, for a currency no template describes. */
export const currencyDecimals = (code: string): number => (ZERO_DECIMAL_CURRENCIES.has(code) ? 0 : 2);

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-CN',
  currency: 'CNY',
  decimals: 2,
  commission: {
    basis: 'money',
    mode: 'marginal',
    boundary: 'lower',
    tiers: [
      { lower: 0, rate: 0.01 },
      { lower: 1_000_000, rate: 0.015 },
      { lower: 2_000_000, rate: 0.02 },
    ],
    recordBonusRate: 0.05,
    teamPoolRate: 0.02,
    collaborationWeight: DEFAULT_COLLABORATION_WEIGHT,
  },
  score: { weights: [...DEFAULT_SCORE_WEIGHTS], benchmarks: [...DEFAULT_SCORE_BENCHMARKS] },
  gradeCutoffs: [...DEFAULT_GRADE_CUTOFFS],
  risk: { green: DEFAULT_GREEN, yellow: DEFAULT_YELLOW },
  outstandingCompletion: 1.2,
  improvementCompletion: 0.8,
  improvementPeriods: 2,
  funnelThreshold: DEFAULT_FUNNEL_THRESHOLD,
  customerTierThresholds: [...DEFAULT_TIER_THRESHOLDS],
  abc: { aCut: DEFAULT_ABC_A, bCut: DEFAULT_ABC_B },
  targets: DEFAULT_TARGET_SETTINGS,
};
