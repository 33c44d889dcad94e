/**
 * Bundled sample data, reproducible from a seed: 3 regions, 24 reps, a year of transactions
 * (50,000 by default) to a report date in mid-December, a few hundred pipeline rows, monthly
 * evaluation inputs and a target plan. Some customer names start with = + - @ so every writer
 * proves that text from data stays text.
 */
import { Dec, ExactSums } from '../core/money';
import { personTargets } from '../sheets/targetsSheet';
import { samplePayments } from '../sheets/commissionSheets';
import { splitTarget } from '../core/targets';
import {
  dateSerial,
  FUNNEL_STAGES,
  type EvaluationInput,
  type PipelineRow,
  type Rep,
  type RepLevel,
  type SalesData,
  type Stage,
  type TargetPlan,
  type TaskStatus,
  type Transaction,
} from '../sheets/data';
import { mulberry32, randomInt, randomMoney } from './random';

export const DEFAULT_SAMPLE_SEED = 20250101;
export const SAMPLE_YEAR = 2025;

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
/** Names a spreadsheet would take for formulas if a writer were careless. */
export const TRICKY_CUSTOMERS = ["=cmd|' /C calc'!A0", '+1 Trading', '-Minus Ltd', '@Home'];

export const SAMPLE_PLAN_BASE: Omit<TargetPlan, 'total'> = {
  year: SAMPLE_YEAR,
  buffer: 0.1,
  // Seed 001: Q2 33 %, Q4 17 %; Q2 by opportunity 1.2 / 1.5 / 1.3.
  quarterWeights: [0.2, 0.33, 0.3, 0.17],
  monthWeights: [1.0, 0.8, 1.2, 1.2, 1.5, 1.3, 1, 1, 1, 1.1, 1, 0.9],
  regionWeights: { 华东: 0.4, 华南: 0.3, 华北: 0.3 },
  productLineWeights: { 核心产品: 0.6, 成长产品: 0.3, 新品: 0.1 },
  levelWeights: { new: 0.7, core: 1, senior: 1.3 },
  challengeUplift: 0.2,
  excellenceUplift: 0.4,
};

/** Share of the year's target each month carries: quarter weight × month weight within the quarter. */
export function monthShares(plan: Pick<TargetPlan, 'quarterWeights' | 'monthWeights'>): number[] {
  const qSum = plan.quarterWeights.reduce((a, b) => a + b, 0);
  return plan.monthWeights.map((w, m) => {
    const q = Math.floor(m / 3);
    const inQ = plan.monthWeights.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0);
    return (plan.quarterWeights[q] / qSum) * (w / inQ);
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

function makeReps(rand: () => number): { reps: Rep[]; strength: number[] } {
  const reps: Rep[] = [];
  const strength: number[] = [];
  const levels: RepLevel[] = ['new', 'core', 'core', 'senior', 'core', 'new', 'core', 'senior'];
  REGIONS.forEach((region, r) => {
    for (let k = 0; k < 8; k++) {
      const name = SURNAMES[r * 8 + k] + GIVEN[randomInt(rand, 0, GIVEN.length - 1)];
      const level = levels[k];
      reps.push({ name, region, team: `${region}${k < 4 ? '一组' : '二组'}`, level });
      const regionShare = SAMPLE_PLAN_BASE.regionWeights[region];
      strength.push(regionShare * SAMPLE_PLAN_BASE.levelWeights[level] * (0.8 + 0.4 * rand()));
    }
  });
  return { reps, strength };
}

export function buildSampleData(options: SampleOptions = {}): SalesData {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const nTx = options.transactions ?? 50_000;
  const nCustomers = options.customers ?? 1_500;
  const nPipeline = options.pipelineRows ?? 360;
  const rand = mulberry32(seed);
  const yearStart = dateSerial(SAMPLE_YEAR, 1, 1);
  const asOf = dateSerial(SAMPLE_YEAR, 12, 15);
  const { reps, strength } = makeReps(rand);
  const repCum = cumulate(strength);

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
  const shares = monthShares(SAMPLE_PLAN_BASE);
  const monthCum = cumulate(shares);
  const plCum = cumulate([0.56, 0.32, 0.12]);

  const transactions: Transaction[] = new Array(nTx);
  for (let i = 0; i < nTx; i++) {
    const c = pickWeighted(rand, custCum);
    let date: number;
    do {
      const m = pickWeighted(rand, monthCum);
      const first = dateSerial(SAMPLE_YEAR, m + 1, 1);
      const days = dateSerial(SAMPLE_YEAR, m + 2, 1) - first;
      date = first + randomInt(rand, 0, days - 1);
    } while (date > asOf);
    const rep = reps[custRep[c]];
    transactions[i] = {
      customer: customers[c],
      date,
      amount: randomMoney(rand, 300, 5_500),
      rep: rep.name,
      region: rep.region,
      productLine: PRODUCT_LINES[pickWeighted(rand, plCum)],
    };
  }
  transactions.sort((a, b) => a.date - b.date);

  // The plan's total: the year's run rate plus 5 %, to the million.
  const sums = new ExactSums(1);
  for (const t of transactions) sums.add(0, t.amount);
  const runRate = sums.toNumber(0) * (365 / (asOf - yearStart + 1));
  const plan: TargetPlan = { ...SAMPLE_PLAN_BASE, total: Math.round((runRate * 1.05) / 1e6) * 1e6 };

  const data: SalesData = {
    regions: [...REGIONS],
    productLines: [...PRODUCT_LINES],
    reps,
    transactions,
    pipeline: makePipeline(rand, reps, customers, nPipeline, asOf),
    evaluation: makeEvaluation(rand, reps, transactions, plan, asOf),
    plan,
    prospects: ['宁波启航科技公司', '无锡星河电子公司', '@Prospect Co', '福州海峡物流公司', '成都天府实业公司'],
    asOf,
  };
  data.paid = samplePayments(data);
  return data;
}

function makeEvaluation(rand: () => number, reps: Rep[], transactions: Transaction[], plan: TargetPlan, asOf: number): EvaluationInput[] {
  const months = 12;
  const repIndex = new Map(reps.map((r, i) => [r.name, i]));
  const actual = new ExactSums(reps.length * months);
  const firstSeen = new Map<string, { rep: number; month: number }>();
  for (const t of transactions) {
    const rep = repIndex.get(t.rep)!;
    const month = new Date(Date.UTC(1899, 11, 30) + t.date * 86_400_000).getUTCMonth();
    actual.add(rep * months + month, t.amount);
    if (!firstSeen.has(t.customer)) firstSeen.set(t.customer, { rep, month });
  }
  const newCustomers = new Array(reps.length * months).fill(0);
  for (const v of firstSeen.values()) newCustomers[v.rep * months + v.month]++;
  const annual = personTargets({ reps, regions: REGIONS, plan }, 2);
  const shares = monthShares(plan);
  const rows: EvaluationInput[] = [];
  reps.forEach((rep, r) => {
    const monthly = splitTarget(annual.get(rep.name)!, shares, 0);
    for (let m = 0; m < months; m++) {
      const period = dateSerial(SAMPLE_YEAR, m + 1, 1);
      if (period > asOf) break;
      const a = actual.toDecimal(r * months + m).toDecimalPlaces(2).toNumber();
      const won = Math.max(1, Math.round(a / (40_000 + 50_000 * rand())));
      const receivables = new Dec(a).mul(1 + 0.1 * rand()).toDecimalPlaces(2).toNumber();
      rows.push({
        period,
        rep: rep.name,
        region: rep.region,
        target: monthly[m]!.toNumber(),
        actual: a,
        newCustomers: newCustomers[r * months + m],
        leads: Math.max(won, Math.round(won / (0.1 + 0.3 * rand()))),
        won,
        collected: new Dec(receivables).mul(0.7 + 0.3 * rand()).toDecimalPlaces(2).toNumber(),
        receivables,
        process: randomInt(rand, 55, 98),
      });
    }
  });
  return rows;
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
