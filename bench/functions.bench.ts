import { rfm } from '../src/core/rfm';
import { parallelColumns } from '../src/functions/args';
import { commission, rfmFn } from '../src/functions/functions';
import { mulberry32, randomInt, randomMoney } from '../src/sample/random';
import { fmt, print, timeRuns } from './harness';

/** 1,000,000 transactions shaped the way Excel passes ranges: n×1 arrays of text ids, date serials, amounts. */
function excelTransactions(n: number, customers: number) {
  const rand = mulberry32(20261122);
  const ids: unknown[][] = new Array(n);
  const dates: unknown[][] = new Array(n);
  const amounts: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = ['C' + String(randomInt(rand, 1, customers)).padStart(6, '0')];
    dates[i] = [randomInt(rand, 45658, 46387)];
    amounts[i] = [randomMoney(rand, 10, 20_000)];
  }
  return { ids, dates, amounts };
}

export function benchFunctions(): void {
  const N = 1_000_000;
  const tx = excelTransactions(N, 50_000);
  const { columns } = parallelColumns([
    { name: 'customers', value: tx.ids, kind: 'id' },
    { name: 'dates', value: tx.dates, kind: 'number' },
    { name: 'amounts', value: tx.amounts, kind: 'number' },
  ]);
  // Excel hands every call freshly deserialised strings, so each run gets new id strings.
  const idsJson = JSON.stringify(columns[0]);
  const core = timeRuns(
    (ids: (string | number)[]) => rfm(ids, columns[1] as number[], columns[2] as number[]),
    7,
    1,
    () => JSON.parse(idsJson),
  );
  const parse = timeRuns(() => parallelColumns([
    { name: 'customers', value: tx.ids, kind: 'id' },
    { name: 'dates', value: tx.dates, kind: 'number' },
    { name: 'amounts', value: tx.amounts, kind: 'number' },
  ]), 5);
  const txJson = JSON.stringify([tx.ids, tx.dates, tx.amounts]);
  const whole = timeRuns(
    ([ids, dates, amounts]: unknown[][][]) => rfmFn(ids as never, dates as never, amounts as never, null, null, null),
    3,
    1,
    () => JSON.parse(txJson),
  );

  const tiers = [
    [0, 0.01],
    [1_000_000, 0.015],
    [2_000_000, 0.02],
  ];
  const rand = mulberry32(7);
  const amounts = Array.from({ length: 100_000 }, () => randomMoney(rand, 0, 3_000_000));
  // Each call gets its own copy of the tier range, as Excel passes a fresh array per cell.
  const tierCopies = amounts.map(() => tiers.map((r) => r.slice()));
  let sink = 0;
  const calls = timeRuns(() => {
    for (let i = 0; i < amounts.length; i++) sink += commission(amounts[i], tierCopies[i], null, null, null) as number;
  }, 5);
  const flat = timeRuns(() => {
    for (let i = 0; i < amounts.length; i++) sink += commission(amounts[i], tierCopies[i], 'flat', null, null) as number;
  }, 5);
  if (!Number.isFinite(sink)) throw new Error('unreachable');

  print('Custom functions (issue 2)', [
    { name: 'RFM core, 1,000,000 transactions, 50,000 customers', value: `${fmt(core.median)} ms median, ${fmt(core.best)} ms best`, goal: '≤ 250 ms' },
    { name: 'RFM argument parsing (Excel 2-D ranges → columns)', value: `${fmt(parse.median)} ms median` },
    { name: '=SALES.RFM end to end (parse + core + spill rows)', value: `${fmt(whole.median)} ms median` },
    { name: '=SALES.COMMISSION marginal, 100,000 amounts', value: `${fmt(100_000 / (calls.median / 1000))} calls/s`, goal: '≥ 500,000 calls/s' },
    { name: '=SALES.COMMISSION flat, 100,000 amounts', value: `${fmt(100_000 / (flat.median / 1000))} calls/s` },
  ]);
}
