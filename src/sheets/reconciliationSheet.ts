/**
 * The Reconciliation sheet: what the statements computed against what payroll paid, per rep and
 * period. The difference and its status are formulas, and a formula-based conditional format
 * flags every row that does not agree to the cent, so the sheet keeps working as paid amounts
 * are typed in, with or without the add-in.
 */
import type { Rep } from '../core/plans/inputs';
import type { Statement } from '../core/plans/statement';
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { moneyFormat } from './formats';
import { a1, a1Range, columnLetter, type Cell, type SheetSpec } from './model';
import { finishSheet, type SheetRun } from './print';
import { emptySheet, str } from './text';

export interface Paid {
  rep: string;
  period: string;
  amount: number;
}

export const RECONCILIATION_SHEET_NAMES: Readonly<Record<Language, string>> = { 'en-US': catalogue('en-US').sheetNames.reconciliation, 'zh-CN': catalogue('zh-CN').sheetNames.reconciliation };
export const RECONCILIATION_TABLE = 'SPK_Reconciliation';

export function buildReconciliationSheet(
  statements: readonly Statement[],
  paid: readonly Paid[],
  reps: readonly Rep[],
  language: Language,
  run?: Omit<SheetRun, 'language'>,
): SheetSpec {
  const t = catalogue(language).commissionSheets.reconciliation;
  const sheet = emptySheet('reconciliation', RECONCILIATION_SHEET_NAMES[language]);
  const decimals = statements[0]?.decimals ?? 2;
  const money = moneyFormat(statements[0]?.currency ?? '', decimals);
  const names = new Map(reps.map((r) => [r.id, r.name]));
  const showIds = statements.some((s) => (names.get(s.rep) ?? s.rep) !== s.rep);
  const paidBy = new Map(paid.map((p) => [`${p.rep}\u0000${p.period}`, p.amount]));
  const [ok, check] = [t.ok, t.check];
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[t.title]], bold: true, fontSize: 14 });
  const origin = { row: 2, col: 0 };
  // Columns after the name: computed, paid, difference, status (the rep id only where it says more than the name).
  const k = showIds ? 3 : 2;
  const rows: Cell[][] = statements.map((s, i) => {
    const r = origin.row + 1 + i;
    const p = paidBy.get(`${s.rep}\u0000${s.period}`);
    const computed = s.total.toNumber();
    // Paid − computed in the currency's minor units, so the cached value has no float artefact.
    const diff = p === undefined ? -computed : s.total.neg().add(p).toDecimalPlaces(decimals).toNumber();
    const rounded = `ROUND(${a1(r, k + 2)},${decimals})`;
    return [
      s.period,
      ...(showIds ? [s.rep] : []),
      names.get(s.rep) ?? s.rep,
      computed,
      p ?? '',
      { formula: `ROUND(${a1(r, k + 1)}-${a1(r, k)},${decimals})`, value: diff },
      { formula: `IF(${rounded}=0,${str(ok)},${str(check)})`, value: diff === 0 ? ok : check },
    ];
  });
  const c = t.columns;
  sheet.tables.push({
    name: RECONCILIATION_TABLE,
    origin,
    key: [0, 1],
    // What payroll paid is finance's to type.
    userColumns: [4],
    columns: [
      { header: c.period, numberFormat: '@' },
      ...(showIds ? [{ header: c.rep, numberFormat: '@' }] : []),
      { header: catalogue(language).sheetWords.name, numberFormat: '@' },
      { header: c.computed, numberFormat: money },
      { header: c.paid, numberFormat: money },
      { header: c.difference, numberFormat: money },
      { header: c.status, numberFormat: '@' },
    ],
    rows,
    style: 'TableStyleMedium2',
  });
  if (rows.length > 0) {
    const first = origin.row + 1;
    sheet.conditionalFormats.push({
      range: a1Range(first, 0, first + rows.length - 1, k + 3),
      formula: `ROUND($${columnLetter(k + 2)}${first + 1},${decimals})<>0`,
      fill: '#FFC7CE',
      fontColor: '#9C0006',
      priority: 1,
    });
  }
  sheet.freeze = { rows: origin.row + 1, cols: 0 };
  return finishSheet(sheet, { language, period: run?.period ?? { label: statements[0]?.period ?? '' }, asOf: run?.asOf ?? 0, company: run?.company }, sheet.name, {
    repeatRows: { first: origin.row, last: origin.row },
  });
}
