import type { DataCheck } from '../data/check';
import type { TableInput } from '../data/dataset';
import type { ColumnMapping } from '../data/mapping';
import type { Dataset } from '../data/model';
import { PROBLEMS_SHOWN, type DataProblem } from '../data/problems';
import type {
  Capabilities,
  DataProgress,
  DataRequest,
  DataSourceInfo,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  PeriodAction,
  PeriodActionResult,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../host/types';
import { HostError } from '../host/types';
import { hostProblem } from '../host/problems';
import { resolveLanguage, type Language } from '../core/language';
import type { SheetSpec, WorkbookSpec } from '../sheets/model';
import type { Closings } from '../core/close/record';
import { sampleReportDateIso } from '../sample/reportDate';
import { downloadBlob } from '../templates/file';
import type { OpenedFiles, PreviewControls, PreviewEvent } from './types';

const STORAGE_KEY = 'spk.previewTemplate';

export interface PreviewHostOptions {
  /** The pane's current language: the demo workbook downloads in it. */
  language?: () => Language;
  /** Where a saved template is kept (the browser session by default); null for none. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The browser's language (navigator.language by default). */
  browserLanguage?: string;
}

/**
 * A WorkbookHost for a plain browser: the data is the files the user opens (CSV or .xlsx,
 * recognised as the command line recognises them), or the bundled sample when they pick it.
 * Generating builds the sheets with the same builders as Excel and `npm run generate`; the sheets
 * are shown as tables and download as .xlsx. The readers, builders, sample data and exceljs load
 * on first use (dynamic import), so they are not part of the pane's initial JavaScript.
 */
export class PreviewHost implements WorkbookHost, PreviewControls {
  readonly kind = 'preview' as const;
  reportDate(): string {
    return sampleReportDateIso;
  }
  private workbook: WorkbookSpec | null = null;
  /** The tables of the files the user opened, with what the pane lists for each. */
  private files: { input: TableInput; info: DataSourceInfo }[] = [];
  private lastRequest: GenerateRequest | null = null;
  /** Months closed in this session, and their closed statement sheets (the downloaded file keeps both). */
  private closings: Closings | null = null;
  private closedSheets = new Map<string, SheetSpec>();
  private readonly listeners = new Set<(e: PreviewEvent) => void>();
  private readonly options: PreviewHostOptions;

  constructor(options: PreviewHostOptions = {}) {
    this.options = options;
  }

  private lang(): Language {
    return this.options.language?.() ?? resolveLanguage(this.displayLanguage());
  }

  private storage(): Pick<Storage, 'getItem' | 'setItem'> | null {
    if (this.options.storage !== undefined) return this.options.storage;
    try {
      return window.sessionStorage;
    } catch {
      return null; // storage blocked (privacy settings, sandboxed frame)
    }
  }

  async capabilities(): Promise<Capabilities> {
    const storage = this.storage() !== null;
    return {
      available: { generate: true, dataValidation: true, charts: true, templateStorage: storage, conditionalFormats: false, selection: false },
      reasons: {
        conditionalFormats: hostProblem('previewNoConditionalFormats', {}),
        selection: hostProblem('previewNoSelection', {}),
        ...(storage ? {} : { templateStorage: hostProblem('previewNoStorage', {}) }),
      },
    };
  }

  displayLanguage(): string {
    return this.options.browserLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-US');
  }

  async listDataSources(): Promise<DataSourceInfo[]> {
    return this.files.map((f) => f.info);
  }

  /**
   * Opens data files (picked or dropped): every table in them becomes a data source, recognised as
   * the command line recognises it. A file opened again replaces the earlier one of that name.
   */
  async openFiles(files: readonly { name: string; bytes: Uint8Array }[], mappings: readonly ColumnMapping[] = []): Promise<OpenedFiles> {
    const [{ readDataFile }, { sourceInfo }, { buildDataset }, { checkOf }] = await Promise.all([
      import('../data/files'),
      import('./sourceInfo'),
      import('../data/dataset'),
      import('../data/check'),
    ]);
    const problems: DataProblem[] = [];
    for (const file of files) {
      const read = await readDataFile(file.name, file.bytes);
      problems.push(...read.problems);
      if (read.problems.some((p) => p.severity === 'error')) continue;
      this.files = this.files.filter((f) => f.input.file !== file.name);
      read.tables.forEach((input, i) => this.files.push({ input, info: sourceInfo(input.table, `${file.name}#${i}`) }));
    }
    // The period picker moves to the data's last full month as soon as the files are recognised,
    // not only after the check: the same rule (checkOf → defaultPeriod) over every open table.
    const recognised = checkOf(buildDataset(this.files.map((f) => f.input), mappings));
    return { sources: await this.listDataSources(), problems, defaultPeriod: recognised.ok ? recognised.defaultPeriod : null };
  }

  async readData(request: DataRequest, onProgress: (p: DataProgress) => void): Promise<DataCheck> {
    const [{ buildDataset }, { checkOf }] = await Promise.all([import('../data/dataset'), import('../data/check')]);
    const { inputs, before } = this.chosen(request, onProgress);
    return checkOf(buildDataset(inputs, request.mappings, before.length > 0), before);
  }

  private chosen(request: DataRequest, onProgress: (p: DataProgress) => void): { inputs: TableInput[]; before: DataProblem[] } {
    const inputs: TableInput[] = [];
    const before: DataProblem[] = [];
    for (const choice of request.sources) {
      const f = this.files.find((x) => x.info.id === choice.id);
      if (!f) {
        before.push({ code: 'sourceMissing', params: { source: choice.id }, severity: 'error' });
        continue;
      }
      onProgress({ source: f.info.label, done: f.info.rows, total: f.info.rows });
      inputs.push({ ...f.input, ...(choice.kind ? { kind: choice.kind } : {}) });
    }
    return { inputs, before };
  }

  async generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
    const total = 3;
    onProgress({ done: 0, total, step: { kind: 'loading' } });
    const { workbookForRequest } = await import('../sample/requestWorkbook');
    if (request.source.kind === 'sample') onProgress({ done: 1, total, step: { kind: 'preparingData' } });
    await nextFrame(); // let the progress bar paint before the synchronous work
    const data = await this.datasetFor(request);
    onProgress({ done: 2, total, step: { kind: 'buildingSheets' } });
    await nextFrame();
    const built = workbookForRequest(data, { ...request, ...(this.closings ? { closings: this.closings } : {}) });
    this.workbook = this.withClosedSheets(built.spec);
    const notices = built.notices.map((notice) => hostProblem('sheetNotice', { notice }));
    this.lastRequest = request;
    onProgress({ done: total, total, step: { kind: 'done' } });
    this.emit({ type: 'generated' });
    return this.workbook.sheets.map((s, i) => ({
      kind: s.kind,
      name: s.name,
      rows: s.tables.reduce((n, t) => n + t.rows.length, 0),
      ...(i === 0 && notices.length > 0 ? { notices } : {}),
    }));
  }

  /** The request's data: the sample when picked, else the chosen files' tables, checked (refused data throws, listing why). */
  private async datasetFor(request: GenerateRequest): Promise<Dataset> {
    if (request.source.kind === 'sample') {
      const { buildSampleDataset } = await import('../sample/sampleData');
      return buildSampleDataset({ seed: request.source.seed, language: request.language });
    }
    const [{ buildDataset }, { checkOf }, { rateProblems }] = await Promise.all([import('../data/dataset'), import('../data/check'), import('../data/rates')]);
    const { inputs, before } = this.chosen(request.source.data, () => undefined);
    const result = buildDataset(inputs, request.source.data.mappings, before.length > 0);
    const check = checkOf(result, before);
    if (!check.ok || !result.dataset) {
      const errors = check.problems.filter((p) => p.severity === 'error').slice(0, PROBLEMS_SHOWN);
      throw new HostError(hostProblem('dataRefused', { errors: check.errors, problems: errors }));
    }
    // A deal in a currency without its month's rate, against the request's company currency.
    const rates = rateProblems(result.dataset, result.tables, request.settings.currency);
    if (rates.length > 0) throw new HostError(hostProblem('dataRefused', { errors: rates.length, problems: rates.slice(0, PROBLEMS_SHOWN) }));
    return result.dataset;
  }

  async payrollCsv(request: GenerateRequest): Promise<{ fileName: string; bytes: Uint8Array; rows: number }> {
    const { payrollForRequest } = await import('../host/payroll');
    const file = payrollForRequest(await this.datasetFor(request), request, this.closings ?? undefined);
    if (!file) throw new HostError(hostProblem('payrollUnavailable', {}));
    return file;
  }

  /**
   * Closes or reopens a month of the workbook the pane shows (and downloads): the same closing as
   * Excel's and the command line's, kept for the browser session.
   */
  async closePeriod(request: GenerateRequest, action: PeriodAction): Promise<PeriodActionResult> {
    const [{ closeWorkbook }, { workbookForRequest }, { noClosings }] = await Promise.all([
      import('../sheets/close/closeWorkbook'),
      import('../sample/requestWorkbook'),
      import('../core/close/record'),
    ]);
    const data = await this.datasetFor(request);
    const outcome = closeWorkbook(data, request, this.closings ?? noClosings(), { ...action, at: new Date().toISOString() }, workbookForRequest);
    if (!outcome.ok) throw new HostError(outcome.problem ? hostProblem('closing', { problem: outcome.problem }) : hostProblem('payrollUnavailable', {}));
    this.closings = outcome.closings;
    if (outcome.sheet) this.closedSheets.set(action.period, outcome.sheet);
    else this.closedSheets.delete(action.period);
    this.workbook = this.withClosedSheets(outcome.workbook.spec);
    this.lastRequest = request;
    this.emit({ type: 'generated' });
    return { snapshot: outcome.snapshot.id, sheet: outcome.sheet?.name ?? null };
  }

  /** The built workbook with the closed months' statement sheets in place of any sheet of the same month. */
  private withClosedSheets(spec: WorkbookSpec): WorkbookSpec {
    const closed = [...this.closedSheets.values()];
    const slots = new Set(closed.map((s) => s.slot));
    return { ...spec, sheets: [...spec.sheets.filter((s) => !(s.kind === 'statement' && slots.has(s.slot))), ...closed] };
  }

  async applyRiskRules(_request: RiskRuleRequest): Promise<RiskRuleResult> {
    throw new HostError(hostProblem('previewNoConditionalFormats', {}));
  }

  async removeRiskRules(_target: RiskRuleRequest['target']): Promise<number> {
    throw new HostError(hostProblem('previewNoConditionalFormats', {}));
  }

  async loadTemplate(): Promise<unknown | null> {
    const raw = this.storage()?.getItem(STORAGE_KEY) ?? null;
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw; // parseTemplate explains what is wrong with it
    }
  }

  async saveTemplate(template: unknown): Promise<void> {
    const storage = this.storage();
    if (!storage) throw new HostError(hostProblem('previewNoStorage', {}));
    storage.setItem(STORAGE_KEY, JSON.stringify(template));
  }

  async activateSheet(name: string): Promise<void> {
    if (!this.workbook?.sheets.some((s) => s.name === name)) throw new HostError(hostProblem('sheetMissing', { sheet: name }));
    this.emit({ type: 'activate', name });
  }

  sheets() {
    return this.workbook?.sheets ?? [];
  }

  subscribe(listener: (e: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The last generated workbook as .xlsx; before any run, the demo workbook, byte for byte what
   * `npm run demo -- --lang <pane language>` writes.
   */
  async downloadXlsx(): Promise<string> {
    const request = this.lastRequest;
    const bytes = await this.workbookBytes();
    const fileName = request ? `sales-kit-${request.period.label}.xlsx` : 'sales-kit-demo.xlsx';
    downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
    return fileName;
  }

  /** What downloadXlsx saves: the last generated workbook (with its closed months and their record), else the demo. */
  async workbookBytes(): Promise<ArrayBuffer> {
    const { specBytes, demoBytes } = await import('./xlsxBytes');
    return this.lastRequest && this.workbook ? specBytes(this.workbook, this.closings) : demoBytes(this.lang());
  }

  private emit(e: PreviewEvent): void {
    for (const l of this.listeners) l(e);
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
