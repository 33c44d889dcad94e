import type { DataCheck } from '../../src/data/check';
import type {
  Capabilities,
  Capability,
  DataProgress,
  DataRequest,
  DataSourceInfo,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  PeriodAction,
  PeriodActionResult,
  HostProblem,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../../src/host/types';

/** A WorkbookHost for component tests: records every call, answers what the test sets. */
export class FakeHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  language = 'en-US';
  missing: Partial<Record<Capability, HostProblem>> = {};
  sources: DataSourceInfo[] = [];
  stored: unknown | null = null;
  generateCalls: GenerateRequest[] = [];
  readCalls: DataRequest[] = [];
  payrollCalls: GenerateRequest[] = [];
  payrollImpl: (r: GenerateRequest) => Promise<{ fileName: string; bytes: Uint8Array; rows: number }> = async () => ({
    fileName: 'payroll-2026-03.csv',
    // A BOM, then ASCII (jsdom has no TextEncoder).
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...Array.from('rep,period,currency,credit,quota,attainment,base,adjustments,payout\r\n', (c) => c.charCodeAt(0))]),
    rows: 12,
  });
  /** What readData answers: by default data with deals from January to March 2026. */
  readImpl: (r: DataRequest, p: (x: DataProgress) => void) => Promise<DataCheck> = async (_r, p) => {
    p({ source: 'Sales', done: 5000, total: 5000 });
    return {
      ok: true,
      tables: [{ source: 'Sheet1 › Sales', file: 'Sales', kind: 'deals', headerRow: 1, rows: 5000, columns: { customer: 'Client', date: 'Date', amount: 'Amount', rep: 'Owner' }, ignored: ['Notes'], skipped: false }],
      problems: [],
      errors: 0,
      warnings: 0,
      dropped: 0,
      months: ['2026-01', '2026-02', '2026-03'],
      defaultPeriod: '2026-03',
      summary: { deals: 5000, reps: 12, customers: 800, first: '2026-01-02', last: '2026-03-31' },
    };
  };
  riskCalls: RiskRuleRequest[] = [];
  removeCalls: RiskRuleRequest['target'][] = [];
  saved: unknown[] = [];
  activated: string[] = [];
  /** What generate does: by default reports progress and makes one sheet per kind. */
  generateImpl: (r: GenerateRequest, p: (x: GenerateProgress) => void) => Promise<GeneratedSheet[]> = async (r, p) => {
    p({ done: 1, total: 2, step: { kind: 'sheet', name: r.sheets[0] } });
    return r.sheets.map((kind, i) => ({ kind, name: `${kind}-${i}`, rows: 10 + i }));
  };
  riskImpl: (r: RiskRuleRequest) => Promise<RiskRuleResult> = async () => ({ address: 'Sheet1!A2:F20', rules: 3 });

  async capabilities(): Promise<Capabilities> {
    const all: Capability[] = ['generate', 'conditionalFormats', 'dataValidation', 'templateStorage', 'charts', 'selection', 'refresh', 'undo'];
    return {
      available: Object.fromEntries(all.map((c) => [c, !(c in this.missing)])),
      reasons: { ...this.missing },
    };
  }
  displayLanguage(): string {
    return this.language;
  }
  async listDataSources(): Promise<DataSourceInfo[]> {
    return this.sources;
  }
  readData(request: DataRequest, onProgress: (p: DataProgress) => void): Promise<DataCheck> {
    this.readCalls.push(request);
    return this.readImpl(request, onProgress);
  }
  generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
    this.generateCalls.push(request);
    return this.generateImpl(request, onProgress);
  }
  payrollCsv(request: GenerateRequest): Promise<{ fileName: string; bytes: Uint8Array; rows: number }> {
    this.payrollCalls.push(request);
    return this.payrollImpl(request);
  }
  applyRiskRules(request: RiskRuleRequest): Promise<RiskRuleResult> {
    this.riskCalls.push(request);
    return this.riskImpl(request);
  }
  async removeRiskRules(target: RiskRuleRequest['target']): Promise<number> {
    this.removeCalls.push(target);
    return 3;
  }
  async loadTemplate(): Promise<unknown | null> {
    return this.stored;
  }
  async saveTemplate(template: unknown): Promise<void> {
    this.saved.push(template);
    this.stored = JSON.parse(JSON.stringify(template));
  }
  async activateSheet(name: string): Promise<void> {
    this.activated.push(name);
  }
  closeCalls: { request: GenerateRequest; action: PeriodAction }[] = [];
  closeImpl: (r: GenerateRequest, a: PeriodAction) => Promise<PeriodActionResult> = async (_r, a) => ({ snapshot: `${a.period}-v1-0123abcd`, sheet: a.action === 'close' ? `Statement ${a.period}` : null });
  closePeriod(request: GenerateRequest, action: PeriodAction): Promise<PeriodActionResult> {
    this.closeCalls.push({ request, action });
    return this.closeImpl(request, action);
  }
}

/** A promise the test settles when it wants (to observe the pane while an action runs). */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
