import type { Labels } from '../../sections/sheets';

/**
 * RFM segments as Chinese CRM practice names them (重要价值 / 重要发展 / 重要保持 / 重要挽留 …, from
 * the R-F-M high/low classes), not word-for-word translations of the English grid names.
 */
export const labels: Labels = {
  grades: { excellent: '优秀', good: '良好', pass: '合格', improve: '待改进' },
  segments: {
    champions: '重要价值客户',
    loyal: '忠诚客户',
    potentialLoyalists: '重要发展客户',
    newCustomers: '新客户',
    promising: '一般发展客户',
    needAttention: '一般保持客户',
    aboutToSleep: '即将沉睡客户',
    atRisk: '重要挽留客户',
    cantLose: '重要保持客户',
    hibernating: '沉睡客户',
    lost: '流失客户',
  },
  tiers: { core: '核心客户', potential: '潜力客户', developing: '发展客户', reactivate: '待激活客户', lead: '新线索' },
  commissionHeader: ['起点', '终点', '计提基数', '费率', '提成'],
  total: '合计',
  rfmHeader: ['客户', '最近购买(天)', '购买频次', '购买金额', 'R', 'F', 'M', 'RFM', '客户分群'],
  abcHeader: ['编号', '金额', '占比', '累计占比', '分类'],
};
