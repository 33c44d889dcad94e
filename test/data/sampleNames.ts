/**
 * Every name the bundled sample invents, in both of its languages (reps, teams, customers,
 * prospects, the company, regions, product lines, and the formula-looking customers the tests
 * add), and a check that none of them reached a team's own workbook. Shared by the sheet
 * builders' tests and the readers' end-to-end tests.
 */
import { buildSampleDataset, sampleNames } from '../../src/sample/sampleData';
import { LANGUAGES } from '../../src/core/language';
import { BOOK_PRODUCTS, CRM_FAMILIES, CRM_REGIONS, ERP_LINES, ERP_REGIONS } from './fixtures';
import { TRICKY_CUSTOMERS } from './tricky';

/**
 * Plain words a team's own export uses too (the CRM fixture has an East region and a Services
 * family, as the English sample does): in a team's workbook they are the team's words, not leaks.
 */
const TEAM_WORDS = new Set([...CRM_REGIONS, ...CRM_FAMILIES, ...ERP_REGIONS, ...ERP_LINES, ...BOOK_PRODUCTS]);

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
  ].filter((w) => !TEAM_WORDS.has(w));
  return words;
}

/** `text` holds `word` as a word of its own (so "North" is not found in "Northwind"). */
export const mentions = (text: string, word: string): boolean => matcher(word)(text);

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAscii = (word: string): boolean => /^[ -~]*$/.test(word);
const matchers = new Map<string, (text: string) => boolean>();
/** One compiled test per word (a team workbook has thousands of texts and the sample hundreds of names). */
function matcher(word: string): (text: string) => boolean {
  let m = matchers.get(word);
  if (!m) {
    const re = new RegExp(`(^|[^A-Za-z])${escape(word)}($|[^A-Za-z])`);
    m = isAscii(word) ? (text) => re.test(text) : (text) => text.includes(word);
    matchers.set(word, m);
  }
  return m;
}

let anyWord: RegExp | null = null;
/** Whether a text can hold any sample name at all: one pass of one expression, before the word-by-word search. */
function mayMention(text: string): boolean {
  anyWord ??= new RegExp(sampleWords().map(escape).join('|'));
  return anyWord.test(text);
}

/** The texts that contain a sample name, with the name found. */
export function sampleLeaks(texts: Iterable<string>): { text: string; name: string }[] {
  const all = sampleWords();
  const out: { text: string; name: string }[] = [];
  for (const text of texts) {
    if (!mayMention(text)) continue;
    const name = all.find((n) => mentions(text, n));
    if (name) out.push({ text, name });
  }
  return out;
}
