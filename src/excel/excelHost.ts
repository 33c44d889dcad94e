/**
 * The WorkbookHost inside Excel (Office.js). Every workbook change goes through one write lock:
 * a second generate while one runs is refused with a message (the pane disables its button
 * anyway); risk rules and template saves wait their turn. Messages follow the request's language
 * (or Office's display language) and reach the pane as HostError.
 */
import type {
  Capabilities,
  PeriodAction,
  PeriodActionResult,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../host/types';
import { HostError } from '../host/types';
import { checkOf } from '../data/check';
import { PROBLEMS_SHOWN } from '../data/problems';
import { catalogue, renderDataProblems, renderSheetNotice, renderWriteNotice, renderWriteProblem } from '../i18n';
import { resolveLanguage, type Language } from '../i18n/language';
import type { Dataset } from '../data/model';
import type { SheetNotice } from '../sheets/notices';
import type { WorkbookSpec } from '../sheets/model';
import { payrollForRequest } from '../host/payroll';
import { workbookForRequest } from '../host/requestWorkbook';
import { buildSampleDataset } from '../sample/sampleData';
import { noClosings, type Closings } from '../core/close/record';
import { officeEnv, type ExcelEnv } from './api';
import { closeInExcel, workbookClosings } from './closings';
import { listDataSources, readChosenData } from './dataSources';
import { workbookLock, type WriteLock } from './lock';
import { message } from './messages';
import { applyRiskRules, removeRiskRules } from './riskRules';
import { capabilitiesOf, detectSupport } from './support';
import { loadTemplate, saveTemplate } from './templateStore';
import { writeWorkbook, type WorkbookWriteResult } from './writeWorkbook';
import { followSettings, workbookSettings } from './workbookSettings';
import { isWriteError, noticeSheet, type WriteNotice } from '../sheets/writePlan/notices';

/** A generated sheet as the pane receives it, with what the user should know about it. */
export interface ExcelGeneratedSheet extends GeneratedSheet {
  /** Renames, refresh fallbacks and skipped features (e.g. no conditional formats on this host). */
  notices: string[];
}

export interface ExcelHostOptions {
  env?: ExcelEnv;
  /** Request byte budget of the writer (default 4 MB). */
  budget?: number;
  /** Answer byte budget of one chunk when reading a table (DEFAULT_READ_BUDGET). */
  readBudget?: number;
  /** The bundled sample data (buildSampleDataset by default). */
  sampleData?: (seed?: number) => Dataset;
  /** Builds the workbook description and its notices (buildWorkbook by default), with the workbook's closed periods. */
  build?: (request: GenerateRequest, data: Dataset, closings: Closings) => { spec: WorkbookSpec; notices: SheetNotice[] };
  lock?: WriteLock;
  /** Receives the write statistics of each generation (syncs, request bytes). */
  onWritten?: (result: WorkbookWriteResult) => void;
}

const defaultBuild = (request: GenerateRequest, data: Dataset, closings: Closings): { spec: WorkbookSpec; notices: SheetNotice[] } => workbookForRequest(data, request, closings);

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

  /** The request's data: the sample when picked, else the chosen tables read and checked (refused data throws, listing why). */
  async function datasetFor(request: GenerateRequest, language: Language, onProgress: (p: GenerateProgress) => void): Promise<Dataset> {
    if (request.source.kind === 'sample') return sample(request.source.seed);
    const t = catalogue(language).dataReport;
    const { result, before } = await readChosenData(
      env.run.bind(env),
      request.source.data,
      (p) => onProgress({ done: p.done, total: p.total, step: t.readingRows(p.source, p.done, p.total) }),
      options.readBudget,
    );
    const check = checkOf(result, before);
    // The pane checks the data first; this is for data changed since, and it writes nothing.
    if (!check.ok || !result.dataset) {
      const lines = renderDataProblems(language, check.problems.filter((p) => p.severity === 'error'), PROBLEMS_SHOWN, check.errors);
      throw new HostError([t.refused(check.errors), ...lines].join('\n'));
    }
    return result.dataset;
  }

  return {
    kind: 'excel',

    async capabilities(): Promise<Capabilities> {
      return capabilitiesOf(support(), lang());
    },

    displayLanguage: () => env.displayLanguage(),

    listDataSources: () => host(() => env.run((context) => listDataSources(context))),

    readData: (request, onProgress) =>
      host(async () => {
        const { result, before } = await readChosenData(env.run.bind(env), request, onProgress, options.readBudget);
        return checkOf(result, before);
      }),

    generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
      const language = lang(request.language);
      return host(() =>
        lock.exclusive(async () => {
          const s = support();
          if (!s.generate) throw new HostError(capabilitiesOf(s, language).reasons.generate ?? '');
          const data = await datasetFor(request, language, onProgress);
          // Once the workbook has the add-in's Settings sheet, its values are the settings.
          const kept = await env.run((context) => workbookSettings(context, request.settings));
          // A closed month's statement is never written again; its changes become adjustments.
          const closings = s.customXml ? await workbookClosings(env, language) : noClosings();
          const { spec, notices: dataNotices } = build({ ...request, settings: kept.settings }, data, closings);
          const total = spec.sheets.length;
          onProgress({ done: 0, total, step: spec.sheets[0]?.name ?? '' });
          let result: WorkbookWriteResult;
          try {
            result = await writeWorkbook(env, spec, {
              language,
              refresh: request.refresh,
              support: s,
              budget: options.budget,
              onSheet: (done, n, name) => onProgress({ done, total: n, step: name }),
            });
          } catch (e) {
            throw isWriteError(e) ? new HostError(renderWriteProblem(language, e.problem)) : e;
          }
          options.onWritten?.(result);
          const settingsSheet = result.sheets.find((w) => w.kind === 'settings')?.name ?? '';
          const notices: WriteNotice[] = [
            ...(kept.changed.length > 0 ? [{ code: 'settingsKept' as const, sheet: settingsSheet, names: kept.changed }] : []),
            ...kept.unreadable.map((u) => ({ code: 'settingUnreadable' as const, sheet: settingsSheet, name: u.name, value: u.value })),
            ...result.notices,
          ];
          // The stored template follows the workbook's settings.
          if (kept.changed.length > 0 && s.customXml) await env.run((context) => followSettings(context, kept.settings));
          // A notice goes with the sheet it is about; the data's notices and the others with the first sheet.
          const bySheet = result.sheets.map((w) => notices.filter((n) => noticeSheet(n) !== '' && noticeSheet(n) === w.name).map((n) => renderWriteNotice(language, n)));
          const rest = [
            ...dataNotices.map((n) => renderSheetNotice(language, n)),
            ...notices.filter((n) => noticeSheet(n) === '' || !result.sheets.some((w) => w.name === noticeSheet(n))).map((n) => renderWriteNotice(language, n)),
          ];
          return result.sheets.map<ExcelGeneratedSheet>((w, i) => ({
            kind: w.kind,
            name: w.name,
            rows: w.rows,
            notices: i === 0 ? [...rest, ...bySheet[i]] : bySheet[i],
          }));
        }, message(language, 'busy')),
      );
    },

    payrollCsv(request: GenerateRequest, onProgress: (p: GenerateProgress) => void) {
      const language = lang(request.language);
      return host(async () => {
        const data = await datasetFor(request, language, onProgress);
        // The statement's settings, as generating would use them: the workbook's Settings sheet wins.
        const kept = await env.run((context) => workbookSettings(context, request.settings));
        const closings = support().customXml ? await workbookClosings(env, language) : noClosings();
        const file = payrollForRequest(data, { ...request, settings: kept.settings }, closings);
        if (!file) throw new HostError(catalogue(language).dataStep.payrollUnavailable);
        return file;
      });
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

    closePeriod(request: GenerateRequest, action: PeriodAction, onProgress: (p: GenerateProgress) => void): Promise<PeriodActionResult> {
      const language = lang(request.language);
      return host(() =>
        lock.exclusive(async () => {
          const s = support();
          if (!s.generate) throw new HostError(capabilitiesOf(s, language).reasons.generate ?? '');
          if (!s.customXml) throw new HostError(capabilitiesOf(s, language).reasons.templateStorage ?? '');
          const data = await datasetFor(request, language, onProgress);
          const kept = await env.run((context) => workbookSettings(context, request.settings));
          return closeInExcel(env, data, { ...request, settings: kept.settings }, action, language, s, options.budget);
        }, message(language, 'busy')),
      );
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
