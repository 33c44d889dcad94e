import type Decimal from 'decimal.js';
import { divZeroError, numError, valueError } from '../errors';
import { Dec, roundHalfAway } from '../money';
import { compilePlan, creditPayout } from './components';
import { readComponentRows } from './table';

/**
 * One component's payout on an amount, from the plan table as the Plans sheet lays it out (see
 * table.ts): the rate table's bands, capped, plus any record bonus, gated — the same
 * credit-driven payout a statement shows, so a cell and a statement never disagree. Team pools
 * in the range are ignored (they need the whole team).
 */
export interface PayoutArgs {
  amount: number;
  rows: readonly (readonly unknown[])[];
  quota: number | null;
  record: number | null;
  decimals: number | null;
}

export function componentPayout({ amount, rows, quota, record, decimals }: PayoutArgs): Decimal {
  if (amount < 0) throw numError('negative', { arg: 'amount' });
  if (quota !== null && quota < 0) throw numError('negative', { arg: 'quota' });
  if (record !== null && record < 0) throw numError('negative', { arg: 'record' });
  const read = readComponentRows(rows);
  const { components } = read;
  if (!components.some((c) => c.kind === 'rateTable' || c.kind === 'accelerator' || c.kind === 'recordBonus')) {
    throw valueError('payoutNoComponent', {});
  }
  const needsQuota = components.some((c) => c.kind === 'accelerator' || c.kind === 'gate' || (c.kind === 'rateTable' && c.basis === 'attainment'));
  if (needsQuota && quota === null) throw valueError('quotaRequired', {});
  if (needsQuota && quota === 0) throw divZeroError('quotaZero', {});
  const d = decimals ?? read.decimals ?? 2;
  const plan = { version: 1 as const, id: 'payout', name: 'payout', currency: 'XXX', decimals: d, effectiveFrom: 1, effectiveTo: null, clawbackDays: null, draw: null, creditBasis: 'booked' as const, maxRate: 1, components };
  const ctx = { credit: new Dec(amount), quota: quota === null ? null : new Dec(quota), record: record === null ? null : new Dec(record) };
  // A cap with more decimals than asked for is the only amount not already on the unit.
  return roundHalfAway(creditPayout(compilePlan(plan), ctx, d, false).amount, d);
}
