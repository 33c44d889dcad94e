/**
 * Formula text as the .xlsx file format stores it: functions newer than Excel 2007 carry the
 * `_xlfn.` prefix (Excel shows #NAME? without it). Function names are found by the one formula
 * tokenizer both writers use, so text inside strings and sheet names is never rewritten.
 */
import { rewriteFormula } from '../sheets/writePlan/refs';

/** Functions the file format stores with a prefix; the value is the prefix. */
const PREFIXED: Readonly<Record<string, string>> = Object.fromEntries([
  ...[
    'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'XLOOKUP', 'XMATCH', 'TEXTJOIN', 'CONCAT', 'IFNA', 'DAYS', 'ISOWEEKNUM',
    'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE.INC', 'QUARTILE.EXC',
    'RANK.EQ', 'RANK.AVG', 'NORM.DIST', 'NORM.INV', 'CEILING.MATH', 'FLOOR.MATH', 'AGGREGATE', 'FORECAST.LINEAR',
    'LET', 'LAMBDA', 'SEQUENCE', 'UNIQUE', 'RANDARRAY', 'XOR', 'NUMBERVALUE', 'SHEET', 'SHEETS',
  ].map((f) => [f, '_xlfn.']),
  // Dynamic-array functions Excel writes with a second, worksheet-function prefix.
  ...['FILTER', 'SORT', 'SORTBY'].map((f) => [f, '_xlfn._xlws.']),
]);

/**
 * Whether a formula may call one of them: most formulas call none, and a whole column of them is
 * written without being tokenized. (A name inside a string only costs the tokenizer's pass.)
 */
const MAY_CALL = new RegExp(`(?:${Object.keys(PREFIXED).map((f) => f.replace('.', '\\.')).join('|')})\\s*\\(`, 'i');

/** Adds `_xlfn.` (or `_xlfn._xlws.`) to newer functions that lack it. */
export function addFunctionPrefixes(formula: string): string {
  if (!MAY_CALL.test(formula)) return formula;
  return rewriteFormula(formula, {
    func: (name) => {
      const prefix = PREFIXED[name.toUpperCase()];
      return prefix ? `${prefix}${name.toUpperCase()}` : name;
    },
  });
}
