import type { TemplateLimitTexts } from '../../sections/templateLimits';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const templateLimits: TemplateLimitTexts = {
  tooLarge: (bytes, max) => `文件大小为 ${mb(bytes)}，模板最大 ${mb(max)}，未读取任何内容。`,
  more: (count) => `…… 另有 ${count.toLocaleString('zh-CN')} 个问题。`,
};
