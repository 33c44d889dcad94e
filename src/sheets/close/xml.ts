/**
 * The closings record as stored in a workbook: one custom XML part in the add-in's own namespace,
 * the JSON as the element's text. Custom XML parts travel with the file and are read the same way
 * by Office.js (ExcelApi 1.5) and in the .xlsx package, so both writers keep one record.
 */
import { parseClosings, serializeClosings, type Closings, type ClosingsRead } from '../../core/close/record';

export const CLOSINGS_NAMESPACE = 'urn:sales-performance-kit:closings:v1';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

export const closingsXml = (c: Closings): string => `<?xml version="1.0" encoding="UTF-8"?><closings xmlns="${CLOSINGS_NAMESPACE}">${escape(serializeClosings(c))}</closings>`;

/** The record in a stored part; a part without the element is unreadable, never "nothing closed". */
export function closingsFromXml(xml: string | null): ClosingsRead {
  if (xml === null) return parseClosings(null);
  const m = /<closings\b[^>]*>([\s\S]*)<\/closings>/.exec(xml);
  if (!m) return { ok: false, reason: 'notARecord' };
  const body = m[1].replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
  return parseClosings(body === m[1] ? unescape(body) : body);
}
