/**
 * A team's own data printed as a manager prints it: the English CRM export (en-US) and the GBK
 * Chinese ERP export (zh-CN) go through `npm run generate` (its library function, with the payroll
 * CSV for the statement's figures), and LibreOffice prints both workbooks to PDF in one run. The
 * Review pack on at most two landscape pages; each rep's statement on a page of its own, their
 * name and total together; no "###"; no sample name and no word of the other language on any page.
 * The first page of every sheet is saved under test-artifacts/own-data-<language>/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Language } from '../src/core/language';
import { catalogue } from '../src/i18n';
import { SHEET_KINDS, type SheetKind } from '../src/sheets/model';
import { moneyFormat } from '../src/sheets/formats';
import { formatted } from '../src/sheets/widths';
import { runGenerate } from '../scripts/cli/run';
import { crmExport, erpExport, CRM_REPS, ERP_REPS } from './data/fixtures';
import { sampleLeaks } from './data/sampleNames';
import { foreignWords } from './support/language';
import { convert } from './support/libreoffice';
import { pageCount, pagePng, pageSizes, pageTexts, sheetOfPage } from './support/pdf';

const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts');

interface Team {
  language: Language;
  file: string;
  bytes: () => Uint8Array;
  reps: string[];
  period: string;
}

const TEAMS: Team[] = [
  { language: 'en-US', file: 'opportunities.csv', bytes: () => new TextEncoder().encode(crmExport().csv), reps: CRM_REPS, period: '2024-11' },
  { language: 'zh-CN', file: '销售明细.csv', bytes: () => erpExport().bytes, reps: ERP_REPS, period: '2023-11' },
];

interface Printed {
  status: number;
  errors: string[];
  sheets: { name: string; kind: SheetKind }[];
  /** The payroll CSV's rows: the statement's rep, period, currency and payout. */
  payroll: { rep: string; period: string; currency: string; payout: string }[];
  pdf: string;
  pages: string[];
  sheetOf: string[];
  sizes: [number, number][];
  pngs: string;
}

const printed = new Map<Language, Printed>();

/** A sheet's kind by its name in the workbook's language (the statement's name carries the period after it). */
function kindOf(name: string, language: Language): SheetKind {
  const names = catalogue(language).sheetNames;
  const kind = [...SHEET_KINDS].sort((a, b) => names[b].length - names[a].length).find((k) => name === names[k] || name.startsWith(`${names[k]} `));
  if (!kind) throw new Error(`no sheet kind is named “${name}” in ${language}`);
  return kind;
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-print-own-'));
  const built: Omit<Printed, 'pdf' | 'pages' | 'sheetOf' | 'sizes' | 'pngs'>[] = [];
  for (const team of TEAMS) {
    const data = path.join(dir, team.file);
    fs.writeFileSync(data, team.bytes());
    const errors: string[] = [];
    const args = ['--data', data, '--lang', team.language, '--payroll', path.join(dir, `${team.language}.csv`), '--out', path.join(dir, `${team.language}.xlsx`)];
    const status = await runGenerate(args, { out: () => undefined, err: (l) => errors.push(l), lang: 'C.UTF-8' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, `${team.language}.xlsx`));
    const [, ...rows] = fs.readFileSync(path.join(dir, `${team.language}.csv`), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    built.push({
      status,
      errors,
      sheets: wb.worksheets.map((w) => ({ name: w.name, kind: kindOf(w.name, team.language) })),
      payroll: rows.map((r) => {
        const cells = r.split(',');
        return { rep: cells[0], period: cells[1], currency: cells[2], payout: cells.at(-1)! };
      }),
    });
  }
  // One LibreOffice run prints both workbooks.
  const pdfs = convert(
    dir,
    TEAMS.map((t) => path.join(dir, `${t.language}.xlsx`)),
    'pdf',
    path.join(dir, 'pdf'),
  );
  TEAMS.forEach((team, i) => {
    const pdf = pdfs[i];
    const pages = pageTexts(pdf);
    const sheetOf = pages.map((p) => sheetOfPage(p, built[i].sheets.map((s) => s.name)));
    const pngs = path.join(ARTIFACTS, `own-data-${team.language}`);
    fs.rmSync(pngs, { recursive: true, force: true });
    fs.mkdirSync(pngs, { recursive: true });
    // The first page of every sheet, for a person to look at.
    built[i].sheets.forEach((s, k) => {
      const first = sheetOf.indexOf(s.name);
      if (first >= 0) pagePng(pdf, first + 1, path.join(pngs, `${String(k + 1).padStart(2, '0')}-${s.kind}.png`));
    });
    printed.set(team.language, { ...built[i], pdf, pages, sheetOf, sizes: pageSizes(pdf), pngs });
  });
}, 600_000);

describe.each(TEAMS)('the $language workbook of a team’s own export, printed by LibreOffice', (team) => {
  const get = (): Printed => printed.get(team.language)!;
  const t = catalogue(team.language);

  it('was generated from the export, with the statement and the Review pack among its sheets', () => {
    const { status, errors, sheets, payroll } = get();
    expect(errors).toEqual([]);
    expect(status).toBe(0);
    expect(sheets.map((s) => s.kind)).toEqual(expect.arrayContaining(['review', 'statement']));
    expect(payroll.map((p) => p.rep).sort()).toEqual([...team.reps].sort());
    expect(new Set(payroll.map((p) => p.period))).toEqual(new Set([team.period]));
  });

  it('prints every sheet, in workbook order, each page headed by its sheet and footed by "page x of y"', () => {
    const { sheets, pages, sheetOf, pdf } = get();
    expect(pageCount(pdf)).toBe(pages.length);
    expect(sheetOf.filter((s) => s === '')).toEqual([]);
    expect([...new Set(sheetOf)]).toEqual(sheets.map((s) => s.name));
    pages.forEach((p, i) => expect([i + 1, p.includes(t.print.pageOf(String(i + 1), String(pages.length)))]).toEqual([i + 1, true]));
  });

  it('prints the Review pack on at most two landscape pages', () => {
    const { sheets, sheetOf, sizes } = get();
    const review = sheets.find((s) => s.kind === 'review')!.name;
    const onReview = sheetOf.flatMap((s, i) => (s === review ? [i] : []));
    expect(onReview.length).toBeGreaterThanOrEqual(1);
    expect(onReview.length).toBeLessThanOrEqual(2);
    for (const i of onReview) expect(sizes[i][0]).toBeGreaterThan(sizes[i][1]);
  });

  it('prints each rep’s statement on a page of its own: their name, the period and their total together', () => {
    const { sheets, sheetOf, pages, payroll } = get();
    const statement = sheets.find((s) => s.kind === 'statement')!.name;
    const statementPages = sheetOf.flatMap((s, i) => (s === statement ? [pages[i]] : []));
    // The summary page, then one page per rep.
    expect(statementPages).toHaveLength(1 + team.reps.length);
    for (const p of payroll) {
      const heading = t.commissionSheets.statement.blockTitle({ company: null, period: p.period, rep: p.rep });
      const onPages = statementPages.filter((page) => page.includes(heading));
      const decimals = p.payout.split('.')[1]?.length ?? 0;
      const total = formatted(Number(p.payout), moneyFormat(p.currency, decimals));
      expect([p.rep, onPages.length, onPages[0]?.includes(total)]).toEqual([p.rep, 1, true]);
    }
  });

  it('shows no "###" (a number too wide for its column), no sample name and no word of the other language', () => {
    const { pages, sheetOf } = get();
    const hashes = pages.flatMap((p, i) => (p.includes('###') ? [`page ${i + 1} (${sheetOf[i]})`] : []));
    expect(hashes).toEqual([]);
    const lines = pages.flatMap((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    expect(sampleLeaks(lines)).toEqual([]);
    // The Settings sheet's defined names (SPK_AsOf …) are Excel names, the same in every language.
    expect(lines.flatMap((l) => foreignWords(l.replace(/\bSPK_\w+/g, ' '), team.language))).toEqual([]);
  });

  it('saves the first page of every sheet as a PNG under test-artifacts/own-data-<language>/', () => {
    const { sheets, pngs } = get();
    const files = fs.readdirSync(pngs).sort();
    expect(files).toEqual(sheets.map((s, k) => `${String(k + 1).padStart(2, '0')}-${s.kind}.png`));
    for (const f of files) expect(fs.statSync(path.join(pngs, f)).size).toBeGreaterThan(5_000);
  });
});
