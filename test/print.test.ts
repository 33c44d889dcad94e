/**
 * The demo workbooks as a manager prints them: LibreOffice prints both (zh-CN and en-US) to PDF
 * in one run, and the PDFs are read back page by page. Every sheet prints; the Review pack on at
 * most two landscape pages; each rep's statement block on a page of its own, their name and total
 * on the same page; no "###" anywhere. The first page of every sheet is saved as a PNG under
 * test-artifacts/print/ for a person to look at. Fails (never skips) when LibreOffice or poppler
 * is missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../src/core/language';
import { moneyFormat } from '../src/sheets/formats';
import { formatted } from '../src/sheets/widths';
import { buildDemo, type Demo } from '../src/xlsx/demoWorkbook';
import { catalogue } from '../src/i18n';
import { convert } from './support/libreoffice';
import { pageCount, pagePng, pageTexts } from './support/pdf';

const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts', 'print');
const LANGUAGES: Language[] = ['zh-CN', 'en-US'];

interface Printed {
  demo: Demo;
  pdf: string;
  pages: string[];
  /** The sheet each page belongs to (by the sheet title the page header starts with). */
  sheetOf: string[];
}

const printed = new Map<Language, Printed>();

/** The sheet a page belongs to: the longest sheet name its first line (the page header) starts with. */
function sheetOfPage(text: string, names: string[]): string {
  const header = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return [...names].sort((a, b) => b.length - a.length).find((n) => header.startsWith(n)) ?? '';
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-print-'));
  const files: string[] = [];
  const demos = new Map<Language, Demo>();
  for (const language of LANGUAGES) {
    const demo = await buildDemo({ language });
    const file = path.join(dir, `demo-${language}.xlsx`);
    fs.writeFileSync(file, demo.xlsx.buffer);
    files.push(file);
    demos.set(language, demo);
  }
  const pdfs = convert(dir, files, 'pdf', path.join(dir, 'pdf'));
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  LANGUAGES.forEach((language, i) => {
    const demo = demos.get(language)!;
    const pdf = pdfs[i];
    const pages = pageTexts(pdf);
    const names = demo.xlsx.sheets.map((s) => s.name);
    const sheetOf = pages.map((p) => sheetOfPage(p, names));
    printed.set(language, { demo, pdf, pages, sheetOf });
    // The first page of every sheet, for a person to look at.
    demo.xlsx.sheets.forEach((s, k) => {
      const first = sheetOf.indexOf(s.name);
      if (first >= 0) pagePng(pdf, first + 1, path.join(ARTIFACTS, `${language}-${String(k + 1).padStart(2, '0')}-${s.kind}.png`));
    });
  });
}, 600_000);

describe.each(LANGUAGES)('the %s demo printed by LibreOffice', (language) => {
  const get = (): Printed => printed.get(language)!;

  it('prints every sheet, in workbook order, each page headed by its sheet', () => {
    const { demo, pages, sheetOf, pdf } = get();
    expect(pageCount(pdf)).toBe(pages.length);
    expect(sheetOf.filter((s) => s === '')).toEqual([]);
    expect([...new Set(sheetOf)]).toEqual(demo.xlsx.sheets.map((s) => s.name));
    // The footer says "page x of y" in the workbook's language on every page.
    const pageOf = catalogue(language).print.pageOf(String(pages.length), String(pages.length));
    expect(pages.at(-1)).toContain(pageOf);
  });

  it('prints the Review pack on at most two pages, its funnel chart on the last', () => {
    const { demo, sheetOf, pages } = get();
    const review = demo.xlsx.sheets.find((s) => s.kind === 'review')!.name;
    const onReview = sheetOf.flatMap((s, i) => (s === review ? [i] : []));
    expect(onReview.length).toBeGreaterThanOrEqual(1);
    expect(onReview.length).toBeLessThanOrEqual(2);
    // Its charts print on its pages: the funnel chart's title is on the last one.
    expect(pages[onReview.at(-1)!]).toContain(catalogue(language).reviewSheet.funnel.chart);
    expect(demo.spec.sheets.find((s) => s.kind === 'review')!.print).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('prints each rep’s statement on a page of its own: name, period and total together', () => {
    const { demo, sheetOf, pages } = get();
    const run = demo.commissions!;
    const statement = demo.xlsx.sheets.find((s) => s.kind === 'statement')!.name;
    const statementPages = sheetOf.flatMap((s, i) => (s === statement ? [pages[i]] : []));
    const mine = run.statements.filter((s) => s.period === run.period);
    expect(mine.length).toBeGreaterThan(20);
    // The summary page, then one page per rep.
    expect(statementPages).toHaveLength(1 + mine.length);
    const title = catalogue(language).commissionSheets.statement.blockTitle;
    for (const s of mine) {
      const heading = title({ company: demo.data.company ?? null, period: run.period, rep: s.rep });
      const page = statementPages.find((p) => p.includes(heading));
      const total = formatted(s.total.toNumber(), moneyFormat(s.currency, s.decimals));
      expect([s.rep, page !== undefined && page.includes(total)]).toEqual([s.rep, true]);
    }
  });

  it('shows no "###" (a number too wide for its column) anywhere', () => {
    const { pages, sheetOf } = get();
    const hashes = pages.flatMap((p, i) => (p.includes('###') ? [`page ${i + 1} (${sheetOf[i]})`] : []));
    expect(hashes).toEqual([]);
  });

  it('saves the first page of every sheet as a PNG under test-artifacts/print/', () => {
    const { demo } = get();
    const pngs = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${language}-`));
    expect(pngs).toHaveLength(demo.xlsx.sheets.length);
    for (const f of pngs) expect(fs.statSync(path.join(ARTIFACTS, f)).size).toBeGreaterThan(5_000);
  });
});
