import type { ReviewSheetTexts } from '../../sections/sheets';

export const reviewSheet: ReviewSheetTexts = {
  title: (period) => `销售会议资料 — ${period}`,
  periodLine: '期间',
  tiles: { target: '目标', actual: '实际', completion: '完成率', gap: '目标差距', pace: '序时达成率', status: '预警' },
  comparison: {
    title: '对比分析',
    header: ['对比', '期间', '实际', '对比值', '差额', '增减'],
    mom: '环比',
    yoy: '同比',
    ytd: '年初至今对目标',
    ytdLastYear: '年初至今对去年同期',
    span: (current, previous) => `${current} 对 ${previous}`,
    to: (date) => `截至 ${date}`,
    noHistory: '历史数据不足',
    noTarget: '无目标',
  },
  trend: { title: '月度趋势', header: ['月份', '目标', '实际', '完成率', '年初至今累计'], chart: '各月目标与实际' },
  ranking: { region: '区域', productLine: '产品线', rep: '销售员', chart: (what) => `各${what}完成率` },
  funnel: { title: '销售漏斗', header: ['漏斗阶段', '到达数', '阶段转化率'], chart: '销售漏斗' },
  agenda: {
    weekly: '周例会议程',
    monthly: '月度会议议程',
    header: ['议程', '时间占比', '分钟'],
    items: ['业绩回顾', '市场与竞争', '策略讨论', '目标与差距', '行动计划与责任人'],
    note: '分钟数按最大余数法分配，合计等于会议时长；可用 =SALES.SPLIT 重算。',
  },
};
