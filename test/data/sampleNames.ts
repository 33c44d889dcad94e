/**
 * Every name the bundled sample invents, in both of its languages (reps, teams, customers,
 * prospects, the company, regions, product lines, and the formula-looking customers the tests
 * add), and a check that none of them reached a team's own workbook. Shared by the sheet
 * builders' tests and the readers' end-to-end tests.
 */
import { buildSampleDataset, sampleNames } from '../../src/sample/sampleData';
import { LANGUAGES } from '../../src/core/language';
import { TRICKY_CUSTOMERS } from './tricky';

let words: string[] | null = null;

export function sampleWords(): string[] {
  if (words) return words;
  const samples = LANGUAGES.map((language) => buildSampleDataset({ language }));
  words = [
    ...new Set([
      ...samples.flatMap((s) => [...s.reps.map((r) => r.name), ...s.deals.map((d) => d.customer), ...s.prospects]),
      ...sampleNames.company,
      ...sampleNames.teams,
      ...sampleNames.regions,
      ...sampleNames.productLines,
      ...TRICKY_CUSTOMERS,
    ]),
  ];
  return words;
}

/** `text` holds `word` as a word of its own (so "North" is not found in "Northwind"). */
export const mentions = (text: string, word: string): boolean => {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[ -~]*$/.test(word) ? new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text) : text.includes(word);
};

/** The texts that contain a sample name, with the name found. */
export function sampleLeaks(texts: Iterable<string>): { text: string; name: string }[] {
  const all = sampleWords();
  const out: { text: string; name: string }[] = [];
  for (const text of texts) {
    const name = all.find((n) => mentions(text, n));
    if (name) out.push({ text, name });
  }
  return out;
}
