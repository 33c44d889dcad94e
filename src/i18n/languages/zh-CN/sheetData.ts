import type { SheetDataTexts } from '../../catalogue';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export const sheetData: SheetDataTexts = {
  targetsSource: ({ annual, bufferRate, seasonal }) =>
    [
      annual ? '年度目标为数据中的公司目标。' : '年度目标为数据中各目标之和。',
      bufferRate !== null ? `分解前预留 ${pct(bufferRate)} 作为缓冲。` : '',
      '每个月采用数据中最细的目标（个人、团队、区域、公司依次优先）；较粗的目标按级别权重分解到个人。',
      '预留缓冲 = 年度目标 − 可分解目标。',
      seasonal ? '年度目标按模板的季节权重分解到季度和月份。' : '',
    ].join(''),
  overdue: '预计完成日期早于报告日期（见“设置”表）且状态不是“已完成”的行标红。',
  evaluation: {
    target: '目标来自数据中的指标，分解方式与“目标分解”表一致。',
    targetBlank: '目标来自数据中的指标，分解方式与“目标分解”表一致。该月没有目标的人员留空：不计算完成率、节奏和红黄绿灯。',
    actual: '该销售员在当月成交订单中的业绩（拆分订单按比例计入），扣除截至报告日已取消的订单。',
    newCustomers: '在数据中首次成交落在当月的客户数，计入该订单的每位销售员。数据的第一个月所有客户都算新客户。',
    leadsFromPipeline: '数据中没有该销售员当月的线索数时：取其当月的商机跟进行数。转化率 = 成交数 ÷ 线索数。',
    leadsMissing: '留空：数据中没有线索数也没有商机跟进表，综合得分不含转化率。',
    wonFromDeals: '数据中没有该销售员当月的成交数时：取其当月成交订单数（拆分订单计入每位参与的销售员）。',
    collectionFromDeals: '数据中没有该销售员当月的回款数据时：回款 = 当月订单回款金额中该销售员的份额，应收 = 这些订单的成交金额。',
    collectionMissing: '留空：数据中没有回款金额，综合得分不含回款率。',
    processMissing: '数据中没有过程评分的行留空，综合得分不含过程行为。',
    score: '综合得分只计本行已有的指标，其权重（见“设置”表）按比例放大至合计 100%；没有任何指标时留空。',
  },
  review: {
    noPipeline: '数据中没有商机跟进表：漏斗留空。',
    noTargets: '数据中没有本期目标：完成率、差距与节奏留空。',
  },
  reconciliation: {
    paidMissing: '数据中没有实发提成表：请在此列填写实际发放金额，差额与状态随之更新。',
  },
};
