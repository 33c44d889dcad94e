/**
 * The WorkbookHost inside Excel (Office.js). Every workbook change goes through one write lock:
 * a second generate while one runs is refused (the pane disables its button anyway); risk rules
 * and template saves wait their turn. Problems reach the pane as HostError codes, notices as codes
 * grouped by the sheet they name; the pane words both in its own language.
 */
import type {
  Capabilities,
  PeriodAction,
  PeriodActionResult,
  Capability,
  GeneratedSheet,
  GenerateProgress,
  GenerateRequest,
  RiskRuleRequest,
  RiskRuleResult,
  WorkbookHost,
} from '../host/types';
import { HostError } from '../host/types';
import { hostProblem, type HostProblem } from '../host/problems';
import type { Language } from '../core/language';
import { checkOf } from '../data/check';
import { PROBLEMS_SHOWN } from '../data/problems';
import type { Dataset } from '../data/model';
import type { TableReport } from '../data/dataset';
import { rateProblems } from '../data/rates';
import type { SheetNotice } from '../data/notices';
import type { WorkbookSpec } from '../sheets/model';
import { payrollForRequest } from '../host/payroll';
import { workbookForRequest } from '../sample/requestWorkbook';
import { buildSampleDataset } from '../sample/sampleData';
import { noClosings, type Closings } from '../core/close/record';
import { officeEnv, type ExcelEnv } from './api';
import { closeInExcel, workbookClosings } from './closings';
import { listDataSources, readChosenData } from './dataSources';
import { workbookLock, type WriteLock } from './lock';
import { applyRiskRules, removeRiskRules } from './riskRules';
import { capabilitiesOf, detectSupport, type Support } from './support';
import { loadTemplate, saveTemplate } from './templateStore';
import { writeWorkbook, type WorkbookWriteResult } from './writeWorkbook';
import { followSettings, workbookSettings } from './workbookSettings';
import { isWriteError, noticeSheet, type WriteNotice } from '../sheets/writePlan/notices';

/** A generated sheet as the pane receives it, with what the user should know about it. */
export interface ExcelGeneratedSheet extends GeneratedSheet {
  /** Renames, refresh fallbacks and skipped features (e.g. no conditional formats on this host). */
  notices: HostProblem[];
}

export interface ExcelHostOptions {
  env?: ExcelEnv;
  /** Request byte budget of the writer (default 4 MB). */
  budget?: number;
  /** Answer byte budget of one chunk when reading a table (DEFAULT_READ_BUDGET). */
  readBudget?: number;
  /** The bundled sample data in a language (buildSampleDataset by default). */
  sampleData?: (seed: number | undefined, language: Language) => Dataset;
  /** Builds the workbook description and its notices (buildWorkbook by default), with the workbook's closed periods. */
  build?: (request: GenerateRequest, data: Dataset, closings: Closings) => { spec: WorkbookSpec; notices: SheetNotice[] };
  lock?: WriteLock;
  /** Receives the write statistics of each generation (syncs, request bytes). */
  onWritten?: (result: WorkbookWriteResult) => void;
}

/**
 * In Excel the team's tables are live, so the report date is today's (a date typed in the Settings
 * cell pins it); the sample keeps its own report date, as in the demo. A closed month is never
 * written again; its changes become adjustments.
 */
const defaultBuild = (request: GenerateRequest, data: Dataset, closings: Closings): { spec: WorkbookSpec; notices: SheetNotice[] } =>
  workbookForRequest(data, { ...request, reportDate: data.origin === 'user' ? 'today' : 'data', closings });

/** The refusal of an action this Excel lacks the API for, with the same reason the pane shows next to it. */
function unavailable(s: Support, capability: Capability): HostError {
  return new HostError(capabilitiesOf(s).reasons[capability] ?? hostProblem('unexpected', { detail: `${capability} unavailable` }));
}

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const env = options.env ?? officeEnv();
  const lock = options.lock ?? workbookLock;
  const sample = options.sampleData ?? ((seed: number | undefined, language: Language) => buildSampleDataset({ seed, language }));
  const build = options.build ?? defaultBuild;
  const support = () => detectSupport(env);
  const host = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof HostError ? e : new HostError(hostProblem('unexpected', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  /**
   * The request's data: the sample when picked, else the chosen tables read and checked (refused
   * data throws, listing why), and the tables as read (to name a cell in a later check).
   */
  async function datasetFor(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<{ data: Dataset; tables: TableReport[] }> {
    if (request.source.kind === 'sample') return { data: sample(request.source.seed, request.language), tables: [] };
    const { result, before } = await readChosenData(
      env.run.bind(env),
      request.source.data,
      (p) => onProgress({ done: p.done, total: p.total, step: { kind: 'readingRows', source: p.source, done: p.done, total: p.total } }),
      options.readBudget,
    );
    const check = checkOf(result, before);
    // The pane checks the data first; this is for data changed since, and it writes nothing.
    if (!check.ok || !result.dataset) {
      const errors = check.problems.filter((p) => p.severity === 'error').slice(0, PROBLEMS_SHOWN);
      throw new HostError(hostProblem('dataRefused', { errors: check.errors, problems: errors }));
    }
    return { data: result.dataset, tables: result.tables };
  }

  /** The data with the workbook's settings (its Settings sheet wins); a deal in a currency without its month's rate refuses it. */
  async function settled(request: GenerateRequest, onProgress: (p: GenerateProgress) => void) {
    const { data, tables } = await datasetFor(request, onProgress);
    const kept = await env.run((context) => workbookSettings(context, request.settings));
    const rates = rateProblems(data, tables, kept.settings.currency);
    if (rates.length > 0) throw new HostError(hostProblem('dataRefused', { errors: rates.length, problems: rates.slice(0, PROBLEMS_SHOWN) }));
    return { data, kept };
  }

  return {
    kind: 'excel',

    async capabilities(): Promise<Capabilities> {
      return capabilitiesOf(support());
    },

    displayLanguage: () => env.displayLanguage(),

    listDataSources: () => host(() => env.run((context) => listDataSources(context))),

    readData: (request, onProgress) =>
      host(async () => {
        const { result, before } = await readChosenData(env.run.bind(env), request, onProgress, options.readBudget);
        return checkOf(result, before);
      }),

    generate(request: GenerateRequest, onProgress: (p: GenerateProgress) => void): Promise<GeneratedSheet[]> {
      const language: Language = request.language;
      return host(() =>
        lock.exclusive(async () => {
          const s = support();
          if (!s.generate) throw unavailable(s, 'generate');
          // Once the workbook has the add-in's Settings sheet, its values are the settings.
          const { data, kept } = await settled(request, onProgress);
          // A closed month's statement is never written again; its changes become adjustments.
          const closings = s.customXml ? await workbookClosings(env) : noClosings();
          const { spec, notices: dataNotices } = build({ ...request, settings: kept.settings }, data, closings);
          const total = spec.sheets.length;
          onProgress({ done: 0, total, step: { kind: 'sheet', name: spec.sheets[0]?.name ?? '' } });
          let result: WorkbookWriteResult;
          try {
            result = await writeWorkbook(env, spec, {
              language,
              refresh: request.refresh,
              support: s,
              budget: options.budget,
              onSheet: (done, n, name) => onProgress({ done, total: n, step: { kind: 'sheet', name } }),
            });
          } catch (e) {
            throw isWriteError(e) ? new HostError(hostProblem('writeFailed', { problem: e.problem })) : e;
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
          const written = (notice: WriteNotice) => hostProblem('writeNotice', { notice });
          const bySheet = result.sheets.map((w) => notices.filter((n) => noticeSheet(n) !== '' && noticeSheet(n) === w.name).map(written));
          const rest = [
            ...dataNotices.map((notice) => hostProblem('sheetNotice', { notice })),
            ...notices.filter((n) => noticeSheet(n) === '' || !result.sheets.some((w) => w.name === noticeSheet(n))).map(written),
          ];
          return result.sheets.map<ExcelGeneratedSheet>((w, i) => ({
            kind: w.kind,
            name: w.name,
            rows: w.rows,
            notices: i === 0 ? [...rest, ...bySheet[i]] : bySheet[i],
          }));
        }, () => new HostError(hostProblem('busy', {}))),
      );
    },

    payrollCsv(request: GenerateRequest, onProgress: (p: GenerateProgress) => void) {
      return host(async () => {
        // The statement's settings, as generating would use them: the workbook's Settings sheet wins.
        const { data, kept } = await settled(request, onProgress);
        const closings = support().customXml ? await workbookClosings(env) : noClosings();
        const file = payrollForRequest(data, { ...request, settings: kept.settings }, closings);
        if (!file) throw new HostError(hostProblem('payrollUnavailable', {}));
        return file;
      });
    },

    applyRiskRules(request: RiskRuleRequest): Promise<RiskRuleResult> {
      return host(() => {
        const s = support();
        if (!s.conditionalFormats) throw unavailable(s, 'conditionalFormats');
        return lock.queued(() => env.run((context) => applyRiskRules(context, request)));
      });
    },

    removeRiskRules(target: RiskRuleRequest['target']): Promise<number> {
      return host(() => {
        const s = support();
        if (!s.conditionalFormats) throw unavailable(s, 'conditionalFormats');
        return lock.queued(() => env.run((context) => removeRiskRules(context, target)));
      });
    },

    loadTemplate(): Promise<unknown | null> {
      return host(async () => {
        const s = support();
        if (!s.customXml) throw unavailable(s, 'templateStorage');
        return await env.run((context) => loadTemplate(context));
      });
    },

    saveTemplate(template: unknown): Promise<void> {
      return host(() => {
        const s = support();
        if (!s.customXml) throw unavailable(s, 'templateStorage');
        return lock.queued(() => env.run((context) => saveTemplate(context, template)));
      });
    },

    closePeriod(request: GenerateRequest, action: PeriodAction, onProgress: (p: GenerateProgress) => void): Promise<PeriodActionResult> {
      return host(() =>
        lock.exclusive(async () => {
          const s = support();
          if (!s.generate) throw unavailable(s, 'generate');
          if (!s.customXml) throw unavailable(s, 'templateStorage');
          const { data, kept } = await settled(request, onProgress);
          return closeInExcel(env, data, { ...request, settings: kept.settings }, action, request.language, s, options.budget);
        }, () => new HostError(hostProblem('busy', {}))),
      );
    },

    activateSheet(name: string): Promise<void> {
      return host(() =>
        env.run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(name);
          ws.load('name');
          await context.sync();
          if (ws.isNullObject) throw new HostError(hostProblem('sheetMissing', { sheet: name }));
          ws.activate();
          await context.sync();
        }),
      );
    },
  };
}
