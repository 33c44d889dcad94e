import type { ClosingTexts } from '../../sections/closing';

/** "2026-02-03T09:00:00.000Z" → "2026-02-03 09:00（世界协调时）". */
const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')}（世界协调时）`;

export const closing: ClosingTexts = {
  problems: {
    periodNotInRun: ({ period, first, last }) => `${period} 不在本数据的月份内（${first} 至 ${last}）。`,
    alreadyClosed: ({ period, snapshot, closedAt }) => `${period} 已结账（快照“${snapshot}”，${when(closedAt)}）。如需重新结账，请先反结账。`,
    noStatements: ({ period }) => `${period} 没有可结账的提成明细。`,
    notClosed: ({ period }) => `${period} 尚未结账。`,
    laterClosed: ({ period, later }) => `${later} 已结账，不能反结账 ${period}：请先反结账 ${later}。`,
    sheetBlocked: ({ period, sheet }) => `${period} 未结账：工作表 ${sheet} 中结账明细要写入的位置有手工输入的单元格。请移开后再结账。`,
    recordNotSaved: ({ period, sheet, unlocked }) =>
      `${period} 未结账：工作簿未能保存结账记录。${unlocked ? `工作表 ${sheet} 中是提成明细的数值，未加保护；请重新生成或再次结账。` : `工作表 ${sheet} 仍处于保护状态：请先撤消工作表保护（审阅 › 撤消工作表保护），再次结账。`}`,
    recordUnreadable: ({ reason }) => `无法读取工作簿中的结账记录（${reason === 'notJson' ? '不是 JSON' : '不是本工具写入的记录'}），因此不在其上生成任何内容。`,
  },
  closedLine: ({ snapshot, closedAt }) => `结账于 ${when(closedAt)} · 快照“${snapshot}” · 按已发放数值保存；之后的变动以以前期间调整列示`,
  footer: (snapshot) => `快照“${snapshot}”`,
  pane: {
    title: '期间结账',
    hint: '结账会把该月提成明细写为数值、保护工作表并保存快照；之后的变动计入下一个未结账月份。',
    period: '月份',
    close: '结账',
    reopen: '反结账',
    working: '正在结账…',
    closed: (period, snapshot) => `${period} 已结账（快照“${snapshot}”）。`,
    reopened: (period, snapshot) => `${period} 已反结账；快照“${snapshot}” 作为历史版本保留。`,
    previewNote: '浏览器预览中的结账只在本次会话和下载的工作簿中有效；正式结账请在 Excel 中或在命令行中进行。',
    monthPlaceholder: '如 2026-01',
  },
  cli: {
    badMonth: (option, value) => `${option} 需要形如 2026-01 的月份（四位年份-两位月份），而不是“${value}”。`,
    bothActions: '--close 和 --reopen 不能在同一次运行中使用。',
    closed: (period, snapshot, file) => `已在 ${file} 中结账 ${period}：快照“${snapshot}”。`,
    reopened: (period, snapshot, file) => `已在 ${file} 中反结账 ${period}；快照“${snapshot}” 作为历史版本保留。`,
    adjustments: (count, period) => `${count} 条以前期间调整计入 ${period}。`,
  },
};
