/**
 * Test helpers for a user's .xlsx: a workbook of their own (a sheet with a table they called
 * SPK_Tracking, a formatted cell, a formula on another sheet, a chart, a template the pane stored)
 * and edits made the way Excel makes them — in the package's XML, every other part left as it is
 * (exceljs would drop charts and custom XML if it rewrote the file, so it is not used to edit).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';
import { templateXml } from '../../src/excel/templateStore';
import { chartXml } from '../../src/xlsx/charts';
import { readPackage, unescapeXml } from '../../src/xlsx/package';
import { generateIntoXlsx, writeXlsxReport } from '../../src/xlsx/writeXlsx';
import { manage, scenarioSpec, USER_SHEET, USER_TABLE_CELLS, type Editor } from '../writePlan/scenario';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The user's workbook before the add-in ever ran. */
export async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(USER_SHEET);
  ws.addTable({ name: 'SPK_Tracking', ref: 'A1', headerRow: true, columns: USER_TABLE_CELLS[0].map((h) => ({ name: String(h) })), rows: USER_TABLE_CELLS.slice(1) });
  ws.getCell('D2').value = 'keep me bold';
  ws.getCell('D2').font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('D3').value = 1234.5;
  ws.getCell('D3').numFmt = '#,##0.00';
  const summary = wb.addWorksheet('Summary');
  summary.getCell('A1').value = { formula: `SUM('${USER_SHEET}'!B2:B3)`, result: 350 };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // A chart of theirs on their sheet, as Excel stores one: a drawing part with a chart part.
  zip.file(
    'xl/charts/chart1.xml',
    chartXml(USER_SHEET, { type: 'column', title: 'My amounts', categories: '$A$2:$A$3', series: [{ name: 'Amount', values: '$B$2:$B$3' }], anchor: { row: 4, col: 0 }, size: { cols: 5, rows: 10 } }),
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="My amounts"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file('xl/drawings/_rels/drawing1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const rels = zip.file(sheetRels) ? await zip.file(sheetRels)!.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  zip.file(sheetRels, rels.replace('</Relationships>', `<Relationship Id="rIdUserDrawing" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('<tableParts', '<drawing r:id="rIdUserDrawing"/><tableParts'));
  // A template the pane stored in the workbook (a custom XML part).
  const template = { version: TEMPLATE_VERSION, name: 'Region North', sheets: ['tracking'], settings: DEFAULT_SETTINGS, plans: [] };
  zip.file('customXml/item1.xml', templateXml(template));
  zip.file('customXml/itemProps1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>');
  zip.file('customXml/_rels/item1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', wbRels.replace('</Relationships>', `<Relationship Id="rIdTemplate" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const split = (address: string): { col: string; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { col: m[1], row: Number(m[2]) };
};

/** Sets one cell in a sheet part's XML, keeping its style; rows and cells stay in order. */
function setCellXml(xml: string, address: string, value: string | number): string {
  const { col, row } = split(address);
  const rowRe = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const found = rowRe.exec(xml);
  let rowXml = found ? found[0] : `<row r="${row}"></row>`;
  if (rowXml.endsWith('/>')) rowXml = `${rowXml.slice(0, -2)}></row>`;
  const cellRe = new RegExp(`<c\\b[^>]*\\br="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const old = cellRe.exec(rowXml)?.[0];
  const style = old ? / s="(\d+)"/.exec(old)?.[0] ?? '' : '';
  const cell = typeof value === 'number' ? `<c r="${address}"${style}><v>${value}</v></c>` : `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  if (old) rowXml = rowXml.replace(old, cell);
  else {
    const cells = [...rowXml.matchAll(/<c\b[^>]*\br="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
    const after = cells.find((m) => colIndex(m[1]) > colIndex(col));
    rowXml = after ? rowXml.replace(after[0], cell + after[0]) : rowXml.replace('</row>', `${cell}</row>`);
  }
  if (found) return xml.replace(found[0], rowXml);
  const rows = [...xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)];
  const next = rows.find((m) => Number(m[1]) > row);
  if (next) return xml.replace(next[0], rowXml + next[0]);
  return xml.includes('<sheetData/>') ? xml.replace('<sheetData/>', `<sheetData>${rowXml}</sheetData>`) : xml.replace('</sheetData>', `${rowXml}</sheetData>`);
}

/** Edits a workbook's package as Excel would, leaving every other part as it is. */
export async function editXlsx(bytes: Uint8Array, edits: (editor: Editor) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const typed = new Map<string, string | number>();
  const partOf = async (sheet: string): Promise<string> => (await readPackage(zip)).sheets.find((s) => s.name === sheet)!.part;
  const editor: Editor = {
    async setCell(sheet, address, value) {
      const part = await partOf(sheet);
      zip.file(part, setCellXml(await zip.file(part)!.async('string'), address, value));
      typed.set(`${sheet}!${address}`, value);
    },
    async resizeTable(table, ref) {
      const info = await readPackage(zip);
      for (const file of Object.keys(zip.files).filter((f) => /^xl\/tables\/.+\.xml$/.test(f))) {
        let xml = await zip.file(file)!.async('string');
        if (!new RegExp(`<table\\b[^>]*\\bname="${table}"`).test(xml)) continue;
        const old = /<table\b[^>]*\bref="([^"]+)"/.exec(xml)![1];
        xml = xml.replace(`ref="${old}"`, `ref="${ref}"`).replace(/<autoFilter ref="[^"]*"/, `<autoFilter ref="${ref}"`);
        const [from, to] = ref.split(':').map(split);
        const count = colIndex(to.col) - colIndex(from.col) + 1;
        const columns = [...xml.matchAll(/<tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumn>)/g)].map((m) => m[0]);
        const sheet = info.sheets.find((s) => info.tables.some((t) => t.name === table && t.sheet === s.sheetId))!.name;
        for (let k = columns.length; k < count; k++) {
          const header = typed.get(`${sheet}!${String.fromCharCode(64 + colIndex(from.col) + k)}${from.row}`) ?? `Column${k + 1}`;
          columns.push(`<tableColumn id="${k + 1}" name="${esc(String(header))}"/>`);
        }
        xml = xml.replace(/<tableColumns\b[\s\S]*?<\/tableColumns>/, `<tableColumns count="${count}">${columns.join('')}</tableColumns>`);
        zip.file(file, xml);
      }
    },
    async renameSheet(from, to) {
      const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
      const rename = (text: string) => text.split(`${quoted(from)}!`).join(`${quoted(to)}!`).split(`${from}!`).join(`${quoted(to)}!`);
      let workbook = await zip.file('xl/workbook.xml')!.async('string');
      workbook = workbook.replace(`name="${esc(from)}"`, `name="${esc(to)}"`);
      workbook = workbook.replace(/(<definedName\b[^>]*>)([\s\S]*?)(<\/definedName>)/g, (_, a: string, text: string, b: string) => a + esc(rename(unescapeXml(text))) + b);
      zip.file('xl/workbook.xml', workbook);
      for (const file of Object.keys(zip.files).filter((f) => /^xl\/(worksheets|charts)\/[^/]+\.xml$/.test(f))) {
        const xml = await zip.file(file)!.async('string');
        zip.file(file, xml.replace(/(<(?:f|c:f)\b[^>]*>)([\s\S]*?)(<\/(?:f|c:f)>)/g, (_, a: string, text: string, b: string) => a + esc(rename(unescapeXml(text))) + b));
      }
    },
  };
  await edits(editor);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The user's file (theirs, or `userWorkbook()`) after the first generation. */
export async function firstGeneration(user?: Uint8Array): Promise<{ buffer: Uint8Array; trackingTable: string }> {
  const first = await writeXlsxReport(scenarioSpec(1), { into: user ?? (await userWorkbook()) });
  const renamed = first.notices.find((n) => n.code === 'tableRenamed');
  return { buffer: first.buffer, trackingTable: renamed?.code === 'tableRenamed' ? renamed.actual : 'SPK_Tracking' };
}

/** The user's file after the first generation and their edits. */
export async function managedFile(user?: Uint8Array): Promise<Uint8Array> {
  const first = await firstGeneration(user);
  return editXlsx(first.buffer, (edit) => manage(edit, first.trackingTable));
}

export const refresh = (bytes: Uint8Array, step?: (name: string) => void) =>
  generateIntoXlsx(bytes, (settings) => scenarioSpec(2, settings), { settings: DEFAULT_SETTINGS, refresh: true, language: 'en-US', step });

