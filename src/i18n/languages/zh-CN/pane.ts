import type { PaneTexts } from '../../sections/pane';

export const pane: PaneTexts = {
  languageName: '中文',
  appTitle: '销售绩效工具包',
  previewBadge: '预览',
  previewIntro: '预览模式：当前不在 Excel 中，任务窗格使用在此打开的文件（CSV 或 .xlsx 导出）或内置示例数据。生成的工作表以表格显示，并可下载为 .xlsx 工作簿。',
  officeMissing: 'Office 的 JavaScript 库（office.js，来自 appsforoffice.microsoft.com）未能加载，任务窗格无法访问工作簿，现以预览模式运行。如在 Excel 中，请检查网络连接后重新打开加载项。',
  startFailed: (detail) => `销售绩效工具包无法启动（${detail}）。请刷新页面；如在 Excel 中，请关闭后重新打开加载项。`,
  defaultTemplateName: '销售绩效工具包',
  uiLanguage: '界面语言',
  loading: '正在加载…',
  tabs: { generate: '生成', risk: '风险预警', plans: '方案与设置', templates: '模板', sheets: '工作表' },
  languages: { 'zh-CN': '中文 (简体)', 'en-US': 'English' },
  capabilityMissing: (what) =>
    ({
      generate: '生成工作表需要 Excel API 1.4 或更高版本。',
      conditionalFormats: '条件格式需要 Excel API 1.6 或更高版本。',
      dataValidation: '下拉列表需要 Excel API 1.8 或更高版本。',
      templateStorage: '此环境不支持在工作簿中保存模板。',
      charts: '此环境不支持图表。',
      selection: '此环境无法读取所选区域。',
      refresh: '刷新加载项的表格需要 Excel API 1.13 或更高版本。',
      undo: '一步撤销“生成”需要 Excel API 1.20 或更高版本。',
    })[what],
};
