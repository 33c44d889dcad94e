import type { CommissionTexts } from '../../sections/commissions';

const range = (from: string, to: string | null) => `${from}–${to ?? '∞'}`;
/** A band that includes its upper bound, in words: "over 1,000,000.00 up to 2,000,000.00". */
const upper = (band: number, from: string, to: string | null) => (to === null ? `over ${from}` : band === 1 ? `up to ${to}` : `over ${from} up to ${to}`);
const pct = (x: number) => `${Math.round(x * 1_000_000) / 10_000}%`;

export const commissions: CommissionTexts = {
  notes: {
    band: (t) => {
      const r = (from: string, to: string | null) => (t.upper ? upper(t.band, from, to) : range(from, to));
      const quota = t.fromPct === null ? '' : ` = ${r(t.fromPct, t.toPct)} of quota`;
      return t.flat
        ? `Band ${t.band} reached (${r(t.from, t.to)}${quota}): whole ${t.base} × ${t.rate} = ${t.amount}`
        : `Band ${t.band} (${r(t.from, t.to)}${quota}): ${t.base} × ${t.rate} = ${t.amount}`;
    },
    noQuota: () => 'No quota for this period: bands on attainment pay nothing',
    cap: ({ cap, before, amount }) => `Cap ${cap}: ${before} reduced by ${amount}`,
    gateMet: ({ attainment, min }) => `Gate met: attainment ${attainment} ≥ ${min}`,
    gateMissed: ({ attainment, min, components }) => `Gate not met: attainment ${attainment ?? 'unknown (no quota)'} < ${min}, no payout from ${components}`,
    record: ({ credit, record, rate, amount }) => `Record bonus: (${credit} − record ${record}) × ${rate} = ${amount}`,
    recordNotBeaten: ({ credit, record }) => `Record bonus: credit ${credit} does not beat the record ${record}`,
    noRecord: () => 'Record bonus: no record yet to beat',
    pool: ({ team, total, target, rate, pool, amount }) => `Team ${team}: ${total} ≥ target ${target}, pool ${rate} = ${pool}, your share ${amount}`,
    // A roster without teams or regions shares one pool among all reps: its team has no name.
    poolMissed: ({ team, total, target }) => `${team === '' ? 'Team' : `Team ${team}`}: ${target === null ? 'no team target, no pool' : `${total} < target ${target}, no pool`}`,
    override: ({ rep, base, rate, amount, indirect }) => `Override on ${rep}${indirect ? ' (indirect report)' : ''}: ${base} × ${rate} = ${amount}`,
    noReports: () => 'Override: the reps you manage have no credit this period',
    spiff: ({ name, deal, closed, spiff, share, amount }) =>
      share === null ? `SPIFF ${name}: deal ${deal} (closed ${closed}) pays ${spiff}` : `SPIFF ${name}: deal ${deal} (closed ${closed}) pays ${spiff}; your ${share} share is ${amount}`,
    clawback: ({ deal, closed, cancelled, period, amount }) => `Clawback: deal ${deal} (closed ${closed}, cancelled ${cancelled}) reverses ${amount} of ${period}`,
    overrideClawback: ({ deal, rep, closed, cancelled, period, amount }) =>
      `Override clawback: deal ${deal} of ${rep} (closed ${closed}, cancelled ${cancelled}) reverses ${amount} of ${period}`,
    drawAdvance: ({ draw, earnings, amount, balance }) => `Recoverable draw ${draw}: earnings ${earnings} topped up by ${amount}, to recover later (balance ${balance})`,
    drawRecovery: ({ amount, outstanding }) => `Draw recovery: ${amount} of the ${outstanding} advanced earlier`,
    drawGuarantee: ({ draw, earnings, amount }) => `Non-recoverable draw ${draw}: earnings ${earnings} topped up by ${amount}`,
    noPlan: ({ date }) => `No plan in effect on ${date}`,
    priorPeriod: ({ deal, period, snapshot, amount }) =>
      deal === null
        ? `Prior-period adjustment to closed ${period} (snapshot ${snapshot}): plans, quotas or rates changed since it closed, ${amount}`
        : `Prior-period adjustment to closed ${period} (snapshot ${snapshot}): deal ${deal} changed since it closed, ${amount}`,
    fxCredit: ({ currency, amount, rate, repCurrency, repRate, credit }) =>
      `Credit in ${currency}: ${amount} × ${rate}${repRate === null ? '' : ` ÷ ${repRate}`} = ${credit} ${repCurrency}, rounded to the ${repCurrency} minor unit`,
    fxTotal: ({ currency, total, rate, companyCurrency, companyTotal }) =>
      `Total ${total} ${currency} × ${rate} = ${companyTotal} ${companyCurrency}, rounded to the ${companyCurrency} minor unit`,
  },
  lineKinds: {
    band: 'band',
    noQuota: 'no quota',
    cap: 'cap',
    recordBonus: 'record bonus',
    gate: 'gate',
    teamPool: 'team pool',
    override: 'override',
    spiff: 'SPIFF',
    clawback: 'clawback',
    overrideClawback: 'override clawback',
    drawAdvance: 'draw advance',
    drawRecovery: 'draw recovery',
    drawGuarantee: 'draw guarantee',
    noPlan: 'no plan',
    priorPeriod: 'prior-period adjustment',
  },
  reason: (r) => {
    switch (r.code) {
      case 'missing':
        return 'is required';
      case 'wrongType':
        return `must be ${({ number: 'a number', string: 'text', boolean: 'TRUE or FALSE', object: 'an object', array: 'a list' } as Record<string, string>)[r.expected] ?? r.expected}`;
      case 'notInteger':
        return 'must be a whole number';
      case 'tooSmall':
        return `must be ${r.inclusive ? 'at least' : 'more than'} ${r.min}`;
      case 'tooBig':
        return `must be ${r.inclusive ? 'at most' : 'less than'} ${r.max}`;
      case 'tooShort':
        return r.min <= 1 ? 'must not be empty' : `must have at least ${r.min} characters`;
      case 'tooLong':
        return `must have at most ${r.max} characters`;
      case 'tooFewItems':
        return `needs at least ${r.min} ${r.min === 1 ? 'item' : 'items'}`;
      case 'tooManyItems':
        return `may have at most ${r.max} items`;
      case 'oneOf':
        return `must be one of ${r.values.join(', ')}`;
      case 'unknownKeys':
        return `unknown ${r.keys.length === 1 ? 'setting' : 'settings'} ${r.keys.join(', ')}`;
      case 'notJson':
        return `not valid JSON (${r.detail})`;
      case 'currencyCode':
        return 'must be a three-letter ISO code such as CNY';
      case 'firstBandZero':
        return 'the first band must start at 0';
      case 'ascending':
        return 'lower bounds must be strictly ascending';
      case 'toBeforeFrom':
        return 'must not be before the start date';
      case 'duplicateComponent':
        return `duplicate id "${r.id}"`;
      case 'notCreditComponent':
        return `"${r.ref}" is not a rate table, accelerator or record bonus of this plan`;
      case 'onePool':
        return 'at most one team pool per plan';
      case 'moneyDecimals':
        return `must not have more than ${r.decimals} decimals (the plan's minor unit)`;
      case 'rateAboveMax':
        return `must be at most ${pct(r.max)} (raise the plan's maxRate to allow more)`;
      case 'invalid':
        return 'is not valid';
    }
  },
  fxTable: {
    title: (company) => `Exchange rates: ${company} per unit of each currency, per period`,
    period: 'Period',
    currency: 'Currency',
    rate: (company) => `Rate (${company})`,
  },
  statement: {
    currency: 'Currency',
    basis: { booked: 'credit: deals booked', collected: 'credit: cash collected' },
    inCompany: (currency) => `Payout (${currency})`,
    grandTotal: (currency) => `Total (${currency})`,
  },
  boundary: 'Band boundary',
  boundaryLower: 'Lower bound included (an amount on a bound is in the band starting there)',
  boundaryUpper: 'Upper bound included (“up to 1,000,000 at 1 %”: 1,000,000 is still in the band below)',
};
