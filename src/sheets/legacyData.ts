/**
 * TEMPORARY: the old SalesData from a Dataset, while the builders move to reading the Dataset
 * directly. Removed once every builder reads the Dataset.
 */
import type { Settings } from '../core/settings';
import type { Dataset } from '../data/model';
import { monthIdStart, yearOf } from '../data/calendar';
import type { Period } from '../host/types';
import type { EvaluationInput, SalesData, Transaction } from './data';

const distinct = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => x !== null && x !== ''))];

export function legacyData(data: Dataset, settings: Settings, period: Period): SalesData {
  const repOf = new Map(data.reps.map((r) => [r.name, r]));
  const regions = distinct([...data.reps.map((r) => r.region), ...data.deals.map((d) => d.region)]);
  const productLines = distinct(data.deals.map((d) => d.productLine));
  const transactions: Transaction[] = data.deals
    .filter((d) => d.cancelled === null)
    .flatMap((d) =>
      d.splits.map((s) => ({
        customer: d.customer,
        date: d.date,
        amount: Math.round(d.amount * s.share * 100) / 100,
        rep: s.rep,
        region: d.region ?? repOf.get(s.rep)?.region ?? '',
        productLine: d.productLine ?? '',
      })),
    );
  const activity = new Map((data.activity ?? []).map((a) => [`${a.rep}\u0000${a.period}`, a]));
  const evaluation: EvaluationInput[] = data.quotas
    .filter((q) => q.scope === 'rep')
    .map((q) => {
      const start = monthIdStart(q.period);
      const a = activity.get(`${q.name}\u0000${q.period}`);
      const actual = transactions.filter((t) => t.rep === q.name && t.date >= start && t.date < monthIdStart(nextMonth(q.period))).reduce((s, t) => s + t.amount, 0);
      return {
        period: start,
        rep: q.name,
        region: repOf.get(q.name)?.region ?? '',
        target: q.amount,
        actual: Math.round(actual * 100) / 100,
        newCustomers: 0,
        leads: a?.leads ?? 0,
        won: a?.won ?? 0,
        collected: a?.collected ?? 0,
        receivables: a?.receivables ?? 0,
        process: a?.process ?? 0,
      };
    });
  const t = settings.targets;
  const company = data.annualTargets.filter((a) => a.scope === 'company').reduce((s, a) => s + a.amount, 0);
  return {
    regions,
    productLines,
    reps: data.reps.map((r) => ({ name: r.name, region: r.region ?? '', team: r.team ?? '', level: r.level ?? 'core' })),
    transactions,
    pipeline: data.pipeline ?? [],
    evaluation,
    plan: {
      year: yearOf(period.start),
      total: company > 0 ? company : data.quotas.reduce((s, q) => s + q.amount, 0),
      buffer: t.buffer,
      quarterWeights: t.quarterWeights,
      monthWeights: t.monthWeights,
      regionWeights: Object.fromEntries(regions.map((r) => [r, t.regionWeights[r] ?? 1])),
      productLineWeights: Object.fromEntries(productLines.map((p) => [p, t.productLineWeights[p] ?? 1])),
      levelWeights: t.levelWeights,
      challengeUplift: t.challengeUplift,
      excellenceUplift: t.excellenceUplift,
    },
    prospects: data.prospects,
    asOf: data.asOf,
    paid: data.payments ?? undefined,
  };
}

function nextMonth(id: string): string {
  const [y, m] = [Number(id.slice(0, 4)), Number(id.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
