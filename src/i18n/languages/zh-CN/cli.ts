import type { CliTexts } from '../../catalogue';

export const cli: CliTexts = {
  help: (fields) => `不用 Excel，直接用团队自己的数据生成销售绩效工具包工作簿。

用法：
  npm run generate -- --data 文件 [--data 文件 ...] --out 文件.xlsx [选项]
  npm run generate -- --data 文件 [--data 文件 ...] --into 已有文件.xlsx [选项]
  npm run demo -- [--seed N] [选项]          （同上，使用内置示例数据）

选项：
  --data 文件           成交明细、人员名单、目标、商机跟进、提成发放、过程数据、
                        回款明细（带日期的回款）或汇率表：
                        CSV（UTF-8，带或不带 BOM，或中文 Excel 保存的 GB18030/GBK）
                        或 .xlsx（其中每个工作表和表格）。可重复指定多个文件。
                        根据表头识别表的类型（所有可识别的表头见 README）。
  --map "表头=字段"     把“表头”列读作某个字段：字段、类型.字段 或 ignore（忽略）。
                        可重复。例如：--map "净额=amount"。
  --template 文件.json  从任务窗格导出的模板：设置、提成方案、工作表和保存的列映射
                        （--map 优先于模板中的映射）。
  --period YYYY-MM      报告月份。默认：数据中最后一个完整的自然月。
  --lang zh-CN|en-US    工作簿和这些提示的语言。默认：模板的语言，否则 zh-CN。
  --currency 代码       公司的币种，写 ISO 代码（CNY、USD、EUR 等）：没有自带币种的金额
                        都按此币种，各表也按此显示。默认：模板中的币种；数据中有币种列且
                        只有一种币种时用该币种；否则为 CNY。
  --payroll 文件.csv    同时写出工资导出文件（每名销售每个结算期一行；UTF-8 带 BOM；
                        表头 rep,period,currency,credit,quota,attainment，
                        每个方案组成部分一列，adjustments,payout）。
  --out 文件.xlsx       工作簿的保存位置。generate 必填（或用 --into）；
                        npm run demo 默认写到 out/sales-kit-demo.xlsx。
  --close YYYY-MM       在 --out 工作簿中结账该月：提成明细写为数值并保护工作表，保存快照；
                        之后对该月的变动作为以前期间调整计入下一个未结账月份。
  --reopen YYYY-MM      反结账最近一个已结账月份（其快照作为历史版本保留）。
  --into 已有文件.xlsx  直接生成到已有的工作簿中（代替 --out）：刷新工具包的工作表，
                        保留您自己的工作表、单元格、批注、格式和图表，以及“设置”表中的值。
                        先完整写入临时文件再改名替换。文件不存在、不是 .xlsx、
                        正被其他程序打开或无法读取时拒绝执行。
  --sample              使用内置示例数据代替 --data（npm run demo 即如此）。
  --seed N              示例数据的随机种子（与 --sample 一起用）。
  --help                显示本帮助。

各表的字段（用于 --map）：
${fields}

退出码：0 已写出工作簿；1 文件、数据或期间未通过检查（列出每个问题，前 50 个完整列出，
不写入任何文件）；2 选项有误。
`,
  unknownOption: (option) => `未知选项“${option}”。见 --help。`,
  missingValue: (option) => `${option} 需要一个值。见 --help。`,
  badLang: (value) => `--lang“${value}”不是本产品支持的语言：zh-CN 或 en-US。`,
  badSeed: (value) => `--seed“${value}”不是整数。`,
  badCurrency: (value) => `--currency“${value}”不是币种代码：请写三个字母，如 CNY、USD 或 EUR。`,
  missingOut: '请指定工作簿的保存位置：--out 文件.xlsx（或 --into 已有文件.xlsx）。',
  missingData: '请至少用 --data 文件 指定一个数据文件（或用 --sample 使用内置示例数据）。',
  dataWithSample: '--data 与 --sample 不能同时使用：示例数据会取代你的文件。',
  seedWithoutSample: '--seed 只适用于示例数据（--sample 或 npm run demo）。',
  reading: (file, size) => `正在读取 ${file}（${size}）……`,
  read: (file, seconds) => `已读取 ${file}，用时 ${seconds} 秒`,
  checking: '正在检查数据……',
  checked: (seconds) => `数据检查完毕，用时 ${seconds} 秒`,
  building: '正在生成工作表……',
  writing: (file) => `正在写入 ${file}……`,
  wrote: (file, sheets, size, seconds) => `已写出 ${file}：${sheets} 个工作表，${size}，用时 ${seconds} 秒`,
  wrotePayroll: (file, rows) => `已写出 ${file}：${rows.toLocaleString('zh-CN')} 行工资数据`,
  payrollUnavailable: '无法用这些数据和提成方案生成提成结算单（原因见上方提示），因此没有工资导出。',
  templateProblems: (file) => `模板 ${file} 无法使用：`,
  outIsInput: (file) => `${file} 是输入文件之一；请把工作簿写到别处（--out）。`,
  notOurs: (file) => `${file} 已存在，且不是本工具生成的，因此不会被覆盖。请换一个文件名。`,
  failed: (detail) => `失败：${detail}`,
  currencyFromData: (code) => `币种：${code}（凡注明币种的交易都是 ${code}）；可用 --currency 指定其他币种`,
  currencyDefault: (code) => `币种：${code}（默认值：模板和数据都未注明）；可用 --currency 指定其他币种`,
};
