/**
 * Big regions of a new sheet are written straight into the sheet XML (src/xlsx/bulkCells.ts)
 * instead of through exceljs's cell model. Both ways must give the same file content: every
 * cell's stored value, formula and type, number format and font, the tables and their ranges.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { yearPeriod } from '../../src/data/periods';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { emptySheet } from '../../src/sheets/text';
import { SHEET_KINDS, type Cell, type WorkbookSpec } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { addNumberFormats, spliceRows, xmlText } from '../../src/xlsx/bulkCells';
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { readStoredValues } from './readValues';

interface Seen {
  stored: Record<string, string>;
  formats: Record<string, string>;
  fonts: Record<string, string>;
  tables: string[];
}

async function seen(bytes: Uint8Array): Promise<Map<string, Seen>> {
  const stored = await readStoredValues(Buffer.from(bytes));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, Seen>();
  for (const ws of wb.worksheets) {
    const s: Seen = { stored: {}, formats: {}, fonts: {}, tables: [] };
    for (const [at, c] of stored.get(ws.name)!) s.stored[at] = JSON.stringify(c);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.numFmt && cell.numFmt !== 'General') s.formats[cell.address] = cell.numFmt;
        if (cell.font?.bold || cell.font?.size) s.fonts[cell.address] = `${cell.font.bold ?? false}/${cell.font.size ?? ''}`;
      }),
    );
    s.tables = (ws.getTables() as unknown as { table: { name: string; tableRef: string; autoFilterRef: string; columns: { name: string }[] } }[]).map(
      (t) => `${t.table.name} ${t.table.tableRef} ${t.table.autoFilterRef} ${t.table.columns.map((c) => c.name).join('|')}`,
    );
    out.set(ws.name, s);
  }
  return out;
}

describe('cells written straight into the sheet XML', () => {
  it('give the sample workbook exactly the content exceljs gives it', async () => {
    const data = buildSampleDataset({ seed: 5, transactions: 3_000, customers: 200 });
    const spec = buildWorkbook(data, { language: 'en-US', period: yearPeriod(data.asOf), settings: sampleSettings(DEFAULT_SETTINGS), sheets: SHEET_KINDS }).spec;
    const [model, direct] = await Promise.all([writeXlsx(spec, { bulkCells: Infinity }), writeXlsx(spec, { bulkCells: 20 })]);
    const a = await seen(model);
    const b = await seen(direct);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const customers = a.get('Customers')!;
    // The comparison covers real content: the customers' table with formulas, formats and a bold title.
    expect(Object.keys(customers.stored).length).toBeGreaterThan(200 * 18);
    expect(Object.values(customers.stored).some((v) => v.includes('"formula":"IF('))).toBe(true);
    expect(customers.formats.B4).toBe('yyyy-mm-dd');
    expect(customers.fonts.A1).toBe('true/14');
    for (const [name, s] of a) expect({ name, ...b.get(name)! }).toEqual({ name, ...s });
  });

  it('write every kind of value, text that looks like a formula and characters XML escapes the same way', async () => {
    const sheet = emptySheet('customers', 'Tricky');
    const rows: Cell[][] = Array.from({ length: 40 }, (_, i) => [
      i === 0 ? '=cmd|\' /C calc\'!A0' : i === 1 ? '<a & "b">\'' : i === 2 ? ' leading space' : i === 3 ? 'line\nbreak' : `Customer ${i}`,
      i % 5 === 0 ? null : i * 1.25,
      i % 7 === 0 ? '' : i % 2 === 0,
      { formula: `B${i + 4}*2`, value: i % 5 === 0 ? '#N/A' : i * 2.5 },
      { formula: `IF(B${i + 4}>10,"big","<small>")`, value: i * 1.25 > 10 ? 'big' : '<small>' },
      { formula: `ISNUMBER(B${i + 4})`, value: i % 5 !== 0 },
      { formula: `_xlfn.IFS(B${i + 4}>1,1,TRUE,0)` },
      { formula: `MAXIFS(B4:B43,C4:C43,TRUE)`, value: null },
      i === 9 ? 'text in a number column' : i,
    ]);
    sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [['Title']], bold: true, fontSize: 14 });
    sheet.tables.push({
      name: 'SPK_Tricky',
      origin: { row: 2, col: 0 },
      key: [],
      columns: ['Text', 'Amount', 'Flag', 'Double', 'Size', 'Is number', 'Ifs', 'Max', 'Count'].map((header, j) => ({ header, numberFormat: ['@', '#,##0.00', null, '0.0%', null, null, '0', 'yyyy-mm-dd', '0'][j] ?? undefined })),
      rows,
    });
    // Blocks beside the table, on the rows it writes: one bold (written through exceljs), one plain.
    sheet.blocks.push({ origin: { row: 3, col: 10 }, cells: [['Group', 'Customers']], bold: true });
    sheet.blocks.push({ origin: { row: 4, col: 10 }, cells: Array.from({ length: 60 }, (_, i) => [`G${i}`, i]), numberFormats: [null, '#,##0'] });
    const spec: WorkbookSpec = { sheets: [sheet], names: [], language: 'en-US' };
    const [model, direct] = await Promise.all([writeXlsx(spec, { bulkCells: Infinity }), writeXlsx(spec, { bulkCells: 30 })]);
    const a = (await seen(model)).get('Tricky')!;
    const b = (await seen(direct)).get('Tricky')!;
    expect(b).toEqual(a);
    expect(JSON.parse(a.stored.A4)).toEqual({ value: "=cmd|' /C calc'!A0", formula: null, type: 's' });
    expect(JSON.parse(a.stored.A5).value).toBe('<a & "b">\'');
    expect(JSON.parse(a.stored.A6).value).toBe(' leading space');
    expect(JSON.parse(a.stored.D4)).toEqual({ value: { error: '#N/A' }, formula: 'B4*2', type: 'e' });
    expect(JSON.parse(a.stored.G5).formula).toBe('_xlfn.IFS(B5>1,1,TRUE,0)');
    expect(JSON.parse(a.stored.H5).formula).toBe('_xlfn.MAXIFS(B4:B43,C4:C43,TRUE)');
    expect(a.formats.I13).toBe('@');
    expect(a.formats.I14).toBe('0');
    expect(a.formats.C4).toBeUndefined();
    expect(a.fonts.K4).toBe('true/');
    expect(a.tables).toEqual(['SPK_Tricky A3:I43 A3:I43 Text|Amount|Flag|Double|Size|Is number|Ifs|Max|Count']);
    expect(b.stored.L64).toBe(JSON.stringify({ value: 59, formula: null, type: 'n' }));
  });

  it('adds number formats once, reusing the built-in ids and the formats already there', () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const { xml, ids } = addNumberFormats(styles, ['General', 'yyyy-mm-dd', '@', '#,##0.00', '0.0%', '0.0%']);
    expect([...ids]).toEqual([['General', 0], ['yyyy-mm-dd', 1], ['@', 2], ['#,##0.00', 3], ['0.0%', 4]]);
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>');
    expect(xml).toContain('<cellXfs count="5">');
    expect(xml).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
  });

  it('merges rows with the cells already on them, in column order, and widens the dimension', () => {
    const sheet = '<worksheet><dimension ref="A1:C2"/><sheetData><row r="2" spans="3:3" x14ac:dyDescent="0.25"><c r="C2" s="1"/></row><row r="3" spans="1:1"/></sheetData></worksheet>';
    const rows = new Map<number, [number, string][]>([
      [2, [[0, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c>']]],
      [5, [[0, '<c r="A5"><v>3</v></c>']]],
    ]);
    expect(spliceRows(sheet, rows, [{ row: 1, col: 0, rows: 4, cols: 2 }])).toBe(
      '<worksheet><dimension ref="A1:C5"/><sheetData><row r="2" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2" s="1"/></row><row r="3"></row><row r="5"><c r="A5"><v>3</v></c></row></sheetData></worksheet>',
    );
    expect(xmlText('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
