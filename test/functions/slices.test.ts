/**
 * Heavy functions split their work across event-loop turns where the runtime can pause. The
 * split run must answer exactly what the one-shot run answers (values and errors alike), and it
 * must really let other work run in between.
 */
import fc from 'fast-check';
import { setPause } from '../../src/functions/adapter';
import * as Functions from '../../src/functions/functions';
import { setSliceRows, SLICE_ROWS } from '../../src/functions/slices';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cells are untyped
const F = Functions as unknown as Record<keyof typeof Functions, (...args: unknown[]) => any>;

/** A call's outcome as a cell shows it: the value, or the error code and message. */
async function outcome(f: () => unknown): Promise<unknown> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return `${e.code} ${e.message ?? ''}`.trim();
    throw e;
  }
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * The split run's pause resumes from the check queue, behind the counter below, so "other work
 * ran during each pause" is a fact of the queue order and not of how fast the machine is (with a
 * 1 ms timer, a busy machine can fire two pauses' timers before the counter's turn comes round).
 */
const checkTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `call` one-shot, then split with a pause that waits for a macrotask turn, while a
 * setImmediate loop counts the turns other work gets. Returns both outcomes and the counts.
 */
async function bothWays(call: () => unknown): Promise<{ whole: unknown; split: unknown; pauses: number; turns: number; async: boolean }> {
  setPause(null);
  const whole = await outcome(call);
  let pauses = 0;
  setPause(() => {
    pauses++;
    return checkTurn();
  });
  let turns = 0;
  let running = true;
  const count = (): void => {
    if (!running) return;
    turns++;
    setImmediate(count);
  };
  setImmediate(count);
  let isAsync = false;
  const split = await outcome(() => {
    const r = call();
    isAsync = r instanceof Promise;
    return r;
  });
  running = false;
  setPause(null);
  return { whole, split, pauses, turns, async: isAsync };
}

const SLICE = 5;
beforeAll(() => setSliceRows(SLICE));
afterAll(() => {
  setSliceRows(SLICE_ROWS);
  setPause(null);
});

/** Cells as Excel passes them: mostly good, now and then blank or of a wrong type. */
const rare = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 300, arbitrary: good }, { weight: 1, arbitrary: bad });
const weightCell = rare(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(null)), fc.constantFrom('', 'x', -1));
const countCell = rare(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(null, 'x', 2.5, -1));
const idCell = fc.oneof(fc.constantFrom('a', 'b', 'C1', '1'), fc.integer({ min: 0, max: 9 }));
const valueCell = fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(12.34, 0.1, 0.2));
const dateCell = fc.integer({ min: 45000, max: 45400 });

const column = <T>(cell: fc.Arbitrary<T>, min = 1, max = 60) => fc.array(cell.map((c) => [c]), { minLength: min, maxLength: max });

/** Parallel columns from rows: good rows, now and then a fully blank row (skipped) or a bad one (an error). */
function table(cells: fc.Arbitrary<unknown>[], bad: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[][][]> {
  const row = fc.oneof(
    { weight: 60, arbitrary: fc.tuple(...cells) },
    { weight: 3, arbitrary: fc.constant(cells.map(() => null)) },
    { weight: 1, arbitrary: fc.tuple(...bad) },
  );
  return fc.array(row, { minLength: 1, maxLength: 60 }).map((rows) => cells.map((_, c) => rows.map((r) => [r[c]])));
}
const badCell = fc.constantFrom(null, '', 'x', true, -3);

/** Slices of SLICE rows: n rows take ceil(n / SLICE) slices per sliced pass, so at least that minus one pauses. */
function expectTurns(r: { pauses: number; turns: number; async: boolean }, rows: number): void {
  if (rows > SLICE) {
    expect(r.async).toBe(true);
    expect(r.pauses).toBeGreaterThanOrEqual(Math.ceil(rows / SLICE) - 1);
    // Other macrotasks ran while the function was paused: at least one turn per pause.
    expect(r.turns).toBeGreaterThanOrEqual(r.pauses);
  }
}

/** Cases that answered (not an error) in the current property: most of them must, or the property tests only errors. */
let answers = 0;
function answered(r: { pauses: number; turns: number; async: boolean }, rows: number): void {
  answers++;
  expectTurns(r, rows);
}

describe('split across ticks, identical to one shot (property)', () => {
  beforeEach(() => {
    answers = 0;
  });
  afterEach(() => {
    expect(answers).toBeGreaterThanOrEqual(15);
  });
  it('SALES.SPLIT', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(column(weightCell), fc.array(fc.array(weightCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 })), fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: -2, max: 4 }), async (weights, total, d) => {
        const r = await bothWays(() => F.split(total, weights, d));
        expect(r.split).toEqual(r.whole);
        if (Array.isArray(r.whole)) answered(r, weights.length);
      }),
      { numRuns: 60 },
    );
  });
  it('SALES.ABC', async () => {
    await fc.assert(
      fc.asyncProperty(table([idCell, valueCell], [badCell, badCell]), fc.boolean(), async ([ids, values], headers) => {
        const r = await bothWays(() => F.abc(ids, values, null, null, headers));
        expect(r.split).toEqual(r.whole);
        if (Array.isArray(r.whole)) answered(r, Math.max(ids.length, values.length));
      }),
      { numRuns: 60 },
    );
  });
  it('SALES.LEADSCORE', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(column(rare(valueCell, badCell), n, n), column(rare(valueCell, badCell), n, n), fc.option(column(rare(fc.integer({ min: 1, max: 100 }), badCell), n, n)))), async ([values, weights, maxima]) => {
        const r = await bothWays(() => F.leadScoreFn(values, weights, maxima));
        expect(r.split).toEqual(r.whole);
        if (typeof r.whole === 'number') answered(r, values.length);
      }),
      { numRuns: 60 },
    );
  });
  it('SALES.FUNNEL', async () => {
    await fc.assert(
      fc.asyncProperty(column(countCell), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), async (counts, threshold) => {
        const r = await bothWays(() => F.funnelFn(counts, threshold));
        expect(r.split).toEqual(r.whole);
        if (Array.isArray(r.whole)) answered(r, counts.length);
      }),
      { numRuns: 60 },
    );
  });
  it('SALES.RFM', async () => {
    await fc.assert(
      fc.asyncProperty(
        table([idCell, dateCell, valueCell], [badCell, badCell, badCell]),
        async ([ids, dates, amounts]) => {
          const r = await bothWays(() => F.rfmFn(ids, dates, amounts, null, 3, null, 'cn8'));
          expect(r.split).toEqual(r.whole);
          if (Array.isArray(r.whole)) answered(r, Math.max(ids.length, dates.length, amounts.length));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('split across ticks: what the properties rely on', () => {
  it('a range within one slice answers synchronously even where the runtime can pause', () => {
    setPause(macrotask);
    expect(F.funnelFn([[200], [50]], null)).toEqual([
      [200, '', 1, ''],
      [50, 0.25, 0.25, 'LOW'],
    ]);
    setPause(null);
  });
  it('an error in a later slice is the same Excel error, as a rejected promise', async () => {
    const counts = Array.from({ length: 4 * SLICE }, (_, i) => [i === 3 * SLICE + 1 ? 'x' : 100 - i]);
    const r = await bothWays(() => F.funnelFn(counts, null));
    expect(r.whole).toBe(`#VALUE! counts: cell ${3 * SLICE + 2} must be a number, got "x"`);
    expect(r.split).toBe(r.whole);
    expect(r.pauses).toBe(3);
  });
});
