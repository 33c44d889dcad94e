/** Minimal benchmark harness: warm-up, several timed runs, median and best printed as a table row. */
export interface Measure {
  name: string;
  value: string;
  goal?: string;
  note?: string;
}

export function timeRuns(fn: () => void, runs = 5, warmup = 1): { median: number; best: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

export function print(section: string, measures: readonly Measure[]): void {
  console.log(`\n## ${section}`);
  for (const m of measures) {
    const goal = m.goal ? `  (goal ${m.goal})` : '';
    const note = m.note ? `  — ${m.note}` : '';
    console.log(`${m.name.padEnd(58)} ${m.value}${goal}${note}`);
  }
}

export const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
