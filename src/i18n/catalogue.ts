/**
 * The shape every language's catalogue implements (src/i18n/languages/<tag>/, one file per section). Other layers
 * never hold sentences: they emit codes with parameters (types imported from those layers, types
 * only) and whoever shows them renders through the catalogue of the workbook's or pane's language.
 * A missing text is a compile error, so the two languages cannot drift apart.
 */
import type { AnalyticsProblems } from '../core/analyticsProblems';
import type { Cn8Segment, Rfm10Segment } from '../core/rfmSegments';
import type { EnumId, EnumValue, FunctionId } from '../functions/ids';
import type { CoreCode, CoreProblem, CoreProblems } from '../core/errors';
import type { ClosingTexts } from './sections/closing';
import type { CommissionTexts } from './sections/commissions';
import type { FieldKey, TableKind } from '../data/fields';
import type { QuotaScope } from '../data/model';
import type { SheetKind } from '../core/sheetKinds';
import type { DataCode, DataProblems, Place, Severity, ValueKind } from '../data/problems';
import type { DataColumn, DataTable, SheetNoticeCode, SheetNoticeParams } from '../data/notices';
import type { WriteFeature, WriteNotices, WriteProblems } from '../sheets/writePlan/notices';
import type { HostTexts } from './sections/host';
import type { GenerateTexts, PaneTexts, PlansTexts, PreviewTexts, RiskTexts, TemplatesTexts } from './sections/pane';
import type { TemplateProblemTexts } from './sections/templateProblems';
import type {
  CommissionSheetsTexts,
  CustomersSheetTexts,
  EvaluationSheetTexts,
  ImprovementSheetTexts,
  Labels,
  PrintTexts,
  ReviewSheetTexts,
  SettingsSheetTexts,
  SheetWords,
  TargetsSheetTexts,
  TrackingSheetTexts,
} from './sections/sheets';

export type CoreErrorTexts = { [C in CoreCode]: (params: CoreProblems[C]) => string };
export type AnalyticsErrorTexts = { [C in keyof AnalyticsProblems]: (params: AnalyticsProblems[C]) => string };

/** A function's help in Excel's formula AutoComplete: what it returns and each argument's help. */
export interface FunctionText {
  description: string;
  /** Argument name → help (≤ 128 characters; the table test checks every argument has one). */
  args: Readonly<Record<string, string>>;
}

export interface FunctionsSection {
  functions: Readonly<Record<FunctionId, FunctionText>>;
  /** Tooltip of each enumerated value. */
  enums: { readonly [E in EnumId]: Readonly<Record<EnumValue<E>, string>> };
}

/** Values the functions and the Customers sheet write into cells (besides the older LABELS). */
export interface AnalyticsLabels {
  funnelLow: string;
  rfm10: Readonly<Record<Rfm10Segment, string>>;
  cn8: Readonly<Record<Cn8Segment, string>>;
  thresholdsHeader: readonly string[];
  segmentSummaryTitle: string;
  segmentSummaryHeader: readonly string[];
  heatMapTitle: string;
  heatMapCorner: string;
  segmentChartTitle: string;
  segmentNote: string;
}

/** The name of each generated sheet: the pane lists these and the builders name the sheets with them. */
export type SheetNameTexts = Record<SheetKind, string>;

/** What a generate run tells the user about the data (src/sheets/notices.ts). */
export interface SheetNoticeTexts {
  tables: Record<DataTable, string>;
  columns: Record<DataColumn, string>;
  scopes: Record<QuotaScope, string>;
  levels: Record<'region' | 'team' | 'level', string>;
  text: {
    [C in SheetNoticeCode]: (params: SheetNoticeParams[C], texts: SheetNoticeTexts, renderCore: (problem: CoreProblem) => string) => string;
  };
}

/** Notes the generated sheets carry about where their figures come from (src/sheets). */
export interface SheetDataTexts {
  /** Summary of the Targets sheet: where the year's target came from and what was held back. */
  targetsSource: (p: { annual: boolean; bufferRate: number | null; seasonal: boolean }) => string;
  /** Tracking: which rows are marked overdue. */
  overdue: string;
  evaluation: {
    target: string;
    targetBlank: string;
    actual: string;
    newCustomers: string;
    leadsFromPipeline: string;
    leadsMissing: string;
    wonFromDeals: string;
    collectionFromDeals: string;
    collectionMissing: string;
    processMissing: string;
    score: string;
  };
  review: { noPipeline: string; noTargets: string };
  reconciliation: { paidMissing: string };
}

/** Writing sheets into a workbook: notices and failures of the writers, and the text they put in cells. */
export interface WorkbookWriteTexts {
  notices: { [C in keyof WriteNotices]: (params: WriteNotices[C]) => string };
  problems: { [C in keyof WriteProblems]: (params: WriteProblems[C]) => string };
  features: Record<WriteFeature, string>;
  /** Header of the column where a refresh flags rows whose key left the data. */
  statusHeader: string;
  /** The flag itself. */
  noLongerInData: string;
  /** Title of the message a drop-down list shows for a value not in the list. */
  listAlertTitle: string;
  /** Shown before generating when a Generate cannot be undone in one step. */
  undoUnavailable: (requirement: string) => string;
  /** Why refreshing the add-in's tables is not offered on this host. */
  refreshUnavailable: (requirement: string) => string;
}

/** A team's own data: its tables and fields, and everything wrong with it (src/data/problems.ts). */
export interface DataTexts {
  kinds: Record<TableKind, string>;
  /** A field's name, as the mapping step and messages show it. */
  fields: { [K in TableKind]: Record<FieldKey<K>, string> };
  valueKinds: Record<ValueKind, string>;
  problems: { [C in DataCode]: (params: DataProblems[C]) => string };
  /** Where a problem is: "deals.csv, row 12, column “Amount”". */
  place: (at: Place) => string;
  /** A place and a reason as one line. */
  line: (place: string, reason: string) => string;
  severity: Record<Severity, string>;
  /** "… and 37 more problems". */
  more: (n: number) => string;
}

/** What was recognised and what happens next, for the command line and the pane's data step. */
export interface DataReportTexts {
  table: (source: string, kind: string, rows: number, headerRow: number) => string;
  skipped: (source: string) => string;
  columns: (pairs: string) => string;
  ignored: (headers: string) => string;
  encoding: (source: string, encoding: string) => string;
  period: (label: string) => string;
  periodDefault: (label: string) => string;
  asOf: (date: string) => string;
  summary: (deals: number, reps: number, customers: number, first: string, last: string) => string;
  refused: (errors: number) => string;
  warnings: (n: number) => string;
  nothingWritten: string;
  /** Progress while a table is read in chunks. */
  readingRows: (source: string, done: number, total: number) => string;
}

/** The pane's data step: choosing tables or files, mapping columns, checking, the payroll export. */
export interface DataStepTexts {
  heading: string;
  yourData: string;
  sample: string;
  sampleNote: string;
  tablesHint: string;
  filesHint: string;
  noTables: string;
  noFiles: string;
  refresh: string;
  openFiles: string;
  dropHere: string;
  sourceLine: (label: string, rows: number, kind: string) => string;
  notRecognised: string;
  columns: (label: string) => string;
  kind: string;
  kindAuto: string;
  none: string;
  previewCaption: (rows: number) => string;
  check: string;
  checking: string;
  checked: string;
  refusedTitle: (errors: number) => string;
  warningsTitle: (warnings: number) => string;
  chooseData: string;
  saveMappings: string;
  mappingsSaved: string;
  periodEmpty: (period: string, first: string, last: string) => string;
  useDefault: (period: string) => string;
  generateAnyway: string;
  payroll: string;
  payrollDone: (file: string, rows: number) => string;
  payrollUnavailable: string;
}

/** The `npm run generate` command line: help, usage errors and progress. */
export interface CliTexts {
  /** `fields`: every table kind with its field names, one kind a line. */
  help: (fields: string) => string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  badLang: (value: string) => string;
  badSeed: (value: string) => string;
  badCurrency: (value: string) => string;
  missingOut: string;
  missingData: string;
  dataWithSample: string;
  seedWithoutSample: string;
  reading: (file: string, size: string) => string;
  read: (file: string, seconds: string) => string;
  checking: string;
  checked: (seconds: string) => string;
  building: string;
  writing: (file: string) => string;
  wrote: (file: string, sheets: number, size: string, seconds: string) => string;
  wrotePayroll: (file: string, rows: number) => string;
  payrollUnavailable: string;
  templateProblems: (file: string) => string;
  outIsInput: (file: string) => string;
  notOurs: (file: string) => string;
  failed: (detail: string) => string;
  /** The company's currency, when the data decided it (every deal that names one names it). */
  currencyFromData: (code: string) => string;
  /** The company's currency, when nothing declared or named it. */
  currencyDefault: (code: string) => string;
}

/** `npm run generate -- --into EXISTING.xlsx`: why a workbook cannot be generated into, and progress. */
export interface CliIntoTexts {
  intoWithOut: string;
  missing: (file: string) => string;
  notXlsx: (file: string) => string;
  /** `lock`: the lock file Excel or LibreOffice keeps beside a workbook it has open. */
  locked: (file: string, lock: string) => string;
  unreadable: (file: string, detail: string) => string;
  isInput: (file: string) => string;
  /** Saved by someone else while the run was building: the run does not overwrite it. */
  changed: (file: string) => string;
  updating: (file: string) => string;
  updated: (file: string, sheets: number, size: string, seconds: string) => string;
}

export interface Catalogue {
  /** Why the calculation core refused an input (shown in cells, sheets and the pane). */
  coreErrors: CoreErrorTexts;
  /** Help for the SALES functions in Excel (functions.json, functions.zh-CN.json). */
  functions: FunctionsSection;
  analytics: AnalyticsLabels;
  /** Commission statements, plans and their problems (src/core/plans/). */
  commissions: CommissionTexts;
  /** Sheets left out, splits that fell back and plan problems of a generate run. */
  sheetNotices: SheetNoticeTexts;
  /** Notes in the generated sheets on derived and missing figures. */
  sheetData: SheetDataTexts;
  workbookWrite: WorkbookWriteTexts;
  sheetNames: SheetNameTexts;
  /** What the core's codes show as in cells (grades, segments, tiers), shared with the SALES.* functions. */
  labels: Labels;
  /** The generated sheets' shared vocabulary, page headers and footers, and each sheet's words. */
  sheetWords: SheetWords;
  print: PrintTexts;
  settingsSheet: SettingsSheetTexts;
  targetsSheet: TargetsSheetTexts;
  trackingSheet: TrackingSheetTexts;
  evaluationSheet: EvaluationSheetTexts;
  improvementSheet: ImprovementSheetTexts;
  customersSheet: CustomersSheetTexts;
  reviewSheet: ReviewSheetTexts;
  commissionSheets: CommissionSheetsTexts;
  /** The task pane, one section per panel. */
  pane: PaneTexts;
  generate: GenerateTexts;
  risk: RiskTexts;
  /** Commission plans and settings, wherever a plan is edited or shown (the Plans & settings panel). */
  plans: PlansTexts;
  templates: TemplatesTexts;
  preview: PreviewTexts;
  /** Why a template was refused. */
  templateProblems: TemplateProblemTexts;
  /** What the workbook hosts (Excel, preview mode) report to the pane. */
  host: HostTexts;
  /** A team's own data: tables, fields, problems (src/data/). */
  data: DataTexts;
  dataReport: DataReportTexts;
  cli: CliTexts;
  cliInto: CliIntoTexts;
  dataStep: DataStepTexts;
  /** Closing and reopening a period (src/core/close/). */
  closing: ClosingTexts;
}
