/**
 * Heavy functions written once, run two ways. A function's work over a big range is a generator
 * that yields between slices of rows; `drive` runs it to the end at once (tests, Node, small
 * ranges) or, where the runtime can pause, lets the event loop run at every yield so a million
 * rows do not freeze the task pane that shares the runtime. Both ways run the same code, so they
 * answer the same.
 */

/** Work that yields (nothing) between slices and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Rows handled between two yields (about 10–40 ms of work on a loaded 2-core machine). */
export const SLICE_ROWS = 65_536;
let sliceRows = SLICE_ROWS;

/** Sets the slice size (tests use a few rows, so small random ranges cross many slice boundaries). */
export function setSliceRows(rows: number): void {
  sliceRows = rows;
}

/** Calls step(from, to) over [0, n) in slices, yielding between them. */
export function* inSlices(n: number, step: (from: number, to: number) => void): Steps<void> {
  const size = sliceRows;
  for (let from = 0; from < n; from += size) {
    if (from > 0) yield;
    step(from, Math.min(n, from + size));
  }
}

/** Runs steps to the end without pausing. */
export function runNow<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * Runs steps: at once when there is no pause, else the first slice now and each later one after
 * a pause. Work that never yields (a small range) answers synchronously either way.
 */
export function drive<T>(steps: Steps<T>, pause: (() => Promise<void>) | null): T | Promise<T> {
  if (pause === null) return runNow(steps);
  let r = steps.next();
  if (r.done) return r.value;
  return (async () => {
    while (!r.done) {
      await pause();
      r = steps.next();
    }
    return r.value;
  })();
}
