/**
 * Which commission plan pays which rep: the template's rule (one plan for everyone, or by region,
 * team or level with a default), applied to the reps of the team's data. A rule naming a plan the
 * template lacks, several plans without a rule, or reps no rule matches are problems the user is
 * told about (the commission sheets are then left out), never a guess.
 */
import type { Rep } from '../data/model';
import { notice, type SheetNotice } from '../data/notices';

export type PlanAssignment =
  | { by: 'all'; plan: string }
  | { by: 'region' | 'team' | 'level'; rules: { value: string; plan: string }[]; default?: string };

export type Assignment = { ok: true; plans: Map<string, string> } | { ok: false; problems: SheetNotice[] };

const key = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

/** Rep name → plan id for every rep, or the problems that prevent it. `planIds` are the plans available. */
export function assignPlans(reps: readonly Rep[], planIds: readonly string[], assignment: PlanAssignment | undefined): Assignment {
  const ids = [...new Set(planIds)];
  const known = new Set(ids);
  const problems: SheetNotice[] = [];
  const plans = new Map<string, string>();
  if (assignment === undefined) {
    if (ids.length !== 1) return { ok: false, problems: [notice('planAssignmentMissing', { plans: ids })] };
    for (const r of reps) plans.set(r.name, ids[0]);
    return { ok: true, plans };
  }
  const named = assignment.by === 'all' ? [assignment.plan] : [...assignment.rules.map((r) => r.plan), ...(assignment.default === undefined ? [] : [assignment.default])];
  for (const id of new Set(named)) if (!known.has(id)) problems.push(notice('planUnknown', { plan: id }));
  if (problems.length > 0) return { ok: false, problems };
  if (assignment.by === 'all') {
    for (const r of reps) plans.set(r.name, assignment.plan);
    return { ok: true, plans };
  }
  const byValue = new Map<string, string>();
  for (const rule of assignment.rules) if (!byValue.has(key(rule.value))) byValue.set(key(rule.value), rule.plan);
  const unmatched: string[] = [];
  for (const r of reps) {
    const value = r[assignment.by];
    const plan = (value === null ? undefined : byValue.get(key(value))) ?? assignment.default;
    if (plan === undefined) unmatched.push(r.name);
    else plans.set(r.name, plan);
  }
  if (unmatched.length > 0) return { ok: false, problems: [notice('planNoMatch', { by: assignment.by, reps: unmatched })] };
  return { ok: true, plans };
}
