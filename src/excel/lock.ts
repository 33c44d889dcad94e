/**
 * One workbook write at a time, per pane (module-level, so two host objects share it).
 * `exclusive` refuses a second generate while one runs — queuing it would only produce a second
 * copy of every sheet ("Evaluation (2)") the user did not mean to ask for twice; `queued` makes
 * smaller writes (risk rules, template) wait their turn so their requests never interleave with a
 * generation's.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();
  private generating = false;

  get busy(): boolean {
    return this.generating;
  }

  /** Runs `fn` unless a generation is already running (then rejects at once with `busy()`). */
  exclusive<T>(fn: () => Promise<T>, busy: () => Error): Promise<T> {
    if (this.generating) return Promise.reject(busy());
    this.generating = true;
    return this.queued(fn).finally(() => {
      this.generating = false;
    });
  }

  /** Runs `fn` after every write queued before it. */
  queued<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

export const workbookLock = new WriteLock();
