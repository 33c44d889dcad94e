/**
 * The Settings sheet: every threshold, weight, benchmark and cut-off the generated formulas read,
 * each behind a workbook-level defined name (SPK_RiskGreen …). A region changes a cell here and
 * every sheet recomputes, with or without the add-in.
 */
import { TIER_CADENCE_DAYS, CUSTOMER_TIERS } from '../core/customers';
import type { Settings } from '../core/settings';
import type { Language } from '../core/language';
import { LABELS } from '../i18n/labels';
import { a1, a1Range, quoteSheet, type Cell, type DefinedNameSpec, type SheetSpec } from './model';
import { DATE, emptySheet, formula, sheetName, tr } from './text';

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

export function buildSettingsSheet(settings: Settings, language: Language, asOf: number): SettingsSheet {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const metricLabels = [L('completion', '完成率'), L('conversion', '转化率'), L('average order value', '客单价'), L('collection', '回款率'), L('process', '过程行为')];
  const items: Item[] = [
    { label: L('Report date (actuals to, pace at)', '报告日期（实际截至/进度测算日）'), value: asOf, name: N.asOf, format: DATE },
    { label: L('Green at pace ≥', '绿灯：进度 ≥'), value: settings.risk.green, name: N.green, format: '0%' },
    { label: L('Yellow at pace ≥', '黄灯：进度 ≥'), value: settings.risk.yellow, name: N.yellow, format: '0%' },
    ...settings.score.weights.map((w, i) => ({ label: `${L('Weight', '权重')}: ${metricLabels[i]}`, value: w, name: N.weight(i), format: '0%' })),
    ...settings.score.benchmarks.map((b, i) => ({
      label: `${L('Benchmark (= 100 points)', '基准（满分值）')}: ${metricLabels[i]}`,
      value: b,
      name: N.benchmark(i),
      format: i === 2 ? '#,##0' : i === 4 ? '0' : '0%',
    })),
    ...settings.gradeCutoffs.map((c, i) => ({
      label: `${L('Grade cut-off', '等级分数线')}: ${LABELS[language].grades[(['excellent', 'good', 'pass'] as const)[i] ?? 'pass']}`,
      value: c,
      name: N.cut(i),
    })),
    { label: L('Outstanding at completion ≥', '超额完成：完成率 ≥'), value: settings.outstandingCompletion, name: N.outstanding, format: '0%' },
    { label: L('Needs improvement: completion under', '待改进：完成率低于'), value: settings.improvementCompletion, name: N.improveBelow, format: '0%' },
    { label: L('… for consecutive periods', '……连续期数'), value: settings.improvementPeriods, name: N.improvePeriods },
    { label: L('Funnel step flagged LOW under', '漏斗转化低于此值标记 LOW'), value: settings.funnelThreshold, name: N.funnelLow, format: '0%' },
    { label: L('Core customer: purchases ≥', '核心客户：购买次数 ≥'), value: settings.customerTierThresholds[0], name: N.tierCoreCount },
    { label: L('Core customer: amount ≥', '核心客户：金额 ≥'), value: settings.customerTierThresholds[1], name: N.tierCoreAmount, format: '#,##0' },
    { label: L('Potential customer: amount ≥', '潜力客户：金额 ≥'), value: settings.customerTierThresholds[2], name: N.tierPotentialAmount, format: '#,##0' },
    { label: L('ABC: A up to cumulative share', 'ABC：A 类累计占比上限'), value: settings.abc.aCut, name: N.abcA, format: '0%' },
    { label: L('ABC: B up to cumulative share', 'ABC：B 类累计占比上限'), value: settings.abc.bCut, name: N.abcB, format: '0%' },
  ];
  const sheet = emptySheet('settings', sheetName('settings', language));
  const ref = (row: number, col: number) => `${quoteSheet(sheet.name)}!${a1(row, col, true)}`;
  const names: DefinedNameSpec[] = [];

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[L('Settings read by every generated sheet', '各生成表引用的参数')]], bold: true, fontSize: 14 });
  sheet.blocks.push({ origin: { row: FIRST_ROW - 1, col: 0 }, cells: [[L('Setting', '参数'), L('Value', '值'), L('Defined name', '名称')]], bold: true });
  items.forEach((it, k) => {
    const row = FIRST_ROW + k;
    // The value is the region's to change (kept by every refresh); the report date is the data's.
    const userColumns = it.name === N.asOf ? [] : [VALUE_COL];
    sheet.blocks.push({ origin: { row, col: 0 }, cells: [[it.label, it.value, it.name]], numberFormats: [null, it.format ?? null, null], userColumns });
    names.push({ name: it.name, refersTo: ref(row, VALUE_COL) });
  });
  // A check a region sees at once when it edits the weights.
  const wRow = items.findIndex((it) => it.name === N.weight(0)) + FIRST_ROW;
  const checkRow = FIRST_ROW + items.length;
  const wSum = settings.score.weights.reduce((a, b) => a + b, 0);
  sheet.blocks.push({
    origin: { row: checkRow, col: 0 },
    cells: [[L('Weights add up to (must be 100 %)', '权重合计（须为 100%）'), formula(`SUM(${a1Range(wRow, VALUE_COL, wRow + 4, VALUE_COL)})`, wSum)]],
    numberFormats: [null, '0%'],
  });

  // Follow-up cadence per customer tier: the Customers sheet looks a tier's label up here.
  const tierRow = checkRow + 2;
  sheet.blocks.push({ origin: { row: tierRow, col: 0 }, cells: [[L('Customer tier', '客户层级'), L('Follow up every (days)', '跟进周期（天）')]], bold: true });
  sheet.blocks.push({
    origin: { row: tierRow + 1, col: 0 },
    cells: CUSTOMER_TIERS.map((t) => [LABELS[language].tiers[t], TIER_CADENCE_DAYS[t]]),
    userColumns: [1],
  });
  names.push({ name: N.tierCadence, refersTo: `${quoteSheet(sheet.name)}!${a1Range(tierRow + 1, 0, tierRow + CUSTOMER_TIERS.length, 1, true)}` });

  // Commission bands (lower bound, rate), for plan sheets that compute marginal tiers with SUMPRODUCT.
  const bandRow = tierRow + CUSTOMER_TIERS.length + 2;
  const tiers = settings.commission.tiers;
  sheet.blocks.push({ origin: { row: bandRow, col: 0 }, cells: [[L('Commission band from', '提成档起点'), L('Rate', '费率')]], bold: true });
  sheet.blocks.push({ origin: { row: bandRow + 1, col: 0 }, cells: tiers.map((t) => [t.lower, t.rate]), numberFormats: ['#,##0', '0.00%'], userColumns: [0, 1] });
  names.push({ name: N.commissionLowers, refersTo: `${quoteSheet(sheet.name)}!${a1Range(bandRow + 1, 0, bandRow + tiers.length, 0, true)}` });
  names.push({ name: N.commissionRates, refersTo: `${quoteSheet(sheet.name)}!${a1Range(bandRow + 1, 1, bandRow + tiers.length, 1, true)}` });

  sheet.columnWidths = { 0: 40, 1: 16, 2: 22 };
  sheet.freeze = { rows: 2, cols: 0 };
  return { sheet, names };
}
