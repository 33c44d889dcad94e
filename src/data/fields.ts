/**
 * The tables a team can bring and the fields each one has, with every header the product
 * recognises for a field. Headers are compared after `normaliseHeader` (NFKC, case, spaces and
 * joining punctuation ignored), so "Close Date", "close_date" and "ＣＬＯＳＥ ＤＡＴＥ" (full width) are one header.
 *
 * Synonyms are listed in priority order: when two columns of one table match the same field, the
 * column whose header comes earlier in the list wins and the other is listed as ignored. That is
 * how a split-credit export with both "Split Owner" and "Opportunity Owner" credits the split
 * owner, and a multi-currency export with "Amount (converted)" and "Amount" uses the converted one.
 *
 * The README lists these synonyms; a test keeps the two equal.
 */

export type TableKind = 'deals' | 'reps' | 'quotas' | 'pipeline' | 'payments' | 'activity' | 'collections' | 'fx';
export const TABLE_KINDS: readonly TableKind[] = ['deals', 'reps', 'quotas', 'pipeline', 'payments', 'activity', 'collections', 'fx'];

/** How a cell of the field is read (values.ts). */
export type FieldType =
  | 'id'
  /** Free text (notes, next steps): kept as typed. */
  | 'text'
  /** A name many rows repeat (customer, region, team, product line): read once per distinct value. */
  | 'label'
  | 'name'
  | 'amount'
  | 'date'
  | 'period'
  | 'year'
  | 'share'
  | 'count'
  | 'score'
  | 'stage'
  | 'status'
  | 'level'
  /** An ISO currency code (USD), or a currency's everyday name (美元, US dollar). */
  | 'currency'
  /** An exchange rate: a number above zero. */
  | 'rate';

export interface FieldSpec {
  type: FieldType;
  /** Recognised headers, highest priority first. */
  synonyms: readonly string[];
}

// Shared synonym lists: the same column means the same thing in every table that has it.
const REP = [
  'Salesperson',
  'Sales person',
  'Sales rep',
  'Sales representative',
  'Rep',
  'Rep name',
  'Owner',
  'Owner name',
  'Opportunity owner',
  'Account owner',
  'Deal owner',
  'Order owner',
  'Seller',
  'Account manager',
  '销售员',
  '销售',
  '业务员',
  '负责人',
  '销售人员',
  '销售代表',
  '业务负责人',
  '销售负责人',
  '归属销售',
  '跟进人',
  '客户经理',
  '业务经理',
  '经办人',
  '销售姓名',
];
const CUSTOMER = [
  'Customer',
  'Customer name',
  'Account',
  'Account name',
  'Client',
  'Client name',
  'Company',
  'Company name',
  'Associated company',
  'Associated company (primary)',
  'Organization',
  'Organisation',
  'Organization name',
  'Organization - Name',
  'Buyer',
  '客户',
  '客户名称',
  '客户名',
  '客户全称',
  '客户简称',
  '购买方',
  '购货单位',
  '单位名称',
];
const STAGE = ['Stage', 'Opportunity stage', 'Sales stage', 'Deal stage', '阶段', '商机阶段', '销售阶段', '跟进阶段'];
const REGION = ['Region', 'Territory', 'Sales region', 'Area', '区域', '大区', '销售区域', '片区', '地区', '所属区域'];
const TEAM = ['Team', 'Team name', 'Sales team', 'Group', 'Department', '团队', '小组', '部门', '组别', '销售团队', '所属团队', '分组'];
const PERIOD = ['Period', 'Month', 'Quota month', 'Target month', 'Year-month', '月份', '期间', '年月', '月度', '考核月份', '所属月份'];
const TARGET = [
  'Quota',
  'Target',
  'Quota amount',
  'Target amount',
  'Sales quota',
  'Sales target',
  'Goal',
  '目标',
  '指标',
  '任务额',
  '目标额',
  '目标金额',
  '销售目标',
  '业绩目标',
  '销售任务',
  '业绩指标',
  '任务',
];
const COLLECTED = [
  'Collected',
  'Collected amount',
  'Amount collected',
  'Cash collected',
  'Received amount',
  'Amount received',
  'Payment received',
  '回款金额',
  '回款',
  '回款额',
  '已回款',
  '已回款金额',
  '实收金额',
  '收款金额',
  '已收款',
];

const DEAL_ID = [
    'Deal ID',
    'Deal number',
    'Deal no',
    'Opportunity ID',
    'Opportunity number',
    'Order ID',
    'Order number',
    'Order no',
    'Order #',
    'Sales order',
    'Sales order number',
    'Invoice number',
    'Invoice no',
    'Invoice #',
    'Invoice ID',
    'Transaction ID',
    'Contract number',
    'Contract no',
    'Document number',
    '订单号',
    '单号',
    '合同编号',
    '订单编号',
    '单据编号',
    '单据号',
    '合同号',
    '发票号',
    '发票号码',
    '商机编号',
    '销售订单号',
    '销售单号',
    '交易编号',
    '流水号',
];
const CURRENCY = ['Currency', 'Currency code', 'Deal currency', 'Amount currency', 'Opportunity currency', 'Transaction currency', '币种', '币别', '货币', '交易币种', '结算币种', '原币币种'];
/** When cash arrived (回款日期): a collection's own date, never the deal's. */
const COLLECTION_DATE = [
  'Collection date',
  'Collected date',
  'Date collected',
  'Payment date',
  'Date paid',
  'Paid date',
  'Receipt date',
  'Received date',
  'Date received',
  '回款日期',
  '回款时间',
  '收款日期',
  '到账日期',
  '到款日期',
  '收款时间',
];

const f = (type: FieldType, synonyms: readonly string[]): FieldSpec => ({ type, synonyms });

/** Every kind's fields. `TableSpec` below says which are required. */
export const FIELDS = {
  deals: {
    // HubSpot's deals export names the deal's own id "Record ID"; in other tables it is that row's id, not a deal's.
    id: f('id', [DEAL_ID[0], 'Record ID', ...DEAL_ID.slice(1)]),
    customer: f('label', CUSTOMER),
    date: f('date', [
      'Date',
      'Close date',
      'Closed date',
      'Date closed',
      'Won date',
      'Won time',
      'Won on',
      'Order date',
      'Invoice date',
      'Booking date',
      'Booked date',
      'Transaction date',
      'Sale date',
      'Sales date',
      '日期',
      '成交日期',
      '订单日期',
      '下单日期',
      '签约日期',
      '单据日期',
      '开票日期',
      '业务日期',
      '销售日期',
      '交易日期',
    ]),
    amount: f('amount', [
      'Amount (converted)',
      'Amount',
      'Revenue',
      'Sales',
      'Order amount',
      'Total',
      'Total amount',
      'Total price',
      'Deal amount',
      'Deal value',
      'Net amount',
      'Invoice amount',
      'Sales amount',
      'Value',
      '金额',
      '成交金额',
      '销售额',
      '订单金额',
      '合同金额',
      '销售金额',
      '价税合计',
      '含税金额',
      '总金额',
      '订单总额',
    ]),
    rep: f('name', ['Split owner', 'Split rep', ...REP, '分成人', '业绩归属人']),
    share: f('share', [
      'Split percentage',
      'Split percent',
      'Split %',
      'Split share',
      'Split',
      'Share',
      'Share %',
      'Credit %',
      'Credit share',
      'Percentage',
      '分成比例',
      '业绩比例',
      '分配比例',
      '业绩占比',
      '分成',
      '比例',
      '占比',
    ]),
    region: f('label', REGION),
    productLine: f('label', [
      'Product line',
      'Product family',
      'Product',
      'Product category',
      'Product group',
      'Product type',
      'Line of business',
      '产品线',
      '产品',
      '产品类别',
      '产品系列',
      '产品大类',
      '产品分类',
      '品类',
    ]),
    cancelled: f('date', [
      'Cancelled date',
      'Canceled date',
      'Cancellation date',
      'Cancel date',
      'Date cancelled',
      'Date canceled',
      'Cancelled on',
      'Canceled on',
      'Voided date',
      '取消日期',
      '作废日期',
      '撤单日期',
      '退单日期',
      '退货日期',
    ]),
    collected: f('amount', COLLECTED),
    currency: f('currency', CURRENCY),
    // A CRM export of every opportunity: only the won ones are sales (readDeals.ts).
    stage: f('stage', [...STAGE, 'Deal status', 'Opportunity status', '商机状态']),
  },
  reps: {
    name: f('name', [
      'Name',
      'Rep',
      'Rep name',
      'Salesperson',
      'Sales person',
      'Sales rep',
      'Employee',
      'Employee name',
      'Full name',
      'Staff',
      '姓名',
      '销售员',
      '员工姓名',
      '销售人员',
      '业务员',
      '员工',
      '人员',
      '销售',
      '名字',
    ]),
    region: f('label', REGION),
    team: f('label', TEAM),
    level: f('level', ['Level', 'Rep level', 'Seniority', 'Career level', '级别', '职级', '层级', '等级']),
    start: f('date', ['Start date', 'Hire date', 'Hired', 'Join date', 'Joined', 'Date joined', 'Start', 'Employment start', '入职日期', '入职时间', '开始日期', '到岗日期']),
    end: f('date', ['End date', 'Leave date', 'Leaving date', 'Termination date', 'Exit date', 'Left', 'End', '离职日期', '离职时间', '结束日期']),
    manager: f('name', ['Manager', 'Reports to', 'Line manager', 'Direct manager', 'Manager name', 'Supervisor', '直属上级', '直接上级', '上级', '上级经理', '主管', '汇报对象', '经理']),
  },
  quotas: {
    rep: f('name', REP),
    team: f('label', TEAM),
    region: f('label', REGION),
    period: f('period', PERIOD),
    year: f('year', ['Year', 'Fiscal year', 'FY', 'Quota year', '年度', '年份', '财年']),
    target: f('amount', TARGET),
  },
  pipeline: {
    date: f('date', ['Date', 'Created date', 'Create date', 'Created', 'Created on', '日期', '创建日期', '登记日期']),
    owner: f('name', REP),
    customer: f('label', CUSTOMER),
    industry: f('label', ['Industry', '行业', '所属行业']),
    stage: f('stage', STAGE),
    action: f('text', ['Key action', 'Next step', 'Next action', 'Action', '关键动作', '下一步', '跟进动作', '行动']),
    status: f('status', ['Status', 'Task status', '状态', '进展状态']),
    expected: f('date', ['Expected date', 'Expected completion', 'Expected close date', 'Close date', 'Due date', '预计完成日期', '预计成交日期', '预计日期', '截止日期']),
    notes: f('text', ['Notes', 'Note', 'Description', 'Comments', 'Comment', 'Remarks', '备注', '需求/风险', '说明', '描述']),
  },
  payments: {
    rep: f('name', REP),
    period: f('period', PERIOD),
    paid: f('amount', [
      'Commission paid',
      'Paid commission',
      'Paid',
      'Amount paid',
      'Paid amount',
      'Payout',
      'Payout amount',
      '已发提成',
      '实发提成',
      '已发放提成',
      '已发放',
      '发放金额',
      '实发金额',
      '已付提成',
      '提成发放',
    ]),
  },
  activity: {
    rep: f('name', REP),
    period: f('period', PERIOD),
    leads: f('count', ['Leads', 'Lead count', 'Number of leads', 'Leads count', '线索数', '线索', '线索数量']),
    won: f('count', ['Won deals', 'Deals won', 'Wins', 'Won', 'Won count', '成交数', '成交单数', '成交笔数', '赢单数']),
    collected: f('amount', COLLECTED),
    receivables: f('amount', ['Receivables', 'Receivable', 'Accounts receivable', 'AR', '应收', '应收账款', '应收金额', '应收款']),
    process: f('score', ['Process score', 'Process', 'Behaviour score', 'Behavior score', 'Activity score', '过程评分', '过程分', '过程得分', '行为评分']),
    target: f('amount', TARGET),
  },
  collections: {
    deal: f('id', DEAL_ID),
    customer: f('label', CUSTOMER),
    date: f('date', COLLECTION_DATE),
    amount: f('amount', [...COLLECTED, 'Payment amount', 'Receipt amount', 'Amount paid', 'Paid amount', 'Amount', '到账金额', '收款额', '金额']),
  },
  fx: {
    period: f('period', PERIOD),
    currency: f('currency', CURRENCY),
    rate: f('rate', ['Exchange rate', 'Rate', 'FX rate', 'Conversion rate', 'Rate to company currency', '汇率', '折算汇率', '兑换汇率', '记账汇率', '折算率']),
  },
} as const satisfies Record<TableKind, Record<string, FieldSpec>>;

export type FieldKey<K extends TableKind = TableKind> = K extends TableKind ? keyof (typeof FIELDS)[K] & string : never;

export interface TableSpec {
  /** Fields a table of this kind must have. */
  required: readonly string[];
  /** At least one field of each group must be present (a quota needs a period or a year). */
  oneOf: readonly (readonly string[])[];
  /**
   * Fields only this kind has: a table with one of them is this kind even when another kind
   * matches more columns (an opportunity export with a Stage column is a pipeline).
   */
  signature: readonly string[];
  /** Kinds a table that fits completely stays, signature or not (a deals export with a Payment date column is deals). */
  yieldsTo?: readonly TableKind[];
}

export const TABLES: Record<TableKind, TableSpec> = {
  deals: { required: ['customer', 'date', 'amount', 'rep'], oneOf: [], signature: [] },
  // A column of names alone is not a roster: any table with a rep column would be one.
  reps: { required: ['name'], oneOf: [['region', 'team', 'level', 'start', 'end', 'manager']], signature: [] },
  quotas: { required: ['target'], oneOf: [['period', 'year']], signature: ['target'] },
  pipeline: { required: ['owner', 'customer', 'stage', 'date'], oneOf: [], signature: ['stage'] },
  payments: { required: ['rep', 'period', 'paid'], oneOf: [], signature: ['paid'] },
  activity: {
    required: ['rep', 'period'],
    oneOf: [['leads', 'won', 'collected', 'receivables', 'process']],
    signature: ['leads', 'won', 'receivables', 'process'],
  },
  // Cash received, against a deal (by its id) or a customer (applied to their oldest open deals).
  collections: { required: ['date', 'amount'], oneOf: [['deal', 'customer']], signature: ['date'], yieldsTo: ['deals'] },
  fx: { required: ['period', 'currency', 'rate'], oneOf: [], signature: ['rate'] },
};

export const fieldsOf = (kind: TableKind): FieldKey[] => Object.keys(FIELDS[kind]) as FieldKey[];

export function fieldSpec(kind: TableKind, field: string): FieldSpec | undefined {
  return (FIELDS[kind] as Record<string, FieldSpec>)[field];
}

/** Every field key of any kind (what `--map Header=field` accepts, besides `kind.field` and `ignore`). */
export const ALL_FIELD_KEYS: readonly string[] = [...new Set(TABLE_KINDS.flatMap((k) => fieldsOf(k)))];

/** Joining characters people put in headers ("Close_Date", "Deal-ID", "*客户名称", "需求/风险"). */
const JOINERS = /[\s_\-.·:：*/\\]+/g;

/**
 * A header as recognition compares it: NFKC (full-width letters, digits and spaces become
 * ordinary ones), lower case, without spaces or joining punctuation, and without a trailing
 * currency unit in brackets ("Amount (USD)", "金额（元）"). A unit that scales the number
 * ("金额（万元）") is kept, so such a column is never read as plain money by accident.
 */
export function normaliseHeader(header: string): string {
  const s = header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(\s*(?:[a-z]{3}|[$¥€£]|元|人民币|rmb)\s*\)\s*$/u, '');
  return s.replace(JOINERS, '');
}

const SYNONYM_INDEX: Map<string, { kind: TableKind; field: string; rank: number }[]> = (() => {
  const index = new Map<string, { kind: TableKind; field: string; rank: number }[]>();
  for (const kind of TABLE_KINDS) {
    for (const [field, spec] of Object.entries(FIELDS[kind] as Record<string, FieldSpec>)) {
      spec.synonyms.forEach((s, rank) => {
        const key = normaliseHeader(s);
        const list = index.get(key) ?? [];
        list.push({ kind, field, rank });
        index.set(key, list);
      });
    }
  }
  return index;
})();

/** The field a header stands for in a table of `kind`, with its synonym's rank (lower wins). */
/**
 * CRMs that export several records in one table prefix each header with its record
 * ("Deal - Won time", "Opportunity: Close Date", "商机-金额"): such a header is matched on what
 * follows the prefix when it does not match whole, after every whole header (a lower rank).
 */
const RECORD_PREFIX = /^\s*(?:deal|opportunity|order|account|organi[sz]ation|company|lead|商机|订单|客户)\s*[-:：–—]\s*(.+)$/iu;
const PREFIXED_RANK = 1_000;

export function matchHeader(kind: TableKind, header: string): { field: string; rank: number } | null {
  const hit = SYNONYM_INDEX.get(normaliseHeader(header))?.find((h) => h.kind === kind);
  if (hit) return { field: hit.field, rank: hit.rank };
  const rest = RECORD_PREFIX.exec(header)?.[1];
  const inner = rest === undefined ? undefined : SYNONYM_INDEX.get(normaliseHeader(rest))?.find((h) => h.kind === kind);
  return inner ? { field: inner.field, rank: PREFIXED_RANK + inner.rank } : null;
}
