/**
 * What the pane shows after reading the chosen data, and what the command line prints: each
 * table's recognition, every problem (as codes, rendered in the reader's language), the months
 * with deals and the default period, and a one-line summary. Plain data, so a host can hand it to
 * the pane as it is.
 */
import type { DataResult, TableReport } from './dataset';
import type { Dataset, PeriodId } from './model';
import { dealMonths } from './period';
import { defaultPeriod } from './periods';
import type { DataProblem } from './problems';
import { serialToIso } from './calendar';

export interface DataSummary {
  deals: number;
  reps: number;
  customers: number;
  /** First and last deal dates, yyyy-mm-dd. */
  first: string;
  last: string;
}

export interface DataCheck {
  /** The data can be generated from (no errors). */
  ok: boolean;
  tables: TableReport[];
  /** Errors first, then warnings (at most a few hundred of each; see `dropped`). */
  problems: DataProblem[];
  errors: number;
  warnings: number;
  dropped: number;
  /** Months with at least one deal, oldest first. */
  months: PeriodId[];
  defaultPeriod: PeriodId | null;
  summary: DataSummary | null;
}

export function summaryOf(dataset: Pick<Dataset, 'deals' | 'reps'>): DataSummary | null {
  if (dataset.deals.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const customers = new Set<string>();
  for (const d of dataset.deals) {
    if (d.date < first) first = d.date;
    if (d.date > last) last = d.date;
    customers.add(d.customer);
  }
  return { deals: dataset.deals.length, reps: dataset.reps.length, customers: customers.size, first: serialToIso(first), last: serialToIso(last) };
}

/** A DataCheck from a build's result; `before` are problems found while reading the files or tables. */
export function checkOf(result: DataResult, before: readonly DataProblem[] = []): DataCheck {
  const d = result.dataset;
  const errorsBefore = before.filter((p) => p.severity === 'error').length;
  return {
    ok: d !== null && errorsBefore === 0,
    tables: result.tables,
    problems: [...before.filter((p) => p.severity === 'error'), ...result.problems.filter((p) => p.severity === 'error'), ...before.filter((p) => p.severity === 'warning'), ...result.problems.filter((p) => p.severity === 'warning')],
    errors: result.errors + errorsBefore,
    warnings: result.warnings + before.length - errorsBefore,
    dropped: result.dropped,
    months: d ? dealMonths(d) : [],
    defaultPeriod: d && d.deals.length > 0 ? defaultPeriod(d).label : null,
    summary: d ? summaryOf(d) : null,
  };
}
