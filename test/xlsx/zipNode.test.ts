/**
 * The command line's zip writer (Node's zlib): every part comes back byte for byte, from JSZip
 * and from exceljs, and a workbook packed this way holds what the JSZip-packed one holds.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { yearPeriod } from '../../src/data/periods';
import { buildSampleDataset, sampleSettings } from '../../src/sample/sampleData';
import { SHEET_KINDS } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { canPackWithZlib, packWithZlib } from '../../src/xlsx/zipNode';
import { readStoredValues } from './readValues';

const run = canPackWithZlib() ? describe : describe.skip;

run('packWithZlib', () => {
  it('writes every part so that JSZip reads it back unchanged, folders left out', async () => {
    const zip = new JSZip();
    const big = 'x'.repeat(200_000) + '客户'.repeat(1000);
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', big);
    zip.file('xl/empty.xml', '');
    zip.file('docProps/名前.xml', '<a>é</a>');
    zip.folder('xl/media');
    zip.file('xl/media/image1.bin', new Uint8Array([0, 255, 1, 128]));
    zip.file('xl/binary.txt', '\u00ff\u0001', { binary: true });
    // A part read from another zip (JSZip's own compressed object).
    const other = await JSZip.loadAsync(await new JSZip().file('docProps/app.xml', '<app>ü</app>').generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    zip.file('docProps/app.xml', other.file('docProps/app.xml')!.async('uint8array'));
    const back = await JSZip.loadAsync(await packWithZlib(zip));
    const names = Object.keys(back.files).filter((n) => !back.files[n].dir);
    expect(names).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/empty.xml', 'docProps/名前.xml', 'xl/media/image1.bin', 'xl/binary.txt', 'docProps/app.xml']);
    expect([...(await back.file('xl/media/image1.bin')!.async('uint8array'))]).toEqual([0, 255, 1, 128]);
    expect([...(await back.file('xl/binary.txt')!.async('uint8array'))]).toEqual([255, 1]);
    expect(await back.file('docProps/app.xml')!.async('string')).toBe('<app>ü</app>');
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(big);
    expect(await back.file('xl/empty.xml')!.async('string')).toBe('');
    expect(await back.file('docProps/名前.xml')!.async('string')).toBe('<a>é</a>');
  });

  it('gives a workbook with the same cells as JSZip packing, which exceljs opens', async () => {
    const data = buildSampleDataset({ seed: 3, transactions: 1_500, customers: 100 });
    const spec = buildWorkbook(data, { language: 'zh-CN', period: yearPeriod(data.asOf), settings: sampleSettings(DEFAULT_SETTINGS), sheets: SHEET_KINDS }).spec;
    const [plain, packed] = await Promise.all([writeXlsx(spec), writeXlsx(spec, { pack: (z) => packWithZlib(z) })]);
    const a = await readStoredValues(Buffer.from(plain));
    const b = await readStoredValues(Buffer.from(packed));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [sheet, cells] of a) expect(Object.fromEntries(b.get(sheet)!)).toEqual(Object.fromEntries(cells));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(packed as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...a.keys()]);
    expect(wb.creator).toBe('Sales Performance Kit');
  });
});
