/**
 * The task pane's text, one interface per catalogue section. Functions build sentences from
 * numbers and names; what they receive is data and is always rendered as text, never as markup.
 */
import type { Language } from '../../core/language';
import type { Period } from '../../core/period';
import type { Capability } from '../../host/types';

/** The pane as a whole: title, preview mode, the display-language picker, tabs and capabilities. */
export interface PaneTexts {
  languageName: string;
  appTitle: string;
  previewBadge: string;
  previewIntro: string;
  /** Preview mode because office.js did not load: inside Excel the pane could not reach the workbook. */
  officeMissing: string;
  /** The pane could not start at all (shown without React). */
  startFailed: (detail: string) => string;
  /** The name a new template starts with. */
  defaultTemplateName: string;
  uiLanguage: string;
  loading: string;
  tabs: { generate: string; risk: string; plans: string; templates: string; sheets: string };
  languages: Record<Language, string>;
  capabilityMissing: (what: Capability) => string;
}

/** The Generate panel. */
export interface GenerateTexts {
  heading: string;
  sheets: string;
  noSheets: string;
  period: string;
  periodKinds: Record<Period['kind'], string>;
  periodDate: string;
  periodDateHint: (label: string) => string;
  sheetLanguage: string;
  refresh: string;
  run: string;
  running: string;
  progress: (done: number, total: number, step: string) => string;
  done: (n: number) => string;
  open: (name: string) => string;
  rowsOf: (n: number) => string;
  failed: string;
  invalidSettings: string;
}

/** The At-risk targets panel. */
export interface RiskTexts {
  heading: string;
  intro: string;
  target: string;
  selection: string;
  table: (name: string) => string;
  actual: string;
  targetColumn: string;
  columnHint: string;
  detect: string;
  detectedNone: string;
  detectedSome: (actual: string, target: string) => string;
  elapsed: string;
  elapsedFull: string;
  elapsedFraction: string;
  elapsedColumn: string;
  elapsedValue: string;
  elapsedColumnName: string;
  green: string;
  yellow: string;
  percentHint: string;
  apply: string;
  remove: string;
  applied: (rules: number, address: string) => string;
  removed: (n: number) => string;
}

/** Commission plans and the other settings, as the Plans & settings panel edits them. */
export interface PlansTexts {
  heading: string;
  commission: string;
  basis: string;
  basisMoney: string;
  basisAttainment: string;
  mode: string;
  modeMarginal: string;
  modeFlat: string;
  tiers: string;
  tierLower: (row: number) => string;
  tierLowerAttainment: (row: number) => string;
  tierRate: (row: number) => string;
  addTier: string;
  removeTier: (row: number) => string;
  recordBonus: string;
  teamPool: string;
  whatIf: string;
  whatIfAmount: string;
  whatIfQuota: string;
  whatIfLine: (amount: string, commission: string, next: string | null) => string;
  whatIfMore: string;
  whatIfMoreLine: (extra: string, total: string, after: string, gain: string, next: string | null, toNext: string | null) => string;
  whatIfUnavailable: string;
  score: string;
  weight: (metric: string) => string;
  /** A metric's benchmark; `percent` when it is edited as a percentage. */
  benchmark: (metric: string, percent: boolean) => string;
  metrics: Record<'completion' | 'conversion' | 'averageOrderValue' | 'collection' | 'process', string>;
  weightsTotal: (total: string) => string;
  grades: string;
  cutoff: (grade: string) => string;
  gradeNames: [string, string, string, string];
  risk: string;
  general: string;
  currency: string;
  decimals: string;
  language: string;
  pendingInvalid: (n: number) => string;
  allValid: string;
  reset: string;
}

/** The Templates panel. */
export interface TemplatesTexts {
  heading: string;
  intro: string;
  name: string;
  issuer: string;
  summary: (version: number, tiers: number, sheets: number, plans: number) => string;
  save: string;
  load: string;
  exportJson: string;
  importJson: string;
  saved: string;
  loaded: (name: string) => string;
  loadedMigrated: (name: string, from: number) => string;
  noneStored: string;
  exported: (file: string) => string;
  imported: (name: string) => string;
  importedMigrated: (name: string, from: number) => string;
  rejected: (n: number) => string;
  nothingApplied: string;
  storedInvalid: (n: number) => string;
  problemPath: string;
  problemReason: string;
  readFailed: (detail: string) => string;
}

/** The Sheets panel of preview mode (generated sheets as tables, the .xlsx download). */
export interface PreviewTexts {
  heading: string;
  empty: string;
  download: string;
  downloading: string;
  downloaded: (file: string) => string;
  sheetTable: (name: string) => string;
  moreRows: (n: number) => string;
}
