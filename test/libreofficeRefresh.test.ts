/**
 * A user's workbook with a chart and sheets of their own — saved by a real spreadsheet
 * application (LibreOffice), so its chart parts are that application's — gets the add-in's sheets,
 * is edited, and is refreshed with the .xlsx writer (what `--into` does). The refreshed file still
 * opens in LibreOffice with every chart, sheet and user cell in place, and LibreOffice's own
 * recalculation counts the refreshed table in the funnel. Fails (never skips) without LibreOffice.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPackage, readRels } from '../src/xlsx/package';
import { roundTrip } from './support/libreoffice';
import { readStoredValues } from './xlsx/readValues';
import { managedFile, refresh, userWorkbook } from './xlsx/userEdits';
import { TRACKING_AFTER, USER_SHEET } from './writePlan/scenario';

async function chartsBySheet(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const info = await readPackage(zip);
  const out = new Map<string, string[]>();
  for (const s of info.sheets) {
    const drawing = (await readRels(zip, s.part)).find((r) => r.type.endsWith('/drawing'));
    const charts = drawing ? (await readRels(zip, drawing.target)).filter((r) => r.type.endsWith('/chart')) : [];
    out.set(s.name, await Promise.all(charts.map((c) => zip.file(c.target)!.async('string'))));
  }
  return out;
}

describe('a user’s workbook with charts, refreshed, in LibreOffice', () => {
  let saved: Buffer;
  let refreshed: Uint8Array;
  let reopened: Buffer;

  beforeAll(async () => {
    // The user's file as LibreOffice saves it.
    saved = roundTrip(await userWorkbook(), 'mine.xlsx');
    refreshed = (await refresh(await managedFile(saved))).buffer;
    reopened = roundTrip(refreshed, 'refreshed.xlsx');
  }, 300_000);

  it('carries the user’s chart (as LibreOffice wrote it) across, next to the add-in’s own', async () => {
    const before = await chartsBySheet(saved);
    expect(before.get(USER_SHEET)).toHaveLength(1);
    const after = await chartsBySheet(refreshed);
    expect(after.get(USER_SHEET)).toEqual(before.get(USER_SHEET));
    expect(after.get('My deals')).toHaveLength(1);
    expect(after.get('My deals')![0]).toContain("'My deals'!$I$4:$I$6");
  });

  it('opens in LibreOffice with every sheet, chart and user cell in place', async () => {
    const charts = await chartsBySheet(reopened);
    expect([...charts.keys()]).toEqual([USER_SHEET, 'Summary', 'Settings', 'My deals', 'Improvement plan']);
    expect(charts.get(USER_SHEET)).toHaveLength(1);
    expect(charts.get(USER_SHEET)![0]).toContain('My amounts');
    expect(charts.get('My deals')).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(reopened as unknown as ArrayBuffer);
    const mine = wb.getWorksheet(USER_SHEET)!;
    expect([mine.getCell('A2').value, mine.getCell('B3').value, mine.getCell('D2').value]).toEqual(['Mine 1', 250, 'keep me bold']);
    expect(mine.getCell('D2').font?.bold).toBe(true);
    const stored = await readStoredValues(reopened);
    // LibreOffice writes the sheet name without the quotes it does not need.
    expect(stored.get('Summary')!.get('A1')).toMatchObject({ formula: `SUM(${USER_SHEET}!B2:B3)`, value: 350 });
    const deals = stored.get('My deals')!;
    const row = (r: number) => [...'ABCDEFG'].map((c) => deals.get(`${c}${r}`)?.value ?? '');
    expect(Array.from({ length: 7 }, (_, i) => row(4 + i))).toEqual(TRACKING_AFTER);
    // LibreOffice's own recalculation: the funnel counts the whole refreshed table.
    expect([deals.get('I4')!.value, deals.get('I5')!.value, deals.get('I6')!.value]).toEqual([3, 2, 2]);
  });
});
