import type { SheetKind } from '../sheets/model';
import type { Capability, Period } from '../host/types';
import type { RuleCode } from '../templates/settingsSchema';
import type { Language } from './language';

/**
 * Every string the task pane shows, in both languages. Functions build sentences with numbers
 * and names; what they receive is data and is always rendered as text, never as markup.
 */
export interface ProblemStrings {
  notJson: (detail: string) => string;
  notObject: string;
  noVersion: string;
  newerVersion: (v: number, current: number) => string;
  unknownVersion: (v: unknown) => string;
  missing: string;
  wrongType: (expected: string) => string;
  typeNames: Record<'number' | 'string' | 'boolean' | 'array' | 'object', string>;
  tooSmall: (min: number | string, inclusive: boolean) => string;
  tooBig: (max: number | string, inclusive: boolean) => string;
  tooFewItems: (min: number | string) => string;
  tooManyItems: (max: number | string) => string;
  exactItems: (n: number | string) => string;
  tooShort: (min: number | string) => string;
  tooLong: (max: number | string) => string;
  notInteger: string;
  oneOf: (values: string) => string;
  unknownKeys: (keys: string) => string;
  invalid: string;
  rules: Record<RuleCode, string>;
  root: string;
}

export interface Strings {
  languageName: string;
  appTitle: string;
  previewBadge: string;
  previewIntro: string;
  uiLanguage: string;
  loading: string;
  tabs: { generate: string; risk: string; plans: string; templates: string; sheets: string };
  sheetNames: Record<SheetKind, string>;
  languages: Record<Language, string>;
  capabilityMissing: (what: Capability) => string;
  generate: {
    heading: string;
    sheets: string;
    noSheets: string;
    period: string;
    periodKinds: Record<Period['kind'], string>;
    periodDate: string;
    periodDateHint: (label: string) => string;
    sheetLanguage: string;
    refresh: string;
    run: string;
    running: string;
    progress: (done: number, total: number, step: string) => string;
    done: (n: number) => string;
    open: (name: string) => string;
    rowsOf: (n: number) => string;
    failed: string;
    unexpected: (detail: string) => string;
    invalidSettings: string;
  };
  risk: {
    heading: string;
    intro: string;
    target: string;
    selection: string;
    table: (name: string) => string;
    actual: string;
    targetColumn: string;
    columnHint: string;
    detect: string;
    detectedNone: string;
    detectedSome: (actual: string, target: string) => string;
    elapsed: string;
    elapsedFull: string;
    elapsedFraction: string;
    elapsedColumn: string;
    elapsedValue: string;
    elapsedColumnName: string;
    green: string;
    yellow: string;
    percentHint: string;
    apply: string;
    remove: string;
    applied: (rules: number, address: string) => string;
    removed: (n: number) => string;
    columnRequired: string;
  };
  plans: {
    heading: string;
    commission: string;
    basis: string;
    basisMoney: string;
    basisAttainment: string;
    mode: string;
    modeMarginal: string;
    modeFlat: string;
    tiers: string;
    tierLower: (row: number) => string;
    tierLowerAttainment: (row: number) => string;
    tierRate: (row: number) => string;
    addTier: string;
    removeTier: (row: number) => string;
    recordBonus: string;
    teamPool: string;
    whatIf: string;
    whatIfAmount: string;
    whatIfQuota: string;
    whatIfLine: (amount: string, commission: string, next: string | null) => string;
    whatIfMore: string;
    whatIfMoreLine: (extra: string, total: string, after: string, gain: string, next: string | null, toNext: string | null) => string;
    whatIfUnavailable: string;
    score: string;
    weight: (metric: string) => string;
    benchmark: (metric: string) => string;
    metrics: Record<'completion' | 'conversion' | 'averageOrderValue' | 'collection' | 'process', string>;
    weightsTotal: (total: string) => string;
    grades: string;
    cutoff: (grade: string) => string;
    gradeNames: [string, string, string, string];
    risk: string;
    general: string;
    currency: string;
    decimals: string;
    language: string;
    notNumber: string;
    pendingInvalid: (n: number) => string;
    allValid: string;
    reset: string;
  };
  templates: {
    heading: string;
    intro: string;
    name: string;
    issuer: string;
    summary: (version: number, tiers: number, sheets: number, plans: number) => string;
    save: string;
    load: string;
    exportJson: string;
    importJson: string;
    saved: string;
    loaded: (name: string) => string;
    loadedMigrated: (name: string, from: number) => string;
    noneStored: string;
    exported: (file: string) => string;
    imported: (name: string) => string;
    importedMigrated: (name: string, from: number) => string;
    rejected: (n: number) => string;
    nothingApplied: string;
    storedInvalid: (n: number) => string;
    problemPath: string;
    problemReason: string;
    readFailed: (detail: string) => string;
  };
  preview: {
    heading: string;
    empty: string;
    download: string;
    downloading: string;
    downloaded: (file: string) => string;
    sheetTable: (name: string) => string;
    moreRows: (n: number) => string;
  };
  problems: ProblemStrings;
}

const EN: Strings = {
  languageName: 'English',
  appTitle: 'Sales Performance Kit',
  previewBadge: 'Preview',
  previewIntro:
    'Preview mode: you are outside Excel, so the pane works on the bundled sample data. Generated sheets appear as tables and download as an .xlsx workbook.',
  uiLanguage: 'Display language',
  loading: 'Loading…',
  tabs: { generate: 'Generate', risk: 'At-risk targets', plans: 'Plans & settings', templates: 'Templates', sheets: 'Sheets' },
  sheetNames: {
    settings: 'Settings',
    targets: 'Targets',
    tracking: 'Sales process tracking',
    evaluation: 'Performance evaluation',
    improvement: 'Improvement plan',
    customers: 'Customer segments',
    plans: 'Commission plans',
    statement: 'Commission statement',
    reconciliation: 'Commission reconciliation',
    review: 'Review meeting',
  },
  languages: { 'zh-CN': '中文 (简体)', 'en-US': 'English' },
  capabilityMissing: (what) =>
    ({
      generate: 'Generating sheets needs Excel API 1.4 or later.',
      conditionalFormats: 'Conditional formatting needs Excel API 1.6 or later.',
      dataValidation: 'Drop-down lists need Excel API 1.8 or later.',
      templateStorage: 'Storing a template in the workbook is not supported here.',
      charts: 'Charts are not supported here.',
      selection: 'Reading the selection is not supported here.',
      refresh: "Refreshing the add-in's tables needs Excel API 1.13 or later.",
      undo: 'Undoing a Generate in one step needs Excel API 1.20 or later.',
    })[what],
  generate: {
    heading: 'Generate sheets',
    sheets: 'Sheets to generate',
    noSheets: 'Choose at least one sheet.',
    period: 'Period',
    periodKinds: { week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' },
    periodDate: 'A day in the period',
    periodDateHint: (label) => `Period: ${label}`,
    sheetLanguage: 'Sheet language',
    refresh: "Update the add-in's existing tables instead of adding new sheets",
    run: 'Generate',
    running: 'Generating…',
    progress: (done, total, step) => `${step} (${done} of ${total})`,
    done: (n) => (n === 1 ? 'Generated 1 sheet:' : `Generated ${n} sheets:`),
    open: (name) => `Go to ${name}`,
    rowsOf: (n) => (n === 1 ? '1 row' : `${n} rows`),
    failed: 'The sheets could not be generated.',
    unexpected: (detail) => `Something unexpected went wrong: ${detail}`,
    invalidSettings: 'Some settings are not valid; fix them in Plans & settings first.',
  },
  risk: {
    heading: 'Flag at-risk targets',
    intro: 'Adds live red / yellow / green rules that keep working when the numbers change, even without the add-in.',
    target: 'Apply to',
    selection: 'Current selection',
    table: (name) => `Table ${name}`,
    actual: 'Actual column',
    targetColumn: 'Target column',
    columnHint: 'A header or a column number within the range.',
    detect: 'Detect columns',
    detectedNone: 'No actual / target headers were recognised; choose the columns.',
    detectedSome: (actual, target) => `Detected actual "${actual}" and target "${target}".`,
    elapsed: 'Pace',
    elapsedFull: 'Whole period (attainment only)',
    elapsedFraction: 'Share of the period elapsed',
    elapsedColumn: 'A column holds the elapsed share',
    elapsedValue: 'Elapsed share (%)',
    elapsedColumnName: 'Elapsed column',
    green: 'Green from (% of pace)',
    yellow: 'Yellow from (% of pace)',
    percentHint: 'Percent, e.g. 80',
    apply: 'Apply rules',
    remove: 'Remove rules',
    applied: (rules, address) => `Applied ${rules} rules to ${address}.`,
    removed: (n) => (n === 1 ? 'Removed 1 rule.' : `Removed ${n} rules.`),
    columnRequired: 'Choose a column.',
  },
  plans: {
    heading: 'Plans and settings',
    commission: 'Commission tiers',
    basis: 'Tier bounds',
    basisMoney: 'Money amounts',
    basisAttainment: 'Quota attainment (%)',
    mode: 'Convention',
    modeMarginal: 'Marginal (each band at its rate)',
    modeFlat: 'Whole amount (reached band’s rate on everything)',
    tiers: 'Tiers',
    tierLower: (row) => `Tier ${row} starts at`,
    tierLowerAttainment: (row) => `Tier ${row} starts at attainment (%)`,
    tierRate: (row) => `Tier ${row} rate (%)`,
    addTier: 'Add tier',
    removeTier: (row) => `Remove tier ${row}`,
    recordBonus: 'Bonus above the personal record (%)',
    teamPool: 'Team pool share (%)',
    whatIf: 'What if',
    whatIfAmount: 'Sales amount',
    whatIfQuota: 'Quota',
    whatIfLine: (amount, commission, next) =>
      `At ${amount} the commission is ${commission}; ` + (next === null ? 'this is the top tier.' : `the next tier starts at ${next}.`),
    whatIfUnavailable: 'Fix the tiers and the amount to see the commission.',
    whatIfMore: 'If this much more closes this period',
    whatIfMoreLine: (extra, total, after, gain, next, toNext) =>
      `If ${extra} more closes (${total} in all), the commission becomes ${after} (+${gain}); ` +
      (next === null ? 'that is the top tier.' : `the next tier starts at ${next}, ${toNext} further.`),
    score: 'Score weights and benchmarks',
    weight: (metric) => `${metric} weight (%)`,
    benchmark: (metric) => `${metric} benchmark`,
    metrics: {
      completion: 'Completion',
      conversion: 'Conversion',
      averageOrderValue: 'Average order value',
      collection: 'Collection',
      process: 'Process behaviour',
    },
    weightsTotal: (total) => `Weights total ${total} %`,
    grades: 'Grade cut-offs (score)',
    cutoff: (grade) => `${grade} from`,
    gradeNames: ['Excellent', 'Good', 'Pass', 'Needs improvement'],
    risk: 'Risk thresholds',
    general: 'Currency and language',
    currency: 'Currency (ISO code)',
    decimals: 'Decimals',
    language: 'Sheet language',
    notNumber: 'Enter a number.',
    pendingInvalid: (n) => (n === 1 ? '1 field needs fixing; until then the last valid settings are used.' : `${n} fields need fixing; until then the last valid settings are used.`),
    allValid: 'All settings are valid and in use.',
    reset: 'Restore defaults',
  },
  templates: {
    heading: 'Templates shared across regions',
    intro: 'A template holds every setting, the plans and the sheet choice. Save it in this workbook or send it to another region as a .json file.',
    name: 'Template name',
    issuer: 'Issued by',
    summary: (version, tiers, sheets, plans) => `Version ${version}: ${tiers} commission tiers, ${sheets} sheets, ${plans} plans.`,
    save: 'Save to workbook',
    load: 'Load from workbook',
    exportJson: 'Export .json',
    importJson: 'Import .json',
    saved: 'The template is saved in this workbook.',
    loaded: (name) => `Loaded “${name}” from the workbook.`,
    loadedMigrated: (name, from) => `Loaded “${name}” from the workbook (updated from version ${from}).`,
    noneStored: 'This workbook holds no template yet.',
    exported: (file) => `Exported ${file}.`,
    imported: (name) => `Imported “${name}”. Its settings are now in use.`,
    importedMigrated: (name, from) => `Imported “${name}” (updated from version ${from}). Its settings are now in use.`,
    rejected: (n) => (n === 1 ? 'The template was not imported: 1 problem.' : `The template was not imported: ${n} problems.`),
    nothingApplied: 'Nothing was changed.',
    storedInvalid: (n) => `The template stored in this workbook has ${n} problem(s) and was not applied.`,
    problemPath: 'Where',
    problemReason: 'Problem',
    readFailed: (detail) => `The file could not be read: ${detail}`,
  },
  preview: {
    heading: 'Generated sheets',
    empty: 'Nothing generated yet: use Generate.',
    download: 'Download .xlsx',
    downloading: 'Preparing the workbook…',
    downloaded: (file) => `Downloaded ${file}.`,
    sheetTable: (name) => `Sheet ${name}`,
    moreRows: (n) => `… and ${n} more rows in the workbook.`,
  },
  problems: {
    notJson: (detail) => `The file is not valid JSON (${detail}).`,
    notObject: 'A template must be a JSON object.',
    noVersion: 'The "version" field is missing or not a number.',
    newerVersion: (v, current) => `Version ${v} was made by a newer add-in; this one reads up to version ${current}.`,
    unknownVersion: (v) => `Unknown template version ${String(v)}.`,
    missing: 'Required, but missing.',
    wrongType: (expected) => `Expected ${expected}.`,
    typeNames: { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object' },
    tooSmall: (min, inclusive) => (inclusive ? `Must be at least ${min}.` : `Must be more than ${min}.`),
    tooBig: (max, inclusive) => (inclusive ? `Must be at most ${max}.` : `Must be less than ${max}.`),
    tooFewItems: (min) => `Needs at least ${min} entries.`,
    tooManyItems: (max) => `Allows at most ${max} entries.`,
    exactItems: (n) => `Needs exactly ${n} entries.`,
    tooShort: (min) => `Needs at least ${min} characters.`,
    tooLong: (max) => `Allows at most ${max} characters.`,
    notInteger: 'Must be a whole number.',
    oneOf: (values) => `Must be one of ${values}.`,
    unknownKeys: (keys) => `Unknown field(s): ${keys}.`,
    invalid: 'Invalid value.',
    rules: {
      tiersFirstZero: 'The first tier must start at 0.',
      tiersAscending: 'Each tier must start above the previous one.',
      weightsSum: 'The weights must add up to 100 %.',
      cutoffsDescending: 'Cut-offs must go down from the best grade (e.g. 90, 80, 70).',
      yellowAboveGreen: 'Yellow must not be above green.',
      abcOrder: 'The B cut-off must be above the A cut-off.',
      currencyCode: 'Use a three-letter ISO currency code, e.g. CNY.',
    },
    root: '(the whole file)',
  },
};

const ZH: Strings = {
  languageName: '中文',
  appTitle: '销售绩效工具包',
  previewBadge: '预览',
  previewIntro: '预览模式：当前不在 Excel 中，任务窗格使用内置示例数据。生成的工作表以表格显示，并可下载为 .xlsx 工作簿。',
  uiLanguage: '界面语言',
  loading: '正在加载…',
  tabs: { generate: '生成', risk: '风险预警', plans: '方案与设置', templates: '模板', sheets: '工作表' },
  sheetNames: {
    settings: '设置',
    targets: '目标分解',
    tracking: '销售过程跟踪',
    evaluation: '业绩评估',
    improvement: '改进计划',
    customers: '客户分层',
    plans: '提成方案',
    statement: '提成明细',
    reconciliation: '提成核对',
    review: '销售会议',
  },
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
  generate: {
    heading: '生成工作表',
    sheets: '要生成的工作表',
    noSheets: '请至少选择一个工作表。',
    period: '期间',
    periodKinds: { week: '周', month: '月', quarter: '季度', year: '年' },
    periodDate: '期间内的任一日期',
    periodDateHint: (label) => `期间：${label}`,
    sheetLanguage: '工作表语言',
    refresh: '更新已有的加载项表格，而不是新增工作表',
    run: '生成',
    running: '正在生成…',
    progress: (done, total, step) => `${step}（${done}/${total}）`,
    done: (n) => `已生成 ${n} 个工作表：`,
    open: (name) => `转到 ${name}`,
    rowsOf: (n) => `${n} 行`,
    failed: '无法生成工作表。',
    unexpected: (detail) => `发生意外错误：${detail}`,
    invalidSettings: '部分设置无效，请先在“方案与设置”中修正。',
  },
  risk: {
    heading: '标记风险目标',
    intro: '添加实时的红黄绿规则：数据变化时自动更新，即使没有安装加载项也有效。',
    target: '应用于',
    selection: '当前所选区域',
    table: (name) => `表格 ${name}`,
    actual: '实际列',
    targetColumn: '目标列',
    columnHint: '区域内的列标题或列号。',
    detect: '自动识别列',
    detectedNone: '未识别到实际 / 目标列标题，请手动选择。',
    detectedSome: (actual, target) => `已识别实际列“${actual}”和目标列“${target}”。`,
    elapsed: '进度',
    elapsedFull: '整个期间（仅看完成率）',
    elapsedFraction: '期间已过比例',
    elapsedColumn: '由某一列给出已过比例',
    elapsedValue: '已过比例（%）',
    elapsedColumnName: '已过比例列',
    green: '绿灯起点（进度的 %）',
    yellow: '黄灯起点（进度的 %）',
    percentHint: '百分数，例如 80',
    apply: '应用规则',
    remove: '移除规则',
    applied: (rules, address) => `已在 ${address} 应用 ${rules} 条规则。`,
    removed: (n) => `已移除 ${n} 条规则。`,
    columnRequired: '请选择列。',
  },
  plans: {
    heading: '方案与设置',
    commission: '提成阶梯',
    basis: '阶梯边界',
    basisMoney: '金额',
    basisAttainment: '目标完成率（%）',
    mode: '计算方式',
    modeMarginal: '超额累进（各段按各自费率）',
    modeFlat: '全额累进（达到的档位费率适用于全部金额）',
    tiers: '阶梯',
    tierLower: (row) => `第 ${row} 档起点`,
    tierLowerAttainment: (row) => `第 ${row} 档起点完成率（%）`,
    tierRate: (row) => `第 ${row} 档费率（%）`,
    addTier: '添加一档',
    removeTier: (row) => `删除第 ${row} 档`,
    recordBonus: '超历史纪录部分的奖励（%）',
    teamPool: '团队奖金池比例（%）',
    whatIf: '模拟计算',
    whatIfAmount: '销售额',
    whatIfQuota: '目标额',
    whatIfLine: (amount, commission, next) =>
      `销售额 ${amount} 时提成为 ${commission}；` + (next === null ? '已是最高一档。' : `下一档从 ${next} 开始。`),
    whatIfUnavailable: '请先修正阶梯和金额，再查看提成。',
    whatIfMore: '本期再成交金额',
    whatIfMoreLine: (extra, total, after, gain, next, toNext) =>
      `若本期再成交 ${extra}（合计 ${total}），提成变为 ${after}（增加 ${gain}）；` +
      (next === null ? '已是最高一档。' : `下一档从 ${next} 开始，还差 ${toNext}。`),
    score: '评分权重与基准',
    weight: (metric) => `${metric}权重（%）`,
    benchmark: (metric) => `${metric}基准`,
    metrics: { completion: '完成率', conversion: '转化率', averageOrderValue: '客单价', collection: '回款率', process: '过程行为' },
    weightsTotal: (total) => `权重合计 ${total} %`,
    grades: '等级分数线',
    cutoff: (grade) => `${grade}起点`,
    gradeNames: ['优秀', '良好', '合格', '待改进'],
    risk: '风险阈值',
    general: '货币与语言',
    currency: '货币（ISO 代码）',
    decimals: '小数位数',
    language: '工作表语言',
    notNumber: '请输入数字。',
    pendingInvalid: (n) => `有 ${n} 个字段需要修正；修正前继续使用上一次有效的设置。`,
    allValid: '所有设置均有效并已生效。',
    reset: '恢复默认值',
  },
  templates: {
    heading: '跨区域共享模板',
    intro: '模板包含全部设置、提成方案和工作表选择。可以保存在本工作簿中，或导出为 .json 文件发送给其他区域。',
    name: '模板名称',
    issuer: '发布方',
    summary: (version, tiers, sheets, plans) => `版本 ${version}：${tiers} 档提成，${sheets} 个工作表，${plans} 个方案。`,
    save: '保存到工作簿',
    load: '从工作簿加载',
    exportJson: '导出 .json',
    importJson: '导入 .json',
    saved: '模板已保存在本工作簿中。',
    loaded: (name) => `已从工作簿加载“${name}”。`,
    loadedMigrated: (name, from) => `已从工作簿加载“${name}”（已从版本 ${from} 升级）。`,
    noneStored: '本工作簿中还没有模板。',
    exported: (file) => `已导出 ${file}。`,
    imported: (name) => `已导入“${name}”，其设置已生效。`,
    importedMigrated: (name, from) => `已导入“${name}”（已从版本 ${from} 升级），其设置已生效。`,
    rejected: (n) => `模板未导入：发现 ${n} 个问题。`,
    nothingApplied: '未做任何更改。',
    storedInvalid: (n) => `本工作簿中保存的模板有 ${n} 个问题，未应用。`,
    problemPath: '位置',
    problemReason: '问题',
    readFailed: (detail) => `无法读取文件：${detail}`,
  },
  preview: {
    heading: '已生成的工作表',
    empty: '尚未生成：请使用“生成”。',
    download: '下载 .xlsx',
    downloading: '正在准备工作簿…',
    downloaded: (file) => `已下载 ${file}。`,
    sheetTable: (name) => `工作表 ${name}`,
    moreRows: (n) => `……工作簿中还有 ${n} 行。`,
  },
  problems: {
    notJson: (detail) => `文件不是有效的 JSON（${detail}）。`,
    notObject: '模板必须是一个 JSON 对象。',
    noVersion: '缺少 "version" 字段，或它不是数字。',
    newerVersion: (v, current) => `版本 ${v} 由更新的加载项生成；当前加载项最多支持版本 ${current}。`,
    unknownVersion: (v) => `未知的模板版本 ${String(v)}。`,
    missing: '必填，但缺失。',
    wrongType: (expected) => `应为${expected}。`,
    typeNames: { number: '数字', string: '文本', boolean: 'true 或 false', array: '列表', object: '对象' },
    tooSmall: (min, inclusive) => (inclusive ? `不能小于 ${min}。` : `必须大于 ${min}。`),
    tooBig: (max, inclusive) => (inclusive ? `不能大于 ${max}。` : `必须小于 ${max}。`),
    tooFewItems: (min) => `至少需要 ${min} 项。`,
    tooManyItems: (max) => `最多允许 ${max} 项。`,
    exactItems: (n) => `必须正好 ${n} 项。`,
    tooShort: (min) => `至少需要 ${min} 个字符。`,
    tooLong: (max) => `最多允许 ${max} 个字符。`,
    notInteger: '必须是整数。',
    oneOf: (values) => `必须是以下之一：${values}。`,
    unknownKeys: (keys) => `未知字段：${keys}。`,
    invalid: '值无效。',
    rules: {
      tiersFirstZero: '第一档必须从 0 开始。',
      tiersAscending: '每一档的起点必须高于上一档。',
      weightsSum: '权重合计必须为 100 %。',
      cutoffsDescending: '分数线必须从高等级到低等级递减（例如 90、80、70）。',
      yellowAboveGreen: '黄灯阈值不能高于绿灯阈值。',
      abcOrder: 'B 类分界必须高于 A 类分界。',
      currencyCode: '请使用三位字母的 ISO 货币代码，例如 CNY。',
    },
    root: '（整个文件）',
  },
};

export const STRINGS: Readonly<Record<Language, Strings>> = { 'en-US': EN, 'zh-CN': ZH };
