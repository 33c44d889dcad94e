/**
 * The template as the workbook stores it: a custom XML part in the add-in's own namespace whose
 * element text is the template's JSON, XML-escaped. Both writers store it this way (Office.js in
 * src/excel/templateStore.ts, the .xlsx package in src/xlsx/), so the format lives here, once.
 */
export const TEMPLATE_NAMESPACE = 'urn:sales-performance-kit:template:v1';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

export function templateXml(template: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?><template xmlns="${TEMPLATE_NAMESPACE}">${escapeXml(JSON.stringify(template))}</template>`;
}

/** The JSON text inside a stored part (null when the element is missing). */
export function templateJson(xml: string): string | null {
  const m = /<template\b[^>]*>([\s\S]*)<\/template>/.exec(xml);
  if (!m) return null;
  const body = m[1].replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
  return body === m[1] ? unescapeXml(body) : body;
}
