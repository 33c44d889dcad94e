import type { CliIntoTexts } from '../../catalogue';

export const cliInto: CliIntoTexts = {
  intoWithOut: '--into 和 --out 不能同时使用：--into 会把工作簿写回它指定的文件。',
  missing: (file) => `${file} 不存在，无法生成到其中。要写出新工作簿，请用 --out 文件.xlsx。`,
  notXlsx: (file) => `${file} 不是 .xlsx 工作簿（可能是其他格式、已损坏或有密码保护），无法生成到其中。`,
  locked: (file, lock) => `${file} 正在 Excel 或 LibreOffice 中打开（旁边有 ${lock}）。请先在那里关闭，再重试。`,
  unreadable: (file, detail) => `${file} 无法读写（${detail}），未作任何改动。`,
  isInput: (file) => `${file} 是数据文件之一；--into 应指定要更新的工作簿。`,
  changed: (file) => `生成期间 ${file} 被修改过，因此没有覆盖它。请重新运行命令。`,
  updating: (file) => `正在生成到 ${file} …`,
  updated: (file, sheets, size, seconds) => `已更新 ${file}：刷新了工具包的 ${sheets} 个工作表，保留了您自己的工作表和单元格，${size}，${seconds} 秒`,
};
