/**
 * The bundled sample company as a Dataset (origin 'sample'), reproducible from a seed: 3
 * regions, 24 reps, a year of deals (50,000 by default) to a report date in mid-December, a few
 * hundred pipeline rows, monthly quotas and activity, an annual company target and what payroll
 * paid. Used only when the user picks it. Some customer names start with = + - @ so every writer
 * proves that text from data stays text.
 */
import { ExactSums, Dec } from '../core/money';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { splitTarget } from '../core/targets';
import type { Activity, Dataset, Deal, Payment, PipelineRow, Quota, Rep, RepLevel, Stage, TaskStatus } from '../data/model';
import { FUNNEL_STAGES } from '../data/model';
import { dateSerial, monthId, monthsOfYear } from '../data/calendar';
import { computeCommissions } from '../sheets/commissionSheets';
import { mulberry32, randomInt, randomMoney } from './random';
import { sampleReportDateIso } from './reportDate';
export const DEFAULT_SEED = 20250101;
const [YEAR, AS_OF_MONTH, AS_OF_DAY] = sampleReportDateIso.split('-').map(Number);

export interface SampleOptions {
  seed?: number;
  transactions?: number;
  customers?: number;
  pipelineRows?: number;
}

const REGIONS = ['华东', '华南', '华北'];
const PRODUCT_LINES = ['核心产品', '成长产品', '新品'];
const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英'];
const CITY = ['上海', '杭州', '苏州', '南京', '广州', '深圳', '厦门', '北京', '天津', '青岛', '济南', '合肥'];
const TRADE = ['恒通', '华信', '远大', '新元', '金桥', '宏达', '正泰', '博远', '永安', '瑞丰', '嘉禾', '中联', '安达', '鼎盛'];
const FORM = ['贸易', '科技', '制造', '实业', '电子', '物流'];
const INDUSTRIES = ['制造业', '零售', '医药', '教育', '物流', '金融', '能源'];
const ACTIONS = ['电话跟进', '上门拜访', '方案演示', '报价', '合同谈判', '样品试用'];
const NOTES = ['关注交期', '预算待批', '竞品压价', '决策链长', '需要技术支持', ''];
const PROSPECTS = ['宁波启航科技公司', '无锡星河电子公司', '@Prospect Co', '福州海峡物流公司', '成都天府实业公司'];
/** Names a spreadsheet would take for formulas if a writer were careless. */
export const TRICKY_CUSTOMERS = ["=cmd|' /C calc'!A0", '+1 Trading', '-Minus Ltd', '@Home'];

/** Every name the sample invents, so tests can prove none of them reaches a team's own workbook. */
export const sampleNames = { regions: REGIONS, productLines: PRODUCT_LINES, prospects: PROSPECTS, industries: INDUSTRIES } as const;

/** The sample company's region and product-line weights (rules.md › Targets: 40/30/30, 60/30/10). */
const REGION_WEIGHTS: Record<string, number> = { 华东: 0.4, 华南: 0.3, 华北: 0.3 };
const PRODUCT_LINE_WEIGHTS: Record<string, number> = { 核心产品: 0.6, 成长产品: 0.3, 新品: 0.1 };

/**
 * The settings to generate the sample with: the user's, plus the sample company's region and
 * product-line weights where the user has none (weights are keyed by the data's own names).
 */
export function sampleSettings(settings: Settings = DEFAULT_SETTINGS): Settings {
  const t = settings.targets;
  return {
    ...settings,
    targets: {
      ...t,
      regionWeights: Object.keys(t.regionWeights).length > 0 ? t.regionWeights : REGION_WEIGHTS,
      productLineWeights: Object.keys(t.productLineWeights).length > 0 ? t.productLineWeights : PRODUCT_LINE_WEIGHTS,
    },
  };
}

/** Share of the year each month carries: quarter weight × month weight within the quarter. */
function monthShares(quarterWeights: readonly number[], monthWeights: readonly number[]): number[] {
  const qSum = quarterWeights.reduce((a, b) => a + b, 0);
  return monthWeights.map((w, m) => {
    const q = Math.floor(m / 3);
    const inQ = monthWeights.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0);
    return (quarterWeights[q] / qSum) * (w / inQ);
  });
}

function pickWeighted(rand: () => number, cumulative: Float64Array): number {
  const x = rand() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const cumulate = (w: number[]): Float64Array => {
  const c = new Float64Array(w.length);
  let s = 0;
  w.forEach((x, i) => (c[i] = s += x));
  return c;
};

const LEVEL_WEIGHTS = DEFAULT_SETTINGS.targets.levelWeights;

function makeReps(rand: () => number): { reps: Rep[]; strength: number[] } {
  const reps: Rep[] = [];
  const strength: number[] = [];
  const levels: RepLevel[] = ['new', 'core', 'core', 'senior', 'core', 'new', 'core', 'senior'];
  REGIONS.forEach((region, r) => {
    for (let k = 0; k < 8; k++) {
      const name = SURNAMES[r * 8 + k] + GIVEN[randomInt(rand, 0, GIVEN.length - 1)];
      const level = levels[k];
      reps.push({ name, region, team: `${region}${k < 4 ? '一组' : '二组'}`, level, start: null, end: null, manager: null });
      strength.push(REGION_WEIGHTS[region] * LEVEL_WEIGHTS[level] * (0.8 + 0.4 * rand()));
    }
  });
  return { reps, strength };
}

interface Tx {
  customer: string;
  date: number;
  amount: number;
  rep: number;
  productLine: string;
}

export function buildSampleDataset(options: SampleOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const nTx = options.transactions ?? 50_000;
  const nCustomers = options.customers ?? 1_500;
  const nPipeline = options.pipelineRows ?? 360;
  const rand = mulberry32(seed);
  const yearStart = dateSerial(YEAR, 1, 1);
  const asOf = dateSerial(YEAR, AS_OF_MONTH, AS_OF_DAY);
  const { reps, strength } = makeReps(rand);
  const repCum = cumulate(strength);
  const { quarterWeights, monthWeights } = DEFAULT_SETTINGS.targets;

  // Customers: Pareto-like sizes, each looked after by one rep.
  const customers: string[] = [];
  const seen = new Set<string>(TRICKY_CUSTOMERS);
  customers.push(...TRICKY_CUSTOMERS);
  while (customers.length < nCustomers) {
    const name = `${CITY[randomInt(rand, 0, CITY.length - 1)]}${TRADE[randomInt(rand, 0, TRADE.length - 1)]}${FORM[randomInt(rand, 0, FORM.length - 1)]}${customers.length % 7 === 0 ? '有限公司' : '公司'}`;
    const unique = seen.has(name) ? `${name}${customers.length}` : name;
    seen.add(unique);
    customers.push(unique);
  }
  const custRep = customers.map(() => pickWeighted(rand, repCum));
  const custCum = cumulate(customers.map((_, i) => 1 / Math.pow(i + 1 + rand() * 3, 0.7)));
  const monthCum = cumulate(monthShares(quarterWeights, monthWeights));
  const plCum = cumulate([0.56, 0.32, 0.12]);

  const tx: Tx[] = new Array(nTx);
  for (let i = 0; i < nTx; i++) {
    const c = pickWeighted(rand, custCum);
    let date: number;
    do {
      const m = pickWeighted(rand, monthCum);
      const first = dateSerial(YEAR, m + 1, 1);
      const days = dateSerial(YEAR, m + 2, 1) - first;
      date = first + randomInt(rand, 0, days - 1);
    } while (date > asOf);
    tx[i] = { customer: customers[c], date, amount: randomMoney(rand, 300, 5_500), rep: custRep[c], productLine: PRODUCT_LINES[pickWeighted(rand, plCum)] };
  }
  tx.sort((a, b) => a.date - b.date);
  const deals: Deal[] = tx.map((t, i) => ({
    id: `S${i + 1}`,
    customer: t.customer,
    date: t.date,
    amount: t.amount,
    splits: [{ rep: reps[t.rep].name, share: 1 }],
    region: reps[t.rep].region,
    productLine: t.productLine,
    cancelled: null,
    collected: null,
  }));

  // The company's annual target: the year's run rate plus 5 %, to the million; 90 % of it is
  // handed to the reps as monthly quotas (the rest is the buffer), by region weight and level.
  const sums = new ExactSums(1);
  for (const t of tx) sums.add(0, t.amount);
  const runRate = sums.toNumber(0) * (365 / (asOf - yearStart + 1));
  const total = Math.round((runRate * 1.05) / 1e6) * 1e6;
  const quotas = makeQuotas(reps, total, monthShares(quarterWeights, monthWeights), asOf);

  const data: Dataset = {
    origin: 'sample',
    deals,
    reps,
    roster: true,
    quotas,
    annualTargets: [{ scope: 'company', name: '', year: YEAR, amount: total }],
    pipeline: makePipeline(rand, reps, customers, nPipeline, asOf),
    payments: null,
    activity: makeActivity(rand, reps, tx, asOf),
    prospects: [...PROSPECTS],
    asOf,
  };
  data.payments = samplePayments(data);
  return data;
}

function makeQuotas(reps: Rep[], total: number, shares: number[], asOf: number): Quota[] {
  const [distributable] = splitTarget(total, [0.9, 0.1], 2);
  const regionParts = splitTarget(distributable!.toNumber(), REGIONS.map((r) => REGION_WEIGHTS[r]), 2);
  const quotas: Quota[] = [];
  REGIONS.forEach((region, i) => {
    const members = reps.filter((r) => r.region === region);
    const annual = splitTarget(regionParts[i]!.toNumber(), members.map((r) => LEVEL_WEIGHTS[r.level ?? 'core']), 2);
    members.forEach((rep, k) => {
      const monthly = splitTarget(annual[k]!.toNumber(), shares, 0);
      monthly.forEach((m, mi) => {
        if (dateSerial(YEAR, mi + 1, 1) <= asOf) quotas.push({ scope: 'rep', name: rep.name, period: monthId(dateSerial(YEAR, mi + 1, 1)), amount: m!.toNumber() });
      });
    });
  });
  return quotas;
}

/** Leads, won deals, collection and a process rating per rep and month, as a CRM would keep them. */
function makeActivity(rand: () => number, reps: Rep[], tx: Tx[], asOf: number): Activity[] {
  const months = monthsOfYear(YEAR).filter((m) => m <= asOf);
  const actual = new ExactSums(reps.length * 12);
  for (const t of tx) actual.add(t.rep * 12 + (Number(monthId(t.date).slice(5)) - 1), t.amount);
  const rows: Activity[] = [];
  reps.forEach((rep, r) => {
    months.forEach((m, i) => {
      const a = actual.toDecimal(r * 12 + i).toDecimalPlaces(2).toNumber();
      const won = Math.max(1, Math.round(a / (40_000 + 50_000 * rand())));
      const receivables = new Dec(a).mul(1 + 0.1 * rand()).toDecimalPlaces(2).toNumber();
      rows.push({
        rep: rep.name,
        period: monthId(m),
        leads: Math.max(won, Math.round(won / (0.1 + 0.3 * rand()))),
        won,
        collected: new Dec(receivables).mul(0.7 + 0.3 * rand()).toDecimalPlaces(2).toNumber(),
        receivables,
        process: randomInt(rand, 55, 98),
      });
    });
  });
  return rows;
}

/**
 * What the sample company paid: the amounts the default plan computes, except that every seventh
 * rep was paid 100 less, so the demo's Reconciliation sheet shows what a difference looks like.
 */
function samplePayments(data: Dataset): Payment[] {
  const run = computeCommissions(data, { settings: DEFAULT_SETTINGS, language: 'en-US' });
  if (!run.ok) return [];
  const names = [...new Set(run.statements.map((s) => s.rep))];
  const short = new Set(names.filter((_, i) => i % 7 === 3));
  return run.statements.map((s) => ({ rep: s.rep, period: s.period, amount: short.has(s.rep) ? s.total.sub(100).toNumber() : s.total.toNumber() }));
}

function makePipeline(rand: () => number, reps: Rep[], customers: string[], n: number, asOf: number): PipelineRow[] {
  // Deals reach each stage with falling odds, so the funnel narrows (and one step may be LOW).
  const reach = [1, 0.55, 0.5, 0.28];
  const rows: PipelineRow[] = [];
  for (let i = 0; i < n; i++) {
    let stage: Stage = 'lead';
    for (let s = 1; s < FUNNEL_STAGES.length && rand() < reach[s]; s++) stage = FUNNEL_STAGES[s];
    if (stage !== 'won' && rand() < 0.12) stage = 'lost';
    const status: TaskStatus = stage === 'won' || stage === 'lost' ? 'done' : rand() < 0.3 ? 'notStarted' : rand() < 0.8 ? 'inProgress' : 'done';
    const date = asOf - randomInt(rand, 0, 55);
    const rep = reps[randomInt(rand, 0, reps.length - 1)];
    rows.push({
      date,
      owner: rep.name,
      customer: customers[randomInt(rand, 0, Math.min(customers.length, 300) - 1)],
      industry: INDUSTRIES[randomInt(rand, 0, INDUSTRIES.length - 1)],
      stage,
      action: ACTIONS[randomInt(rand, 0, ACTIONS.length - 1)],
      status,
      expected: rand() < 0.05 ? null : date + randomInt(rand, 3, 40),
      notes: NOTES[randomInt(rand, 0, NOTES.length - 1)],
    });
  }
  return rows.sort((a, b) => a.date - b.date);
}
