import type { DataReportTexts } from '../../catalogue';

const n = (x: number): string => x.toLocaleString('zh-CN');

export const dataReport: DataReportTexts = {
  table: (source, kind, rows, headerRow) => `${source}：${kind}，${n(rows)} 行（表头在第 ${headerRow} 行）`,
  skipped: (source) => `${source}：已跳过`,
  columns: (pairs) => `读取的列：${pairs}`,
  ignored: (headers) => `忽略的列：${headers}`,
  encoding: (source, encoding) => `${source}：${encoding} 编码的文本`,
  period: (label) => `期间：${label}`,
  periodDefault: (label) => `期间：${label}（数据中最后一个完整的自然月）`,
  asOf: (date) => `数据截至 ${date}`,
  summary: (deals, reps, customers, first, last) => `${n(deals)} 笔成交，${n(reps)} 名销售，${n(customers)} 个客户，${first} 至 ${last}`,
  refused: (errors) => `数据未通过检查：${n(errors)} 个问题。`,
  warnings: (x) => `${n(x)} 个提示：`,
  nothingWritten: '未写入任何文件。',
  readingRows: (source, done, total) => (total > 0 ? `正在读取 ${source}：${n(done)} / ${n(total)} 行` : `正在读取 ${source}`),
};
