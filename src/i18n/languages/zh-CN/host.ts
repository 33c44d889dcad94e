import type { HostFeature } from '../../../host/problems';
import type { HostTexts } from '../../sections/host';

const features: Record<HostFeature, string> = {
  generate: '生成工作表',
  selection: '读取所选区域',
  templateStorage: '在工作簿中保存模板',
  conditionalFormats: '条件格式',
  dataValidation: '下拉列表（数据验证）',
  charts: '图表',
};

export const host: HostTexts = {
  features,
  problems: {
    unavailable: ({ feature, version }) => `此版本的 Excel 不支持${features[feature]}（需要 ExcelApi ${version}）。`,
    busy: () => '正在生成工作表，请等待完成后再试。',
    noSelection: () => '请先选择要标记的单元格（包含标题行和至少一行数据）。',
    tableMissing: ({ table }) => `此工作簿中没有名为“${table}”的表格。`,
    columnMissing: ({ column, where }) => `在 ${where} 中找不到列“${column}”。`,
    thresholds: () => '黄灯阈值不能高于绿灯阈值，且两者都不能为负数。',
    elapsed: () => '期间已过比例必须大于 0 且不超过 1。',
    templateInvalid: () => '此工作簿中保存的模板不是有效的 JSON，已忽略。',
    sheetMissing: ({ sheet }) => `没有名为“${sheet}”的工作表。`,
    previewNoConditionalFormats: () => '预览模式不能直接添加条件格式：请在 Excel 中使用。下载的工作簿中已包含生成的规则。',
    previewNoSelection: () => '预览模式中没有所选区域。',
    previewNoStorage: () => '浏览器禁止了本地存储，无法保存模板；请改用导出 .json。',
    unexpected: ({ detail }) => `发生意外错误：${detail}`,
  },
  steps: {
    starting: () => '正在生成…',
    reading: ({ source }) => `正在读取 ${source}`,
    loading: () => '正在加载',
    preparingData: () => '正在准备示例数据',
    buildingSheets: () => '正在生成工作表',
    sheet: ({ name }) => name,
    done: () => '完成',
  },
};
