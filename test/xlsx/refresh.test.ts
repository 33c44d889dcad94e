/**
 * A refresh of a user's .xlsx file with the exceljs writer, as a manager works
 * (test/writePlan/scenario.ts): their own sheets, cells, formats, chart, names and stored template
 * are carried across, nothing typed is lost, a vanished key is flagged, the Settings sheet's values
 * stay and the template follows them, formulas follow the grown table — and a failure at any step
 * leaves the file's bytes as they were.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HyperFormula } from 'hyperformula';
import { N } from '../../src/sheets/settingsSheet';
import { WriteError } from '../../src/sheets/writePlan/notices';
import { parseOwnership } from '../../src/sheets/writePlan/ownership';
import { TEMPLATE_NAMESPACE, templateJson } from '../../src/excel/templateStore';
import { customXmlText, OWNERSHIP_NAMESPACE, readPackage, readRels } from '../../src/xlsx/package';
import { greenCell, IMPROVEMENT_AFTER, TRACKING_AFTER, USER_SHEET } from '../writePlan/scenario';
import { readStoredValues } from './readValues';
import { managedFile, refresh } from './userEdits';

type Stored = Awaited<ReturnType<typeof readStoredValues>>;
const shown = (stored: Stored, sheet: string, address: string): string | number => {
  const v = stored.get(sheet)!.get(address)?.value;
  return v === null || v === undefined ? '' : (v as string | number);
};
const grid = (stored: Stored, sheet: string, cols: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => [...cols].map((c) => shown(stored, sheet, `${c}${from + i}`)));

describe('refresh of a user’s .xlsx file', () => {
  let before: Uint8Array;
  let result: Awaited<ReturnType<typeof refresh>>;
  let stored: Stored;
  let zip: JSZip;

  beforeAll(async () => {
    before = await managedFile();
    result = await refresh(before);
    stored = await readStoredValues(Buffer.from(result.buffer));
    zip = await JSZip.loadAsync(result.buffer);
  });

  it('reads the Settings the manager edited, keeps them and the stored template follows them; names untouched', async () => {
    expect(result.settings.risk.green).toBe(0.9);
    expect(result.notices[0]).toEqual({ code: 'settingsKept', sheet: 'Settings', names: [N.green] });
    expect(shown(stored, 'Settings', greenCell())).toBe(0.9);
    const info = await readPackage(zip);
    expect(info.sheets.map((s) => s.name)).toEqual([USER_SHEET, 'Summary', 'Settings', 'My deals', 'Improvement plan']);
    const ours = (i: Awaited<ReturnType<typeof readPackage>>) => i.names.filter((n) => n.name.startsWith('SPK_')).map((n) => [n.name, n.text]);
    expect(ours(info)).toEqual(ours(await readPackage(await JSZip.loadAsync(before))));
    const template = JSON.parse(templateJson(info.customXml.find((c) => c.ns === TEMPLATE_NAMESPACE)!.xml)!);
    expect(template).toMatchObject({ name: 'Region North', settings: { risk: { green: 0.9 } } });
  });

  it('rewrites the renamed sheet in place, keeps every typed cell, the added column and the appended row, and flags the vanished deal', () => {
    expect(result.sheets.map((s) => [s.kind, s.name, s.mode])).toEqual([
      ['settings', 'Settings', 'refresh'],
      ['tracking', 'My deals', 'refresh'],
      ['improvement', 'Improvement plan', 'refresh'],
    ]);
    expect(grid(stored, 'My deals', 'ABCDEFG', 4, 10)).toEqual(TRACKING_AFTER);
    expect(grid(stored, 'My deals', 'ABCDEFG', 3, 3)).toEqual([['Date', 'Owner', 'Customer', 'Stage', 'Notes', 'Data status', 'Priority']]);
    expect(shown(stored, 'My deals', 'L6')).toBe('ask about Beta');
    expect(stored.get('My deals')!.get('C5')).toMatchObject({ type: 's', formula: null, value: '=cmd|calc' });
    expect(grid(stored, 'Improvement plan', 'ABCDEF', 5, 7)).toEqual(IMPROVEMENT_AFTER);
    expect(result.notices.slice(1)).toEqual([
      { code: 'rowsFlagged', sheet: 'My deals', table: 'SPK_Tracking_2', rows: 1 },
      { code: 'rowsFlagged', sheet: 'Improvement plan', table: 'SPK_Improvement', rows: 1 },
    ]);
  });

  it('keeps the user’s own sheets, table, formats, formula and chart', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.buffer as unknown as ArrayBuffer);
    const mine = wb.getWorksheet(USER_SHEET)!;
    expect(Object.keys((mine as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['SPK_Tracking']);
    expect(mine.getCell('B3').value).toBe(250);
    expect(mine.getCell('D2').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(mine.getCell('D3').numFmt).toBe('#,##0.00');
    expect(wb.getWorksheet('Summary')!.getCell('A1').value).toMatchObject({ formula: `SUM('${USER_SHEET}'!B2:B3)` });
    const info = await readPackage(zip);
    const drawing = (await readRels(zip, info.sheets[0].part)).find((r) => r.type.endsWith('/drawing'))!;
    const chart = (await readRels(zip, drawing.target)).find((r) => r.type.endsWith('/chart'))!;
    expect(await zip.file(chart.target)!.async('string')).toContain('My amounts');
    // The add-in's own chart on the refreshed sheet: one, drawn anew on the new funnel block.
    const ours = (await readRels(zip, info.sheets[3].part)).find((r) => r.type.endsWith('/drawing'))!;
    const oursCharts = (await readRels(zip, ours.target)).filter((r) => r.type.endsWith('/chart'));
    expect(oursCharts).toHaveLength(1);
    expect(await zip.file(oursCharts[0].target)!.async('string')).toContain("<c:f>'My deals'!$I$4:$I$6</c:f>");
    // The ownership record names the sheets by id: the user's sheets are not in it.
    const record = parseOwnership(customXmlText(info.customXml.find((c) => c.ns === OWNERSHIP_NAMESPACE)!.xml));
    expect(record.sheets.map((s) => [s.kind, info.sheets.find((x) => x.sheetId === s.id)!.name])).toEqual([
      ['settings', 'Settings'],
      ['tracking', 'My deals'],
      ['improvement', 'Improvement plan'],
    ]);
  });

  it('points the funnel at the whole grown table, which a spreadsheet engine then counts', () => {
    expect(stored.get('My deals')!.get('I4')!.formula).toBe('COUNTIF($D$4:$D$10,"Lead")');
    // Evaluate the refreshed sheet as it is in the file (HyperFormula; LibreOffice does the same in test/libreoffice.test.ts).
    const cells = stored.get('My deals')!;
    const sheet: (string | number | null)[][] = [];
    for (const [address, c] of cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      while (sheet.length <= row) sheet.push([]);
      sheet[row][col] = c.formula !== null ? `=${c.formula}` : typeof c.value === 'string' && /^[=+\-@']/.test(c.value) ? `'${c.value}` : (c.value as string | number | null);
    }
    const hf = HyperFormula.buildFromSheets({ S: sheet }, { licenseKey: 'gpl-v3' });
    const at = (a: string) => hf.getCellValue({ sheet: 0, row: Number(a.slice(1)) - 1, col: a.charCodeAt(0) - 65 });
    // Beta (kept, flagged), Omega (the manager's) and Gamma are leads; Acme and Li's deal intent; 001 and Delta won.
    expect([at('I4'), at('I5'), at('I6')]).toEqual([3, 2, 2]);
  });

  it('leaves the file as it was when any step fails, and says which', async () => {
    const steps: string[] = [];
    await refresh(before, (s) => steps.push(s));
    expect(steps).toEqual(['read', 'plan', 'sheet:Settings', 'sheet:My deals', 'sheet:Improvement plan', 'write', 'package', 'done']);
    const copy = Uint8Array.from(before);
    for (const failing of steps) {
      const error = await refresh(before, (s) => {
        if (s === failing) throw new Error(`disk full at ${s}`);
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WriteError);
      expect((error as WriteError).problem).toEqual({
        code: 'failed',
        sheet: failing.startsWith('sheet:') ? failing.slice(6) : '',
        error: `disk full at ${failing}`,
        restored: true,
      });
      expect(Buffer.compare(Buffer.from(before), Buffer.from(copy))).toBe(0);
    }
  });
});
