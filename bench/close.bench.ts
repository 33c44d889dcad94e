/**
 * Closing months on a year of a 1,000-rep sales force (100,000 deals, plans.bench.ts's input):
 * closing one month, the snapshot's stored size, and a run's statements with six closed months
 * and 50 changed deals (each adjustment line is one restricted engine run).
 */
import { applyClosings, closePeriod } from '../src/core/close/close';
import { noClosings, serializeClosings, type Closings } from '../src/core/close/record';
import { computeStatements } from '../src/core/plans/engine';
import type { EngineInput } from '../src/core/plans/inputs';
import { fmt, print, timeRuns } from './harness';
import { planBenchInput } from './plans.bench';

const AT = '2026-07-05T00:00:00.000Z';

function closeFirst(input: EngineInput, months: number): Closings {
  let closings = noClosings();
  for (const p of input.periods.slice(0, months)) {
    const r = closePeriod(input, applyClosings(input, computeStatements(input), closings).statements, closings, p.id, AT);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    closings = r.closings;
  }
  return closings;
}

export function benchClose(): void {
  const input = planBenchInput();
  const one = timeRuns(() => closeFirst(input, 1), 3, 1);
  const six = closeFirst(input, 6);
  const bytes = new TextEncoder().encode(serializeClosings(six)).length;
  // 50 deals of the closed months edited after closing (+1,000.01 each).
  const changed: EngineInput = { ...input, deals: input.deals.map((d, i) => (i % 2_000 === 0 && d.date < input.periods[6].start ? { ...d, amount: Math.round((d.amount + 1_000.01) * 100) / 100 } : d)) };
  const edits = input.deals.filter((d, i) => i % 2_000 === 0 && d.date < input.periods[6].start).length;
  const plain = timeRuns(() => computeStatements(changed), 3, 1);
  const closed = timeRuns(() => applyClosings(changed, computeStatements(changed), six), 3, 1);
  const lines = applyClosings(changed, computeStatements(changed), six).adjustments.length;
  print('Closing months (1,000 reps × 12 months, 100,000 deals)', [
    { name: 'Close one month (statements + snapshot)', value: `${fmt(one.median)} ms` },
    { name: 'Stored record, six months closed', value: `${fmt(bytes / 1024 / 1024, 1)} MB`, note: `${fmt(bytes / 6 / 1024)} KB a month` },
    { name: 'Statements, no closings', value: `${fmt(plain.median)} ms` },
    { name: `Statements with six closed months, ${edits} deals changed`, value: `${fmt(closed.median)} ms`, note: `${lines} adjustment lines` },
  ]);
}
