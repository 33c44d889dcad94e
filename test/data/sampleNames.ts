/**
 * Every name the bundled sample invents (reps, customers, prospects, regions, product lines,
 * industries), and a check that none of them reached a team's own workbook.
 */
import { buildSampleDataset, SAMPLE_NAMES, TRICKY_CUSTOMERS } from '../../src/sample/sampleData';

let names: string[] | null = null;

export function sampleNames(): string[] {
  if (names) return names;
  const sample = buildSampleDataset();
  names = [
    ...new Set([
      ...sample.reps.map((r) => r.name),
      ...sample.deals.map((d) => d.customer),
      ...sample.prospects,
      ...TRICKY_CUSTOMERS,
      ...Object.values(SAMPLE_NAMES).flat(),
    ]),
  ];
  return names;
}

/** The texts that contain a sample name, with the name found. */
export function sampleLeaks(texts: Iterable<string>): { text: string; name: string }[] {
  const all = sampleNames();
  const out: { text: string; name: string }[] = [];
  for (const text of texts) {
    const name = all.find((n) => text.includes(n));
    if (name) out.push({ text, name });
  }
  return out;
}
