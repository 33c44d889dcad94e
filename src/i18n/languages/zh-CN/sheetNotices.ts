import type { SheetNoticeTexts } from '../../catalogue';

const list = (names: readonly string[], max = 10): string =>
  names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')} 等 ${names.length} 个`;

export const sheetNotices: SheetNoticeTexts = {
  tables: {
    deals: '成交',
    reps: '人员名单',
    quotas: '月度指标',
    annualTargets: '年度目标',
    pipeline: '商机跟进',
    payments: '实发提成',
    activity: '过程数据（线索、成交数、回款、过程评分）',
  },
  columns: {
    customer: '客户',
    date: '日期',
    amount: '金额',
    rep: '销售员',
    region: '区域',
    team: '团队',
    level: '级别',
    productLine: '产品线',
    period: '期间',
    year: '年度',
    quota: '指标',
    annualTarget: '年度目标',
    owner: '负责人',
    stage: '阶段',
    status: '状态',
    paid: '实发',
    leads: '线索数',
    won: '成交数',
    collected: '回款',
    receivables: '应收',
    process: '过程评分',
  },
  scopes: { rep: '个人', team: '团队', region: '区域', company: '公司' },
  levels: { region: '区域', team: '团队', level: '级别' },
  text: {
    sheetSkipped: ({ sheet, needs }, t) =>
      `未生成“${sheet}”：需要${needs.map((n) => `含“${n.columns.map((c) => t.columns[c]).join('、')}”列的${t.tables[n.table]}表`).join('，或')}。`,
    periodEmpty: ({ period, first, last }) =>
      first === null ? `数据在 ${period} 内没有任何记录，也没有带日期的行。` : `数据在 ${period} 内没有任何记录；数据范围为 ${first} 至 ${last}，请在此范围内选择期间。`,
    regionWeightsMissing: ({ regions }) => `模板中没有区域 ${list(regions)} 的权重：各区域目标为其人员目标之和。`,
    productLineWeightsMissing: ({ productLines }) => `模板中没有产品线 ${list(productLines)} 的权重：目标分解表不含产品线层级。`,
    levelsMissing: ({ reps }) => `${list(reps)} 没有级别：分解到个人时按骨干计权重。`,
    targetsSuperseded: ({ scope, names, by }, t) =>
      `${t.scopes[scope]}目标（${list(names)}）在数据已有${t.scopes[by]}目标的月份未被使用，以更细的目标为准。`,
    targetWithoutReps: ({ scope, name }, t) => `${t.scopes[scope]}${name ? `“${name}”` : ''}的目标没有可分解的人员。`,
    planUnknown: ({ plan }) => `方案分配引用了模板中不存在的方案“${plan}”，未生成提成明细。`,
    planAssignmentMissing: ({ plans }) => `模板有 ${plans.length} 个方案（${list(plans)}），但没有规定哪个方案适用于哪位销售，未生成提成明细。`,
    planNoMatch: ({ by, reps }, t) => `${list(reps)} 的${t.levels[by]}不符合任何方案分配规则，且没有默认方案，未生成提成明细。`,
    commissionRefused: ({ problem }, _t, render) => `未生成提成明细：${render(problem)}`,
    paymentsMissing: () => '没有实发提成表：对账表的“实发”列留空，由财务填写。',
    adjustmentsWaiting: ({ period, reps }) => `已结账的 ${period} 在结账后有变动（${list(reps)}），而数据中其后还没有未结账的月份：这些调整待数据覆盖到下一个未结账月份时计入该月。`,
    statementClosed: ({ period, snapshot }) => `${period} 已结账（快照“${snapshot}”）：其提成明细表保持结账时的样子不变；结账后的变动计入下一个未结账期间。`,
  },
};
