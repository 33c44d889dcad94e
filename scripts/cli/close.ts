/**
 * `--close YYYY-MM` and `--reopen YYYY-MM`, and any run whose --out workbook holds closed months:
 * the workbook is generated into that file (never replaced by a new one, which would lose the
 * closed months), a month is closed or reopened, and the payroll CSV carries the adjustments.
 * Kept apart from run.ts so the rest of the command line does not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/data/model';
import { catalogue, renderClosingProblem, renderSheetNotice, renderWriteNotice } from '../../src/i18n';
import { workbookForRequest } from '../../src/sample/requestWorkbook';
import { SHEET_KINDS, type SheetKind } from '../../src/sheets/model';
import { payrollCsv, payrollRows } from '../../src/sheets/payroll';
import { generateWithClosings, readClosings } from '../../src/xlsx/closeXlsx';
import type { BuildChoice } from './build';
import type { CliOptions } from './options';
import { writeAll } from './output';
import type { CliIo } from './run';

/** Whether the file is a workbook with a closings record (readable or not: an unreadable one must stop the run too). */
export async function hasClosings(file: string): Promise<boolean> {
  if (!fs.existsSync(file)) return false;
  try {
    const read = await readClosings(fs.readFileSync(file));
    return !read.ok || read.closings.closed.length > 0 || read.closings.history.length > 0;
  } catch {
    return false;
  }
}

export async function runWithClosings(dataset: Dataset, choice: BuildChoice, options: CliOptions, io: CliIo): Promise<number> {
  const { language, template } = choice;
  const t = catalogue(language);
  const out = options.out!;
  const existing = fs.existsSync(out) ? new Uint8Array(fs.readFileSync(out)) : null;
  const wanted: readonly SheetKind[] = template?.sheets ?? SHEET_KINDS;
  const sheets: SheetKind[] = choice.payroll && !wanted.includes('statement') ? [...wanted, 'statement'] : [...wanted];
  const at = new Date().toISOString();
  const action = options.close ? { action: 'close' as const, period: options.close, at } : options.reopen ? { action: 'reopen' as const, period: options.reopen, at } : null;
  const r = await generateWithClosings(
    existing,
    dataset,
    {
      sheets,
      language,
      period: choice.period,
      settings: choice.settings,
      plans: template?.plans,
      planAssignment: template?.planAssignment,
    },
    action,
    workbookForRequest,
  );
  if (!r.ok) {
    for (const n of r.workbook?.notices ?? []) io.err(`  ${renderSheetNotice(language, n)}`);
    if (r.problem) io.err(renderClosingProblem(language, r.problem));
    io.err(t.dataReport.nothingWritten);
    return 1;
  }
  for (const n of r.workbook.notices) io.out(`  ${renderSheetNotice(language, n)}`);
  for (const n of r.result.notices) io.out(`  ${renderWriteNotice(language, n)}`);
  const commissions = r.workbook.commissions;
  if (options.payroll && !commissions) {
    io.err(t.cli.payrollUnavailable);
    io.err(t.dataReport.nothingWritten);
    return 1;
  }
  const table = options.payroll && commissions ? payrollRows(commissions.statements, commissions.plans, { period: commissions.period }) : null;
  io.out(t.cli.writing(out));
  writeAll([{ file: out, bytes: r.result.buffer }, ...(table && options.payroll ? [{ file: options.payroll, bytes: payrollCsv(table) }] : [])]);
  if (table && options.payroll) io.out(t.cli.wrotePayroll(path.resolve(options.payroll), table.rows.length));
  if (r.outcome && action?.action === 'close') io.out(t.closing.cli.closed(action.period, r.outcome.snapshot.id, path.resolve(out)));
  if (r.outcome && action?.action === 'reopen') io.out(t.closing.cli.reopened(action.period, r.outcome.snapshot.id, path.resolve(out)));
  if (commissions) {
    const lines = commissions.statements.filter((s) => s.period === commissions.period).flatMap((s) => s.lines.filter((l) => l.kind === 'priorPeriod'));
    if (lines.length > 0) io.out(t.closing.cli.adjustments(lines.length, commissions.period));
  }
  return 0;
}
