import type { CommissionSheetsTexts } from '../../sections/sheets';

export const commissionSheets: CommissionSheetsTexts = {
  seedPlan: {
    plan: { id: '提成方案', name: '销售提成方案' },
    tiered: { id: '阶梯提成', name: '阶梯提成' },
    record: { id: '破纪录奖励', name: '破纪录奖励' },
    pool: { id: '团队奖金池', name: '团队奖金池' },
  },
  plans: {
    title: '提成方案',
    intro: '每个表为一个方案版本：先是方案设置，再是各组成部分（档位行：下限、费率）。可直接修改；读取时会校验。=SALES.PAYOUT 读取一个组成部分的区域。',
  },
  statement: {
    title: (period) => `提成明细 ${period}`,
    summary: { rep: '销售编号', credit: '业绩', quota: '指标（按天折算）', attainment: '达成率', payout: '应发提成' },
    blockTitle: ({ company, period, rep }) => [company, `提成明细 ${period}`, rep].filter((x) => x).join(' · '),
    credit: '业绩',
    quota: '指标',
    attainment: '达成率',
    lines: {
      component: '组成部分',
      kind: '类型',
      band: '档位',
      from: '起点',
      to: '终点',
      base: '计提基数',
      rate: '费率',
      amount: '金额',
      explanation: '说明',
      check: '公式核对',
      result: '结果',
      tierAttainment: '达成率',
      lower: '下限',
      tierRate: '费率',
      tierAmount: '档位金额',
    },
    crossCheckNote: '核对：每个档位行用其档位表（M:P 列）和业绩以原生公式重算，其他带费率的行按 计提基数 × 费率 重算，均四舍五入到分；与明细行分毫不差时显示“一致”。',
    ok: '一致',
    checkFlag: '需核对',
  },
  reconciliation: {
    title: '提成对账：应发与实发',
    columns: { period: '期间', rep: '销售编号', computed: '应发', paid: '实发', difference: '差额', status: '状态' },
    ok: '一致',
    check: '需核对',
  },
};
