import type { GenerateTexts } from '../../sections/pane';

export const generate: GenerateTexts = {
  heading: '生成工作表',
  sheets: '要生成的工作表',
  noSheets: '请至少选择一个工作表。',
  period: '期间',
  periodKinds: { week: '周', month: '月', quarter: '季度', year: '年' },
  periodDate: '期间内的任一日期',
  periodDateHint: (label) => `期间：${label}`,
  sheetLanguage: '工作表语言',
  refresh: '更新已有的加载项表格，而不是新增工作表',
  run: '生成',
  running: '正在生成…',
  progress: (done, total, step) => `${step}（${done}/${total}）`,
  done: (n) => `已生成 ${n} 个工作表：`,
  open: (name) => `转到 ${name}`,
  rowsOf: (n) => `${n} 行`,
  failed: '无法生成工作表。',
  invalidSettings: '部分设置无效，请先在“方案与设置”中修正。',
};
