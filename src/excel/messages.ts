/**
 * What the Excel writer tells the user (zh-CN / en-US): skipped features, refused requests and
 * failures, each a complete sentence the pane can show as is.
 */
import { resolveLanguage, type Language } from '../i18n/language';

type Args = Record<string, string | number>;
type Msg = (a: Args) => string;

const EN = {
  needs: (a) => `This version of Excel does not support ${a.feature} (requires ExcelApi ${a.version}); it was skipped.`,
  unavailable: (a) => `This version of Excel does not support ${a.feature} (requires ExcelApi ${a.version}).`,
  featureConditionalFormats: () => 'conditional formatting',
  featureDataValidation: () => 'drop-down lists (data validation)',
  featureCharts: () => 'charts',
  featureNotes: () => 'cell notes',
  featureFreeze: () => 'frozen panes',
  featureTemplateStorage: () => 'storing the template in the workbook',
  featureGenerate: () => 'generating sheets',
  featureSelection: () => 'reading the selection',
  skippedOn: (a) => `Sheet "${a.sheet}": ${a.reason}`,
  busy: () => 'Sheets are already being generated. Wait until that finishes, then try again.',
  sheetRenamed: (a) => `A sheet named "${a.wanted}" already exists, so the new sheet is named "${a.actual}"; the existing sheet was not changed.`,
  tableRenamed: (a) => `A table named "${a.wanted}" already exists, so the new table is named "${a.actual}".`,
  nameRenamed: (a) => `The workbook already has a name "${a.wanted}" that the add-in did not create, so the generated formulas use "${a.actual}" instead.`,
  refreshNotOurs: (a) => `Table "${a.table}" was not created by the add-in, so it was left untouched and a new sheet was created instead.`,
  refreshMoved: (a) => `Table "${a.table}" has moved or changed shape since it was generated, so it was left untouched and a new sheet was created instead.`,
  refreshBlocked: (a) => `Table "${a.table}" cannot grow to ${a.rows} rows without overwriting cells next to it, so it was left untouched and a new sheet was created instead.`,
  listTooLong: (a) => `The drop-down list for ${a.range} is longer than Excel allows in a list (255 characters) or contains a comma; it was skipped.`,
  rowTooLarge: (a) => `Row ${a.row} of sheet "${a.sheet}" is larger than Excel can receive in one request (${a.bytes} bytes).`,
  writeFailed: (a) => `Writing sheet "${a.sheet}" failed: ${a.error}. The sheets created by this run were removed.`,
  noSelection: () => 'Select the cells to flag first (a header row and at least one data row).',
  tableMissing: (a) => `There is no table named "${a.table}" in this workbook.`,
  columnMissing: (a) => `Column "${a.column}" was not found in ${a.where}.`,
  thresholds: () => 'The yellow threshold must not be above the green one, and neither may be negative.',
  elapsed: () => 'The elapsed share of the period must be between 0 (exclusive) and 1.',
  sourceMissing: (a) => `The data source "${a.source}" was not found; refresh the list of sources.`,
  sourceEmpty: (a) => `The data source "${a.source}" has no data rows.`,
  templateInvalid: () => 'The template stored in this workbook is not valid JSON; it was ignored.',
  sheetMissing: (a) => `There is no sheet named "${a.sheet}".`,
  validationTitle: () => 'Sales Performance Kit',
} satisfies Record<string, Msg>;

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, Msg> = {
  needs: (a) => `此版本的 Excel 不支持${a.feature}(需要 ExcelApi ${a.version}),已跳过。`,
  unavailable: (a) => `此版本的 Excel 不支持${a.feature}(需要 ExcelApi ${a.version})。`,
  featureConditionalFormats: () => '条件格式',
  featureDataValidation: () => '下拉列表(数据验证)',
  featureCharts: () => '图表',
  featureNotes: () => '单元格批注',
  featureFreeze: () => '冻结窗格',
  featureTemplateStorage: () => '在工作簿中保存模板',
  featureGenerate: () => '生成工作表',
  featureSelection: () => '读取所选区域',
  skippedOn: (a) => `工作表“${a.sheet}”:${a.reason}`,
  busy: () => '正在生成工作表,请等待完成后再试。',
  sheetRenamed: (a) => `已存在名为“${a.wanted}”的工作表,新工作表命名为“${a.actual}”;原工作表未作任何改动。`,
  tableRenamed: (a) => `已存在名为“${a.wanted}”的表格,新表格命名为“${a.actual}”。`,
  nameRenamed: (a) => `工作簿中已有非本加载项创建的名称“${a.wanted}”,生成的公式改用“${a.actual}”。`,
  refreshNotOurs: (a) => `表格“${a.table}”不是本加载项创建的,未作改动,已改为新建工作表。`,
  refreshMoved: (a) => `表格“${a.table}”在生成后被移动或改变了结构,未作改动,已改为新建工作表。`,
  refreshBlocked: (a) => `表格“${a.table}”扩展到 ${a.rows} 行会覆盖相邻单元格,未作改动,已改为新建工作表。`,
  listTooLong: (a) => `${a.range} 的下拉列表超过 Excel 允许的长度(255 个字符)或包含逗号,已跳过。`,
  rowTooLarge: (a) => `工作表“${a.sheet}”第 ${a.row} 行的数据超过 Excel 单次请求的上限(${a.bytes} 字节)。`,
  writeFailed: (a) => `写入工作表“${a.sheet}”失败:${a.error}。本次创建的工作表已删除。`,
  noSelection: () => '请先选择要标记的单元格(包含标题行和至少一行数据)。',
  tableMissing: (a) => `此工作簿中没有名为“${a.table}”的表格。`,
  columnMissing: (a) => `在${a.where}中找不到列“${a.column}”。`,
  thresholds: () => '黄灯阈值不能高于绿灯阈值,且两者都不能为负数。',
  elapsed: () => '期间已过比例必须大于 0 且不超过 1。',
  sourceMissing: (a) => `找不到数据源“${a.source}”,请刷新数据源列表。`,
  sourceEmpty: (a) => `数据源“${a.source}”没有数据行。`,
  templateInvalid: () => '此工作簿中保存的模板不是有效的 JSON,已忽略。',
  sheetMissing: (a) => `没有名为“${a.sheet}”的工作表。`,
  validationTitle: () => '销售绩效工具包',
};

export function message(language: Language | string, key: MessageKey, args: Args = {}): string {
  const table: Record<MessageKey, Msg> = resolveLanguage(language) === 'zh-CN' ? ZH : EN;
  return table[key](args);
}
