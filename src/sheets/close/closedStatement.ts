/**
 * The statement sheet of a closed period: the statement sheet's layout with every formula
 * replaced by the value it had, the snapshot named under the title, and the sheet protected. It is
 * written once, when the period closes; generating later leaves it as it is.
 */
import type { Snapshot } from '../../core/close/record';
import { catalogue } from '../../i18n';
import type { Language } from '../../core/language';
import { isFormula, type Cell, type SheetSpec } from '../model';
import { headerText } from '../print';

const value = (c: Cell): Cell => (isFormula(c) ? (c.value ?? null) : c);

/** The sheet with every formula replaced by its value (what the add-in computed it to). */
export function valuesOnly(sheet: SheetSpec): SheetSpec {
  return {
    ...sheet,
    blocks: sheet.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(value)) })),
    tables: sheet.tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map(value)) })),
    validations: [],
  };
}

/**
 * `statement` is the period's statement sheet built from the snapshot's statements; its pages keep
 * their layout (a rep's block per page, headed by company, period and rep) and the footer adds the
 * snapshot id, so every printed page says which closing it belongs to.
 */
export function closedStatementSheet(statement: SheetSpec, snapshot: Snapshot, language: Language): SheetSpec {
  const sheet = valuesOnly(statement);
  // Row 1 lies between the title and the summary table in every statement sheet.
  sheet.blocks.push({ origin: { row: 1, col: 0 }, cells: [[catalogue(language).closing.closedLine({ snapshot: snapshot.id, closedAt: snapshot.closedAt })]] });
  if (sheet.print) sheet.print = { ...sheet.print, footer: { ...sheet.print.footer, right: headerText(catalogue(language).closing.footer(snapshot.id)) } };
  sheet.protect = true;
  return sheet;
}
