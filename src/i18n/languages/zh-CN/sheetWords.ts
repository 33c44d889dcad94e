import type { PrintTexts, SheetWords } from '../../sections/sheets';

export const sheetWords: SheetWords = {
  stages: { lead: '线索', intent: '意向', negotiation: '谈判', won: '成交', lost: '丢单' },
  statuses: { notStarted: '未开始', inProgress: '进行中', done: '已完成' },
  levels: { new: '新人', core: '骨干', senior: '资深' },
  lights: { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' },
  metrics: { completion: '完成率', conversion: '转化率', averageOrderValue: '客单价', collection: '回款率', process: '过程行为' },
  low: '偏低',
  total: '合计',
  target: '目标',
  actual: '实际',
  completion: '完成率',
  pace: '序时达成率',
  status: '预警',
  elapsed: '时间进度',
  region: '区域',
  productLine: '产品线',
  rep: '销售员',
  name: '姓名',
  period: '期间',
  rank: '排名',
  reportDate: '报告日期',
  pickFromList: '请从列表中选择。',
};

export const print: PrintTexts = {
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  reportDate: (iso) => `报告日期 ${iso}`,
};
