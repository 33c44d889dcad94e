import type { Period } from '../core/period';
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import type { PlanAssignment } from '../sheets/planAssignment';
import type { Language } from '../core/language';
import type { SheetKind } from '../core/sheetKinds';
import type { HostProblem, ProgressStep } from './problems';

export type { HostProblem, ProgressStep };

/**
 * What the task pane asks of a workbook. The pane never imports Office.js: it receives a
 * WorkbookHost, implemented in src/excel/ for Excel (Office.js) and in src/preview/ for a plain
 * browser (sample data, .xlsx download). Every method reports problems by rejecting with a
 * HostError carrying a code and its parameters (src/host/problems.ts), which the pane renders in
 * its own language.
 */
export type HostKind = 'excel' | 'preview';

/** A feature the host may lack, with the reason shown next to the disabled action. */
export type Capability = 'generate' | 'conditionalFormats' | 'dataValidation' | 'templateStorage' | 'charts' | 'selection' | 'refresh' | 'undo';

export interface Capabilities {
  /** Present and true when available; when false, `reasons` says why. */
  available: Partial<Record<Capability, boolean>>;
  reasons: Partial<Record<Capability, HostProblem>>;
}

export interface DataSourceInfo {
  /** Table name or A1 range address, as the host can read it back. */
  id: string;
  label: string;
  kind: 'table' | 'range';
  rows: number;
  headers: string[];
  /** What the source looks like it holds, from its headers (transactions, pipeline, evaluation). */
  detected: 'transactions' | 'pipeline' | 'evaluation' | 'unknown';
}

export type { Period };

export interface GenerateRequest {
  sheets: SheetKind[];
  period: Period;
  language: Language;
  settings: Settings;
  /** Where the data comes from: a workbook source id, or the bundled sample data. */
  source: { kind: 'sample'; seed?: number } | { kind: 'workbook'; id: string };
  /** Refresh the add-in's own tables (SPK_*) in place instead of creating new sheets. */
  refresh: boolean;
  /** The template's commission plans and which plan pays which rep (none: one plan from the settings). */
  plans?: readonly Plan[];
  planAssignment?: PlanAssignment;
}

export interface GenerateProgress {
  done: number;
  total: number;
  /** What is being done, for the progress bar's label. */
  step: ProgressStep;
}

export interface GeneratedSheet {
  kind: SheetKind;
  /** The sheet's actual name (it may differ from the asked one when that was taken). */
  name: string;
  rows: number;
  /** What the user should know about this sheet: features the host lacked, renames, refusals. */
  notices?: HostProblem[];
}

export interface RiskRuleRequest {
  /** 'selection' or the name of a table (SPK_* or the user's). */
  target: 'selection' | { table: string };
  /** Column headers (or 1-based column numbers within the target) for actual and target. */
  actualColumn: string | number;
  targetColumn: string | number;
  /** Fraction of the period elapsed (a number), or a column holding it; omitted = 1. */
  elapsed?: number | string;
  green: number;
  yellow: number;
}

export interface RiskRuleResult {
  address: string;
  rules: number;
}

export interface WorkbookHost {
  readonly kind: HostKind;
  capabilities(): Promise<Capabilities>;
  /** The Office display language (or the browser's outside Office). */
  displayLanguage(): string;
  listDataSources(): Promise<DataSourceInfo[]>;
  generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]>;
  applyRiskRules(request: RiskRuleRequest): Promise<RiskRuleResult>;
  removeRiskRules(target: RiskRuleRequest['target']): Promise<number>;
  /** The template JSON stored in the workbook, or null when there is none. */
  loadTemplate(): Promise<unknown | null>;
  saveTemplate(template: unknown): Promise<void>;
  activateSheet(name: string): Promise<void>;
}

export class HostError extends Error {
  readonly problem: HostProblem;
  constructor(problem: HostProblem) {
    // The message is for logs; the pane renders `problem` in its language.
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
    this.name = 'HostError';
    this.problem = problem;
  }
}
