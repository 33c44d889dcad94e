import type { Language } from '../core/language';

/** The preview host's own messages (it is not React, so it does not read the pane's context). */
export function previewText(language: Language) {
  const zh = language === 'zh-CN';
  return {
    noConditionalFormats: zh
      ? '预览模式不能直接添加条件格式：请在 Excel 中使用。下载的工作簿中已包含生成的规则。'
      : 'Preview mode cannot add conditional formatting: use it in Excel. The downloaded workbook already carries the generated rules.',
    noSelection: zh ? '预览模式中没有所选区域。' : 'There is no selection in preview mode.',
    noStorage: zh ? '浏览器禁止了本地存储，无法保存模板；请改用导出 .json。' : 'The browser blocks storage, so the template cannot be kept; export it as .json instead.',
    sampleOnly: zh ? '预览模式只能使用内置示例数据。' : 'Preview mode can only use the bundled sample data.',
    noSheet: (name: string) => (zh ? `没有名为“${name}”的工作表。` : `There is no sheet named “${name}”.`),
    loadingBuilders: zh ? '正在加载' : 'Loading',
    buildingData: zh ? '正在准备示例数据' : 'Preparing the sample data',
    buildingSheets: zh ? '正在生成工作表' : 'Building the sheets',
    done: zh ? '完成' : 'Done',
  };
}
