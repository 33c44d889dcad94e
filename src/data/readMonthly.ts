/**
 * Tables kept per rep and month: commission payments (for reconciliation) and evaluation inputs
 * (leads, won deals, collected, receivables, process score, and optionally the month's target,
 * which becomes the rep's quota).
 */
import type { TableReader } from './cells';
import type { Activity, Payment } from './model';
import { problem, type Place } from './problems';
import type { TargetsInto } from './readTargets';
import { isBlank, nameKey } from './values';

/** Payments may be negative (a clawback recovered from a rep); several rows of one rep and month add up. */
export function readPayments(reader: TableReader, into: Payment[]): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'rep')))) continue;
    const rep = reader.name(r, 'rep', true);
    const period = reader.period(r, 'period', true);
    const amount = reader.amount(r, 'paid', { required: true, negative: true });
    if (reader.bad || rep === null || period === null || amount === null) continue;
    into.push({ rep, period, amount, ref: { source: t.source, row: t.rowNumber(r) } });
  }
  return reader.rows;
}

export function readActivity(reader: TableReader, into: Activity[], seen: Map<string, Place>, targets: TargetsInto): number {
  const t = reader.table;
  for (let r = 0; r < t.rows; r++) {
    if (!reader.begin(r, isBlank(reader.raw(r, 'rep')))) continue;
    const rep = reader.name(r, 'rep', true);
    const period = reader.period(r, 'period', true);
    const leads = reader.count(r, 'leads');
    const won = reader.count(r, 'won');
    const collected = reader.amount(r, 'collected');
    const receivables = reader.amount(r, 'receivables');
    const process = reader.score(r, 'process');
    const target = reader.amount(r, 'target');
    if (reader.bad || rep === null || period === null) continue;
    const key = `${nameKey(rep)}|${period}`;
    const first = seen.get(key);
    if (first) {
      reader.fail(problem('duplicateActivity', { rep, period, first }, reader.place(r, 'rep')));
      continue;
    }
    seen.set(key, reader.place(r));
    const ref = { source: t.source, row: t.rowNumber(r) };
    into.push({ rep, period, leads, won, collected, receivables, process, ref });
    if (target !== null) {
      const quotaKey = `rep|${nameKey(rep)}|${period}`;
      const quotaFirst = targets.seen.get(quotaKey);
      if (quotaFirst) {
        reader.fail(problem('duplicateQuota', { name: rep, period, first: quotaFirst }, reader.place(r, 'target')));
        continue;
      }
      targets.seen.set(quotaKey, reader.place(r));
      targets.quotas.push({ scope: 'rep', name: rep, period, amount: target, ref });
    }
  }
  return reader.rows;
}
