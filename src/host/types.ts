import type { Period } from '../core/period';
import type { Plan } from '../core/plans/schema';
import type { Settings } from '../core/settings';
import type { DataCheck } from '../data/check';
import type { TableKind } from '../data/fields';
import type { ColumnMapping } from '../data/mapping';
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
  /** Table name or A1 range address (Excel), or file and table (browser preview), as the host reads it back. */
  id: string;
  label: string;
  kind: 'table' | 'range' | 'file';
  /** Data rows below the header. */
  rows: number;
  headers: string[];
  /** The header's row number as the user sees it. */
  headerRow: number;
  /** The first data rows as they are in the workbook or file (for the mapping step). */
  preview: unknown[][];
  /** What the headers say the source holds (without the user's mappings). */
  detected: TableKind | 'unknown';
}

/** One table chosen as data, with the kind the user set for it (none: recognised from its headers). */
export interface DataSourceChoice {
  id: string;
  kind?: TableKind;
}

/** The team's data a generate run reads: the chosen tables and the column mappings. */
export interface DataRequest {
  sources: DataSourceChoice[];
  mappings: ColumnMapping[];
}

export interface DataProgress {
  /** The source being read. */
  source: string;
  done: number;
  total: number;
}

export type { Period };

export interface GenerateRequest {
  sheets: SheetKind[];
  period: Period;
  language: Language;
  settings: Settings;
  /** Where the data comes from: the team's tables (or files, in the browser), or the bundled sample when the user picks it. */
  source: { kind: 'sample'; seed?: number } | { kind: 'data'; data: DataRequest };
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
  /**
   * Reads the chosen tables whole and checks them: what was recognised, every problem, the months
   * with deals and the default period. Never rejects for bad data (that is in the check).
   */
  readData(request: DataRequest, onProgress: (p: DataProgress) => void): Promise<DataCheck>;
  generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]>;
  /** The payroll CSV of the request's statement period (rows, amounts and headers as `npm run generate -- --payroll` writes them). */
  payrollCsv(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<{ fileName: string; bytes: Uint8Array; rows: number }>;
  applyRiskRules(request: RiskRuleRequest): Promise<RiskRuleResult>;
  removeRiskRules(target: RiskRuleRequest['target']): Promise<number>;
  /** The template JSON stored in the workbook, or null when there is none. */
  loadTemplate(): Promise<unknown | null>;
  saveTemplate(template: unknown): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /**
   * Closes or reopens a month of the workbook (rules.md › Closing a period) with the request's
   * data, settings and plans; rejects with the reason when it cannot (already closed, a later
   * month closed, not a month of the data).
   */
  closePeriod?(request: GenerateRequest, action: PeriodAction, onProgress: (p: GenerateProgress) => void): Promise<PeriodActionResult>;
}

export interface PeriodAction {
  action: 'close' | 'reopen';
  /** "YYYY-MM". */
  period: string;
}

export interface PeriodActionResult {
  /** The snapshot made (close) or kept as a version (reopen). */
  snapshot: string;
  /** The closed statement sheet's name (close). */
  sheet: string | null;
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
