/** Minimal benchmark harness: warm-up, several timed runs, median and best printed as a table row. */
export interface Measure {
  name: string;
  value: string;
  goal?: string;
  note?: string;
}

/**
 * Times `fn`; `setup` runs untimed before each call (e.g. fresh inputs, as Excel passes per call).
 * `cpu` is the median of the process's CPU time per run: on a shared machine under load the wall
 * time stretches with the other processes, the CPU time much less.
 */
export function timeRuns<T = void>(fn: (input: T) => unknown, runs = 5, warmup = 1, setup?: () => T): { median: number; best: number; cpu: number } {
  const input = (): T => (setup ? setup() : (undefined as T));
  for (let i = 0; i < warmup; i++) fn(input());
  const times: number[] = [];
  const cpus: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    // Collect the previous run's garbage first so each run pays only for its own.
    const arg = input();
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn(arg);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], cpu: cpus[Math.floor(cpus.length / 2)] };
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
