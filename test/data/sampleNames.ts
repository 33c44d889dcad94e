/**
 * Every name the bundled sample invents (reps, teams, customers, prospects, regions, product
 * lines, the formula-looking customers), and a check that none of them reached a team's own
 * workbook. Shared by the sheet builders' tests and the readers' end-to-end tests.
 */
import { buildSampleDataset, sampleNames, TRICKY_CUSTOMERS } from '../../src/sample/sampleData';

let words: string[] | null = null;

export function sampleWords(): string[] {
  if (words) return words;
  const sample = buildSampleDataset();
  words = [
    ...new Set([
      ...sample.reps.map((r) => r.name),
      ...sample.reps.map((r) => r.team).filter((t): t is string => t !== null),
      ...sample.deals.map((d) => d.customer),
      ...sampleNames.regions,
      ...sampleNames.productLines,
      ...sampleNames.prospects,
      ...TRICKY_CUSTOMERS,
    ]),
  ];
  return words;
}

/** The texts that contain a sample name, with the name found. */
export function sampleLeaks(texts: Iterable<string>): { text: string; name: string }[] {
  const all = sampleWords();
  const out: { text: string; name: string }[] = [];
  for (const text of texts) {
    const name = all.find((n) => text.includes(n));
    if (name) out.push({ text, name });
  }
  return out;
}
