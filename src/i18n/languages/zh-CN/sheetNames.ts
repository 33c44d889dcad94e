import type { SheetNameTexts } from '../../catalogue';

/** One name per sheet, the same in the pane, the workbook and the README (提成明细 takes the period after it). */
export const sheetNames: SheetNameTexts = {
  settings: '设置',
  targets: '目标分解',
  tracking: '销售过程跟踪',
  evaluation: '业绩评估',
  improvement: '改进计划',
  customers: '客户分层',
  review: '会议资料',
  plans: '提成方案',
  statement: '提成明细',
  reconciliation: '提成对账',
};
