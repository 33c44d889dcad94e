/**
 * Dated cash received (回款) and the exchange rates of a team's other currencies.
 *
 * A collections table has, per row, cash received on a day against a deal (its deal id) or a
 * customer. It is applied once every deals table is read (rules.md › Collected cash):
 * - with a deal id: to that deal; an id no deal has is refused;
 * - with only a customer: to the customer's deals oldest first (date, then the order read), each
 *   up to what is still open; a deal cancelled on or before the day takes none. Cash beyond every
 *   open deal of the customer is refused rather than credited to a deal it was not paid for.
 * A deal's dated cash never adds up to more than its amount. A deal with dated cash is credited on
 * those dates; its undated collected column, if it has one, only checks them (a warning when the
 * two differ), and without one it becomes their total.
 *
 * An exchange-rate table has one rate per month and currency: company-currency units for one unit
 * of the currency (7.1 for USD when the company is in CNY). A rate is never guessed: a deal in a
 * currency without that month's rate is refused (`missingRates`).
 */
import type { TableReader } from './cells';
import { Dec, ZERO } from '../core/money';
import type { Dataset, Deal, FxRate, PeriodId, RowRef } from './model';
import { problem, warning, type DataProblem, type Place } from './problems';
import { isBlank, nameKey } from './values';
import { monthId } from './calendar';

export interface PendingCollection {
  deal: string | null;
  customer: string | null;
  date: number;
  amount: number;
  /** The deal id's (or customer's) cell, and the amount's, for messages. */
  at: Place;
  amountAt: Place;
  ref: RowRef;
}

export function readCollections(reader: TableReader, into: PendingCollection[]): number {
  const t = reader.table;
  const hasDeal = reader.has('deal');
  const hasCustomer = reader.has('customer');
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'date')) && isBlank(reader.raw(r, 'amount')))) continue;
    const deal = hasDeal ? reader.id(r, 'deal') : null;
    // A row needs its deal, or else its customer.
    const customer = hasCustomer ? reader.text(r, 'customer', deal === null) : null;
    if (deal === null && !hasCustomer) reader.fail(problem('blank', { expected: 'text' }, reader.place(r, 'deal')));
    const date = reader.date(r, 'date', true);
    const amount = reader.amount(r, 'amount', { required: true });
    if (reader.bad || date === null || amount === null) continue;
    const at = reader.place(r, deal !== null ? 'deal' : 'customer');
    into.push({ deal, customer, date, amount, at, amountAt: reader.place(r, 'amount'), ref: { source: t.source, row: t.rowNumber(r) } });
  }
  return reader.rows;
}

export function readFx(reader: TableReader, into: FxRate[], seen: Map<string, Place>): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'currency')) && isBlank(reader.raw(r, 'rate')))) continue;
    const period = reader.period(r, 'period', true);
    const currency = reader.currency(r, 'currency', true);
    const rate = reader.rate(r, 'rate', true);
    if (reader.bad || period === null || currency === null || rate === null) continue;
    const key = `${period}|${currency}`;
    const first = seen.get(key);
    if (first) {
      reader.fail(problem('duplicateRate', { currency, period, first }, reader.place(r, 'rate')));
      continue;
    }
    seen.set(key, reader.place(r));
    into.push({ period, currency, rate, ref: { source: t.source, row: t.rowNumber(r) } });
  }
  return reader.rows;
}

const shown = (x: Dec): string => x.toString();

/** Puts each pending collection on its deal (see the file's comment); problems go to `fail`. */
export function applyCollections(deals: readonly Deal[], pending: readonly PendingCollection[], fail: (p: DataProblem) => void): void {
  if (pending.length === 0) return;
  const byId = new Map<string, Deal>();
  for (const d of deals) byId.set(d.id, d);
  const open = new Map<Deal, Dec>();
  const openOf = (d: Deal): Dec => open.get(d) ?? new Dec(d.amount);
  const add = (d: Deal, c: PendingCollection, amount: Dec): void => {
    (d.collections ??= []).push({ date: c.date, amount: amount.toNumber(), ref: c.ref });
    open.set(d, openOf(d).sub(amount));
  };
  // Cash against a named deal first: what is left open is what a customer's cash can settle.
  for (const c of pending) {
    if (c.deal === null) continue;
    const d = byId.get(c.deal);
    if (d === undefined) {
      fail(problem('collectionDealUnknown', { id: c.deal }, c.at));
      continue;
    }
    const amount = new Dec(c.amount);
    if (amount.gt(openOf(d))) {
      const collected = new Dec(d.amount).sub(openOf(d)).add(amount);
      fail(problem('collectionsExceedDeal', { id: d.id, collected: shown(collected), amount: String(d.amount) }, c.amountAt));
      continue;
    }
    add(d, c, amount);
  }
  const byCustomer = new Map<string, Deal[]>();
  const byCustomerCash = pending.filter((c) => c.deal === null);
  if (byCustomerCash.length > 0) {
    for (const d of deals) {
      const key = nameKey(d.customer);
      const list = byCustomer.get(key) ?? [];
      list.push(d);
      byCustomer.set(key, list);
    }
    // Oldest deal first; a stable sort keeps the order read for deals of one day.
    for (const list of byCustomer.values()) list.sort((a, b) => a.date - b.date);
  }
  // Earlier cash settles earlier deals: by date, then in the order read.
  const ordered = byCustomerCash.map((c, i) => ({ c, i })).sort((a, b) => a.c.date - b.c.date || a.i - b.i);
  for (const { c } of ordered) {
    const customer = c.customer!;
    const list = byCustomer.get(nameKey(customer));
    if (list === undefined) {
      fail(problem('collectionCustomerUnknown', { customer }, c.at));
      continue;
    }
    let left = new Dec(c.amount);
    for (const d of list) {
      if (left.lte(0)) break;
      if (d.cancelled !== null && d.cancelled <= c.date) continue;
      const room = openOf(d);
      if (room.lte(0)) continue;
      const part = Dec.min(room, left);
      add(d, c, part);
      left = left.sub(part);
    }
    if (left.gt(0)) fail(problem('collectionUnapplied', { customer, amount: shown(left) }, c.amountAt));
  }
  for (const d of open.keys()) {
    d.collections!.sort((a, b) => a.date - b.date);
    const dated = new Dec(d.amount).sub(open.get(d) ?? ZERO);
    // Sheets that show what was collected on a month's sales (Evaluation) read it here.
    if (d.collected === null) {
      d.collected = dated.toNumber();
      continue;
    }
    if (!dated.eq(d.collected)) {
      const at: Place | undefined = d.ref ? { source: d.ref.source, row: d.ref.row } : undefined;
      fail(warning('collectedDiffers', { id: d.id, collected: String(d.collected), dated: shown(dated) }, at));
    }
  }
}

/**
 * Every month and currency a deal (or its dated cash) is in without a rate, once each, at the first
 * deal row that needs it: `column` is the deals table's currency header of that row's source.
 * `company` is the template's currency, which needs none.
 */
export function missingRates(data: Pick<Dataset, 'deals' | 'fx'>, company: string, column: (source: string) => string | undefined): DataProblem[] {
  const have = new Set((data.fx ?? []).map((x) => `${x.period}|${x.currency}`));
  const reported = new Set<string>();
  const out: DataProblem[] = [];
  const need = (d: Deal, currency: string, period: PeriodId): void => {
    const key = `${period}|${currency}`;
    if (have.has(key) || reported.has(key)) return;
    reported.add(key);
    const at: Place | undefined = d.ref ? { source: d.ref.source, row: d.ref.row, column: column(d.ref.source) } : undefined;
    out.push(problem('rateMissing', { currency, period, company }, at));
  };
  for (const d of data.deals) {
    const currency = d.currency ?? null;
    if (currency === null || currency === company) continue;
    need(d, currency, monthId(d.date));
    for (const c of d.collections ?? []) need(d, currency, monthId(c.date));
  }
  return out;
}
