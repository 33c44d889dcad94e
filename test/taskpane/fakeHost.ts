import type {
  Capabilities,
  Capability,
  DataSourceInfo,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
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
  generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
    this.generateCalls.push(request);
    return this.generateImpl(request, onProgress);
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
