import type { ImprovementSheetTexts } from '../../sections/sheets';

export const improvementSheet: ImprovementSheetTexts = {
  title: '销售改进计划表',
  intro: '根据业绩评估自动建议，所有单元格均可修改。',
  reasons: { grade: '等级为待改进', consecutive: (n) => `连续 ${n} 个月未达标`, both: '两者皆是' },
  items: {
    completion: { item: '目标完成率', measures: '每周复盘商机，拜访集中在前 20% 的重点客户', support: '市场部提供线索，主管陪同关键拜访' },
    conversion: { item: '线索转化率', measures: '报价前先筛选线索，48 小时内跟进', support: '销售技巧辅导，异议处理话术' },
    averageOrderValue: { item: '客单价', measures: '组合报价，向老客户追加销售', support: '产品培训，组合价格表' },
    collection: { item: '回款率', measures: '每周梳理应收清单，到期前提醒', support: '财务每周提供账龄表' },
    process: { item: '过程行为', measures: '每次拜访及时记录，每天更新阶段', support: '客户管理系统使用培训，主管每周检查' },
  },
  columns: {
    owner: '负责人',
    region: '区域',
    period: '月份',
    why: '原因',
    item: '改进项目',
    measures: '改进措施',
    deadline: '完成期限',
    support: '所需支持',
    effect: '预期效果',
    notes: '进展备注',
  },
  nobody: '本期无需改进人员',
};
