/**
 * Formula text as the .xlsx file format stores it: functions newer than Excel 2007 carry the
 * `_xlfn.` prefix (Excel shows #NAME? without it), and references to a sheet that got a new name
 * on a clash are rewritten.
 */

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
 * Calls `visit` on every stretch of the formula outside string literals ("…") and quoted sheet
 * names ('…'), so text inside them is never rewritten.
 */
function mapOutsideQuotes(formula: string, visit: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula[i];
    if (q === '"' || q === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === q) {
          if (formula[j + 1] === q) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      let j = i;
      while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
      out += visit(formula.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Adds `_xlfn.` (or `_xlfn._xlws.`) to newer functions that lack it. */
export function addFunctionPrefixes(formula: string): string {
  return mapOutsideQuotes(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)\s*\(/g, (m, before: string, name: string) => {
      const prefix = PREFIXED[name.toUpperCase()];
      return prefix ? `${before}${prefix}${name.toUpperCase()}(` : m;
    }),
  );
}

/** Quoted sheet name as in a reference. */
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * Rewrites references to renamed sheets ('Old'!A1 → 'New'!A1). Builders always quote sheet names
 * in references, so only the quoted form is looked for.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  let out = formula;
  for (const [from, to] of renames) {
    if (from === to) continue;
    out = out.split(`${quoted(from)}!`).join(`${quoted(to)}!`);
  }
  return out;
}
