/**
 * Live red / yellow / green rules (rules.md › Warnings) on the selection or a table: three custom
 * conditional formats per target whose formulas compute pace = actual ÷ (target × elapsed) from
 * each row's own cells and compare it with the workbook names SPK_RiskGreen / SPK_RiskYellow, so
 * they keep working when the data or the thresholds change, and without the add-in.
 *
 * Thresholds: when the workbook has no such names, they are added as constants with the asked
 * values (and recorded as the add-in's); names the add-in created as constants are updated; a
 * name that points at cells (the generated Settings sheet, or the user's own) is left alone —
 * the workbook's settings area is what the rules read.
 *
 * Removal deletes only rules whose formula reads SPK_RiskGreen / SPK_RiskYellow: the user's own
 * rules on the same cells stay. Syncs: 3 to apply (locate, read the names, add; one fewer for the
 * selection), 4 to remove (locate, read the rules, read their formulas, delete).
 */
import { checkRiskThresholds } from '../core/risk';
import { hostProblem } from '../host/problems';
import { HostError, type RiskRuleRequest, type RiskRuleResult } from '../host/types';
import { a1Range, columnLetter, quoteSheet } from '../sheets/model';
import { riskRules } from '../sheets/riskRules';
import { N } from '../sheets/settingsSheet';
import type { XlConditionalFormat, XlNamedItem, XlRange, XlRequestContext, XlWorksheet } from './api';
import { ownsName, withNames } from '../sheets/writePlan/ownership';
import { loadRegistry, readRegistry, saveRegistry } from './registry';
import { addCustomRule } from './writeSheet';

interface Target {
  ws: XlWorksheet;
  sheet: string;
  /** Header row values, and the data rows' rectangle (0-based). */
  headers: unknown[];
  dataRow: number;
  col: number;
  rows: number;
  cols: number;
  where: string;
}

/** Reads where the target is: one sync for the selection, two for a table (exists? then its ranges). */
async function locate(context: XlRequestContext, target: RiskRuleRequest['target']): Promise<Target> {
  const wb = context.workbook;
  if (target === 'selection') {
    const range = wb.getSelectedRange();
    range.load('address,rowCount,columnCount,rowIndex,columnIndex,values');
    range.worksheet.load('name');
    await context.sync();
    if (range.rowCount < 2) throw new HostError(hostProblem('noSelection', {}));
    return {
      ws: wb.worksheets.getItemOrNullObject(range.worksheet.name),
      sheet: range.worksheet.name,
      headers: range.values[0] ?? [],
      dataRow: range.rowIndex + 1,
      col: range.columnIndex,
      rows: range.rowCount - 1,
      cols: range.columnCount,
      where: range.address,
    };
  }
  const table = wb.tables.getItemOrNullObject(target.table);
  table.load('name');
  await context.sync();
  if (table.isNullObject) throw new HostError(hostProblem('tableMissing', { table: target.table }));
  const range = table.getRange();
  const header = table.getHeaderRowRange();
  header.load('values');
  range.load('address,rowCount,columnCount,rowIndex,columnIndex');
  table.worksheet.load('name');
  await context.sync();
  return {
    ws: wb.worksheets.getItemOrNullObject(table.worksheet.name),
    sheet: table.worksheet.name,
    headers: header.values[0] ?? [],
    dataRow: range.rowIndex + 1,
    col: range.columnIndex,
    rows: Math.max(range.rowCount - 1, 1),
    cols: range.columnCount,
    where: target.table,
  };
}

function columnOf(t: Target, column: string | number): number {
  if (typeof column === 'number') {
    if (Number.isInteger(column) && column >= 1 && column <= t.cols) return t.col + column - 1;
  } else {
    const i = t.headers.findIndex((h) => String(h).trim().toLowerCase() === column.trim().toLowerCase());
    if (i >= 0) return t.col + i;
  }
  throw new HostError(hostProblem('columnMissing', { column: String(column), where: t.where }));
}

/** Three formula rules over the target's data rows; returns where they went. */
export async function applyRiskRules(context: XlRequestContext, request: RiskRuleRequest): Promise<RiskRuleResult> {
  try {
    checkRiskThresholds(request.green, request.yellow);
  } catch {
    throw new HostError(hostProblem('thresholds', {}));
  }
  if (typeof request.elapsed === 'number' && !(request.elapsed > 0 && request.elapsed <= 1)) throw new HostError(hostProblem('elapsed', {}));
  const wb = context.workbook;
  const t = await locate(context, request.target);
  const green = wb.names.getItemOrNullObject(N.green);
  const yellow = wb.names.getItemOrNullObject(N.yellow);
  green.load('formula');
  yellow.load('formula');
  const registrySetting = loadRegistry(wb);
  await context.sync();
  const registry = readRegistry(registrySetting);

  const row = t.dataRow;
  const cell = (column: string | number): string => `$${columnLetter(columnOf(t, column))}${row + 1}`;
  const actual = cell(request.actualColumn);
  const targetRef = cell(request.targetColumn);
  const elapsed = request.elapsed === undefined ? '1' : typeof request.elapsed === 'number' ? String(request.elapsed) : cell(request.elapsed);
  const address = a1Range(row, t.col, row + t.rows - 1, t.col + t.cols - 1);

  const added: string[] = [];
  const threshold = (item: XlNamedItem, name: string, value: number): void => {
    if (item.isNullObject) {
      wb.names.add(name, `=${value}`);
      added.push(name);
    } else if (ownsName(registry, name) && isConstant(item.formula)) {
      item.formula = `=${value}`;
    }
  };
  threshold(green, N.green, request.green);
  threshold(yellow, N.yellow, request.yellow);
  if (added.length > 0) saveRegistry(wb, withNames(registry, added));
  const rules = riskRules(address, actual, targetRef, elapsed);
  for (const r of [...rules].sort((a, b) => b.priority - a.priority)) {
    addCustomRule(t.ws.getRange(address), r.formula, r.fill, r.fontColor, r.stopIfTrue);
  }
  await context.sync();
  return { address: `${quoteSheet(t.sheet)}!${address}`, rules: rules.length };
}

const isConstant = (formula: unknown): boolean => typeof formula === 'string' && /^=\s*-?\d+(\.\d+)?\s*$/.test(formula);

/** True for a rule formula the add-in writes (it reads the risk threshold names). */
export const isRiskFormula = (formula: string): boolean => {
  const f = formula.toUpperCase();
  return f.includes(N.green.toUpperCase()) || f.includes(N.yellow.toUpperCase());
};

/** Deletes the add-in's risk rules on the target; returns how many were removed. */
export async function removeRiskRules(context: XlRequestContext, target: RiskRuleRequest['target']): Promise<number> {
  const t = await locate(context, target);
  const range: XlRange = t.ws.getRange(a1Range(t.dataRow, t.col, t.dataRow + t.rows - 1, t.col + t.cols - 1));
  range.conditionalFormats.load('items/type');
  await context.sync();
  const custom: XlConditionalFormat[] = range.conditionalFormats.items.filter((cf) => cf.type === 'Custom');
  for (const cf of custom) cf.custom.rule.load('formula');
  await context.sync();
  const ours = custom.filter((cf) => isRiskFormula(cf.custom.rule.formula));
  for (const cf of ours) cf.delete();
  await context.sync();
  return ours.length;
}
