/**
 * The settings a workbook's Settings sheet holds, read back through its defined names: once the
 * add-in has written a Settings sheet, that sheet is where a region changes a threshold, so every
 * later run computes with its values and keeps them (the pane and the stored template follow).
 */
import type { Settings } from '../../core/settings';
import { N } from '../settingsSheet';

type Path = { get: (s: Settings) => number; set: (s: Settings, v: number) => void; whole?: boolean };

const at = (get: (s: Settings) => number[], i: number): Path => ({ get: (s) => get(s)[i], set: (s, v) => void (get(s)[i] = v) });

/** Each single-cell name and the setting it holds. */
const SINGLE: readonly [string, Path][] = [
  [N.green, { get: (s) => s.risk.green, set: (s, v) => void (s.risk.green = v) }],
  [N.yellow, { get: (s) => s.risk.yellow, set: (s, v) => void (s.risk.yellow = v) }],
  ...[0, 1, 2, 3, 4].map((i): [string, Path] => [N.weight(i), at((s) => s.score.weights, i)]),
  ...[0, 1, 2, 3, 4].map((i): [string, Path] => [N.benchmark(i), at((s) => s.score.benchmarks, i)]),
  ...[0, 1, 2].map((i): [string, Path] => [N.cut(i), at((s) => s.gradeCutoffs, i)]),
  [N.outstanding, { get: (s) => s.outstandingCompletion, set: (s, v) => void (s.outstandingCompletion = v) }],
  [N.improveBelow, { get: (s) => s.improvementCompletion, set: (s, v) => void (s.improvementCompletion = v) }],
  [N.improvePeriods, { get: (s) => s.improvementPeriods, set: (s, v) => void (s.improvementPeriods = v), whole: true }],
  [N.funnelLow, { get: (s) => s.funnelThreshold, set: (s, v) => void (s.funnelThreshold = v) }],
  [N.tierCoreCount, at((s) => s.customerTierThresholds, 0)],
  [N.tierCoreAmount, at((s) => s.customerTierThresholds, 1)],
  [N.tierPotentialAmount, at((s) => s.customerTierThresholds, 2)],
  [N.abcA, { get: (s) => s.abc.aCut, set: (s, v) => void (s.abc.aCut = v) }],
  [N.abcB, { get: (s) => s.abc.bCut, set: (s, v) => void (s.abc.bCut = v) }],
];

/** The names whose cells hold settings (the report date is the data's, not a setting). */
export const SETTING_NAMES: readonly string[] = [...SINGLE.map(([n]) => n), N.commissionLowers, N.commissionRates];

export interface WorkbookSettings {
  settings: Settings;
  /** Names whose workbook value differs from the one asked for (and was used). */
  changed: string[];
  /** Names whose cells hold something that is not a usable value (kept in the cell, not used). */
  unreadable: { name: string; value: string }[];
}

const usable = (v: unknown, whole = false): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!whole || Number.isInteger(v));
const shown = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * `asked` with every setting the workbook's named cells hold replaced by the cell's value.
 * `values` maps a name to its range's values (as the host shows them); names absent from the
 * workbook leave the asked value.
 */
export function settingsFromWorkbook(asked: Settings, values: ReadonlyMap<string, unknown[][]>): WorkbookSettings {
  const settings: Settings = structuredClone(asked);
  const changed: string[] = [];
  const unreadable: { name: string; value: string }[] = [];
  for (const [name, path] of SINGLE) {
    const cells = values.get(name);
    if (!cells) continue;
    const v = cells[0]?.[0];
    if (!usable(v, path.whole)) {
      unreadable.push({ name, value: shown(v) });
      continue;
    }
    if (v !== path.get(settings)) changed.push(name);
    path.set(settings, v);
  }
  const lowers = values.get(N.commissionLowers)?.map((r) => r[0]);
  const rates = values.get(N.commissionRates)?.map((r) => r[0]);
  if (lowers && rates) {
    const bad = [...lowers.map((v) => [N.commissionLowers, v] as const), ...rates.map((v) => [N.commissionRates, v] as const)].find(([, v]) => !usable(v));
    if (bad || lowers.length !== rates.length) unreadable.push({ name: bad?.[0] ?? N.commissionRates, value: shown(bad?.[1]) });
    else {
      const tiers = lowers.map((lower, i) => ({ lower: lower as number, rate: rates[i] as number }));
      const before = settings.commission.tiers;
      if (tiers.length !== before.length || tiers.some((t, i) => t.lower !== before[i].lower || t.rate !== before[i].rate)) changed.push(N.commissionLowers);
      settings.commission = { ...settings.commission, tiers };
    }
  }
  return { settings, changed, unreadable };
}
