/**
 * The Plans sheet: one editable two-column table per plan version, in the layout =SALES.PAYOUT
 * and the engine read (src/core/plans/table.ts). Choices have drop-downs; whatever is typed is
 * validated by the plan schema when the table is read back, with errors naming the row.
 */
import { numError, valueError } from '../core/errors';
import { CHOICES, CHOICE_LABELS, KEY_LABELS, PLAN_TABLE_HEADERS, planToRows, readPlanRows } from '../core/plans/table';
import type { FxRate } from '../core/plans/inputs';
import type { Plan } from '../core/plans/schema';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { a1, type SheetSpec } from './model';
import { finishSheet, type SheetRun } from './print';
import { emptySheet } from './text';
import { cleanIdentifier } from './writePlan/names';

export const FX_TABLE = 'SPK_FxRates';

/** Exchange rates read back from the Plans sheet's rate table: [period, currency, rate] rows, errors naming the row. */
export function readFxFromTable(rows: readonly (readonly unknown[])[]): FxRate[] {
  return rows
    .filter((r) => r.some((c) => c !== null && c !== undefined && c !== ''))
    .map((r, i) => {
      const [period, currency, rate] = r;
      const arg = `${FX_TABLE} row ${i + 2}`;
      if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency.trim())) throw valueError('notACurrency', { arg: `${arg}`, value: String(currency ?? '') });
      if (typeof rate !== 'number' || !Number.isFinite(rate)) throw valueError('notANumber', { arg: `${arg} rate`, value: String(rate ?? '') });
      if (rate <= 0) throw numError('notPositive', { arg: `${arg} rate` });
      return { period: String(period).trim(), currency: currency.trim(), rate };
    });
}

export const PLANS_SHEET_NAMES: Readonly<Record<Language, string>> = { 'en-US': catalogue('en-US').sheetNames.plans, 'zh-CN': catalogue('zh-CN').sheetNames.plans };

const HEADERS = PLAN_TABLE_HEADERS;

/** Workbook-unique, Excel-valid table name for a plan version. */
export function planTableName(plan: Plan, index: number): string {
  return cleanIdentifier(`SPK_Plan_${index + 1}_${plan.id}`);
}

const CHOICE_KEYS = new Map<string, keyof typeof CHOICES>([
  ...(['en-US', 'zh-CN'] as const).flatMap((l) => [
    [KEY_LABELS.kind[l], 'kind'] as const,
    [KEY_LABELS.basis[l], 'basis'] as const,
    [KEY_LABELS.mode[l], 'mode'] as const,
    [KEY_LABELS.boundary[l], 'boundary'] as const,
    [KEY_LABELS.creditBasis[l], 'creditBasis'] as const,
    [KEY_LABELS.scope[l], 'scope'] as const,
    [KEY_LABELS.newCustomer[l], 'newCustomer'] as const,
    [KEY_LABELS.drawType[l], 'drawType'] as const,
  ]),
]);

/**
 * The Plans sheet; with `fx`, also the per-period exchange-rate table the engine converts credit
 * and totals with (src/core/plans/fx.ts), one row per period and currency, on a page of its own.
 */
export function buildPlansSheet(plans: readonly Plan[], language: Language, run?: Omit<SheetRun, 'language'>, fx?: { company: string; rates: readonly FxRate[] }): SheetSpec {
  const t = catalogue(language).commissionSheets.plans;
  const sheet = emptySheet('plans', PLANS_SHEET_NAMES[language]);
  sheet.blocks.push(
    { origin: { row: 0, col: 0 }, cells: [[t.title]], bold: true, fontSize: 14 },
    { origin: { row: 1, col: 0 }, cells: [[t.intro]], fontSize: 10 },
  );
  let row = 3;
  const breaks: number[] = [];
  plans.forEach((plan, i) => {
    const rows = planToRows(plan, language);
    if (i > 0) breaks.push(row);
    sheet.blocks.push({ origin: { row, col: 0 }, cells: [[plan.name]], bold: true });
    const origin = { row: row + 1, col: 0 };
    sheet.tables.push({
      name: planTableName(plan, i),
      origin,
      // The plan is the user's to edit once written: a refresh leaves its rows alone.
      key: [],
      columns: [
        { header: HEADERS[language][0], numberFormat: '@', width: 22 },
        { header: HEADERS[language][1], width: 24 },
      ],
      rows,
      style: 'TableStyleLight9',
    });
    rows.forEach((r, k) => {
      const key = typeof r[0] === 'string' ? CHOICE_KEYS.get(r[0]) : undefined;
      if (key === undefined) return;
      sheet.validations.push({
        range: a1(origin.row + 1 + k, 1),
        list: CHOICES[key].map((c) => CHOICE_LABELS[c][language]),
        errorMessage: catalogue(language).sheetWords.pickFromList,
      });
    });
    row = origin.row + rows.length + 3;
  });
  if (fx !== undefined && fx.rates.length > 0) {
    const words = catalogue(language).commissions.fxTable;
    if (plans.length > 0) breaks.push(row);
    sheet.blocks.push({ origin: { row, col: 0 }, cells: [[words.title(fx.company)]], bold: true });
    sheet.tables.push({
      name: FX_TABLE,
      origin: { row: row + 1, col: 0 },
      // Rates come from the template: a refresh rewrites a period's rate, keyed by period and currency.
      key: [0, 1],
      columns: [
        { header: words.period, numberFormat: '@', width: 22 },
        { header: words.currency, numberFormat: '@', width: 24 },
        { header: words.rate(fx.company), numberFormat: '0.000000', width: 16 },
      ],
      rows: fx.rates.map((r) => [r.period, r.currency, r.rate]),
      style: 'TableStyleLight9',
    });
  }
  return finishSheet(sheet, { language, period: run?.period ?? { label: '' }, asOf: run?.asOf ?? 0, company: run?.company }, sheet.name, { rowBreaks: breaks });
}

/**
 * A plan from a Plans-sheet table as read back from the workbook: `headers` must be the two
 * localized headers, `rows` the data rows. Errors name the table row (the header is row 1).
 */
export function readPlanFromTable(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): Plan {
  const ok = (['en-US', 'zh-CN'] as const).some(
    (l) =>
      headers.length >= 2 &&
      String(headers[0]).trim().toLowerCase() === HEADERS[l][0].toLowerCase() &&
      String(headers[1]).trim().toLowerCase() === HEADERS[l][1].toLowerCase(),
  );
  if (!ok) throw valueError('planTableHeaders', { expected: [HEADERS['en-US'].join(' | '), HEADERS['zh-CN'].join(' | ')] });
  return readPlanRows(rows, 1);
}
