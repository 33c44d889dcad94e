/**
 * The Plans sheet: one editable two-column table per plan version, in the layout =SALES.PAYOUT
 * and the engine read (src/core/plans/table.ts). Choices have drop-downs; whatever is typed is
 * validated by the plan schema when the table is read back, with errors naming the row.
 */
import { valueError } from '../core/errors';
import { CHOICES, CHOICE_LABELS, KEY_LABELS, PLAN_TABLE_HEADERS, planToRows, readPlanRows } from '../core/plans/table';
import type { Plan } from '../core/plans/schema';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { a1, type SheetSpec } from './model';
import { finishSheet, type SheetRun } from './print';
import { emptySheet } from './text';
import { cleanIdentifier } from './writePlan/names';

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
    [KEY_LABELS.drawType[l], 'drawType'] as const,
  ]),
]);

export function buildPlansSheet(plans: readonly Plan[], language: Language, run?: Omit<SheetRun, 'language'>): SheetSpec {
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
  if (!ok) throw valueError(`plan table: headers must be "${HEADERS['en-US'].join(' | ')}" or "${HEADERS['zh-CN'].join(' | ')}"`);
  return readPlanRows(rows, 1);
}
