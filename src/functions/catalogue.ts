/**
 * The public contract of the SALES custom functions: ids, argument order, which arguments are
 * ranges and which are optional. functions.json is generated from the JSDoc in functions.ts;
 * the build test checks that it matches this table exactly, and the README reference is checked
 * against the examples here.
 */
export type Dimensionality = 'scalar' | 'matrix';

export interface ParamSpec {
  readonly name: string;
  readonly dimensionality: Dimensionality;
  readonly optional: boolean;
}

export interface FunctionSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly result: Dimensionality;
  /** A formula a reader can paste, and what it returns. */
  readonly example: string;
  readonly exampleResult: string;
}

const s = (name: string, optional = false): ParamSpec => ({ name, dimensionality: 'scalar', optional });
const m = (name: string, optional = false): ParamSpec => ({ name, dimensionality: 'matrix', optional });

const SEED_TIERS = '{0,0.01;1000000,0.015;2000000,0.02}';

export const CATALOGUE: readonly FunctionSpec[] = [
  {
    id: 'COMMISSION',
    params: [s('amount'), m('tiers'), s('mode', true), s('quota', true), s('decimals', true), s('boundary', true)],
    result: 'scalar',
    example: `=SALES.COMMISSION(2500000, ${SEED_TIERS})`,
    exampleResult: '35000',
  },
  {
    id: 'COMMISSIONLINES',
    params: [s('amount'), m('tiers'), s('mode', true), s('quota', true), s('decimals', true), s('boundary', true)],
    result: 'matrix',
    example: `=SALES.COMMISSIONLINES(2500000, ${SEED_TIERS})`,
    exampleResult: 'header; 0–1,000,000 → 10,000; 1,000,000–2,000,000 → 15,000; 2,000,000– → 10,000; Total 35,000',
  },
  {
    id: 'SPLIT',
    params: [s('total'), m('weights'), s('decimals', true)],
    result: 'matrix',
    example: '=SALES.SPLIT(4000000, {120;150;130})',
    exampleResult: '1200000; 1500000; 1300000',
  },
  {
    id: 'BONUSPOOL',
    params: [
      s('teamActual'),
      s('teamTarget'),
      s('poolRate'),
      m('contribution'),
      m('collaboration', true),
      s('collaborationWeight', true),
      s('decimals', true),
    ],
    result: 'matrix',
    example: '=SALES.BONUSPOOL(1000000, 900000, 0.02, {5;3;2})',
    exampleResult: '10000; 6000; 4000',
  },
  {
    id: 'SCORE',
    params: [m('metrics'), m('benchmarks'), m('weights', true)],
    result: 'scalar',
    example: '=SALES.SCORE({1.04,0.25,65000,0.92,71.2}, {1,0.3,80000,1,100})',
    exampleResult: '88',
  },
  {
    id: 'GRADE',
    params: [s('score'), m('cutoffs', true), m('labels', true)],
    result: 'scalar',
    example: '=SALES.GRADE(88)',
    exampleResult: 'Good (良好 in Chinese Excel)',
  },
  {
    id: 'RISK',
    params: [s('actual'), s('target'), s('elapsed', true), s('green', true), s('yellow', true)],
    result: 'scalar',
    example: '=SALES.RISK(450000, 1000000, 0.5)',
    exampleResult: 'YELLOW',
  },
  {
    id: 'PACE',
    params: [s('actual'), s('target'), s('start'), s('end'), s('asOf')],
    result: 'scalar',
    example: '=SALES.PACE(300000, 1000000, DATE(2026,4,1), DATE(2026,4,30), DATE(2026,4,10))',
    exampleResult: '0.9',
  },
  {
    id: 'RFM',
    params: [m('customers'), m('dates'), m('amounts'), s('asOf', true), s('bins', true), s('headers', true)],
    result: 'matrix',
    example: '=SALES.RFM(Sales[Customer], Sales[Date], Sales[Amount])',
    exampleResult: 'Customer | Recency | Frequency | Monetary | R | F | M | RFM | Segment, one row per customer',
  },
  {
    id: 'CUSTOMERTIER',
    params: [s('purchases'), s('amount'), s('boughtBefore', true), m('thresholds', true)],
    result: 'scalar',
    example: '=SALES.CUSTOMERTIER(4, 620000)',
    exampleResult: 'core',
  },
  {
    id: 'ABC',
    params: [m('ids'), m('values'), s('aCut', true), s('bCut', true), s('headers', true)],
    result: 'matrix',
    example: '=SALES.ABC(A2:A100, B2:B100)',
    exampleResult: 'ID | Value | Share | Cumulative share | Class, sorted by value',
  },
  {
    id: 'LEADSCORE',
    params: [m('values'), m('weights'), m('maxima', true)],
    result: 'scalar',
    example: '=SALES.LEADSCORE({1,0.5,0.25}, {0.5,0.3,0.2})',
    exampleResult: '70',
  },
  {
    id: 'FUNNEL',
    params: [m('counts'), s('threshold', true)],
    result: 'matrix',
    example: '=SALES.FUNNEL({200;50;20;8})',
    exampleResult: '200 | | 1 | ; 50 | 0.25 | 0.25 | LOW; 20 | 0.4 | 0.1 | ; 8 | 0.4 | 0.04 |',
  },
  {
    id: 'RETENTION',
    params: [s('startCustomers'), s('endCustomers'), s('newCustomers')],
    result: 'scalar',
    example: '=SALES.RETENTION(200, 210, 30)',
    exampleResult: '0.9',
  },
  {
    id: 'PAYOUT',
    params: [s('amount'), m('plan'), s('quota', true), s('record', true), s('decimals', true)],
    result: 'scalar',
    example: '=SALES.PAYOUT(2500000, {"basis","money";"mode","marginal";0,0.01;1000000,0.015;2000000,0.02})',
    exampleResult: '35000',
  },
];
