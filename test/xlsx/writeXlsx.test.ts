import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { yearPeriod } from '../../src/data/periods';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { TRICKY_CUSTOMERS, withTrickyCustomers } from '../data/tricky';
import type { WorkbookSpec } from '../../src/sheets/model';
import { SHEET_KINDS } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { addFunctionPrefixes } from '../../src/xlsx/formulaText';
import { freeSheetName } from '../../src/sheets/writePlan/names';
import { rewriteFormula } from '../../src/sheets/writePlan/refs';
import { writeXlsx, writeXlsxReport } from '../../src/xlsx/writeXlsx';
import { customXmlText, OWNERSHIP_NAMESPACE, readPackage } from '../../src/xlsx/package';
import { parseOwnership } from '../../src/sheets/writePlan/ownership';
import { readStoredValues } from './readValues';

const data = withTrickyCustomers(buildSampleDataset({ seed: 9, transactions: 6_000, customers: 300, language: 'en-US' }));
const options = { language: 'en-US' as const, period: yearPeriod(data.asOf), settings: sampleSettings(DEFAULT_SETTINGS) };

const spec = buildWorkbook(data, { ...options, sheets: SHEET_KINDS }).spec;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
type Names = { model: { name: string; ranges: string[] }[] };
const namesOf = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as Names).model;

describe('formula text', () => {
  it('adds _xlfn. to newer functions only, outside strings and sheet names', () => {
    expect(addFunctionPrefixes('IFS(A1>1,"IFS(x)",TRUE,1)')).toBe('_xlfn.IFS(A1>1,"IFS(x)",TRUE,1)');
    expect(addFunctionPrefixes('SUM(A1:A3)+MAXIFS(B:B,C:C,"x")')).toBe('SUM(A1:A3)+_xlfn.MAXIFS(B:B,C:C,"x")');
    expect(addFunctionPrefixes('_xlfn.IFS(1,2)')).toBe('_xlfn.IFS(1,2)');
    expect(addFunctionPrefixes("'IFS(x'!A1+filter(A1:A3,B1:B3)")).toBe("'IFS(x'!A1+_xlfn._xlws.FILTER(A1:A3,B1:B3)");
    expect(addFunctionPrefixes('STDEV.S(A1:A9)')).toBe('_xlfn.STDEV.S(A1:A9)');
  });
  it('rewrites references to a renamed sheet', () => {
    const sheets = new Map([['Settings', 'Settings (2)'], ["It's", "It's (2)"]]);
    expect(rewriteFormula("'Settings'!$B$3+'It''s'!A1+\"'Settings'!A1\"", { sheets })).toBe("'Settings (2)'!$B$3+'It''s (2)'!A1+\"'Settings'!A1\"");
    expect(freeSheetName('Tracking', new Set(['tracking', 'tracking (2)']))).toBe('Tracking (3)');
    expect(freeSheetName('A'.repeat(31), new Set(['a'.repeat(31)]))).toBe(`${'A'.repeat(27)} (2)`);
  });
});

describe('writeXlsx', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeXlsx(spec);
    wb = await load(bytes);
  });

  it('writes every sheet, table and defined name, and records the sheets by id and token, not by name', async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    const tables = wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables));
    expect(tables.sort()).toEqual(['SPK_Customers', 'SPK_Evaluation', 'SPK_Improvement', 'SPK_Plan_1_plan', 'SPK_Reconciliation', 'SPK_Statement_2025_12', 'SPK_Targets', 'SPK_Tracking']);
    const names = namesOf(wb);
    // exceljs drops the quotes around a sheet name that does not need them.
    const unquote = (r: string) => r.replace(/^'([^' ]+)'!/, '$1!');
    expect(names.find((n) => n.name === 'SPK_RiskGreen')!.ranges.map(unquote)).toEqual([unquote(spec.names.find((n) => n.name === 'SPK_RiskGreen')!.refersTo)]);
    const zip = await JSZip.loadAsync(bytes);
    const info = await readPackage(zip);
    const record = parseOwnership(customXmlText(info.customXml.find((c) => c.ns === OWNERSHIP_NAMESPACE)!.xml));
    expect(record.sheets.map((s) => s.kind)).toEqual(spec.sheets.map((s) => s.kind));
    expect(record.sheets.map((s) => s.id)).toEqual(info.sheets.map((s) => s.sheetId));
    // Each sheet carries its random token in a hidden name scoped to it, which a copy of the sheet or a new one lacks.
    for (const [i, s] of record.sheets.entries()) {
      expect(s.token).toMatch(/^[0-9a-f]{16}$/);
      expect(info.names.find((n) => n.name === `_SPK_Own_${s.token}`)).toMatchObject({ localSheetId: i, hidden: true });
    }
    expect(new Set(record.sheets.map((s) => s.token)).size).toBe(record.sheets.length);
    const tracking = record.sheets.find((s) => s.kind === 'tracking')!;
    expect(tracking.tables).toEqual([expect.objectContaining({ id: info.tables.find((t) => t.name === 'SPK_Tracking')!.id, spec: 'SPK_Tracking', origin: 'A3' })]);
  });

  it('stores formulas with the core’s cached results and number formats', async () => {
    const ws = wb.getWorksheet('Evaluation')!;
    const row = spec.sheets.find((s) => s.kind === 'evaluation')!.tables[0].rows[0];
    const score = ws.getCell('P4').value as ExcelJS.CellFormulaValue;
    expect(score.formula).toBe((row[15] as { formula: string }).formula);
    expect(score.result).toBe((row[15] as { value: number }).value);
    expect(ws.getCell('F4').numFmt).toBe('0.0%');
    expect(ws.getCell('D4').value).toBe(row[3]);
    const stored = await readStoredValues(Buffer.from(bytes));
    expect(stored.get('Evaluation')!.get('Q4')).toMatchObject({ type: 'str', value: (row[16] as { value: string }).value });
  });

  it('keeps text that looks like a formula as text (shared strings, no <f>)', async () => {
    const stored = await readStoredValues(Buffer.from(bytes));
    const customers = stored.get('Customers')!;
    const found = new Map<string, { type: string; formula: string | null }>();
    for (const cell of customers.values()) if (TRICKY_CUSTOMERS.includes(cell.value as string)) found.set(cell.value as string, cell);
    expect([...found.keys()].sort()).toEqual([...TRICKY_CUSTOMERS].sort());
    for (const cell of found.values()) expect(cell).toMatchObject({ type: 's', formula: null });
    const zip = await JSZip.loadAsync(bytes);
    const sheets = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/sheet')).map((f) => zip.file(f)!.async('string')));
    expect(sheets.join('')).not.toMatch(/<f>[^<]*cmd\|/);
  });

  it('writes drop-downs, conditional formats, frozen panes and notes', () => {
    const tracking = wb.getWorksheet('Tracking')!;
    const validations = (tracking as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const lists = Object.values(validations).map((v) => v.formulae[0]);
    expect(lists).toContain('"Lead,Intent,Negotiation,Won,Lost"');
    expect(lists).toContain('"Not started,In progress,Done"');
    const cf = (tracking as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.map((r) => (r as { formulae: string[] }).formulae[0]))).toContain('AND($H4<>"",$H4<SPK_AsOf,$G4<>"Done")');
    expect(tracking.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const customers = wb.getWorksheet('Customers')!;
    expect(String(customers.getCell('F3').note)).toContain('SALES.RFM');
  });

  it('sets each sheet’s page setup: orientation, fit to one page wide, print titles and area, header, footer, page breaks', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const statement = spec.sheets.find((s) => s.kind === 'statement')!;
    const index = spec.sheets.indexOf(statement);
    const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    // One break before each rep's block, each where the builder put it.
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(statement.print!.rowBreaks);
    expect(breaks.length).toBe(statement.blocks.filter((b) => b.fontSize === 12).length);
    expect(xml).toContain('<oddFooter>&amp;LReport date 2025-12-31&amp;CPage &amp;P of &amp;N&amp;R</oddFooter>');
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">&apos;Statement 2025-12&apos;!$A$1:$K$`);
    const evaluation = spec.sheets.findIndex((s) => s.kind === 'evaluation');
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${evaluation}">&apos;Evaluation&apos;!$3:$3</definedName>`);
    // Letter for an en-US workbook (the file's default paper, so no paperSize), A4 for a zh-CN one.
    expect(xml).not.toContain('paperSize');
    const zh = buildWorkbook(data, { ...options, language: 'zh-CN', sheets: ['evaluation'] }).spec;
    const zhXml = await (await JSZip.loadAsync(await writeXlsx(zh))).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(zhXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
  });

  it('stores a core error as an Excel error value and newer functions with _xlfn.', async () => {
    const tiny: WorkbookSpec = {
      names: [],
      sheets: [{ kind: 'review', name: 'T', tables: [], validations: [], conditionalFormats: [], charts: [], notes: [],
        blocks: [{ origin: { row: 0, col: 0 }, cells: [[0, { formula: '1/A1', value: '#DIV/0!' }, { formula: 'IFS(A1=0,"zero")', value: 'zero' }]] }] }],
    };
    const stored = (await readStoredValues(Buffer.from(await writeXlsx(tiny)))).get('T')!;
    expect(stored.get('B1')).toMatchObject({ type: 'e', value: { error: '#DIV/0!' } });
    expect(stored.get('C1')).toMatchObject({ formula: '_xlfn.IFS(A1=0,"zero")', value: 'zero' });
  });

  it('draws the review pack’s charts as DrawingML parts reading the sheet’s cells', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(spec.sheets.reduce((n, s) => n + s.charts.length, 0));
    const xmls = await Promise.all(charts.map((c) => zip.file(c)!.async('string')));
    const review = xmls.filter((x) => x.includes("<c:f>'Review pack'!$D$"));
    expect(review.length).toBeGreaterThan(0);
    expect(review[0]).toContain('<c:barDir val="col"/>');
    // The Customers sheet's revenue-by-segment chart reads its segment summary.
    expect(xmls.some((x) => x.includes("<c:f>'Customers'!$V$17:$V$27</c:f>") && x.includes('<c:barDir val="bar"/>'))).toBe(true);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('drawingml.chart+xml');
    const reloaded = await load(bytes); // still a valid workbook for exceljs
    expect(reloaded.worksheets).toHaveLength(spec.sheets.length);
  });
});

describe('writing into an existing workbook', () => {
  async function userWorkbook(): Promise<Uint8Array> {
    const user = new ExcelJS.Workbook();
    const t = user.addWorksheet('Tracking');
    t.getCell('A1').value = 'my own deals';
    t.getCell('B2').value = 42;
    user.addWorksheet('Settings').getCell('A1').value = 'my settings';
    return Buffer.from(await user.xlsx.writeBuffer());
  }
  const small = buildWorkbook(data, { ...options, sheets: ['tracking', 'evaluation'] }).spec;

  it('never touches a user’s sheet: taken names get " (2)" and names follow', async () => {
    const report = await writeXlsxReport(small, { into: await userWorkbook() });
    expect(report.sheets.map((s) => s.name)).toEqual(['Settings (2)', 'Tracking (2)', 'Evaluation']);
    const back = await load(report.buffer);
    expect(back.getWorksheet('Tracking')!.getCell('A1').value).toBe('my own deals');
    expect(back.getWorksheet('Tracking')!.getCell('B2').value).toBe(42);
    expect(back.getWorksheet('Settings')!.getCell('A1').value).toBe('my settings');
    expect(namesOf(back).find((n) => n.name === 'SPK_RiskGreen')!.ranges[0]).toMatch(/^'Settings \(2\)'!\$B\$\d+$/);
  });

  it('refreshes only its own sheets when asked, keeps one Settings sheet, and adds new sheets otherwise', async () => {
    const first = await writeXlsxReport(small, { into: await userWorkbook() });
    const refreshed = await writeXlsxReport(small, { into: first.buffer, refresh: true });
    expect(refreshed.sheets.map((s) => [s.name, s.mode])).toEqual([
      ['Settings (2)', 'refresh'],
      ['Tracking (2)', 'refresh'],
      ['Evaluation', 'refresh'],
    ]);
    const back = await load(refreshed.buffer);
    expect(back.worksheets.map((w) => w.name).sort()).toEqual(['Evaluation', 'Settings', 'Settings (2)', 'Tracking', 'Tracking (2)']);
    expect(back.getWorksheet('Tracking')!.getCell('A1').value).toBe('my own deals');
    const tables = back.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables));
    expect(tables.sort()).toEqual(['SPK_Evaluation', 'SPK_Tracking']);

    const again = await writeXlsxReport(small, { into: refreshed.buffer });
    expect(again.sheets.map((s) => s.name)).toEqual(['Settings (2)', 'Tracking (3)', 'Evaluation (2)']);
    const tablesAgain = (await load(again.buffer)).worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables));
    expect(tablesAgain).toContain('SPK_Tracking_2');
  });
});

describe('color scales in the .xlsx writer', () => {
  it('writes the Customers heat map as a three-color scale over its cells', async () => {
    const zip = await JSZip.loadAsync(Buffer.from(await writeXlsx(buildWorkbook(data, { ...options, sheets: ['customers'] }).spec)));
    const sheets = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const xml = sheets.find((x) => x.includes('<colorScale>'))!;
    expect(xml).toMatch(/<conditionalFormatting sqref="U\d+:Y\d+"><cfRule type="colorScale"/);
    expect(xml).toMatch(/<cfvo type="min"\/><cfvo type="percentile" val="50"\/><cfvo type="max"\/><color rgb="FFF8696B"\/><color rgb="FFFFEB84"\/><color rgb="FF63BE7B"\/>/);
  });
});
