/**
 * Deals in a currency other than the company's need that month's exchange rate; none is guessed.
 * Checked once the company's currency is known (the command line's --currency, the template, the
 * workbook's Settings sheet), naming the deal's file, row and currency column.
 */
import type { TableReport } from './dataset';
import type { Dataset } from './model';
import type { DataProblem } from './problems';
import { missingRates } from './readCollections';

export function rateProblems(data: Dataset, tables: readonly TableReport[], currency: string): DataProblem[] {
  return missingRates(data, currency, (source) => tables.find((t) => t.source === source)?.columns.currency);
}
