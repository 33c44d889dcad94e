import type { WorkbookWriteTexts } from '../../catalogue';

const list = (names: string[]): string => names.join('、');

export const workbookWrite: WorkbookWriteTexts = {
  notices: {
    sheetRenamed: ({ sheet, wanted }) => `已存在名为“${wanted}”的工作表，新工作表命名为“${sheet}”；原工作表未作任何改动。`,
    tableRenamed: ({ wanted, actual }) => `已存在名为“${wanted}”的表格，新表格命名为“${actual}”。`,
    nameTaken: ({ wanted, actual }) => `工作簿中已有非本加载项创建的名称“${wanted}”，生成的公式改用“${actual}”。`,
    featureSkipped: ({ sheet, feature, requirement }) => `工作表“${sheet}”：此版本的 Excel 不支持${workbookWrite.features[feature]}（需要 ${requirement}），已跳过。`,
    listTooLong: ({ sheet, range }) => `工作表“${sheet}”：${range} 的下拉列表超过 Excel 允许的长度（255 个字符）或包含逗号，已跳过。`,
    rowsFlagged: ({ sheet, table, rows }) =>
      `工作表“${sheet}”：表格“${table}”中有 ${rows} 行已不在数据中；这些行及其中输入的内容均已保留，并标记为“${workbookWrite.noLongerInData}”。不再需要时可自行删除。`,
    refreshBlocked: ({ sheet, cells }) => `工作表“${sheet}”未刷新：新增的行会覆盖您输入的单元格（${cells}）。请移走这些单元格后再刷新。`,
    refreshKeyMissing: ({ sheet, table, column }) =>
      `工作表“${sheet}”未刷新：表格“${table}”中已没有“${column}”列，无法将其中的行与数据对应。请恢复该列的标题后再刷新。`,
    refreshMoved: ({ sheet, table }) => `工作表“${sheet}”未刷新：表格“${table}”在生成后被移动过。请移回原处，或不勾选刷新以生成新的工作表。`,
    settingsKept: ({ sheet, names }) => `已沿用并保留工作表“${sheet}”中的设置值（${list(names)}）：它们与任务窗格中的不同，窗格现已显示工作簿中的值。`,
    settingUnreadable: ({ sheet, name, value }) => `工作表“${sheet}”：${name} 中的“${value}”不是加载项可用的值；该单元格已保留，计算结果使用窗格中的值。`,
    refreshUnavailable: ({ requirement }) => `此版本的 Excel 无法调整表格大小（需要 ${requirement}），因此改为生成新的工作表，而非刷新原有工作表。`,
  },
  problems: {
    failed: ({ sheet, error, cause, restored, restoreError }) =>
      `${sheet ? `写入工作表“${sheet}”失败` : '写入工作簿失败'}：${cause ? workbookWrite.problems.rowTooLarge(cause) : error}。` +
      (restored ? '所有工作表、表格、名称和数值均已恢复原状。' : `恢复原状也失败了（${restoreError ?? '原因不明'}），请检查本次涉及的工作表。`),
    rowTooLarge: ({ sheet, row, bytes }) => `工作表“${sheet}”第 ${row} 行的数据超过 Excel 单次请求的上限（${bytes} 字节）。`,
  },
  features: {
    conditionalFormats: '条件格式',
    dataValidation: '下拉列表（数据验证）',
    charts: '图表',
    notes: '单元格批注',
    freeze: '冻结窗格',
    print: '打印页面设置',
  },
  statusHeader: '数据状态',
  noLongerInData: '已不在数据中',
  listAlertTitle: '销售绩效工具包',
  undoUnavailable: (requirement) => `此版本的 Excel 无法一步撤销“生成”（需要 ${requirement}）：撤销可能无法还原其全部改动。`,
  refreshUnavailable: (requirement) => `刷新加载项的表格需要 ${requirement}，此版本的 Excel 不支持。`,
};
