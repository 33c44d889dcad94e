/**
 * Closing or reopening a period of a workbook, as both hosts and the command line do it: the
 * closings after the action, the closed statement sheet to write (as values, protected), and the
 * workbook as generating now builds it (the closed period left out, its changes paid as
 * adjustments in the next open period).
 */
import { closePeriod, reopenPeriod } from '../../core/close/close';
import type { ClosingProblem } from '../../core/close/problems';
import type { Closings, Snapshot } from '../../core/close/record';
import type { Dataset } from '../../data/model';
import { buildStatementSheetFor } from '../commissionSheets';
import type { SheetSpec } from '../model';
import { buildWorkbook, type WorkbookOptions, type WorkbookResult } from '../workbook';
import { closedStatementSheet } from './closedStatement';

export interface CloseAction {
  action: 'close' | 'reopen';
  /** "YYYY-MM". */
  period: string;
  /** When (ISO 8601, UTC): the caller's clock, so the core stays pure. */
  at: string;
}

export type CloseOutcome =
  | {
      ok: true;
      closings: Closings;
      /** The new snapshot (close) or the one kept as a version (reopen). */
      snapshot: Snapshot;
      /** Close: the closed statement sheet; reopen: none (the next generate rewrites the sheet). */
      sheet: SheetSpec | null;
      /** The workbook generating builds with the new closings. */
      workbook: WorkbookResult;
    }
  | { ok: false; problem: ClosingProblem | null; workbook: WorkbookResult };

/** The statement period of a build is `period`: the run's months reach it. */
const monthOptions = (options: WorkbookOptions): WorkbookOptions => ({ ...options, sheets: [...new Set([...options.sheets, 'statement' as const])] });

export function closeWorkbook(data: Dataset, options: WorkbookOptions, closings: Closings, action: CloseAction, build: (data: Dataset, options: WorkbookOptions) => WorkbookResult = buildWorkbook): CloseOutcome {
  const buildWorkbook = build;
  if (action.action === 'reopen') {
    const r = reopenPeriod(closings, action.period, action.at);
    const workbook = buildWorkbook(data, { ...options, closings: r.ok ? r.closings : closings });
    if (!r.ok) return { ok: false, problem: r.problem, workbook };
    return { ok: true, closings: r.closings, snapshot: r.snapshot, sheet: null, workbook };
  }
  const before = buildWorkbook(data, { ...monthOptions(options), closings });
  const run = before.commissions;
  if (run === null) return { ok: false, problem: null, workbook: before };
  const r = closePeriod(run.input, run.statements, closings, action.period, action.at);
  if (!r.ok) return { ok: false, problem: r.problem, workbook: before };
  const workbook = buildWorkbook(data, { ...options, closings: r.closings });
  // The closed sheet from the snapshot itself (applyClosings reads it back), so it shows what was stored.
  const stored = workbook.commissions ?? buildWorkbook(data, { ...monthOptions(options), closings: r.closings }).commissions;
  if (stored === null) return { ok: false, problem: null, workbook };
  const print = { period: { label: action.period }, asOf: data.asOf, company: data.company ?? null };
  const sheet = closedStatementSheet(buildStatementSheetFor(stored, options.language, action.period, print), r.snapshot, options.language);
  return { ok: true, closings: r.closings, snapshot: r.snapshot, sheet, workbook };
}
