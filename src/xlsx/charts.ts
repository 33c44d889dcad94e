/**
 * exceljs cannot write charts, so the .xlsx writer adds them to the finished file: one DrawingML
 * drawing part per sheet with charts, one chart part per chart (column, bar, line or pie) whose
 * series read the sheet's own cells, plus the relationships and content types Excel and
 * LibreOffice need. jszip is the zip library exceljs itself uses.
 */
import JSZip from 'jszip';
import type { ChartSpec } from '../sheets/model';

export interface PlacedChart {
  /** The written sheet name. */
  sheet: string;
  chart: ChartSpec;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function seriesXml(sheet: string, c: ChartSpec): string {
  return c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        (c.type === 'line' ? '<c:marker><c:symbol val="circle"/></c:marker>' : '') +
        `<c:cat><c:strRef><c:f>${esc(`${quoted(sheet)}!${c.categories}`)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(`${quoted(sheet)}!${s.values}`)}</c:f></c:numRef></c:val>` +
        (c.type === 'line' ? '<c:smooth val="0"/>' : '') +
        '</c:ser>',
    )
    .join('');
}

const axes = (horizontal: boolean, reversed: boolean): string =>
  `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:crossAx val="500002"/></c:catAx>` +
  `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:crossAx val="500001"/></c:valAx>`;

export function chartXml(sheet: string, c: ChartSpec): string {
  const ser = seriesXml(sheet, c);
  const ids = '<c:axId val="500001"/><c:axId val="500002"/>';
  let plot: string;
  if (c.type === 'pie') plot = `<c:pieChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/></c:pieChart>`;
  else if (c.type === 'line') plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${ids}</c:lineChart>${axes(false, false)}`;
  else {
    const horizontal = c.type === 'bar';
    // A horizontal bar chart lists categories bottom-up; reversing keeps the first (a funnel's top) on top.
    plot = `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="80"/>${ids}</c:barChart>${axes(horizontal, horizontal)}`;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(charts: ChartSpec[]): string {
  const anchors = charts.map((c, i) => {
    const pos = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(c.anchor.col, c.anchor.row)}</xdr:from>` +
      `<xdr:to>${pos(c.anchor.col + c.size.cols, c.anchor.row + c.size.rows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('') +
  '</Relationships>';

const unescapeXml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Path of each sheet's part, by sheet name, from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id)) out.set(unescapeXml(name), targets.get(id)!);
  }
  return out;
}

/** Where <drawing> goes in a worksheet: before the elements the schema puts after it. */
function insertDrawing(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  for (const next of ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst']) {
    const i = sheetXml.indexOf(next);
    if (i >= 0) return sheetXml.slice(0, i) + tag + sheetXml.slice(i);
  }
  return sheetXml.replace('</worksheet>', `${tag}</worksheet>`);
}

export async function addCharts(xlsx: Uint8Array, charts: PlacedChart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.chart]);
  const free = (pattern: (n: number) => string, start: number): number => {
    let n = start;
    while (zip.file(pattern(n))) n++;
    return n;
  };
  let chartNo = free((n) => `xl/charts/chart${n}.xml`, 1);
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`addCharts: no sheet named "${sheet}" in the workbook`);
    const drawingNo = free((n) => `xl/drawings/drawing${n}.xml`, 1);
    const drawingRels: { id: string; type: string; target: string }[] = [];
    list.forEach((c, i) => {
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, c));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      drawingRels.push({ id: `rId${i + 1}`, type: 'chart', target: `../charts/chart${chartNo}.xml` });
      chartNo++;
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(list));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);

    const dir = part.slice(0, part.lastIndexOf('/'));
    const file = part.slice(part.lastIndexOf('/') + 1);
    const relsPath = `${dir}/_rels/${file}.rels`;
    const relId = 'rIdSpkDrawing';
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : relsXml([]);
    zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    let sheetXml = await zip.file(part)!.async('string');
    if (!sheetXml.includes(`xmlns:r="${REL}"`)) sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
    zip.file(part, insertDrawing(sheetXml, relId));
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
