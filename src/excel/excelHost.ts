/**
 * The WorkbookHost inside Excel (Office.js). Every workbook change goes through one write lock:
 * a second generate while one runs is refused with a message (the pane disables its button
 * anyway); risk rules and template saves wait their turn. Messages follow the request's language
 * (or Office's display language) and reach the pane as HostError.
 */
import type {
  Capabilities,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../host/types';
import { HostError } from '../host/types';
import { renderSheetNotice } from '../i18n';
import { resolveLanguage, type Language } from '../i18n/language';
import type { Dataset } from '../data/model';
import { datasetFromTable } from '../sheets/data';
import type { SheetNotice } from '../sheets/notices';
import type { WorkbookSpec } from '../sheets/model';
import { workbookForRequest } from '../host/requestWorkbook';
import { buildSampleDataset } from '../sample/sampleData';
import { officeEnv, type ExcelEnv } from './api';
import { listDataSources, readAndParse } from './dataSources';
import { workbookLock, type WriteLock } from './lock';
import { message } from './messages';
import { applyRiskRules, removeRiskRules } from './riskRules';
import { capabilitiesOf, detectSupport } from './support';
import { loadTemplate, saveTemplate } from './templateStore';
import { writeWorkbook, type WorkbookWriteResult } from './writeWorkbook';

/** A generated sheet as the pane receives it, with what the user should know about it. */
export interface ExcelGeneratedSheet extends GeneratedSheet {
  /** Renames, refresh fallbacks and skipped features (e.g. no conditional formats on this host). */
  notices: string[];
}

export interface ExcelHostOptions {
  env?: ExcelEnv;
  /** Request byte budget (default 4 MB). */
  budget?: number;
  /** The bundled sample data (buildSampleDataset by default). */
  sampleData?: (seed?: number) => Dataset;
  /** Builds the workbook description and its notices (buildWorkbook by default). */
  build?: (request: GenerateRequest, data: Dataset) => { spec: WorkbookSpec; notices: SheetNotice[] };
  lock?: WriteLock;
  /** Receives the write statistics of each generation (syncs, request bytes). */
  onWritten?: (result: WorkbookWriteResult) => void;
}

const defaultBuild = (request: GenerateRequest, data: Dataset): { spec: WorkbookSpec; notices: SheetNotice[] } => workbookForRequest(data, request);

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const env = options.env ?? officeEnv();
  const lock = options.lock ?? workbookLock;
  const sample = options.sampleData ?? ((seed?: number) => buildSampleDataset({ seed }));
  const build = options.build ?? defaultBuild;
  const lang = (l?: Language): Language => l ?? resolveLanguage(env.displayLanguage());
  const support = () => detectSupport(env);
  const host = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof HostError ? e : new HostError(errorText(e));
    }
  };

  return {
    kind: 'excel',

    async capabilities(): Promise<Capabilities> {
      return capabilitiesOf(support(), lang());
    },

    displayLanguage: () => env.displayLanguage(),

    listDataSources: () => host(() => env.run((context) => listDataSources(context))),

    generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
      const language = lang(request.language);
      return host(() =>
        lock.exclusive(async () => {
          const s = support();
          if (!s.generate) throw new HostError(capabilitiesOf(s, language).reasons.generate ?? '');
          let data: Dataset;
          if (request.source.kind === 'sample') data = sample(request.source.seed);
          else {
            const id = request.source.id;
            onProgress({ done: 0, total: 1, step: id });
            const parsed = await env.run((context) => readAndParse(context, id, language));
            if (!parsed.ok) {
              const lines = parsed.problems.slice(0, 5).map((p) => `${p.row > 0 ? `#${p.row} ` : ''}${p.column ? `${p.column}: ` : ''}${p.reason}`);
              throw new HostError(`${id}: ${lines.join('; ')}${parsed.problems.length > 5 ? ` (+${parsed.problems.length - 5})` : ''}`);
            }
            data = datasetFromTable(parsed, id, request.period.end);
          }
          const { spec, notices: dataNotices } = build(request, data);
          const total = spec.sheets.length;
          onProgress({ done: 0, total, step: spec.sheets[0]?.name ?? '' });
          const result = await env.run((context) =>
            writeWorkbook(context, spec, {
              language,
              refresh: request.refresh,
              support: s,
              budget: options.budget,
              onSheet: (done, n, name) => onProgress({ done, total: n, step: name }),
            }),
          );
          options.onWritten?.(result);
          const mentions = (n: string, name: string): boolean => n.includes(`"${name}"`) || n.includes(`“${name}”`);
          const bySheet = result.sheets.map((w) => result.notices.filter((n) => mentions(n, w.name) || mentions(n, w.asked)));
          // Notices about tables and names (no sheet in them) go with the first sheet.
          const rest = [...dataNotices.map((n) => renderSheetNotice(language, n)), ...result.notices.filter((n) => !bySheet.some((list) => list.includes(n)))];
          return result.sheets.map<ExcelGeneratedSheet>((w, i) => ({
            kind: w.kind,
            name: w.name,
            rows: w.rows,
            notices: i === 0 ? [...rest, ...bySheet[i]] : bySheet[i],
          }));
        }, message(language, 'busy')),
      );
    },

    applyRiskRules(request: RiskRuleRequest): Promise<RiskRuleResult> {
      const language = lang();
      return host(() => {
        const s = support();
        if (!s.conditionalFormats) throw new HostError(capabilitiesOf(s, language).reasons.conditionalFormats ?? '');
        return lock.queued(() => env.run((context) => applyRiskRules(context, request, language)));
      });
    },

    removeRiskRules(target: RiskRuleRequest['target']): Promise<number> {
      const language = lang();
      return host(() => {
        const s = support();
        if (!s.conditionalFormats) throw new HostError(capabilitiesOf(s, language).reasons.conditionalFormats ?? '');
        return lock.queued(() => env.run((context) => removeRiskRules(context, target, language)));
      });
    },

    loadTemplate(): Promise<unknown | null> {
      const language = lang();
      return host(async () => {
        const s = support();
        if (!s.customXml) throw new HostError(capabilitiesOf(s, language).reasons.templateStorage ?? '');
        try {
          return await env.run((context) => loadTemplate(context));
        } catch (e) {
          if (e instanceof Error && e.name === 'TemplateParseError') throw new HostError(message(language, 'templateInvalid'));
          throw e;
        }
      });
    },

    saveTemplate(template: unknown): Promise<void> {
      const language = lang();
      return host(() => {
        const s = support();
        if (!s.customXml) throw new HostError(capabilitiesOf(s, language).reasons.templateStorage ?? '');
        return lock.queued(() => env.run((context) => saveTemplate(context, template)));
      });
    },

    activateSheet(name: string): Promise<void> {
      const language = lang();
      return host(() =>
        env.run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(name);
          ws.load('name');
          await context.sync();
          if (ws.isNullObject) throw new HostError(message(language, 'sheetMissing', { sheet: name }));
          ws.activate();
          await context.sync();
        }),
      );
    },
  };
}
