/**
 * Closing in the browser preview, on a team's CRM export opened as a file: the closed month's
 * statement replaces its generated sheet (values, protected), a later generate keeps it, a second
 * close is refused with the reason, and the downloaded workbook carries the closings record.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { monthIdStart } from '../../src/data/calendar';
import { monthPeriod } from '../../src/data/periods';
import { HostError, type GenerateRequest } from '../../src/host/types';
import { renderHostProblem } from '../../src/i18n';
import { PreviewHost } from '../../src/preview/previewHost';
import { isFormula, SHEET_KINDS } from '../../src/sheets/model';
import { readClosings } from '../../src/xlsx/closeXlsx';
import { crmExport } from '../data/fixtures';

const request = (period: string, sources: string[]): GenerateRequest => ({
  sheets: [...SHEET_KINDS],
  period: monthPeriod(monthIdStart(period)),
  language: 'en-US',
  settings: { ...DEFAULT_SETTINGS, language: 'en-US' },
  source: { kind: 'data', data: { sources: sources.map((id) => ({ id })), mappings: [] } },
  refresh: false,
});

it('closes a month in the preview and downloads it with the record', async () => {
  const host = new PreviewHost({ storage: null, browserLanguage: 'en-US' });
  const { sources } = await host.openFiles([{ name: 'opportunities.csv', bytes: new TextEncoder().encode(crmExport().csv) }]);
  const ids = sources.map((s) => s.id);
  await host.generate(request('2024-10', ids), () => undefined);
  const r = await host.closePeriod(request('2024-10', ids), { action: 'close', period: '2024-10' });
  expect(r.sheet).toBe('Statement 2024-10');
  const closed = host.sheets().filter((s) => s.kind === 'statement' && s.slot === '2024-10');
  expect(closed).toHaveLength(1);
  expect(closed[0].protect).toBe(true);
  expect(closed[0].blocks.flatMap((b) => b.cells.flat()).filter((c) => isFormula(c))).toEqual([]);
  const refused = await host.closePeriod(request('2024-10', ids), { action: 'close', period: '2024-10' }).catch((e: HostError) => e);
  expect(renderHostProblem('en-US', (refused as HostError).problem)).toContain(`2024-10 is already closed (snapshot ${r.snapshot}`);
  await host.generate(request('2024-11', ids), () => undefined);
  expect(host.sheets().filter((s) => s.kind === 'statement').map((s) => [s.slot, s.protect ?? null])).toEqual([
    ['2024-11', null],
    ['2024-10', true],
  ]);
  const bytes = new Uint8Array(await host.workbookBytes());
  const read = await readClosings(bytes);
  expect(read.ok && read.closings.closed.map((s) => s.id)).toEqual([r.snapshot]);
}, 60_000);
