export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: readonly Language[] = ['en-US', 'zh-CN'];

/** Any zh-* tag (zh-CN, zh-Hans, zh-TW …) gets the Chinese strings; everything else English. */
export function resolveLanguage(tag: string | null | undefined): Language {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
