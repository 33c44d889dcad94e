import type {
  Capabilities,
  DataSourceInfo,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../host/types';
import { HostError } from '../host/types';
import { hostProblem } from '../host/problems';
import { resolveLanguage, type Language } from '../core/language';
import type { WorkbookSpec } from '../sheets/model';
import { sampleReportDateIso } from '../sample/reportDate';
import { downloadBlob } from '../templates/file';
import type { PreviewControls, PreviewEvent } from './types';

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
 * A WorkbookHost for a plain browser: the "workbook" is the bundled sample data. Generating builds
 * the sheets with the same builders as Excel and `npm run demo`; the sheets are shown as tables
 * and download as .xlsx. The builders, the sample data and exceljs load on first use (dynamic
 * import), so they are not part of the pane's initial JavaScript.
 */
export class PreviewHost implements WorkbookHost, PreviewControls {
  readonly kind = 'preview' as const;
  reportDate(): string {
    return sampleReportDateIso;
  }
  private workbook: WorkbookSpec | null = null;
  private lastRequest: GenerateRequest | null = null;
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
    return []; // the bundled sample data is the only source; the pane always offers it
  }

  async generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
    if (request.source.kind !== 'sample') throw new HostError(hostProblem('previewSampleOnly', {}));
    const total = 3;
    onProgress({ done: 0, total, step: { kind: 'loading' } });
    const [{ workbookForRequest }, { buildSampleDataset }] = await Promise.all([import('../sample/requestWorkbook'), import('../sample/sampleData')]);
    onProgress({ done: 1, total, step: { kind: 'preparingData' } });
    await nextFrame(); // let the progress bar paint before the synchronous work
    const data = buildSampleDataset({ seed: request.source.seed, language: request.language });
    onProgress({ done: 2, total, step: { kind: 'buildingSheets' } });
    await nextFrame();
    const built = workbookForRequest(data, request);
    this.workbook = built.spec;
    const notices = built.notices.map((notice) => hostProblem('sheetNotice', { notice }));
    this.lastRequest = request;
    onProgress({ done: total, total, step: { kind: 'done' } });
    this.emit({ type: 'generated' });
    return built.spec.sheets.map((s, i) => ({
      kind: s.kind,
      name: s.name,
      rows: s.tables.reduce((n, t) => n + t.rows.length, 0),
      ...(i === 0 && notices.length > 0 ? { notices } : {}),
    }));
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
    const { requestBytes, demoBytes } = await import('./xlsxBytes');
    const request = this.lastRequest;
    const bytes = request ? await requestBytes(request) : await demoBytes(this.lang());
    const fileName = request ? `sales-kit-${request.period.label}.xlsx` : 'sales-kit-demo.xlsx';
    downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
    return fileName;
  }

  private emit(e: PreviewEvent): void {
    for (const l of this.listeners) l(e);
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
