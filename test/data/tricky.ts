/**
 * Text a spreadsheet would take for a formula if a writer were careless: customer names that
 * start with = + - @. The writers' text-stays-text tests add them to a data set here (the bundled
 * sample is a company a manager can demo, so it has none).
 */
import type { Dataset } from '../../src/data/model';

export const TRICKY_CUSTOMERS = ["=cmd|' /C calc'!A0", '+1 Trading', '-Minus Ltd', '@Home'];

/**
 * `data` with deals for the tricky customers added (copies of its largest deals, so they lead the
 * Customers sheet) and a prospect whose name starts with "@".
 */
export function withTrickyCustomers(data: Dataset): Dataset {
  const largest = [...data.deals].filter((d) => d.cancelled === null).sort((a, b) => b.amount - a.amount).slice(0, TRICKY_CUSTOMERS.length);
  const deals = TRICKY_CUSTOMERS.map((customer, i) => ({ ...largest[i], id: `TRICKY-${i + 1}`, customer, amount: largest[i].amount * 50 }));
  return { ...data, deals: [...data.deals, ...deals].sort((a, b) => a.date - b.date), prospects: [...data.prospects, '@Prospect Co'] };
}
