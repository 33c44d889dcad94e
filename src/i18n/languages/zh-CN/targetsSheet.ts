import type { TargetsSheetTexts } from '../../sections/sheets';

const QUARTERS = ['一', '二', '三', '四'];

export const targetsSheet: TargetsSheetTexts = {
  title: (year) => `${year} 年目标分解`,
  annual: '年度目标',
  buffer: '预留缓冲',
  distributed: '可分解目标',
  challengeUplift: '挑战目标上浮',
  excellenceUplift: '卓越目标上浮',
  levels: { quarter: '季度', month: '月度', week: '周', region: '区域', team: '团队', productLine: '产品线', person: '个人' },
  quarter: (q) => `第${QUARTERS[q - 1]}季度`,
  columns: {
    level: '层级',
    name: '名称',
    weight: '权重',
    start: '开始',
    end: '结束',
    base: '基础目标',
    challenge: '挑战目标',
    excellence: '卓越目标',
    actual: '截至报告日实际',
  },
  check: ['层级', '分解合计', '差额'],
  splitNote:
    '分解值按最大余数法计算，保证各部分合计精确等于总额（原生公式无法实现）；可用 =SALES.SPLIT(总额, 权重) 重算任一层级。完成率、节奏与红黄绿灯为读取“设置”表的原生公式。',
};
