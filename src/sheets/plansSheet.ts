/**
 * The Plans sheet: one editable two-column table per plan version, in the layout =SALES.PAYOUT
 * and the engine read (src/core/plans/table.ts). Choices have drop-downs; whatever is typed is
 * validated by the plan schema when the table is read back, with errors naming the row.
 */
import { valueError } from '../core/errors';
import { CHOICES, CHOICE_LABELS, KEY_LABELS, PLAN_TABLE_HEADERS, planToRows, readPlanRows } from '../core/plans/table';
import type { Plan } from '../core/plans/schema';
import type { Language } from '../core/language';
import { a1, type SheetSpec } from './model';
import { emptySheet, tr } from './text';
import { cleanIdentifier } from './writePlan/names';

export const PLANS_SHEET_NAMES: Readonly<Record<Language, string>> = { 'en-US': 'Plans', 'zh-CN': '提成方案' };

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

export function buildPlansSheet(plans: readonly Plan[], language: Language): SheetSpec {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('plans', PLANS_SHEET_NAMES[language]);
  sheet.blocks.push(
    { origin: { row: 0, col: 0 }, cells: [[L('Commission plans', '提成方案')]], bold: true, fontSize: 14 },
    {
      origin: { row: 1, col: 0 },
      cells: [
        [
          L(
            'Each table is one plan version: settings, then one block per component (tier rows: lower bound, rate). Edit cells; tables are validated when read back. =SALES.PAYOUT reads a component block.',
            '每个表为一个方案版本：先是方案设置，再是各组成部分（档位行：下限、费率）。可直接修改；读取时会校验。=SALES.PAYOUT 读取一个组成部分的区域。',
          ),
        ],
      ],
    },
  );
  let row = 3;
  plans.forEach((plan, i) => {
    const rows = planToRows(plan, language);
    sheet.blocks.push({ origin: { row, col: 0 }, cells: [[`${plan.name} (${plan.id})`]], bold: true });
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
        errorMessage: L('Pick a value from the list', '请从列表中选择'),
      });
    });
    row = origin.row + rows.length + 3;
  });
  sheet.freeze = { rows: 1, cols: 0 };
  return sheet;
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
