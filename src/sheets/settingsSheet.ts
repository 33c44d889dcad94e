/**
 * The Settings sheet: every threshold, weight, benchmark and cut-off the generated formulas read,
 * each behind a workbook-level defined name (SPK_RiskGreen …). A region changes a cell here and
 * every sheet recomputes, with or without the add-in.
 */
import { TIER_CADENCE_DAYS, CUSTOMER_TIERS } from '../core/customers';
import { GRADE_CODES, SCORE_METRICS } from '../core/score';
import type { Settings } from '../core/settings';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { AMOUNT, COUNT, DATE, moneyFormat, PCT0, RATE } from './formats';
import { a1, a1Range, quoteSheet, type Cell, type DefinedNameSpec, type SheetSpec } from './model';
import { finishSheet } from './print';
import { emptySheet, formula, sheetName } from './text';

/** Names the formulas use; one place so builders and tests agree. */
export const N = {
  asOf: 'SPK_AsOf',
  green: 'SPK_RiskGreen',
  yellow: 'SPK_RiskYellow',
  weight: (i: number) => `SPK_W${i + 1}`,
  benchmark: (i: number) => `SPK_B${i + 1}`,
  cut: (i: number) => `SPK_Cut${i + 1}`,
  outstanding: 'SPK_Outstanding',
  improveBelow: 'SPK_ImproveBelow',
  improvePeriods: 'SPK_ImprovePeriods',
  funnelLow: 'SPK_FunnelLow',
  tierCoreCount: 'SPK_TierCoreCount',
  tierCoreAmount: 'SPK_TierCoreAmount',
  tierPotentialAmount: 'SPK_TierPotentialAmount',
  tierCadence: 'SPK_TierCadence',
  abcA: 'SPK_AbcA',
  abcB: 'SPK_AbcB',
  commissionLowers: 'SPK_CommissionLowers',
  commissionRates: 'SPK_CommissionRates',
} as const;

interface Item {
  label: string;
  value: Cell;
  name: string;
  format?: string;
}

export interface SettingsSheet {
  sheet: SheetSpec;
  names: DefinedNameSpec[];
}

const VALUE_COL = 1;
const FIRST_ROW = 2;

export interface SettingsSheetOptions {
  /**
   * The report date cell follows today (=TODAY(), in Excel, where the team's tables are live) or is
   * the data's report date (generated files and demos, so the same data always gives the same
   * sheets). A date the user types there pins it either way.
   */
  reportDate: 'data' | 'today';
  company?: string | null;
  period: { label: string };
}

export function buildSettingsSheet(settings: Settings, language: Language, asOf: number, options: SettingsSheetOptions = { reportDate: 'data', period: { label: '' } }): SettingsSheet {
  const words = catalogue(language);
  const t = words.settingsSheet;
  const labels = words.labels;
  const metrics = SCORE_METRICS.map((m) => words.sheetWords.metrics[m]);
  const reportDate: Cell = options.reportDate === 'today' ? formula('TODAY()', asOf) : asOf;
  const items: Item[] = [
    { label: t.reportDate, value: reportDate, name: N.asOf, format: DATE },
    { label: t.green, value: settings.risk.green, name: N.green, format: PCT0 },
    { label: t.yellow, value: settings.risk.yellow, name: N.yellow, format: PCT0 },
    ...settings.score.weights.map((w, i) => ({ label: t.weight(metrics[i]), value: w, name: N.weight(i), format: PCT0 })),
    ...settings.score.benchmarks.map((b, i) => ({
      label: t.benchmark(metrics[i]),
      value: b,
      name: N.benchmark(i),
      format: i === 2 ? AMOUNT : i === 4 ? COUNT : PCT0,
    })),
    ...settings.gradeCutoffs.map((c, i) => ({ label: t.gradeCutoff(labels.grades[GRADE_CODES[Math.min(i, 2)]]), value: c, name: N.cut(i), format: COUNT })),
    { label: t.outstanding, value: settings.outstandingCompletion, name: N.outstanding, format: PCT0 },
    { label: t.improveBelow, value: settings.improvementCompletion, name: N.improveBelow, format: PCT0 },
    { label: t.improvePeriods, value: settings.improvementPeriods, name: N.improvePeriods, format: COUNT },
    { label: t.funnelLow, value: settings.funnelThreshold, name: N.funnelLow, format: PCT0 },
    { label: t.tierCoreCount, value: settings.customerTierThresholds[0], name: N.tierCoreCount, format: COUNT },
    { label: t.tierCoreAmount, value: settings.customerTierThresholds[1], name: N.tierCoreAmount, format: AMOUNT },
    { label: t.tierPotentialAmount, value: settings.customerTierThresholds[2], name: N.tierPotentialAmount, format: AMOUNT },
    { label: t.abcA, value: settings.abc.aCut, name: N.abcA, format: PCT0 },
    { label: t.abcB, value: settings.abc.bCut, name: N.abcB, format: PCT0 },
  ];
  const sheet = emptySheet('settings', sheetName('settings', language));
  const ref = (row: number, col: number) => `${quoteSheet(sheet.name)}!${a1(row, col, true)}`;
  const names: DefinedNameSpec[] = [];

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[t.title]], bold: true, fontSize: 14 });
  sheet.blocks.push({ origin: { row: FIRST_ROW - 1, col: 0 }, cells: [t.header], bold: true });
  items.forEach((it, k) => {
    const row = FIRST_ROW + k;
    // The value is the region's to change (kept by every refresh). The report date is the data's in
    // a generated file (it follows the data); in Excel it is =TODAY() until the user types a date to pin it.
    const userColumns = it.name === N.asOf && options.reportDate === 'data' ? [] : [VALUE_COL];
    sheet.blocks.push({ origin: { row, col: 0 }, cells: [[it.label, it.value, it.name]], numberFormats: [null, it.format ?? null, null], userColumns });
    names.push({ name: it.name, refersTo: ref(row, VALUE_COL) });
  });
  if (options.reportDate === 'today') sheet.notes.push({ cell: a1(FIRST_ROW, VALUE_COL), text: t.reportDateToday });
  // A check a region sees at once when it edits the weights.
  const wRow = items.findIndex((it) => it.name === N.weight(0)) + FIRST_ROW;
  const checkRow = FIRST_ROW + items.length;
  const wSum = settings.score.weights.reduce((a, b) => a + b, 0);
  sheet.blocks.push({
    origin: { row: checkRow, col: 0 },
    cells: [[t.weightsSum, formula(`SUM(${a1Range(wRow, VALUE_COL, wRow + 4, VALUE_COL)})`, wSum)]],
    numberFormats: [null, PCT0],
  });

  // Follow-up cadence per customer tier: the Customers sheet looks a tier's label up here.
  const tierRow = checkRow + 2;
  sheet.blocks.push({ origin: { row: tierRow, col: 0 }, cells: [t.tierHeader], bold: true });
  sheet.blocks.push({
    origin: { row: tierRow + 1, col: 0 },
    cells: CUSTOMER_TIERS.map((tier) => [labels.tiers[tier], TIER_CADENCE_DAYS[tier]]),
    numberFormats: [null, COUNT],
    userColumns: [1],
  });
  names.push({ name: N.tierCadence, refersTo: `${quoteSheet(sheet.name)}!${a1Range(tierRow + 1, 0, tierRow + CUSTOMER_TIERS.length, 1, true)}` });

  // Commission bands (lower bound, rate), for plan sheets that compute marginal tiers with SUMPRODUCT.
  const bandRow = tierRow + CUSTOMER_TIERS.length + 2;
  const tiers = settings.commission.tiers;
  sheet.blocks.push({ origin: { row: bandRow, col: 0 }, cells: [t.bandHeader], bold: true });
  sheet.blocks.push({
    origin: { row: bandRow + 1, col: 0 },
    cells: tiers.map((x) => [x.lower, x.rate]),
    numberFormats: [settings.commission.basis === 'money' ? moneyFormat(settings.currency, 0) : PCT0, RATE],
    userColumns: [0, 1],
  });
  names.push({ name: N.commissionLowers, refersTo: `${quoteSheet(sheet.name)}!${a1Range(bandRow + 1, 0, bandRow + tiers.length, 0, true)}` });
  names.push({ name: N.commissionRates, refersTo: `${quoteSheet(sheet.name)}!${a1Range(bandRow + 1, 1, bandRow + tiers.length, 1, true)}` });

  sheet.freeze = { rows: FIRST_ROW, cols: 0 };
  finishSheet(sheet, { language, period: options.period, asOf, company: options.company }, sheet.name, { repeatRows: { first: FIRST_ROW - 1, last: FIRST_ROW - 1 } });
  return { sheet, names };
}
