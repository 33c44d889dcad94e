import type { CustomersSheetTexts } from '../../sections/sheets';

export const customersSheet: CustomersSheetTexts = {
  title: '客户分层（RFM、层级、ABC）',
  columns: {
    customer: '客户',
    last: '最近购买日',
    recency: '距今天数',
    frequency: '购买次数',
    monetary: '购买金额',
    segment: '客户分群',
    purchases: '近12月次数',
    amount: '近12月金额',
    tier: '客户层级',
    cadence: '跟进周期(天)',
    next: '下次跟进',
    share: '占比',
    cumulative: '累计占比',
  },
  none: '无客户数据',
  rfmNote: 'R、F、M 与客户分群为数值：对全部客户按五分位打分无法用可移植的原生公式表达。可用 =SALES.RFM(客户, 日期, 金额, 截止日) 由交易表重算。',
  totalsNote: (n) => `购买次数、购买金额与近12月各列为 ${n} 笔交易的汇总（交易明细未复制到本工作簿）。层级与 ABC 分类在此为原生公式，也可用 =SALES.CUSTOMERTIER、=SALES.ABC 重算。`,
  summary: ['分组', '客户数', '近12月金额'],
  abcGroup: (cls) => `ABC ${cls} 类`,
};
