import type { CommissionErrorTexts } from '../../sections/commissions';
import { commissions } from './commissions';

const or = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(' or ');

export const commissionErrors: CommissionErrorTexts = {
  notPositive: ({ arg }) => `${arg} must be above 0`,
  notACurrency: ({ arg, value }) => `${arg}: "${value}" is not a three-letter currency code such as USD`,
  quotaZero: () => 'quota is 0: attainment bands need a quota',
  emptyList: ({ arg }) => `${arg}: at least one is needed`,
  tooManyDecimals: ({ arg, decimals }) => `${arg} has more than ${decimals} decimals`,
  tiersFirstBound: () => 'tiers: the first lower bound must be 0',
  tiersAscending: ({ row }) => `tiers: lower bounds must be strictly ascending (row ${row})`,
  tierRateNegative: ({ row }) => `tiers: rate in row ${row} is negative`,
  notADate: ({ arg, value }) => `${arg} must be a date (a whole Excel serial), got ${value}`,
  endBeforeStart: ({ arg }) => `${arg}: end is before start`,
  periodsOverlap: ({ first, second }) => `periods ${first} and ${second} overlap`,
  planVersionsDiffer: ({ plan }) => `plans: the versions of "${plan}" must share currency and decimals`,
  planVersionsOverlap: ({ plan, from }) => `plans: versions of "${plan}" overlap (the one from ${from} starts before the previous one ends)`,
  duplicateId: ({ arg, id }) => `${arg}: duplicate id "${id}"`,
  planRequired: ({ rep }) => `rep ${rep}: plan is required when there are several plans`,
  unknownPlan: ({ rep, plan }) => `rep ${rep}: no plan "${plan}"`,
  unknownRep: ({ arg, rep }) => `${arg}: unknown rep "${rep}"`,
  unknownPeriod: ({ arg, period }) => `${arg}: unknown period "${period}"`,
  unknownManager: ({ rep, manager }) => `rep ${rep}: manager "${manager}" is not a rep`,
  managerCycle: ({ rep }) => `rep ${rep}: following the managers leads back to ${rep}`,
  duplicateQuota: ({ rep, period }) => `quotas: a second quota for ${rep} in ${period}`,
  cancelledBeforeClosed: ({ deal }) => `${deal}: cancelled before it closed`,
  creditTooLarge: ({ rep }) => `credit of ${rep} is too large to add up exactly`,
  sharesNotOne: ({ deal, total }) => `${deal}: split shares add up to ${total}, not 1`,
  shareOutOfRange: ({ arg }) => `${arg} must be above 0 and at most 1`,
  collectionsExceedDeal: ({ deal, collected, amount }) => `${deal}: collections add up to ${collected}, more than the deal's ${amount}`,
  fxMissing: ({ currency, period }) => `no exchange rate for ${currency} in ${period}`,
  currencyDecimals: ({ currency }) => `${currency} is used with different decimals by the company and the plans`,
  noStatement: ({ rep, period }) => `${rep} has no statement in ${period} (not employed and no credit)`,
  payoutNoComponent: () => 'plan: no rate table, accelerator or record bonus in the range',
  quotaRequired: () => 'quota is required: the plan has attainment bands or a gate',
  planTableHeaders: ({ expected }) => `plan table: headers must be ${or(expected)}`,
  unknownSetting: ({ row, key }) => `plan: row ${row}: unknown setting "${key}"`,
  planRule: ({ reason }) => commissions.reason(reason),
  planInvalid: ({ issues, more }) =>
    `plan is invalid: ${issues.map((i) => `${i.row === null ? '' : `row ${i.row}, `}${i.path === '' ? '(plan)' : i.path}: ${commissions.reason(i.reason)}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
};
