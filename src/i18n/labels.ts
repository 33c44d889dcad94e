import type { GradeCode } from '../core/score';
import type { RfmSegment } from '../core/rfm';
import type { CustomerTier } from '../core/customers';
import type { Language } from '../core/language';

/** Labels the calculation core's stable codes show in cells, per language. */
interface Labels {
  grades: Record<GradeCode, string>;
  segments: Record<RfmSegment, string>;
  tiers: Record<CustomerTier, string>;
  commissionHeader: [string, string, string, string, string];
  total: string;
  rfmHeader: string[];
  abcHeader: string[];
}

export const LABELS: Readonly<Record<Language, Labels>> = {
  'en-US': {
    grades: { excellent: 'Excellent', good: 'Good', pass: 'Pass', improve: 'Needs improvement' },
    segments: {
      champions: 'Champions',
      loyal: 'Loyal',
      potentialLoyalists: 'Potential Loyalists',
      newCustomers: 'New Customers',
      promising: 'Promising',
      needAttention: 'Need Attention',
      aboutToSleep: 'About to Sleep',
      atRisk: 'At Risk',
      cantLose: "Can't Lose",
      hibernating: 'Hibernating',
      lost: 'Lost',
    },
    tiers: { core: 'Core', potential: 'Potential', developing: 'Developing', reactivate: 'Reactivate', lead: 'New lead' },
    commissionHeader: ['From', 'To', 'Base', 'Rate', 'Commission'],
    total: 'Total',
    rfmHeader: ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM', 'Segment'],
    abcHeader: ['ID', 'Value', 'Share', 'Cumulative share', 'Class'],
  },
  'zh-CN': {
    grades: { excellent: '优秀', good: '良好', pass: '合格', improve: '待改进' },
    segments: {
      champions: '重要价值客户',
      loyal: '忠诚客户',
      potentialLoyalists: '潜在忠诚客户',
      newCustomers: '新客户',
      promising: '有潜力客户',
      needAttention: '需要关注',
      aboutToSleep: '即将沉睡',
      atRisk: '流失风险',
      cantLose: '不能失去',
      hibernating: '沉睡客户',
      lost: '已流失',
    },
    tiers: { core: '核心客户', potential: '潜力客户', developing: '发展客户', reactivate: '待激活客户', lead: '新线索' },
    commissionHeader: ['起点', '终点', '计提基数', '费率', '提成'],
    total: '合计',
    rfmHeader: ['客户', '最近购买(天)', '购买频次', '购买金额', 'R', 'F', 'M', 'RFM', '客户分群'],
    abcHeader: ['编号', '金额', '占比', '累计占比', '分类'],
  },
};
