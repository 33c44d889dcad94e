/**
 * The Customers sheet's segment analysis (rules.md › Customers): a summary per RFM segment
 * (customers, revenue, share of revenue, average order value) and an R × F heat map of average
 * monetary with a color scale, plus a chart of revenue by segment. Both read the customer table
 * with native formulas, so they follow edits and work without the add-in; the values the core
 * computed are the cached results. Kept apart from the builder, which only places the blocks.
 */
import { ExactSums } from '../core/money';
import { RFM_SEGMENTS, type RfmRow } from '../core/rfm';
import { catalogue } from '../i18n';
import type { Language } from '../core/language';
import { LABELS } from '../i18n/labels';
import { a1, a1Range, type BlockSpec, type Cell, type ChartSpec, type ColorScaleSpec, type NoteSpec } from './model';
import { str } from './text';

/** One customer's row of the Customers sheet, as customersSheet.ts builds it and the segment analysis reads it. */
export interface CustomerRow {
  customer: string;
  last: number | null;
  rfm: RfmRow | null;
  windowPurchases: number;
  windowAmount: number;
  tier: string;
  cadence: number;
  share: number;
  cumulative: number;
  abc: string;
}

/** Where the customer table's columns are (absolute A1 ranges over its data rows). */
export interface CustomerColumns {
  segment: string;
  monetary: string;
  frequency: string;
  r: string;
  f: string;
}

export interface SegmentAnalysis {
  blocks: BlockSpec[];
  colorScales: ColorScaleSpec[];
  charts: ChartSpec[];
  notes: NoteSpec[];
  /** Rows the analysis takes, from `origin.row`. */
  height: number;
}

/** Heat map colors: low average monetary red, middle yellow, high green (Excel's default three-color scale). */
export const HEAT_COLORS = ['#F8696B', '#FFEB84', '#63BE7B'] as const;

const ratio = (num: number, den: number): number | string => (den === 0 ? '' : num / den);

export function segmentAnalysis(rows: readonly CustomerRow[], cols: CustomerColumns, origin: { row: number; col: number }, language: Language, money: string): SegmentAnalysis {
  const a = catalogue(language).analytics;
  const names = LABELS[language].segments;
  const buyers = rows.filter((r) => r.rfm !== null);
  const total = new ExactSums(1);
  for (const r of buyers) total.add(0, r.rfm!.monetary);
  const totalRevenue = total.toNumber(0);

  // Segment summary: title, header, one row per segment of the grid.
  const top = origin.row;
  const first = top + 2;
  const summary: Cell[][] = RFM_SEGMENTS.map((code, k) => {
    const row = first + k;
    const name = names[code];
    const members = buyers.filter((r) => r.rfm!.segment === code);
    const revenue = new ExactSums(1);
    let orders = 0;
    for (const m of members) {
      revenue.add(0, m.rfm!.monetary);
      orders += m.rfm!.frequency;
    }
    const rev = revenue.toNumber(0);
    const revenueCell = a1(row, origin.col + 2);
    const ordersF = `SUMIF(${cols.segment},${str(name)},${cols.frequency})`;
    return [
      name,
      { formula: `COUNTIF(${cols.segment},${str(name)})`, value: members.length },
      { formula: `SUMIF(${cols.segment},${str(name)},${cols.monetary})`, value: rev },
      { formula: `IF(SUM(${cols.monetary})=0,"",${revenueCell}/SUM(${cols.monetary}))`, value: ratio(rev, totalRevenue) },
      { formula: `IF(${ordersF}=0,"",${revenueCell}/${ordersF})`, value: ratio(rev, orders) },
    ];
  });
  const summaryEnd = first + RFM_SEGMENTS.length - 1;

  // Heat map: R from 5 (top) to 1, F from 1 to 5; average monetary of the customers in each cell.
  const heatTop = summaryEnd + 3;
  const heatFirst = heatTop + 2;
  const heat: Cell[][] = [5, 4, 3, 2, 1].map((r) => [
    r,
    ...[1, 2, 3, 4, 5].map((f): Cell => {
      const inCell = buyers.filter((c) => c.rfm!.r === r && c.rfm!.f === f);
      const sum = new ExactSums(1);
      for (const c of inCell) sum.add(0, c.rfm!.monetary);
      const count = `COUNTIFS(${cols.r},${r},${cols.f},${f})`;
      return { formula: `IF(${count}=0,"",SUMIFS(${cols.monetary},${cols.r},${r},${cols.f},${f})/${count})`, value: ratio(sum.toNumber(0), inCell.length) };
    }),
  ]);
  const heatRange = a1Range(heatFirst, origin.col + 1, heatFirst + 4, origin.col + 5);

  return {
    blocks: [
      { origin: { row: top, col: origin.col }, cells: [[a.segmentSummaryTitle]], bold: true },
      { origin: { row: top + 1, col: origin.col }, cells: [a.segmentSummaryHeader.slice()], bold: true },
      { origin: { row: first, col: origin.col }, cells: summary, numberFormats: [null, '0', money, '0.0%', money] },
      { origin: { row: heatTop, col: origin.col }, cells: [[a.heatMapTitle]], bold: true },
      { origin: { row: heatTop + 1, col: origin.col }, cells: [[a.heatMapCorner, 1, 2, 3, 4, 5]], bold: true },
      { origin: { row: heatFirst, col: origin.col }, cells: heat, numberFormats: ['0', money, money, money, money, money] },
    ],
    colorScales: [{ range: heatRange, colors: HEAT_COLORS }],
    charts: [
      {
        type: 'bar',
        title: a.segmentChartTitle,
        categories: a1Range(first, origin.col, summaryEnd, origin.col, true),
        series: [{ name: a.segmentSummaryHeader[2], values: a1Range(first, origin.col + 2, summaryEnd, origin.col + 2, true) }],
        anchor: { row: heatFirst + 6, col: origin.col },
        size: { cols: 6, rows: 16 },
      },
    ],
    notes: [{ cell: a1(top, origin.col), text: a.segmentNote }],
    height: heatFirst + 6 + 16 - top,
  };
}
