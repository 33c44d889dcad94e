/**
 * The SALES custom functions: one thin adapter each (Excel arguments → core → Excel value).
 * The JSDoc below is the source of functions.json (custom-functions-metadata-plugin), which also
 * appends the CustomFunctions.associate calls at build time. The manifest's namespace supplies
 * the "SALES." prefix. Arguments are typed `any` so bad input gets a message naming the argument
 * instead of Excel's bare #VALUE!.
 */
import { SalesError } from '../core/errors';
import { Dec } from '../core/money';
import { bonusPool } from '../core/bonusPool';
import { commissionLines } from '../core/commission';
import { abcClasses, customerTier, leadScore, retentionRate } from '../core/customers';
import { funnel } from '../core/funnel';
import { projectedAttainment, riskLevel, DEFAULT_GREEN, DEFAULT_YELLOW } from '../core/risk';
import { DEFAULT_RFM_BINS, MAX_RFM_BINS, MIN_RFM_BINS, rfm } from '../core/rfm';
import { DEFAULT_GRADE_CUTOFFS, DEFAULT_SCORE_WEIGHTS, GRADE_CODES, compositeScore, gradeIndex } from '../core/score';
import { splitTarget } from '../core/targets';
import { LABELS } from '../i18n/labels';
import {
  isBlank,
  matrix,
  num,
  numberVector,
  optBool,
  optDecimals,
  optInt,
  optNum,
  parallelColumns,
  textVector,
} from './args';
import { commissionArgs, commissionOf } from './commissionArgs';
import { componentPayout } from '../core/plans/payout';
import { displayLanguage, excelMatrix, excelScalar } from './excelResult';

/**
 * Tiered commission on an amount, exact to the cent (rounded half away from zero).
 * @customfunction COMMISSION
 * @param amount Sales amount (or credited amount).
 * @param tiers Two columns [lower bound, rate], ascending, first bound 0.
 * @param [mode] "marginal" (default: each band at its rate) or "flat" (the reached band's rate on the whole amount).
 * @param [quota] When given, the bounds are attainment fractions of this quota (0, 1, 1.2 …).
 * @param [decimals] Decimal places of the result (default 2).
 * @param [boundary] "lower" (default: an amount on a bound is in the band starting there) or "upper" (bands include their upper bound: "up to 1,000,000 at 1 %").
 * @returns The commission: the sum of its band lines, each rounded on its own.
 */
export function commission(amount: any, tiers: any[][], mode?: any, quota?: any, decimals?: any, boundary?: any): number {
  return excelScalar(() => commissionOf(amount, tiers, mode, quota, decimals, boundary));
}

/**
 * Commission audit lines: one row per band used [from, to, base, rate, commission = ROUND(base × rate)] and a total row, their sum, that equals SALES.COMMISSION.
 * @customfunction COMMISSIONLINES
 * @param amount Sales amount.
 * @param tiers Two columns [lower bound, rate], ascending, first bound 0.
 * @param [mode] "marginal" (default) or "flat".
 * @param [quota] When given, the bounds are attainment fractions of this quota.
 * @param [decimals] Decimal places (default 2).
 * @param [boundary] "lower" (default) or "upper" (bands include their upper bound).
 * @returns A header row, one row per band used (commission = ROUND(base × rate)) and a total row (their sum).
 */
export function commissionLinesFn(amount: any, tiers: any[][], mode?: any, quota?: any, decimals?: any, boundary?: any): any[][] {
  return excelMatrix(() => {
    const a = commissionArgs(amount, tiers, mode, quota, decimals, boundary);
    const result = commissionLines(new Dec(a.amount), a.table, a.mode, a.decimals);
    const labels = LABELS[displayLanguage()];
    const rows: any[][] = [labels.commissionHeader.slice()];
    for (const l of result.lines) {
      rows.push([l.from.toNumber(), l.to === null ? '' : l.to.toNumber(), l.base.toNumber(), l.rate.toNumber(), l.amount.toNumber()]);
    }
    rows.push([labels.total, '', a.amount, '', result.total.toNumber()]);
    return rows;
  });
}

/**
 * Splits a total in proportion to weights; the parts add up exactly to the total (largest remainder, ties to the earlier cell).
 * @customfunction SPLIT
 * @param total The total to split.
 * @param weights Weights, any shape; blank cells get no part.
 * @param [decimals] Decimal places of the parts (default 2).
 * @returns Parts with the shape of weights.
 */
export function split(total: any, weights: any[][], decimals?: any): any[][] {
  return excelMatrix(() => {
    const t = num(total, 'total');
    const w = matrix(weights, 'weights');
    const cells = w.flat().map((c, i) => {
      if (isBlank(c)) return null;
      if (typeof c !== 'number') throw new SalesError('VALUE', `weights: cell ${i + 1} must be a number`);
      return c;
    });
    const parts = splitTarget(t, cells, optDecimals(decimals));
    let k = 0;
    return w.map((row) => row.map(() => parts[k++]?.toNumber() ?? ''));
  });
}

/**
 * Team bonus pool split among members; paid only when the team reached its target; adds up exactly to the pool.
 * @customfunction BONUSPOOL
 * @param teamActual The team's total for the period.
 * @param teamTarget The team's target for the period.
 * @param poolRate Share of the team total that funds the pool (e.g. 0.02).
 * @param contribution One value per member (a column).
 * @param [collaboration] One collaboration rating per member.
 * @param [collaborationWeight] Weight of collaboration in the split (default 0.3).
 * @param [decimals] Decimal places (default 2).
 * @returns One share per member, as a column.
 */
export function bonusPoolFn(
  teamActual: any,
  teamTarget: any,
  poolRate: any,
  contribution: any[][],
  collaboration?: any[][],
  collaborationWeight?: any,
  decimals?: any,
): any[][] {
  return excelMatrix(() => {
    const result = bonusPool({
      teamActual: num(teamActual, 'teamActual'),
      teamTarget: num(teamTarget, 'teamTarget'),
      poolRate: num(poolRate, 'poolRate'),
      contribution: numberVector(contribution, 'contribution'),
      collaboration: isBlank(collaboration) ? null : numberVector(collaboration, 'collaboration'),
      collaborationWeight: optNum(collaborationWeight, 'collaborationWeight', 0.3),
      decimals: optDecimals(decimals),
    });
    return result.shares.map((s) => [s.toNumber()]);
  });
}

/**
 * Composite 0–100 performance score: completion, conversion, average order value, collection and process behaviour against benchmarks.
 * @customfunction SCORE
 * @param metrics Five values [completion, conversion, average order value, collection, process].
 * @param benchmarks Five benchmarks that earn a full 100 sub-score.
 * @param [weights] Five weights summing to 1 (default 0.30, 0.25, 0.20, 0.15, 0.10).
 * @returns The score, rounded to 1 decimal.
 */
export function score(metrics: any[][], benchmarks: any[][], weights?: any[][]): number {
  return excelScalar(() =>
    compositeScore(
      numberVector(metrics, 'metrics'),
      numberVector(benchmarks, 'benchmarks'),
      isBlank(weights) ? DEFAULT_SCORE_WEIGHTS : numberVector(weights, 'weights'),
    ),
  );
}

/**
 * Grade label for a score: Excellent / Good / Pass / Needs improvement (优秀/良好/合格/待改进 in Chinese Excel).
 * @customfunction GRADE
 * @param score The composite score.
 * @param [cutoffs] Descending cut-offs (default 90, 80, 70).
 * @param [labels] One more label than cut-offs, best first.
 * @returns The grade.
 */
export function grade(score: any, cutoffs?: any[][], labels?: any[][]): string {
  return excelScalar(() => {
    const c = isBlank(cutoffs) ? DEFAULT_GRADE_CUTOFFS : numberVector(cutoffs, 'cutoffs');
    const i = gradeIndex(num(score, 'score'), c);
    if (isBlank(labels)) {
      if (c.length !== GRADE_CODES.length - 1) throw new SalesError('VALUE', `labels are needed with ${c.length} cut-offs`);
      return LABELS[displayLanguage()].grades[GRADE_CODES[i]];
    }
    const l = textVector(labels, 'labels');
    if (l.length !== c.length + 1) throw new SalesError('VALUE', `labels: ${c.length + 1} labels expected, got ${l.length}`);
    return l[i];
  });
}

/**
 * Traffic light of a target from pace = actual ÷ (target × elapsed): "GREEN", "YELLOW" or "RED".
 * @customfunction RISK
 * @param actual Achieved so far.
 * @param target Target for the whole period.
 * @param [elapsed] Fraction of the period gone (default 1).
 * @param [green] Pace at or above which the light is green (default 1.0).
 * @param [yellow] Pace at or above which the light is yellow (default 0.8).
 * @returns GREEN, YELLOW or RED.
 */
export function risk(actual: any, target: any, elapsed?: any, green?: any, yellow?: any): string {
  return excelScalar(() =>
    riskLevel(
      num(actual, 'actual'),
      num(target, 'target'),
      optNum(elapsed, 'elapsed', 1),
      optNum(green, 'green', DEFAULT_GREEN),
      optNum(yellow, 'yellow', DEFAULT_YELLOW),
    ),
  );
}

/**
 * Projected attainment at the end of the period from the run rate so far (calendar days, asOf inclusive).
 * @customfunction PACE
 * @param actual Achieved so far.
 * @param target Target for the period.
 * @param start First day of the period (a date).
 * @param end Last day of the period (a date).
 * @param asOf The day the actual is measured (a date).
 * @returns Projected attainment as a fraction (1 = on target).
 */
export function paceFn(actual: any, target: any, start: any, end: any, asOf: any): number {
  return excelScalar(() =>
    projectedAttainment(num(actual, 'actual'), num(target, 'target'), num(start, 'start'), num(end, 'end'), num(asOf, 'asOf')),
  );
}

/**
 * RFM scores and segment per customer from a transactions table.
 * @customfunction RFM
 * @param customers Customer of each transaction (a column).
 * @param dates Date of each transaction (a column).
 * @param amounts Amount of each transaction (a column).
 * @param [asOf] Date recency is measured from (default: the latest date in the data).
 * @param [bins] Number of score levels (default 5).
 * @param [headers] FALSE to leave out the header row.
 * @returns One row per customer: customer, recency, frequency, monetary, R, F, M, RFM code, segment.
 */
export function rfmFn(customers: any[][], dates: any[][], amounts: any[][], asOf?: any, bins?: any, headers?: any): any[][] {
  return excelMatrix(() => {
    const { columns } = parallelColumns([
      { name: 'customers', value: customers, kind: 'id' },
      { name: 'dates', value: dates, kind: 'number' },
      { name: 'amounts', value: amounts, kind: 'number' },
    ]);
    const rows = rfm(columns[0], columns[1] as number[], columns[2] as number[], {
      asOf: optNum(asOf, 'asOf', null),
      bins: optInt(bins, 'bins', DEFAULT_RFM_BINS, MIN_RFM_BINS, MAX_RFM_BINS),
    });
    const labels = LABELS[displayLanguage()];
    const out: any[][] = optBool(headers, 'headers', true) ? [labels.rfmHeader.slice()] : [];
    for (const r of rows) {
      out.push([r.customer, r.recency, r.frequency, r.monetary, r.r, r.f, r.m, r.code, labels.segments[r.segment]]);
    }
    return out;
  });
}

/**
 * The seed's customer tier over the last 12 months: core, potential, developing, reactivate or lead.
 * @customfunction CUSTOMERTIER
 * @param purchases Purchases in the window.
 * @param amount Amount bought in the window.
 * @param [boughtBefore] TRUE if the customer bought before the window.
 * @param [thresholds] [core purchases, core amount, potential amount] (default 3, 500000, 200000).
 * @returns The tier code.
 */
export function customerTierFn(purchases: any, amount: any, boughtBefore?: any, thresholds?: any[][]): string {
  return excelScalar(() =>
    customerTier(
      num(purchases, 'purchases'),
      num(amount, 'amount'),
      optBool(boughtBefore, 'boughtBefore', false),
      isBlank(thresholds) ? undefined : numberVector(thresholds, 'thresholds'),
    ),
  );
}

/**
 * ABC (Pareto) classes, sorted by value descending.
 * @customfunction ABC
 * @param ids Item ids (a column).
 * @param values Item values (a column).
 * @param [aCut] Cumulative share that closes class A (default 0.8).
 * @param [bCut] Cumulative share that closes class B (default 0.95).
 * @param [headers] FALSE to leave out the header row.
 * @returns id, value, share, cumulative share, class.
 */
export function abc(ids: any[][], values: any[][], aCut?: any, bCut?: any, headers?: any): any[][] {
  return excelMatrix(() => {
    const { columns } = parallelColumns([
      { name: 'ids', value: ids, kind: 'id' },
      { name: 'values', value: values, kind: 'number' },
    ]);
    const rows = abcClasses(columns[0], columns[1] as number[], optNum(aCut, 'aCut', 0.8), optNum(bCut, 'bCut', 0.95));
    const out: any[][] = optBool(headers, 'headers', true) ? [LABELS[displayLanguage()].abcHeader.slice()] : [];
    for (const r of rows) out.push([r.id, r.value, r.share, r.cumulative, r.cls]);
    return out;
  });
}

/**
 * Weighted lead score 0–100: Σ weight × min(value ÷ max, 1) ÷ Σ weight × 100.
 * @customfunction LEADSCORE
 * @param values One value per criterion.
 * @param weights One weight per criterion.
 * @param [maxima] The value that earns full marks per criterion (default 1).
 * @returns The score.
 */
export function leadScoreFn(values: any[][], weights: any[][], maxima?: any[][]): number {
  return excelScalar(() =>
    leadScore(numberVector(values, 'values'), numberVector(weights, 'weights'), isBlank(maxima) ? null : numberVector(maxima, 'maxima')),
  );
}

/**
 * Sales funnel: count, conversion from the previous stage, conversion from the first stage, and LOW under the threshold.
 * @customfunction FUNNEL
 * @param counts Count per stage, first stage first.
 * @param [threshold] Stage conversion under which a stage is flagged LOW (default 0.3).
 * @returns One row per stage.
 */
export function funnelFn(counts: any[][], threshold?: any): any[][] {
  return excelMatrix(() =>
    funnel(numberVector(counts, 'counts'), optNum(threshold, 'threshold', 0.3)).map((st) => [
      st.count,
      st.fromPrevious ?? '',
      st.fromFirst,
      st.low ? 'LOW' : '',
    ]),
  );
}

/**
 * Customer retention rate: (end − new) ÷ start.
 * @customfunction RETENTION
 * @param startCustomers Customers at the start of the period.
 * @param endCustomers Customers at the end of the period.
 * @param newCustomers Customers gained during the period.
 * @returns The retention rate as a fraction.
 */
export function retention(startCustomers: any, endCustomers: any, newCustomers: any): number {
  return excelScalar(() =>
    retentionRate(num(startCustomers, 'startCustomers'), num(endCustomers, 'endCustomers'), num(newCustomers, 'newCustomers')),
  );
}

/**
 * One plan component's payout on an amount, exact to the cent: the rate table's bands (money or attainment, marginal or flat), its cap, a record bonus and a gate, read from the plan table as the Plans sheet lays it out.
 * The range has two columns [setting, value]: optional settings rows ("component", "kind", "basis" money/attainment, "mode" marginal/flat, "min attainment", "applies to", "amount", "rate"; English or Chinese), then tier rows [lower bound, rate] with the first bound 0. A bare tiers block is a money rate table.
 * @customfunction PAYOUT
 * @param amount Sales amount (or credited amount) for the period.
 * @param plan Two columns [setting, value] then [lower, rate] rows, as on the Plans sheet.
 * @param [quota] The period's quota; required by attainment bands, accelerators and gates.
 * @param [record] The rep's record period sales, for a record bonus.
 * @param [decimals] Decimal places of the result (default: the plan's, else 2).
 * @returns The payout.
 */
export function payout(amount: any, plan: any[][], quota?: any, record?: any, decimals?: any): number {
  return excelScalar(() => {
    const rows = matrix(plan, 'plan');
    if (rows[0].length < 2) throw new SalesError('VALUE', 'plan must have two columns [setting, value]');
    return componentPayout({
      amount: num(amount, 'amount'),
      rows,
      quota: optNum(quota, 'quota', null),
      record: optNum(record, 'record', null),
      decimals: isBlank(decimals) ? null : optDecimals(decimals),
    }).toNumber();
  });
}
