/**
 * Test helper: the cached cell values of an .xlsx, read from the sheet XML itself. exceljs drops a
 * cached formula result of 0 when reading and turns date-formatted numbers into Dates; checking a
 * spreadsheet application's results needs the stored values exactly.
 */
import JSZip from 'jszip';

export type StoredValue = number | string | boolean | { error: string } | null;

const unescapeXml = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const f = zip.file('xl/sharedStrings.xml');
  if (!f) return [];
  const xml = await f.async('string');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''));
}

/** Sheet name → cell address → { value, formula, type }. */
export async function readStoredValues(xlsx: Buffer): Promise<Map<string, Map<string, { value: StoredValue; formula: string | null; type: string }>>> {
  const zip = await JSZip.loadAsync(xlsx);
  const strings = await sharedStrings(zip);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1], /Target="([^"]+)"/.exec(m[0])![1]]));
  const out = new Map<string, Map<string, { value: StoredValue; formula: string | null; type: string }>>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(m[0])![1]);
    const t = target.get(/r:id="([^"]+)"/.exec(m[0])![1])!;
    const xml = await zip.file(t.startsWith('/') ? t.slice(1) : `xl/${t}`)!.async('string');
    const cells = new Map<string, { value: StoredValue; formula: string | null; type: string }>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(c[2])?.[1] ?? 'n';
      const inner = c[3] ?? '';
      const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(inner);
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
      let value: StoredValue = null;
      if (type === 's' && v !== undefined) value = strings[Number(v)];
      else if (type === 'inlineStr') value = is === undefined ? null : unescapeXml(is);
      else if (type === 'str') value = v === undefined ? '' : unescapeXml(v);
      else if (type === 'e') value = { error: v ?? '' };
      else if (type === 'b') value = v === '1';
      else if (v !== undefined) value = Number(v);
      cells.set(c[1], { value, formula: f ? unescapeXml(f[1]) : null, type });
    }
    out.set(name, cells);
  }
  return out;
}
