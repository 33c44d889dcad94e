import type { TrackingSheetTexts } from '../../sections/sheets';

export const trackingSheet: TrackingSheetTexts = {
  title: '销售过程跟踪表',
  columns: { date: '日期', owner: '负责人', customer: '客户', industry: '行业', stage: '阶段', action: '关键动作', status: '状态', expected: '预计完成日期', notes: '备注' },
  pickStage: '请从列表中选择阶段。',
  pickStatus: '请从列表中选择状态。',
  funnel: ['漏斗阶段', '到达数', '阶段转化率', '累计转化率', '标记'],
};
