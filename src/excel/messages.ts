/**
 * What the Excel host tells the user (zh-CN / en-US): refused requests and failures, each a
 * complete sentence the pane can show as is. The writers' notices are in the catalogue's
 * workbookWrite section.
 */
import { resolveLanguage, type Language } from '../core/language';

type Args = Record<string, string | number>;
type Msg = (a: Args) => string;

const EN = {
  unavailable: (a) => `This version of Excel does not support ${a.feature} (requires ExcelApi ${a.version}).`,
  featureConditionalFormats: () => 'conditional formatting',
  featureDataValidation: () => 'drop-down lists (data validation)',
  featureCharts: () => 'charts',
  featureTemplateStorage: () => 'storing the template in the workbook',
  featureGenerate: () => 'generating sheets',
  featureSelection: () => 'reading the selection',
  busy: () => 'Sheets are already being generated. Wait until that finishes, then try again.',
  noSelection: () => 'Select the cells to flag first (a header row and at least one data row).',
  tableMissing: (a) => `There is no table named "${a.table}" in this workbook.`,
  columnMissing: (a) => `Column "${a.column}" was not found in ${a.where}.`,
  thresholds: () => 'The yellow threshold must not be above the green one, and neither may be negative.',
  elapsed: () => 'The elapsed share of the period must be between 0 (exclusive) and 1.',
  sourceMissing: (a) => `The data source "${a.source}" was not found; refresh the list of sources.`,
  sourceEmpty: (a) => `The data source "${a.source}" has no data rows.`,
  templateInvalid: () => 'The template stored in this workbook is not valid JSON; it was ignored.',
  sheetMissing: (a) => `There is no sheet named "${a.sheet}".`,
} satisfies Record<string, Msg>;

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, Msg> = {
  unavailable: (a) => `此版本的 Excel 不支持${a.feature}(需要 ExcelApi ${a.version})。`,
  featureConditionalFormats: () => '条件格式',
  featureDataValidation: () => '下拉列表(数据验证)',
  featureCharts: () => '图表',
  featureTemplateStorage: () => '在工作簿中保存模板',
  featureGenerate: () => '生成工作表',
  featureSelection: () => '读取所选区域',
  busy: () => '正在生成工作表,请等待完成后再试。',
  noSelection: () => '请先选择要标记的单元格(包含标题行和至少一行数据)。',
  tableMissing: (a) => `此工作簿中没有名为“${a.table}”的表格。`,
  columnMissing: (a) => `在${a.where}中找不到列“${a.column}”。`,
  thresholds: () => '黄灯阈值不能高于绿灯阈值,且两者都不能为负数。',
  elapsed: () => '期间已过比例必须大于 0 且不超过 1。',
  sourceMissing: (a) => `找不到数据源“${a.source}”,请刷新数据源列表。`,
  sourceEmpty: (a) => `数据源“${a.source}”没有数据行。`,
  templateInvalid: () => '此工作簿中保存的模板不是有效的 JSON,已忽略。',
  sheetMissing: (a) => `没有名为“${a.sheet}”的工作表。`,
};

export function message(language: Language | string, key: MessageKey, args: Args = {}): string {
  const table: Record<MessageKey, Msg> = resolveLanguage(language) === 'zh-CN' ? ZH : EN;
  return table[key](args);
}
