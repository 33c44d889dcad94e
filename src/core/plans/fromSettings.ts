import type { Settings } from '../settings';
import type { Plan } from './schema';

/** The plan the Settings describe: one rate table, the record bonus and the team pool. */
export function planFromSettings(settings: Settings, effectiveFrom: number): Plan {
  const c = settings.commission;
  const components: Plan['components'] = [
    { kind: 'rateTable', id: 'tiered', name: 'Tiered commission', basis: c.basis, mode: c.mode, boundary: c.boundary, tiers: c.tiers.map((t) => ({ ...t })) },
  ];
  if (c.recordBonusRate > 0) components.push({ kind: 'recordBonus', id: 'record', name: 'Record bonus', rate: c.recordBonusRate });
  if (c.teamPoolRate > 0) components.push({ kind: 'teamPool', id: 'pool', name: 'Team pool', rate: c.teamPoolRate, collaborationWeight: c.collaborationWeight });
  return {
    version: 1,
    id: 'plan',
    name: 'Sales plan',
    currency: settings.currency,
    decimals: settings.decimals,
    effectiveFrom,
    effectiveTo: null,
    clawbackDays: null,
    draw: null,
    creditBasis: 'booked',
    maxRate: 1,
    components,
  };
}
