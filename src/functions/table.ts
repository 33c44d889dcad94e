/**
 * The SALES functions, declared once: each function's arguments (shape, optional flag, default
 * from the core's constants, enum), its result shape, an example, and what it computes. The
 * adapters (adapter.ts), functions.json and functions.zh-CN.json (metadata.ts), the README
 * reference and the tests all come from this table; descriptions and argument help live in the
 * catalogues' `functions` sections (src/i18n/languages/<tag>/functions.ts).
 */
import { bonusPool, DEFAULT_COLLABORATION_WEIGHT } from '../core/bonusPool';
import { commissionLines, commissionNumber } from '../core/commission';
import { ABC_CLASSES, abcColumns, customerTier, DEFAULT_ABC_A, DEFAULT_ABC_B, DEFAULT_TIER_THRESHOLDS, leadScore, retentionRate } from '../core/customers';
import { valueError } from '../core/errors';
import { DEFAULT_FUNNEL_THRESHOLD, funnelColumns } from '../core/funnel';
import { Dec } from '../core/money';
import { componentPayout } from '../core/plans/payout';
import { withoutHeaderRow } from '../core/plans/table';
import { DEFAULT_GREEN, DEFAULT_YELLOW, projectedAttainment, riskLevel } from '../core/risk';
import { checkAsOf, type CustomerTotals, DEFAULT_RFM_BINS, MAX_RFM_BINS, MIN_RFM_BINS, rfmCode, rfmTable, rfmThresholds } from '../core/rfm';
import { ruleSegments, SCHEME_CODES, schemeSegments } from '../core/rfmSegments';
import { compositeScore, DEFAULT_GRADE_CUTOFFS, DEFAULT_SCORE_WEIGHTS, GRADE_CODES, gradeIndex } from '../core/score';
import { splitTargetParts } from '../core/targets';
import { catalogue } from '../i18n';
import { LABELS } from '../i18n/labels';
import type { Language } from '../core/language';
import { idValueRows, isBlank, matrix, numbers, numbersOrBlank, numberVector, textVector, type Matrix } from './args';
import { cachedRateTable } from './commissionArgs';
import type { FunctionId } from './ids';
import { drive, inSlices, type Steps } from './slices';
import { readSegments, transactions } from './rfmArgs';
import {
  choice,
  decimals,
  define,
  nonNegativeNumber,
  number,
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  optionalNumberOrNull,
  optionalRange,
  range,
  type FunctionDef,
  type Scalar,
} from './spec';

const SEED_TIERS = '{0,0.01;1000000,0.015;2000000,0.02}';

const COMMISSION = define({
  id: 'COMMISSION',
  args: [nonNegativeNumber('amount'), range('tiers'), choice('mode', 'MODE', 'marginal'), optionalNumberOrNull('quota'), decimals(), choice('boundary', 'BOUNDARY', 'lower')],
  result: 'scalar',
  example: `=SALES.COMMISSION(2500000, ${SEED_TIERS})`,
  exampleResult: '35000 (50000 with "flat")',
  run: (_, amount, tiers, mode, quota, d, boundary) => commissionNumber(amount, cachedRateTable(tiers, quota, boundary), mode, d),
});

const COMMISSIONLINES = define({
  id: 'COMMISSIONLINES',
  args: [nonNegativeNumber('amount'), range('tiers'), choice('mode', 'MODE', 'marginal'), optionalNumberOrNull('quota'), decimals(), choice('boundary', 'BOUNDARY', 'lower')],
  result: 'matrix',
  example: `=SALES.COMMISSIONLINES(2500000, ${SEED_TIERS})`,
  exampleResult: 'header; 0–1,000,000 → 10,000; 1,000,000–2,000,000 → 15,000; 2,000,000– → 10,000; Total 35,000',
  run: ({ language }, amount, tiers, mode, quota, d, boundary) => {
    const result = commissionLines(new Dec(amount), cachedRateTable(tiers, quota, boundary), mode, d);
    const labels = LABELS[language];
    const rows: Scalar[][] = [labels.commissionHeader.slice()];
    for (const l of result.lines) rows.push([l.from.toNumber(), l.to === null ? '' : l.to.toNumber(), l.base.toNumber(), l.rate.toNumber(), l.amount.toNumber()]);
    rows.push([labels.total, '', amount, '', result.total.toNumber()]);
    return rows;
  },
});

const SPLIT = define({
  id: 'SPLIT',
  args: [number('total'), range('weights'), decimals()],
  result: 'matrix',
  example: '=SALES.SPLIT(4000000, {120;150;130})',
  exampleResult: '1200000; 1500000; 1300000',
  run: ({ pause }, total, weights, d) => drive(splitSteps(total, matrix(weights, 'weights'), d), pause),
});

function* splitSteps(total: number, w: Matrix, d: number): Steps<Scalar[][]> {
  const parts = splitTargetParts(total, yield* numbersOrBlank(w, 'weights'), d);
  const out: Scalar[][] = new Array(w.length);
  let k = 0;
  yield* inSlices(w.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const width = w[i].length;
      if (width === 1) {
        const p = parts[k++];
        out[i] = p === p ? [p] : [''];
        continue;
      }
      const row: Scalar[] = new Array(width);
      for (let j = 0; j < width; j++, k++) row[j] = parts[k] === parts[k] ? parts[k] : '';
      out[i] = row;
    }
  });
  return out;
}

const BONUSPOOL = define({
  id: 'BONUSPOOL',
  args: [
    number('teamActual'),
    number('teamTarget'),
    number('poolRate'),
    range('contribution'),
    optionalRange('collaboration'),
    optionalNumber('collaborationWeight', DEFAULT_COLLABORATION_WEIGHT),
    decimals(),
  ],
  result: 'matrix',
  example: '=SALES.BONUSPOOL(1000000, 900000, 0.02, {5;3;2})',
  exampleResult: '10000; 6000; 4000',
  run: (_, teamActual, teamTarget, poolRate, contribution, collaboration, collaborationWeight, d) =>
    bonusPool({
      teamActual,
      teamTarget,
      poolRate,
      contribution: numberVector(contribution, 'contribution'),
      collaboration: collaboration === null ? null : numberVector(collaboration, 'collaboration'),
      collaborationWeight,
      decimals: d,
    }).shares.map((s) => [s.toNumber()]),
});

const SCORE = define({
  id: 'SCORE',
  args: [range('metrics'), range('benchmarks'), optionalRange('weights', DEFAULT_SCORE_WEIGHTS)],
  result: 'scalar',
  example: '=SALES.SCORE({1.04,0.25,65000,0.92,71.2}, {1,0.3,80000,1,100})',
  exampleResult: '88',
  run: (_, metrics, benchmarks, weights) =>
    compositeScore(numberVector(metrics, 'metrics'), numberVector(benchmarks, 'benchmarks'), weights === null ? DEFAULT_SCORE_WEIGHTS : numberVector(weights, 'weights')),
});

const GRADE = define({
  id: 'GRADE',
  args: [number('score'), optionalRange('cutoffs', DEFAULT_GRADE_CUTOFFS), optionalRange('labels')],
  result: 'scalar',
  example: '=SALES.GRADE(88)',
  exampleResult: 'Good (良好 with "zh-CN")',
  run: ({ language }, score, cutoffs, labels) => {
    const c = cutoffs === null ? DEFAULT_GRADE_CUTOFFS : numberVector(cutoffs, 'cutoffs');
    const i = gradeIndex(score, c);
    if (labels === null) {
      if (c.length !== GRADE_CODES.length - 1) throw valueError('labelsNeeded', { cutoffs: c.length });
      return LABELS[language].grades[GRADE_CODES[i]];
    }
    const l = textVector(labels, 'labels');
    if (l.length !== c.length + 1) throw valueError('countExpected', { arg: 'labels', expected: c.length + 1, got: l.length });
    return l[i];
  },
});

const RISK = define({
  id: 'RISK',
  args: [number('actual'), number('target'), optionalNumber('elapsed', 1), optionalNumber('green', DEFAULT_GREEN), optionalNumber('yellow', DEFAULT_YELLOW)],
  result: 'scalar',
  example: '=SALES.RISK(450000, 1000000, 0.5)',
  exampleResult: 'YELLOW',
  run: (_, actual, target, elapsed, green, yellow) => riskLevel(actual, target, elapsed, green, yellow),
});

const PACE = define({
  id: 'PACE',
  args: [number('actual'), number('target'), number('start'), number('end'), number('asOf')],
  result: 'scalar',
  example: '=SALES.PACE(300000, 1000000, DATE(2026,4,1), DATE(2026,4,30), DATE(2026,4,10))',
  exampleResult: '0.9',
  run: (_, actual, target, start, end, asOf) => projectedAttainment(actual, target, start, end, asOf),
});

const transactionArgs = () =>
  [range('customers'), range('dates'), range('amounts'), optionalNumberOrNull('asOf'), optionalInteger('bins', DEFAULT_RFM_BINS, MIN_RFM_BINS, MAX_RFM_BINS)] as const;

/** Reads the transactions (in slices between pauses when the runtime can pause), then answers. */
function withTransactions(
  pause: (() => Promise<void>) | null,
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  asOf: number | null,
  answer: (totals: CustomerTotals) => Scalar[][],
): Scalar[][] | Promise<Scalar[][]> {
  return drive(
    (function* () {
      return answer(yield* transactions(customers, dates, amounts, asOf));
    })(),
    pause,
  );
}

/** Segment labels for RFM rows: scheme codes in the language, or the rule names. */
function segmentLabels(language: Language, segments: ReturnType<typeof readSegments>): readonly string[] {
  const a = catalogue(language).analytics;
  if ('rules' in segments) return [...segments.rules.map((r) => r.name), a.rfm10.others];
  const names: Readonly<Record<string, string>> = segments.scheme === 'grid' ? LABELS[language].segments : segments.scheme === 'rfm10' ? a.rfm10 : a.cn8;
  return SCHEME_CODES[segments.scheme].map((code) => names[code]);
}

const RFM = define({
  id: 'RFM',
  args: [...transactionArgs(), optionalBoolean('headers', true), { ...optionalRange('segments'), enumId: 'SEGMENTS', default: 'grid', parse: readSegments }],
  result: 'matrix',
  example: '=SALES.RFM(Sales[Customer], Sales[Date], Sales[Amount])',
  exampleResult: 'Customer | Recency | Frequency | Monetary | R | F | M | RFM | Segment, one row per customer',
  run: ({ language, pause }, customers, dates, amounts, asOf, bins, headers, segments) =>
    withTransactions(pause, customers, dates, amounts, checkAsOf(asOf), (totals) => {
      const t = rfmTable(totals, bins);
      const index = 'rules' in segments ? ruleSegments(t, segments.rules) : schemeSegments(t, segments.scheme);
      const names = segmentLabels(language, segments);
      const out: Scalar[][] = headers ? [LABELS[language].rfmHeader.slice()] : [];
      for (let c = 0; c < t.ids.length; c++) {
        out.push([t.ids[c], t.recency[c], t.frequency[c], t.monetary[c], t.r[c], t.f[c], t.m[c], rfmCode(t.r[c], t.f[c], t.m[c], bins), names[index[c]]]);
      }
      return out;
    }),
});

const RFMTHRESHOLDS = define({
  id: 'RFMTHRESHOLDS',
  args: [...transactionArgs()],
  result: 'matrix',
  example: '=SALES.RFMTHRESHOLDS(Sales[Customer], Sales[Date], Sales[Amount])',
  exampleResult: 'Score | Recency from | to | Frequency from | to | Monetary from | to, one row per score',
  run: ({ language, pause }, customers, dates, amounts, asOf, bins) =>
    withTransactions(pause, customers, dates, amounts, checkAsOf(asOf), (totals) => {
      const t = rfmTable(totals, bins);
      const cell = (range: [number, number] | null, k: 0 | 1): number | string => (range === null ? '' : range[k]);
      return [
        catalogue(language).analytics.thresholdsHeader.slice(),
        ...rfmThresholds(t).map((s) => [s.score, cell(s.recency, 0), cell(s.recency, 1), cell(s.frequency, 0), cell(s.frequency, 1), cell(s.monetary, 0), cell(s.monetary, 1)]),
      ];
    }),
});

const CUSTOMERTIER = define({
  id: 'CUSTOMERTIER',
  args: [number('purchases'), number('amount'), optionalBoolean('boughtBefore', false), optionalRange('thresholds', DEFAULT_TIER_THRESHOLDS)],
  result: 'scalar',
  example: '=SALES.CUSTOMERTIER(4, 620000)',
  exampleResult: 'core',
  run: (_, purchases, amount, boughtBefore, thresholds) =>
    customerTier(purchases, amount, boughtBefore, thresholds === null ? undefined : numberVector(thresholds, 'thresholds')),
});

const ABC = define({
  id: 'ABC',
  args: [range('ids'), range('values'), optionalNumber('aCut', DEFAULT_ABC_A), optionalNumber('bCut', DEFAULT_ABC_B), optionalBoolean('headers', true)],
  result: 'matrix',
  example: '=SALES.ABC(A2:A100, B2:B100)',
  exampleResult: 'ID | Value | Share | Cumulative share | Class, sorted by value',
  run: ({ language, pause }, ids, values, aCut, bCut, headers) => drive(abcSteps(language, ids, values, aCut, bCut, headers), pause),
});

function* abcSteps(language: Language, ids: unknown, values: unknown, aCut: number, bCut: number, headers: boolean): Steps<Scalar[][]> {
  const read = yield* idValueRows(ids, values, 'ids', 'values');
  const c = abcColumns(read.values, aCut, bCut);
  const n = c.order.length;
  // Ids and values in the sorted order first, in a pass that allocates nothing: building a
  // million rows while also reading scattered inputs costs twice as much as the two passes.
  const sortedIds: (string | number)[] = new Array(n);
  const sortedValues = new Float64Array(n);
  yield* inSlices(n, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = c.order[k];
      sortedIds[k] = read.ids[i];
      sortedValues[k] = read.values[i];
    }
  });
  const first = headers ? 1 : 0;
  const out: Scalar[][] = new Array(n + first);
  if (headers) out[0] = LABELS[language].abcHeader.slice();
  yield* inSlices(n, (from, to) => {
    for (let k = from; k < to; k++) out[k + first] = [sortedIds[k], sortedValues[k], c.share[k], c.cumulative[k], ABC_CLASSES[c.cls[k]]];
  });
  return out;
}

const LEADSCORE = define({
  id: 'LEADSCORE',
  args: [range('values'), range('weights'), optionalRange('maxima')],
  result: 'scalar',
  example: '=SALES.LEADSCORE({1,0.5,0.25}, {0.5,0.3,0.2})',
  exampleResult: '70',
  run: ({ pause }, values, weights, maxima) => drive(leadScoreSteps(values, weights, maxima), pause),
});

function* leadScoreSteps(values: unknown, weights: unknown, maxima: unknown): Steps<number> {
  const v = yield* numbers(values, 'values');
  const w = yield* numbers(weights, 'weights');
  const m = maxima === null ? null : yield* numbers(maxima, 'maxima');
  return leadScore(v, w, m);
}

const FUNNEL = define({
  id: 'FUNNEL',
  args: [range('counts'), optionalNumber('threshold', DEFAULT_FUNNEL_THRESHOLD)],
  result: 'matrix',
  example: '=SALES.FUNNEL({200;50;20;8})',
  exampleResult: '200 | | 1 | ; 50 | 0.25 | 0.25 | LOW; 20 | 0.4 | 0.1 | ; 8 | 0.4 | 0.04 |',
  run: ({ language, pause }, counts, threshold) => drive(funnelSteps(language, counts, threshold), pause),
});

function* funnelSteps(language: Language, counts: unknown, threshold: number): Steps<Scalar[][]> {
  const low = catalogue(language).analytics.funnelLow;
  const c = yield* numbers(counts, 'counts');
  const f = funnelColumns(c, threshold);
  const out: Scalar[][] = new Array(c.length);
  yield* inSlices(c.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const p = f.fromPrevious[i];
      const q = f.fromFirst[i];
      out[i] = [c[i], p === p ? p : '', q === q ? q : '', f.low[i] === 1 ? low : ''];
    }
  });
  return out;
}

const RETENTION = define({
  id: 'RETENTION',
  args: [number('startCustomers'), number('endCustomers'), number('newCustomers')],
  result: 'scalar',
  example: '=SALES.RETENTION(200, 210, 30)',
  exampleResult: '0.9',
  run: (_, start, end, added) => retentionRate(start, end, added),
});

const PAYOUT = define({
  id: 'PAYOUT',
  args: [number('amount'), range('plan'), optionalNumberOrNull('quota'), optionalNumberOrNull('record'), { ...decimals(), default: undefined, parse: (v: unknown) => (isBlank(v) ? null : decimals().parse(v)) }],
  result: 'scalar',
  example: '=SALES.PAYOUT(2500000, {"basis","money";"mode","marginal";0,0.01;1000000,0.015;2000000,0.02})',
  exampleResult: '35000',
  run: (_, amount, plan, quota, record, d) => {
    const rows = matrix(plan, 'plan');
    if (rows[0].length < 2) throw valueError('tableColumns', { arg: 'plan', expected: 2, got: rows[0].length });
    return componentPayout({ amount, rows: withoutHeaderRow(rows), quota, record, decimals: d }).toNumber();
  },
});

export const FUNCTION_TABLE: readonly FunctionDef[] = [
  COMMISSION,
  COMMISSIONLINES,
  SPLIT,
  BONUSPOOL,
  SCORE,
  GRADE,
  RISK,
  PACE,
  RFM,
  RFMTHRESHOLDS,
  CUSTOMERTIER,
  ABC,
  LEADSCORE,
  FUNNEL,
  RETENTION,
  PAYOUT,
];

export const functionDef = (id: FunctionId): FunctionDef => {
  const f = FUNCTION_TABLE.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no function ${id}`);
  return f;
};
