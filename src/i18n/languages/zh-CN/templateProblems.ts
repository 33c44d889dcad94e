import type { TemplateProblemTexts } from '../../sections/templateProblems';

const typeNames: Record<string, string> = { number: '数字', string: '文本', boolean: '布尔值', array: '列表', object: '对象' };
const bound = (value: number | string, percent?: boolean): string => (percent ? `${value} %` : String(value));

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const templateProblems: TemplateProblemTexts = {
  reasons: {
    tooLarge: ({ bytes, max }) => `文件大小为 ${mb(bytes)}，模板最大 ${mb(max)}，未读取任何内容。`,
    notJson: ({ detail }) => `文件不是有效的 JSON（${detail}）。`,
    notObject: () => '模板必须是一个 JSON 对象。',
    noVersion: () => '缺少 "version" 字段，或它不是数字。',
    newerVersion: ({ version, current }) => `版本 ${version} 由更新的加载项生成；当前加载项最多支持版本 ${current}。`,
    unknownVersion: ({ version }) => `未知的模板版本 ${version}。`,
    missing: () => '必填，但缺失。',
    wrongType: ({ expected }) => `应为${typeNames[expected] ?? expected}。`,
    tooSmall: ({ min, inclusive, percent }) => (inclusive ? `不能小于 ${bound(min, percent)}。` : `必须大于 ${bound(min, percent)}。`),
    tooBig: ({ max, inclusive, percent }) => (inclusive ? `不能大于 ${bound(max, percent)}。` : `必须小于 ${bound(max, percent)}。`),
    tooFewItems: ({ min }) => `至少需要 ${min} 项。`,
    tooManyItems: ({ max }) => `最多允许 ${max} 项。`,
    exactItems: ({ count }) => `必须正好 ${count} 项。`,
    tooShort: ({ min }) => `至少需要 ${min} 个字符。`,
    tooLong: ({ max }) => `最多允许 ${max} 个字符。`,
    notInteger: () => '必须是整数。',
    notNumber: () => '请输入数字。',
    oneOf: ({ values }) => `必须是以下之一：${values.join('、')}。`,
    unknownKeys: ({ keys }) => `未知字段：${keys.join('、')}。`,
    rule: ({ rule }) =>
      ({
        tiersFirstZero: '第一档必须从 0 开始。',
        tiersAscending: '每一档的起点必须高于上一档。',
        weightsSum: '权重合计必须为 100 %。',
        cutoffsDescending: '分数线必须从高等级到低等级递减（例如 90、80、70）。',
        yellowAboveGreen: '黄灯阈值不能高于绿灯阈值。',
        abcOrder: 'B 类分界必须高于 A 类分界。',
        currencyCode: '请使用三位字母的 ISO 货币代码，例如 CNY。',
      })[rule],
    // The schema's own detail is English, so the Chinese pane does not show it; the path says where.
    invalid: () => '值无效。',
  },
  root: '（整个文件）',
  more: (count) => `…… 另有 ${count.toLocaleString('zh-CN')} 个问题。`,
};
