import type { PreviewTexts } from '../../sections/pane';

export const preview: PreviewTexts = {
  heading: '已生成的工作表',
  empty: '尚未生成：请使用“生成”。',
  download: '下载 .xlsx',
  downloading: '正在准备工作簿…',
  downloaded: (file) => `已下载 ${file}。`,
  sheetTable: (name) => `工作表 ${name}`,
  moreRows: (n) => `……工作簿中还有 ${n} 行。`,
};
