/**
 * Three teams' own data, made the way the teams have it (never from the bundled sample): an
 * English CRM team in 2026 with split deals, a cancellation, a rep who joins and one who leaves;
 * a Chinese team in 2027 with its own regions and product lines, an annual target only; and a
 * small team with nothing but deals. Each comes with the settings and plans its template holds.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Plan } from '../../src/core/plans/schema';
import { dateSerial } from '../../src/data/calendar';
import type { Dataset, Deal, PipelineRow, Rep } from '../../src/data/model';
import type { PlanAssignment } from '../../src/sheets/planAssignment';

export interface TeamData {
  name: string;
  data: Dataset;
  settings: Settings;
  plans: Plan[];
  planAssignment?: PlanAssignment;
}

const d = dateSerial;
export const rep = (name: string, over: Partial<Rep> = {}): Rep => ({ name, region: null, team: null, level: null, start: null, end: null, manager: null, ...over });
export const deal = (id: string, customer: string, date: number, amount: number, reps: [string, number][] | string, over: Partial<Deal> = {}): Deal => ({
  id,
  customer,
  date,
  amount,
  splits: typeof reps === 'string' ? [{ rep: reps, share: 1 }] : reps.map(([r, share]) => ({ rep: r, share })),
  region: null,
  productLine: null,
  cancelled: null,
  collected: null,
  ...over,
});

/** A Dataset with nothing in it but what `over` gives. */
export const dataset = (over: Partial<Dataset> & Pick<Dataset, 'asOf'>): Dataset => ({
  origin: 'user',
  deals: [],
  reps: [],
  roster: false,
  quotas: [],
  annualTargets: [],
  pipeline: null,
  payments: null,
  activity: null,
  prospects: [],
  ...over,
});

// ---------------------------------------------------------------------------------------------
// An English CRM export, 2026

const CRM_REPS: Rep[] = [
  rep('Grace Lee', { region: 'West', team: 'West Enterprise', level: 'senior' }),
  rep('Alice Johnson', { region: 'West', team: 'West Enterprise', level: 'core', manager: 'Grace Lee' }),
  rep('Bob Martinez', { region: 'East', team: 'East Mid-Market', level: 'core' }),
  rep('Carla Nguyen', { region: 'East', team: 'East Mid-Market', level: 'new', start: d(2026, 4, 15) }),
  rep('Dev Patel', { region: 'East', team: 'East Mid-Market', level: 'senior', end: d(2026, 8, 31) }),
];
const CRM_CUSTOMERS = ['Northwind Traders', 'Contoso Ltd', 'Fabrikam, Inc.', 'Adventure Works', 'Tailspin Toys', 'Wide World Importers', 'Litware Inc', 'Proseware', '=Equals Consulting', 'Alpine Ski House'];
const CRM_LINES = ['Platform', 'Services', 'Training'];

function crmDeals(): Deal[] {
  const out: Deal[] = [];
  let n = 0;
  for (let m = 1; m <= 10; m++) {
    CRM_REPS.forEach((r, k) => {
      const employedFrom = r.start ?? d(2026, 1, 1);
      for (let j = 0; j < 3; j++) {
        const date = d(2026, m, 3 + j * 9 + k);
        if (date < employedFrom || (r.end !== null && date > r.end) || date > d(2026, 10, 20)) continue;
        n++;
        const amount = 8_000 + ((n * 7_919) % 41_000) + (n % 3) * 0.25;
        out.push(
          deal(`OPP-${1000 + n}`, CRM_CUSTOMERS[(n * 3 + k) % CRM_CUSTOMERS.length], date, amount, r.name, {
            region: r.region,
            productLine: CRM_LINES[n % 3],
            collected: n % 4 === 0 ? Math.round(amount * 50) / 100 : amount,
          }),
        );
      }
    });
  }
  // Split credit: two reps and three reps on one opportunity.
  out.push(deal('OPP-2001', 'Contoso Ltd', d(2026, 5, 20), 90_000, [['Alice Johnson', 0.6], ['Bob Martinez', 0.4]], { region: 'West', productLine: 'Platform', collected: 90_000 }));
  out.push(
    deal('OPP-2002', 'Fabrikam, Inc.', d(2026, 9, 14), 45_000.5, [['Bob Martinez', 0.5], ['Carla Nguyen', 0.3], ['Grace Lee', 0.2]], { region: 'East', productLine: 'Services', collected: 20_000 }),
  );
  // Cancelled after its month closed (clawed back in June), and one cancelled within its month.
  out.push(deal('OPP-2003', 'Tailspin Toys', d(2026, 3, 10), 60_000, 'Dev Patel', { region: 'East', productLine: 'Training', cancelled: d(2026, 6, 2), collected: 0 }));
  out.push(deal('OPP-2004', 'Proseware', d(2026, 7, 8), 12_000, 'Alice Johnson', { region: 'West', productLine: 'Services', cancelled: d(2026, 7, 20), collected: 0 }));
  return out;
}

function crmQuotas(): Dataset['quotas'] {
  const out: Dataset['quotas'] = [];
  const base: Record<string, number> = { 'Grace Lee': 140_000, 'Alice Johnson': 110_000, 'Bob Martinez': 100_000, 'Carla Nguyen': 60_000, 'Dev Patel': 120_000 };
  for (const r of CRM_REPS) {
    for (let m = 1; m <= 12; m++) {
      if (r.name === 'Carla Nguyen' && m < 4) continue;
      if (r.name === 'Dev Patel' && m > 8) continue;
      out.push({ scope: 'rep', name: r.name, period: `2026-${String(m).padStart(2, '0')}`, amount: base[r.name] + (m % 3) * 5_000 });
    }
  }
  return out;
}

const CRM_PIPELINE: PipelineRow[] = [
  ['Alice Johnson', 'Northwind Traders', 'lead', 'notStarted', 9, 2],
  ['Alice Johnson', 'Contoso Ltd', 'intent', 'inProgress', 9, 10],
  ['Alice Johnson', 'Adventure Works', 'won', 'done', 9, 15],
  ['Bob Martinez', 'Litware Inc', 'negotiation', 'inProgress', 9, 21],
  ['Bob Martinez', 'Proseware', 'lost', 'done', 10, 1],
  ['Carla Nguyen', 'Wide World Importers', 'lead', 'inProgress', 10, 6],
  ['Carla Nguyen', 'Alpine Ski House', 'won', 'done', 10, 9],
  ['Grace Lee', 'Fabrikam, Inc.', 'intent', 'notStarted', 10, 12],
].map(([owner, customer, stage, status, m, day]) => ({
  date: d(2026, m as number, day as number),
  owner: owner as string,
  customer: customer as string,
  industry: 'Software',
  stage: stage as PipelineRow['stage'],
  action: 'Demo',
  status: status as PipelineRow['status'],
  expected: d(2026, (m as number) + 1, day as number),
  notes: '',
}));

const usdPlan = (id: string, name: string, tiers: { lower: number; rate: number }[], extra: Partial<Plan> = {}): Plan => ({
  version: 1,
  id,
  name,
  currency: 'USD',
  decimals: 2,
  effectiveFrom: d(2026, 1, 1),
  effectiveTo: null,
  clawbackDays: null,
  draw: null,
  creditBasis: 'booked',
  maxRate: 1,
  components: [{ kind: 'rateTable', id: 'commission', name: 'Commission', basis: 'money', mode: 'marginal', boundary: 'lower', tiers }],
  ...extra,
});

export function crmTeam(): TeamData {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    language: 'en-US',
    currency: 'USD',
    targets: { ...DEFAULT_SETTINGS.targets, productLineWeights: { Platform: 0.5, Services: 0.3, Training: 0.2 } },
  };
  const plans = [
    usdPlan('ae', 'Account executives', [{ lower: 0, rate: 0.05 }, { lower: 100_000, rate: 0.08 }], {
      clawbackDays: 120,
      components: [
        { kind: 'rateTable', id: 'commission', name: 'Commission', basis: 'money', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate: 0.05 }, { lower: 100_000, rate: 0.08 }] },
        { kind: 'accelerator', id: 'accel', name: 'Accelerator', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate: 0 }, { lower: 1, rate: 0.02 }] },
      ],
    }),
    usdPlan('mm', 'Mid-market', [{ lower: 0, rate: 0.04 }, { lower: 80_000, rate: 0.06 }], { clawbackDays: 120, draw: { type: 'recoverable', amount: 2_000 } }),
  ];
  return {
    name: 'English CRM team',
    settings,
    plans,
    planAssignment: { by: 'region', rules: [{ value: 'West', plan: 'ae' }], default: 'mm' },
    data: {
      origin: 'user',
      deals: crmDeals(),
      reps: CRM_REPS,
      roster: true,
      quotas: crmQuotas(),
      annualTargets: [{ scope: 'company', name: '', year: 2026, amount: 7_000_000 }],
      pipeline: CRM_PIPELINE,
      payments: CRM_REPS.map((r, i) => ({ rep: r.name, period: '2026-10', amount: 1_000 * (i + 1) })),
      activity: [
        { rep: 'Alice Johnson', period: '2026-09', leads: 20, won: 4, collected: null, receivables: null, process: 82 },
        { rep: 'Alice Johnson', period: '2026-10', leads: 12, won: 2, collected: null, receivables: null, process: 76 },
        { rep: 'Grace Lee', period: '2026-10', leads: null, won: null, collected: null, receivables: null, process: 90 },
      ],
      prospects: ['Blue Yonder Airlines', 'Coho Winery'],
      asOf: d(2026, 10, 20),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A Chinese ERP export, 2027: an annual company target only, split by the template's weights

const CN_REPS: Rep[] = [
  rep('欧阳子涵', { region: '西南', team: '成渝一组', level: 'senior' }),
  rep('司马浩然', { region: '西南', team: '成渝一组', level: 'core' }),
  rep('诸葛思远', { region: '东北', team: '辽沈组', level: 'new' }),
  rep('上官雨桐', { region: '东北', team: '辽沈组', level: 'core' }),
  rep('慕容晓峰', { region: '东北', team: '辽沈组', level: null, start: d(2027, 3, 1) }),
];
const CN_CUSTOMERS = ['成都锦城软件有限责任公司', '沈阳北方重工机械厂', '重庆山城仓储有限公司', '大连海湾港务公司', '长春汽车配件厂', '绵阳科创园管委会', '哈尔滨冰城电力设备公司'];
const CN_LINES = ['工业软件', '云服务', '实施服务'];

function cnDeals(): Deal[] {
  const out: Deal[] = [];
  let n = 0;
  for (let m = 1; m <= 6; m++) {
    CN_REPS.forEach((r, k) => {
      for (let j = 0; j < 2; j++) {
        const date = d(2027, m, 5 + j * 11 + k);
        if (r.start !== null && date < r.start) continue;
        n++;
        out.push(deal(`HT-2027-${String(n).padStart(4, '0')}`, CN_CUSTOMERS[(n + k) % CN_CUSTOMERS.length], date, 60_000 + ((n * 3_571) % 150_000), r.name, { region: r.region, productLine: CN_LINES[(n + j) % 3] }));
      }
    });
  }
  out.push(deal('HT-2027-0900', '成都锦城软件有限责任公司', d(2027, 4, 18), 300_000, [['欧阳子涵', 0.7], ['司马浩然', 0.3]], { region: '西南', productLine: '工业软件' }));
  return out;
}

export function chineseTeam(): TeamData {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    language: 'zh-CN',
    targets: {
      ...DEFAULT_SETTINGS.targets,
      buffer: 0.1,
      regionWeights: { 西南: 0.55, 东北: 0.45 },
      productLineWeights: { 工业软件: 0.5, 云服务: 0.35, 实施服务: 0.15 },
    },
  };
  const cny = (id: string, name: string, rate: number): Plan => ({
    version: 1,
    id,
    name,
    currency: 'CNY',
    decimals: 2,
    effectiveFrom: d(2027, 1, 1),
    effectiveTo: null,
    clawbackDays: null,
    draw: null,
    creditBasis: 'booked',
    maxRate: 1,
    components: [
      { kind: 'rateTable', id: '阶梯提成', name: '阶梯提成', basis: 'attainment', mode: 'marginal', boundary: 'lower', tiers: [{ lower: 0, rate }, { lower: 1, rate: rate * 2 }] },
      { kind: 'gate', id: '门槛', name: '门槛', minAttainment: 0.5 },
    ],
  });
  return {
    name: 'Chinese ERP team',
    settings,
    plans: [cny('标准方案', '标准方案', 0.02), cny('新人方案', '新人方案', 0.015)],
    planAssignment: { by: 'level', rules: [{ value: 'new', plan: '新人方案' }], default: '标准方案' },
    data: {
      origin: 'user',
      deals: cnDeals(),
      reps: CN_REPS,
      roster: true,
      quotas: [],
      annualTargets: [{ scope: 'company', name: '', year: 2027, amount: 12_000_000 }],
      pipeline: [
        { date: d(2027, 6, 3), owner: '欧阳子涵', customer: '绵阳科创园管委会', industry: '政府', stage: 'negotiation', action: '方案汇报', status: 'inProgress', expected: d(2027, 6, 20), notes: '预算已批' },
        { date: d(2027, 6, 10), owner: '诸葛思远', customer: '大连海湾港务公司', industry: '港口', stage: 'lead', action: '电话沟通', status: 'notStarted', expected: null, notes: '' },
        { date: d(2027, 6, 12), owner: '上官雨桐', customer: '哈尔滨冰城电力设备公司', industry: '电力', stage: 'won', action: '签约', status: 'done', expected: d(2027, 6, 12), notes: '' },
      ],
      payments: null,
      activity: null,
      prospects: [],
      asOf: d(2027, 6, 30),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A small team with nothing but deals

export function dealsOnlyTeam(): TeamData {
  const people = ['Maria Garcia', 'Tom Becker', 'Yuki Tanaka'];
  const customers = ['Harbor Cafe', 'Pine Street Dental', 'Riverside Books', 'Oak & Ivy Florist'];
  const deals: Deal[] = [];
  for (let i = 0; i < 24; i++) deals.push(deal(`INV-${500 + i}`, customers[i % 4], d(2026, 1 + (i % 3), 2 + i), 450 + i * 37.5, people[i % 3]));
  return {
    name: 'Deals-only team',
    settings: { ...DEFAULT_SETTINGS, language: 'en-US', currency: 'EUR' },
    plans: [],
    data: dataset({ deals, reps: people.map((p) => rep(p)), asOf: Math.max(...deals.map((x) => x.date)) }),
  };
}

export const TEAMS = [crmTeam, chineseTeam, dealsOnlyTeam];
