import type { DataTexts } from '../../catalogue';

const kinds: DataTexts['kinds'] = {
  deals: '成交明细',
  reps: '人员名单',
  quotas: '目标',
  pipeline: '商机跟进',
  payments: '提成发放',
  activity: '过程数据',
};

const fields: DataTexts['fields'] = {
  deals: {
    id: '订单号',
    customer: '客户',
    date: '成交日期',
    amount: '成交金额',
    rep: '销售',
    share: '分成比例',
    region: '区域',
    productLine: '产品线',
    cancelled: '取消日期',
    collected: '回款金额',
  },
  reps: { name: '姓名', region: '区域', team: '团队', level: '级别', start: '入职日期', end: '离职日期', manager: '直属上级' },
  quotas: { rep: '销售', team: '团队', region: '区域', period: '月份', year: '年度', target: '目标' },
  pipeline: {
    date: '日期',
    owner: '负责人',
    customer: '客户',
    industry: '行业',
    stage: '阶段',
    action: '关键动作',
    status: '状态',
    expected: '预计完成日期',
    notes: '备注',
  },
  payments: { rep: '销售', period: '月份', paid: '已发提成' },
  activity: {
    rep: '销售',
    period: '月份',
    leads: '线索数',
    won: '成交数',
    collected: '回款金额',
    receivables: '应收金额',
    process: '过程评分',
    target: '目标',
  },
};

const valueKinds: DataTexts['valueKinds'] = {
  text: '内容',
  amount: '金额',
  date: '日期',
  period: '月份（YYYY-MM）或该月中的某一天',
  year: '年份',
  share: '比例（60%、60 或 0.6）',
  count: '整数',
  score: '0–100 的分数',
  stage: '阶段（线索、意向、谈判、成交、丢单）',
  status: '状态（未开始、进行中、已完成）',
  level: '级别（新人、骨干、资深）',
};

const fieldName = (kind: keyof typeof fields, key: string): string =>
  key
    .split('|')
    .map((k) => (fields[kind] as Record<string, string>)[k] ?? k)
    .join('或');
const list = (xs: readonly string[]): string => xs.map((x) => `“${x}”`).join('、');
const where = (p: { source: string; row?: number }): string => (p.row !== undefined ? `${p.source} 第 ${p.row} 行` : p.source);

export const data: DataTexts = {
  kinds,
  fields,
  valueKinds,
  problems: {
    fileNotFound: ({ file }) => `文件“${file}”不存在。`,
    fileUnreadable: ({ file, detail }) => `无法读取文件“${file}”（${detail}）。`,
    encodingUnreadable: ({ file }) => `“${file}”既不是 UTF-8 也不是 GB18030/GBK 编码的文本（Excel 保存 CSV 所用的编码）。请在 Excel 中另存为“CSV UTF-8”后重试。`,
    legacyXls: ({ file }) => `“${file}”是旧版 Excel 97–2003 工作簿（.xls）。请另存为 .xlsx 或 CSV 后重试。`,
    notXlsx: ({ file }) => `“${file}”不是有效的 .xlsx 工作簿（可能已损坏或设有密码）。`,
    unknownFileType: ({ file }) => `“${file}”既不是 CSV 也不是 .xlsx 文件。`,
    sourceMissing: ({ source }) => `表格“${source}”已不存在；请重新选择数据。`,
    unterminatedQuote: ({ line }) => `第 ${line} 行开始的带引号单元格没有结束引号，文件其余部分会被读成一个单元格。请检查该行的引号。`,
    emptyFile: () => '文件没有表头，也没有数据。',
    tableUnrecognised: ({ headers }) =>
      `表头（${list(headers)}）不符合任何已知的表（成交明细、人员名单、目标、商机跟进、提成发放、过程数据）。请映射列（--map "表头=字段"）或修改表头。`,
    sheetIgnored: ({ headers }) => `已跳过：表头（${list(headers)}）不符合任何已知的表。`,
    missingFields: ({ kind, missing }) =>
      `这看起来是“${kinds[kind]}”表，但缺少${missing.map((m) => `“${fieldName(kind, m)}”`).join('、')}列。请把某一列映射到该字段（--map "表头=字段"）或补上该列。`,
    mappedHeaderAbsent: ({ header }) => `映射“${header}”没有对应任何表中的列（请检查拼写）。`,
    mappingConflict: ({ header, kinds: ks }) => `映射把这张表同时归入了多种表（${ks.map((k) => kinds[k]).join('、')}；见“${header}”）。`,
    mappingWrongKind: ({ header, field, kind }) => `“${header}”被映射到“${field}”，但“${kinds[kind]}”表没有这个字段。`,
    unknownField: ({ mapping }) => `“${mapping}”映射到的字段不存在。字段列表见 --help。`,
    badMapping: ({ mapping }) => `“${mapping}”不是映射：请写成 "表头=字段"。`,
    noDataRows: ({ kind }) => `“${kinds[kind]}”表只有表头，没有数据行。`,
    noDeals: () => '没有提供成交明细表：所有工作表都由成交明细（客户、日期、金额、销售）生成。',
    blank: ({ expected }) => `为空，但这里需要${valueKinds[expected]}。`,
    notValue: ({ expected, value }) => `“${value}”不是${valueKinds[expected]}。`,
    dateOutOfRange: ({ value, min, max }) => `“${value}”不在 ${min}–${max} 年之间，可能不是日期（列是否选错了？）。`,
    ambiguousDate: ({ value }) => `“${value}”既可能是日/月也可能是月/日，而这一列两种写法都有。请把日期写成 yyyy-mm-dd。`,
    negative: ({ value, deal }) => `“${value}”是负数，这一列不能为负。${deal ? '退货或取消的订单请填写取消日期。' : ''}`,
    scoreOutOfRange: ({ value }) => `“${value}”不在 0 到 100 之间。`,
    notWhole: ({ value }) => `“${value}”不是整数。`,
    extraCells: ({ cells, headers }) =>
      `该行有 ${cells} 个单元格，而表头只有 ${headers} 列：没有加引号的值中的逗号（例如 1,234.00）会使后面的单元格错位。请给这类值加引号或去掉千位分隔符。`,
    duplicateDealId: ({ id, first }) => `订单号“${id}”已出现在 ${where(first)}。每笔订单的编号应唯一（分成行需要比例列）。`,
    splitNeedsId: () => '该行只计入订单的一部分业绩，但表中没有订单号列，无法把同一订单的分成行归在一起。',
    sharesDontAddUp: ({ id, total }) => `订单“${id}”的分成比例合计为 ${total}，不是 100%。`,
    shareOutOfRange: ({ value }) => `比例“${value}”不在 0% 到 100% 之间。`,
    splitRowsDisagree: ({ id, column, first }) => `订单“${id}”的这一分成行的“${column}”与第一行（${where(first)}）不同。`,
    repTwiceInDeal: ({ id, rep }) => `${rep} 在订单“${id}”的分成行中出现了两次。`,
    cancelledBeforeDate: ({ cancelled, date }) => `订单的取消日期 ${cancelled} 早于成交日期 ${date}。`,
    collectedExceedsAmount: ({ collected, amount }) => `回款 ${collected} 超过了订单金额 ${amount}。`,
    repNotInRoster: ({ rep }) => `${rep} 不在人员名单中。请把此人加入名单或更正姓名。`,
    duplicateRep: ({ rep, first }) => `${rep} 在人员名单中出现了两次（另见 ${where(first)}）。`,
    managerNotInRoster: ({ manager }) => `直属上级 ${manager} 不在人员名单中。`,
    endBeforeStart: ({ start, end }) => `离职日期 ${end} 早于入职日期 ${start}。`,
    teamNotInRoster: ({ team }) => `人员名单中没有人属于团队“${team}”，无法衡量其目标。`,
    teamNeedsRoster: ({ team }) => `团队“${team}”的目标需要一份带“团队”列的人员名单，才能知道团队成员。`,
    regionUnknown: ({ region }) => `没有任何订单或人员属于区域“${region}”，无法衡量其目标（请检查拼写）。`,
    duplicateQuota: ({ name, period, first }) => `${name ? `“${name}”` : '公司'}在 ${period} 已有目标（见 ${where(first)}）。`,
    duplicateActivity: ({ rep, period, first }) => `${rep} 在 ${period} 已有一行（见 ${where(first)}）。`,
    quotaPeriodNoDeals: ({ period, first, last }) => `${period} 有目标，但该月没有任何成交（成交数据从 ${first} 到 ${last}）。是否缺少某个月的导出？`,
    quotaPeriodAhead: ({ period, last }) => `${period} 的目标在最后一笔成交（${last}）之后，将保留到该月再使用。`,
    totalRowSkipped: ({ label }) => `已跳过合计行（“${label}”）。`,
    badPeriod: ({ value }) => `“${value}”不是月份：请写成 YYYY-MM（例如 2026-03）。`,
  },
  place: ({ source, row, column }) => [source, row !== undefined ? `第 ${row} 行` : null, column ? `“${column}”列` : null].filter((x) => x !== null).join('，'),
  line: (place, reason) => (place ? `${place}：${reason}` : reason),
  severity: { error: '错误', warning: '提示' },
  more: (n) => `……另有 ${n.toLocaleString('zh-CN')} 个问题。`,
};
