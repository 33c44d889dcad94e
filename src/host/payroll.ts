/**
 * The payroll export of a generate request (the pane's "Download the payroll CSV"): the statement
 * sheet's rows and amounts, as the command line's --payroll writes them.
 */
import type { Closings } from '../core/close/record';
import type { Dataset } from '../data/model';
import { payrollCsv, payrollRows } from '../sheets/payroll';
import { workbookForRequest } from '../sample/requestWorkbook';
import type { GenerateRequest } from './types';

export interface PayrollFile {
  fileName: string;
  bytes: Uint8Array;
  rows: number;
}

/** Null when no statements could be made (the commission sheets' notices say why). */
export function payrollForRequest(data: Dataset, request: Pick<GenerateRequest, 'language' | 'period' | 'settings' | 'plans' | 'planAssignment'>, closings?: Closings): PayrollFile | null {
  const { commissions } = workbookForRequest(data, { ...request, sheets: ['statement'], ...(closings ? { closings } : {}) });
  if (!commissions) return null;
  const table = payrollRows(commissions.statements, commissions.plans, { period: commissions.period });
  return { fileName: `payroll-${commissions.period}.csv`, bytes: payrollCsv(table), rows: table.rows.length };
}
