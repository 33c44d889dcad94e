import { computeStatements } from '../src/core/plans/engine';
import type { Deal, EngineInput, Period, Quota, Rep } from '../src/core/plans/inputs';
import { examplePlan } from '../src/core/plans/examples';
import { renderStatementNote } from '../src/i18n';
import { mulberry32, randomInt, randomMoney } from '../src/sample/random';
import { fmt, print, timeRuns } from './harness';

const JAN_1_2026 = 46023;
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365].map((d) => JAN_1_2026 + d);

/**
 * A year of a 1,000-rep sales force: every block of the example plan, changed on 1 July; one
 * deal in ten split between two reps, one in a hundred cancelled, a few reps joining or leaving
 * mid-year.
 */
export function planBenchInput(repCount = 1_000, dealCount = 100_000, seed = 20260101): EngineInput {
  const rand = mulberry32(seed);
  const h1 = { ...examplePlan(), effectiveTo: MONTH_STARTS[6] - 1 };
  const h2 = { ...examplePlan(), effectiveFrom: MONTH_STARTS[6], clawbackDays: 60 };
  const periods: Period[] = MONTH_STARTS.slice(0, 12).map((start, i) => ({
    id: `2026-${String(i + 1).padStart(2, '0')}`,
    start,
    end: MONTH_STARTS[i + 1] - 1,
  }));
  const reps: Rep[] = Array.from({ length: repCount }, (_, i) => {
    const joins = rand() < 0.05;
    const leaves = rand() < 0.05;
    return {
      id: `R${String(i + 1).padStart(4, '0')}`,
      name: `Rep ${i + 1}`,
      team: `T${Math.floor(i / 20) + 1}`,
      start: joins ? randomInt(rand, JAN_1_2026, MONTH_STARTS[11]) : JAN_1_2026 - 400,
      end: leaves ? randomInt(rand, MONTH_STARTS[1], MONTH_STARTS[12] - 1) : null,
    };
  });
  const quotas: Quota[] = [];
  for (const rep of reps) for (const p of periods) quotas.push({ rep: rep.id, period: p.id, amount: 100_000 * randomInt(rand, 2, 6) });
  const deals: Deal[] = Array.from({ length: dealCount }, (_, i) => {
    const a = randomInt(rand, 0, repCount - 1);
    const date = randomInt(rand, JAN_1_2026, MONTH_STARTS[12] - 1);
    const split = rand() < 0.1;
    const b = (a + 1 + randomInt(rand, 0, repCount - 2)) % repCount;
    return {
      id: `D${i + 1}`,
      splits: split
        ? [
            { rep: reps[a].id, share: 0.6 },
            { rep: reps[b].id, share: 0.4 },
          ]
        : [{ rep: reps[a].id, share: 1 }],
      date,
      amount: randomMoney(rand, 1_000, 60_000),
      cancelled: rand() < 0.01 ? date + randomInt(rand, 0, 120) : null,
    };
  });
  const history: Record<string, number> = {};
  for (const rep of reps) history[rep.id] = 100_000 * randomInt(rand, 3, 9);
  return { plans: [h1, h2], reps, periods, quotas, deals, history };
}

export function benchPlans(): void {
  const input = planBenchInput();
  let lines = 0;
  let statements = 0;
  const t = timeRuns(() => {
    const out = computeStatements(input);
    statements = out.length;
    lines = out.reduce((n, s) => n + s.lines.length, 0);
  }, 3);
  // Explanations are written when first read; this is the cost of reading every one of them.
  const withText = timeRuns(() => {
    let chars = 0;
    for (const s of computeStatements(input)) for (const l of s.lines) chars += renderStatementNote('zh-CN', l.note).length;
    if (chars === 0) throw new Error('no explanations');
  }, 3);
  print('Commission statements (issue 5)', [
    {
      name: 'Statements, 1,000 reps × 12 periods, 100,000 deals',
      value: `${fmt(t.median)} ms median, ${fmt(t.best)} ms best`,
      goal: '≤ 2,000 ms',
      note: `${fmt(statements)} statements, ${fmt(lines)} lines`,
    },
    { name: 'The same, reading every line\'s explanation', value: `${fmt(withText.median)} ms median, ${fmt(withText.best)} ms best` },
  ]);
}
