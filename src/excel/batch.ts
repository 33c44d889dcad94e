/**
 * A request batch with a byte budget: every queued operation first reserves its estimated JSON
 * size; when it would push the pending request over the budget, the batch syncs first. Excel on
 * the web rejects a request (one `context.sync()`) larger than 5 MB, so the default budget is
 * 4 MB, leaving headroom for the protocol's own envelope (object paths, action ids).
 *
 * Consequence, stated precisely: writing a sheet costs ONE sync when its estimated payload fits
 * the budget, whatever its row count; a payload of B bytes costs at most ⌈B ÷ (budget − r)⌉
 * syncs, r being the largest single row, so syncs grow only with data bytes ÷ budget, never with
 * the number of rows or blocks. The writer keeps B small for long tables by writing
 * formula columns and number formats once in the first row and filling them down (copyFrom,
 * ExcelApi 1.9): only literal data travels per row.
 */
import type { XlRequestContext } from './api';

export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
export const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** Added to every operation's estimate for its action and object path in the real protocol. */
export const OP_OVERHEAD = 64;

/** UTF-8 length of a string, without allocating (Chinese text is 3 bytes a character). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one queued operation carrying `value`. */
export const cost = (value: unknown): number => utf8Length(JSON.stringify(value) ?? '') + OP_OVERHEAD;

export interface BatchStats {
  syncs: number;
  /** Largest estimated request of one sync, in bytes. */
  maxBytes: number;
  totalBytes: number;
}

export class Batch {
  private pending = 0;
  readonly stats: BatchStats = { syncs: 0, maxBytes: 0, totalBytes: 0 };

  constructor(
    readonly context: XlRequestContext,
    readonly budget = DEFAULT_BUDGET,
    /** Queued first in every request (e.g. suspendApiCalculationUntilNextSync, which lasts one sync). */
    private readonly onOpen?: () => void,
  ) {}

  /** Queues an operation of `bytes` (estimate) by calling `queue`, syncing first if it would not fit. */
  async put(bytes: number, queue: () => void): Promise<void> {
    if (bytes > this.budget) throw new RangeError(`one operation of ${bytes} bytes exceeds the request budget of ${this.budget}`);
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    if (this.pending === 0 && this.onOpen) {
      this.onOpen();
      this.pending += OP_OVERHEAD;
    }
    this.pending += bytes;
    queue();
  }

  /** Room left in the current request (what a chunk may still carry without a sync). */
  get room(): number {
    return this.budget - this.pending;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.stats.syncs++;
    this.stats.maxBytes = Math.max(this.stats.maxBytes, this.pending);
    this.stats.totalBytes += this.pending;
    this.pending = 0;
  }
}
