/**
 * A closed month's statement as a rep receives it: LibreOffice prints the team's workbook (the
 * CRM team's own data, in both languages) after closing September, and the PDF is read back. The
 * closed statement prints the summary page, then exactly one page per rep block, each with the
 * rep's heading (company, period, rep), their total and the snapshot id in the footer. Fails (never
 * skips) when LibreOffice or poppler is missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../src/core/language';
import { parsePeriodOption } from '../../src/data/period';
import type { Period } from '../../src/host/types';
import { catalogue } from '../../src/i18n';
import { moneyFormat } from '../../src/sheets/formats';
import { statementSheetName } from '../../src/sheets/statementSheet';
import { formatted } from '../../src/sheets/widths';
import { generateWithClosings } from '../../src/xlsx/closeXlsx';
import { crmTeam } from '../data/datasets';
import { convert } from '../support/libreoffice';
import { pageTexts } from '../support/pdf';

const LANGUAGES: Language[] = ['en-US', 'zh-CN'];
const team = crmTeam();
const printed = new Map<Language, { pages: string[]; snapshot: string; totals: { rep: string; total: string; heading: string }[] }>();

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-closed-pdf-'));
  const files: string[] = [];
  for (const language of LANGUAGES) {
    const options = {
      sheets: ['statement' as const],
      language,
      period: parsePeriodOption('2026-09') as Period,
      settings: { ...team.settings, language },
      plans: team.plans,
      planAssignment: team.planAssignment,
    };
    const r = await generateWithClosings(null, team.data, options, { action: 'close', period: '2026-09', at: '2026-10-05T08:30:00.000Z' });
    if (!r.ok || !r.outcome) throw new Error('close failed');
    const file = path.join(dir, `team-${language}.xlsx`);
    fs.writeFileSync(file, r.result.buffer);
    files.push(file);
    const snap = r.outcome.snapshot;
    const title = catalogue(language).commissionSheets.statement.blockTitle;
    printed.set(language, {
      pages: [],
      snapshot: snap.id,
      totals: snap.statements.map((s) => ({
        rep: s.rep,
        total: formatted(Number(s.total), moneyFormat(s.currency, s.decimals)),
        heading: title({ company: team.data.company ?? null, period: '2026-09', rep: s.rep }),
      })),
    });
  }
  const pdfs = convert(dir, files, 'pdf', path.join(dir, 'pdf'));
  LANGUAGES.forEach((language, i) => (printed.get(language)!.pages = pageTexts(pdfs[i])));
}, 600_000);

describe.each(LANGUAGES)('the closed September statement printed by LibreOffice (%s)', (language) => {
  it('prints the summary, then exactly one page per rep with their heading and total, each page footed with the snapshot id', () => {
    const { pages, snapshot, totals } = printed.get(language)!;
    const sheet = statementSheetName('2026-09', language);
    const footer = catalogue(language).closing.footer(snapshot);
    const statementPages = pages.filter((p) => p.split('\n').find((l) => l.trim() !== '')?.trim().startsWith(sheet));
    // Four reps were employed in September (one left at the end of August).
    expect(totals.map((t) => t.rep).sort()).toEqual(['Alice Johnson', 'Bob Martinez', 'Carla Nguyen', 'Grace Lee']);
    expect(statementPages).toHaveLength(1 + totals.length);
    for (const p of statementPages) expect(p).toContain(footer);
    for (const t of totals) {
      const onPage = statementPages.filter((p) => p.includes(t.heading));
      expect([t.rep, onPage.length]).toEqual([t.rep, 1]);
      expect([t.rep, onPage[0].includes(t.total)]).toEqual([t.rep, true]);
    }
    // The snapshot line under the title prints on the summary page.
    expect(statementPages[0]).toContain(snapshot);
  });
});
