/**
 * Customers (rules.md › Customers): RFM scores and segments, the seed's tiers with follow-up cadence, and the
 * ABC class, one row per customer sorted by revenue. Aggregates and RFM quintiles are values from
 * the core (quintile ranks over thousands of customers are not portable native formulas; the sheet
 * says which SALES.* function recomputes them); recency, RFM code, tier, cadence, next follow-up
 * and ABC are native formulas reading the Settings names.
 */
import { abcClasses, customerTier, TIER_CADENCE_DAYS } from '../core/customers';
import { ExactSums } from '../core/money';
import { rfm } from '../core/rfm';
import type { Settings } from '../core/settings';
import { isSale } from '../data/derive';
import type { Dataset } from '../data/model';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import type { BuildContext, Built } from './context';
import { segmentAnalysis, type CustomerRow } from './customerSegments';
import { COUNT, DATE, PCT } from './formats';
import { a1, a1Range, columnLetter, type Cell, type SheetSpec } from './model';
import { finishSheet } from './print';
import { N } from './settingsSheet';
import { emptySheet, formula, sheetName, str } from './text';

/** Days in the tier window (rules.md › Customers: the last 12 months). */
export const TIER_WINDOW_DAYS = 365;

/** Customers from the deals sold to the report date (cancelled ones left out), then the prospects the data lists. */
export function customerRows(data: Dataset, settings: Settings, language: Language): CustomerRow[] {
  const tierLabels = catalogue(language).labels.tiers;
  const tx = data.deals.filter((d) => isSale(d, data.asOf));
  const customers = tx.map((t) => t.customer);
  const rows: CustomerRow[] = [];
  if (tx.length > 0) {
    const r = rfm(customers, tx.map((t) => t.date), tx.map((t) => t.amount), { asOf: data.asOf });
    const index = new Map(r.map((row, i) => [String(row.customer), i]));
    const windowStart = data.asOf - TIER_WINDOW_DAYS + 1;
    const count = new Array(r.length).fill(0);
    const amount = new ExactSums(r.length);
    for (const t of tx) {
      if (t.date < windowStart) continue;
      const i = index.get(t.customer)!;
      count[i]++;
      amount.add(i, t.amount);
    }
    const abc = abcClasses(r.map((_, i) => i), r.map((row) => row.monetary), settings.abc.aCut, settings.abc.bCut);
    for (const a of abc) {
      const row = r[a.id];
      const windowAmount = amount.toNumber(a.id);
      const tier = customerTier(count[a.id], windowAmount, true, settings.customerTierThresholds);
      rows.push({
        customer: String(row.customer),
        last: data.asOf - row.recency,
        rfm: row,
        windowPurchases: count[a.id],
        windowAmount,
        tier: tierLabels[tier],
        cadence: TIER_CADENCE_DAYS[tier],
        share: a.share,
        cumulative: a.cumulative,
        abc: a.cls,
      });
    }
  }
  const buyers = new Set(rows.map((r) => r.customer));
  for (const p of data.prospects) {
    if (buyers.has(p)) continue;
    const tier = customerTier(0, 0, false, settings.customerTierThresholds);
    const cumulative = rows.length > 0 ? rows[rows.length - 1].cumulative : 0;
    rows.push({ customer: p, last: null, rfm: null, windowPurchases: 0, windowAmount: 0, tier: tierLabels[tier], cadence: TIER_CADENCE_DAYS[tier], share: 0, cumulative, abc: '' });
  }
  return rows;
}

export const CUSTOMERS_TABLE = 'SPK_Customers';
const TABLE_ROW = 2;
const C = { customer: 0, last: 1, recency: 2, frequency: 3, monetary: 4, r: 5, f: 6, m: 7, code: 8, segment: 9, purchases: 10, amount: 11, tier: 12, cadence: 13, next: 14, share: 15, cumulative: 16, abc: 17 };
const SUMMARY_COL = 19;

export function buildCustomersSheet(ctx: BuildContext): Built {
  const { data, settings, language } = ctx;
  if (data.deals.length === 0) return { skip: [{ table: 'deals', columns: ['customer', 'date', 'amount'] }] };
  const t = ctx.text.customersSheet;
  const money = ctx.formats.money;
  const sheet = emptySheet('customers', sheetName('customers', language));
  const rows = customerRows(data, settings, language);
  const sales = data.deals.reduce((n, d) => n + (isSale(d, data.asOf) ? 1 : 0), 0);
  const tiers = ctx.text.labels.tiers;
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(rows.length, 1);
  const monetaryAll = a1Range(first, C.monetary, last, C.monetary, true);

  const tableRows: Cell[][] = rows.map((row, i) => {
    const r = first + i + 1;
    const ref = (c: number) => `${columnLetter(c)}${r}`;
    const f = row.rfm;
    const tierF =
      `IF(${ref(C.purchases)}=0,IF(${ref(C.last)}<>"",${str(tiers.reactivate)},${str(tiers.lead)}),` +
      `IF(AND(${ref(C.purchases)}>=${N.tierCoreCount},${ref(C.amount)}>=${N.tierCoreAmount}),${str(tiers.core)},` +
      `IF(${ref(C.amount)}>=${N.tierPotentialAmount},${str(tiers.potential)},${str(tiers.developing)})))`;
    // What ranks at or above this customer (larger amounts, and equal ones above it), whatever the
    // table's order: a refresh keeps rows where they are and adds new customers at the end.
    const ties = `COUNTIF(${columnLetter(C.monetary)}$${first + 1}:${ref(C.monetary)},${ref(C.monetary)})`;
    const runningSum = `(SUMIF(${monetaryAll},">"&${ref(C.monetary)})+${ties}*${ref(C.monetary)})`;
    const before = `(${runningSum}-${ref(C.monetary)})/SUM(${monetaryAll})`;
    const next = row.last === null ? data.asOf + row.cadence : Math.max(data.asOf, row.last + row.cadence);
    return [
      row.customer,
      row.last,
      formula(`IF(${ref(C.last)}="","",${N.asOf}-${ref(C.last)})`, f ? f.recency : ''),
      f ? f.frequency : 0,
      f ? f.monetary : 0,
      f ? f.r : null,
      f ? f.f : null,
      f ? f.m : null,
      formula(`IF(${ref(C.r)}="","",${ref(C.r)}&${ref(C.f)}&${ref(C.m)})`, f ? f.code : ''),
      f ? ctx.text.labels.segments[f.segment] : '',
      row.windowPurchases,
      row.windowAmount,
      formula(tierF, row.tier),
      formula(`VLOOKUP(${ref(C.tier)},${N.tierCadence},2,0)`, row.cadence),
      formula(`IF(${ref(C.last)}="",${N.asOf}+${ref(C.cadence)},MAX(${N.asOf},${ref(C.last)}+${ref(C.cadence)}))`, next),
      formula(`${ref(C.monetary)}/SUM(${monetaryAll})`, row.share),
      formula(`${runningSum}/SUM(${monetaryAll})`, row.cumulative),
      formula(`IF(${ref(C.monetary)}=0,"",IF(${before}<${N.abcA},"A",IF(${before}<${N.abcB},"B","C")))`, row.abc),
    ];
  });

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[t.title]], bold: true, fontSize: 14 });
  const c = t.columns;
  sheet.tables.push({
    name: CUSTOMERS_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    key: [C.customer],
    columns: [
      { header: c.customer, numberFormat: '@', width: 30 },
      { header: c.last, numberFormat: DATE },
      { header: c.recency, numberFormat: COUNT },
      { header: c.frequency, numberFormat: COUNT },
      { header: c.monetary, numberFormat: money },
      { header: 'R', numberFormat: '0' },
      { header: 'F', numberFormat: '0' },
      { header: 'M', numberFormat: '0' },
      { header: 'RFM' },
      { header: c.segment },
      { header: c.purchases, numberFormat: COUNT },
      { header: c.amount, numberFormat: money },
      { header: c.tier },
      { header: c.cadence, numberFormat: COUNT },
      { header: c.next, numberFormat: DATE },
      { header: c.share, numberFormat: '0.00%' },
      { header: c.cumulative, numberFormat: PCT },
      { header: 'ABC' },
    ],
    rows: tableRows.length > 0 ? tableRows : [[t.none, ...new Array(17).fill(null)]],
  });
  sheet.notes.push({ cell: a1(TABLE_ROW, C.r), text: t.rfmNote }, { cell: a1(TABLE_ROW, C.frequency), text: t.totalsNote(sales.toLocaleString('en-US')) });

  // Summary: customers and revenue per tier and per ABC class.
  const tierRange = a1Range(first, C.tier, last, C.tier, true);
  const abcRange = a1Range(first, C.abc, last, C.abc, true);
  const amountRange = a1Range(first, C.amount, last, C.amount, true);
  const summaryRows: Cell[][] = [];
  const exact = (pick: (r: CustomerRow) => boolean) => {
    const s = new ExactSums(1);
    rows.filter(pick).forEach((r) => s.add(0, r.windowAmount));
    return s.toNumber(0);
  };
  for (const tier of ['core', 'potential', 'developing', 'reactivate', 'lead'] as const) {
    const label = tiers[tier];
    summaryRows.push([
      label,
      formula(`COUNTIF(${tierRange},${str(label)})`, rows.filter((r) => r.tier === label).length),
      formula(`SUMIF(${tierRange},${str(label)},${amountRange})`, exact((r) => r.tier === label)),
    ]);
  }
  for (const cls of ['A', 'B', 'C']) {
    summaryRows.push([
      t.abcGroup(cls),
      formula(`COUNTIF(${abcRange},${str(cls)})`, rows.filter((r) => r.abc === cls).length),
      formula(`SUMIF(${abcRange},${str(cls)},${amountRange})`, exact((r) => r.abc === cls)),
    ]);
  }
  sheet.blocks.push({ origin: { row: TABLE_ROW, col: SUMMARY_COL }, cells: [t.summary], bold: true });
  sheet.blocks.push({ origin: { row: TABLE_ROW + 1, col: SUMMARY_COL }, cells: summaryRows, numberFormats: [null, COUNT, money] });
  addSegmentAnalysis(sheet, rows, first, last, language, money);
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 1 };
  return finishSheet(sheet, ctx.run, sheet.name, { repeatRows: { first: TABLE_ROW, last: TABLE_ROW } });
}

/** The segment summary, heat map and chart below the tier/ABC summary (customerSegments.ts). */
function addSegmentAnalysis(sheet: SheetSpec, rows: CustomerRow[], first: number, last: number, language: Language, money: string): void {
  const col = (c: number) => a1Range(first, c, last, c, true);
  const seg = segmentAnalysis(rows, { segment: col(C.segment), monetary: col(C.monetary), frequency: col(C.frequency), r: col(C.r), f: col(C.f) }, { row: TABLE_ROW + 12, col: SUMMARY_COL }, language, money);
  sheet.blocks.push(...seg.blocks);
  sheet.colorScales = [...(sheet.colorScales ?? []), ...seg.colorScales];
  sheet.charts.push(...seg.charts);
  sheet.notes.push(...seg.notes);
}
