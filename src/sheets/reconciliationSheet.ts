/**
 * The Reconciliation sheet: what the statements computed against what payroll paid, per rep and
 * period. The difference and its status are formulas, and a formula-based conditional format
 * flags every row that does not agree to the cent, so the sheet keeps working as paid amounts
 * are typed in, with or without the add-in.
 */
import type { Rep } from '../core/plans/inputs';
import type { Statement } from '../core/plans/statement';
import type { Language } from '../core/language';
import { a1, a1Range, type Cell, type SheetSpec } from './model';
import { emptySheet, tr } from './text';

export interface Paid {
  rep: string;
  period: string;
  amount: number;
}

export const RECONCILIATION_SHEET_NAMES: Readonly<Record<Language, string>> = { 'en-US': 'Reconciliation', 'zh-CN': '提成对账' };
export const RECONCILIATION_TABLE = 'SPK_Reconciliation';

export function buildReconciliationSheet(
  statements: readonly Statement[],
  paid: readonly Paid[],
  reps: readonly Rep[],
  language: Language,
): SheetSpec {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('reconciliation', RECONCILIATION_SHEET_NAMES[language]);
  const decimals = statements[0]?.decimals ?? 2;
  const money = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const names = new Map(reps.map((r) => [r.id, r.name]));
  const paidBy = new Map(paid.map((p) => [`${p.rep}\u0000${p.period}`, p.amount]));
  const [ok, check] = [L('OK', '一致'), L('Check', '需核对')];
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[L('Commission reconciliation: computed vs paid', '提成对账：应发与实发')]], bold: true, fontSize: 14 });
  const origin = { row: 2, col: 0 };
  const rows: Cell[][] = statements.map((s, i) => {
    const r = origin.row + 1 + i;
    const p = paidBy.get(`${s.rep}\u0000${s.period}`);
    const computed = s.total.toNumber();
    // Paid − computed in the currency's minor units, so the cached value has no float artefact.
    const diff = p === undefined ? -computed : s.total.neg().add(p).toDecimalPlaces(decimals).toNumber();
    const rounded = `ROUND(${a1(r, 5)},${decimals})`;
    return [
      s.period,
      s.rep,
      names.get(s.rep) ?? s.rep,
      computed,
      p ?? '',
      { formula: `ROUND(${a1(r, 4)}-${a1(r, 3)},${decimals})`, value: diff },
      { formula: `IF(${rounded}=0,"${ok}","${check}")`, value: diff === 0 ? ok : check },
    ];
  });
  sheet.tables.push({
    name: RECONCILIATION_TABLE,
    origin,
    key: [0, 1],
    // What payroll paid is finance's to type.
    userColumns: [4],
    columns: [
      { header: L('Period', '期间'), numberFormat: '@', width: 10 },
      { header: L('Rep', '销售编号'), numberFormat: '@', width: 12 },
      { header: L('Name', '姓名'), numberFormat: '@', width: 14 },
      { header: L('Computed', '应发'), numberFormat: money, width: 16 },
      { header: L('Paid', '实发'), numberFormat: money, width: 16 },
      { header: L('Difference', '差额'), numberFormat: money, width: 14 },
      { header: L('Status', '状态'), numberFormat: '@', width: 10 },
    ],
    rows,
    style: 'TableStyleMedium2',
  });
  if (rows.length > 0) {
    const first = origin.row + 1;
    sheet.conditionalFormats.push({
      range: a1Range(first, 0, first + rows.length - 1, 6),
      formula: `ROUND($F${first + 1},${decimals})<>0`,
      fill: '#FFC7CE',
      fontColor: '#9C0006',
      priority: 1,
    });
  }
  sheet.freeze = { rows: origin.row + 1, cols: 0 };
  return sheet;
}
