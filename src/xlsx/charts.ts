/**
 * exceljs cannot write charts, so the .xlsx writer adds them to the finished package (package.ts
 * places them in the sheet's drawing): one DrawingML chart part per chart (column, bar, line or
 * pie) whose series read the sheet's own cells.
 */
import type { ChartSpec } from '../sheets/model';

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
