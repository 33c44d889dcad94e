/**
 * Guesses the actual, target and elapsed columns of a table from its headers, in English or
 * Chinese (the generated sheets' headers and the usual hand-made ones). Exact words beat
 * partial matches, so "Target" wins over "Target tier".
 */
const ACTUAL = [/^actual$/i, /^实际$/, /^actual/i, /实际/, /销售额|业绩|完成额|sales/i];
const TARGET = [/^target$/i, /^目标$/, /^(target|quota)/i, /目标|指标|quota/i];
const ELAPSED = [/^elapsed/i, /elapsed|pace/i, /时间进度|已过|进度/];

function pick(headers: readonly string[], patterns: readonly RegExp[], taken: Set<string>): string | null {
  for (const p of patterns) {
    const hit = headers.find((h) => !taken.has(h) && p.test(h.trim()));
    if (hit !== undefined) return hit;
  }
  return null;
}

export interface DetectedColumns {
  actual: string | null;
  target: string | null;
  elapsed: string | null;
}

export function detectRiskColumns(headers: readonly string[]): DetectedColumns {
  const taken = new Set<string>();
  const target = pick(
    headers.filter((h) => !/rate|率|%/i.test(h)),
    TARGET,
    taken,
  );
  if (target) taken.add(target);
  const actual = pick(
    headers.filter((h) => !/rate|率|%/i.test(h)),
    ACTUAL,
    taken,
  );
  if (actual) taken.add(actual);
  const elapsed = pick(headers, ELAPSED, taken);
  return { actual, target, elapsed };
}
