/**
 * One golden comparison of what the two writers did with the same plan: the Office.js writer
 * (through the recording fake) and the exceljs writer (through a real file) play the same
 * scenario (test/writePlan/scenario.ts), and on every sheet the add-in wrote they must hold the
 * same cells (kind, value or formula), number formats, fonts, tables, column widths, drop-down
 * lists and conditional formats — after the first generation, and after the refresh.
 */
import ExcelJS from 'exceljs';
import { charsToPoints } from '../../src/excel/writeSheet';
import { rectAddress } from '../../src/sheets/writePlan/refs';
import { colLetters, type WorkbookState } from '../excel/fakeExcel';
import { firstGeneration as fakeFirst, managedWorkbook, write } from '../excel/scenarioFake';
import { readStoredValues } from '../xlsx/readValues';
import { firstGeneration as fileFirst, managedFile, refresh } from '../xlsx/userEdits';

interface Seen {
  cells: Record<string, string>;
  fonts: Record<string, string>;
  tables: string[];
  widths: Record<string, number>;
  lists: Record<string, string>;
  rules: string[];
}

const num = (v: number): string => String(Math.round(v * 1e9) / 1e9);

function seenInFake(state: WorkbookState, sheet: string): Seen {
  const s = state.sheet(sheet)!;
  const seen: Seen = { cells: {}, fonts: {}, tables: [], widths: {}, lists: {}, rules: [] };
  for (const [k, c] of s.cells) {
    const at = `${colLetters(k % 20000)}${Math.floor(k / 20000) + 1}`;
    if (c.kind === 'empty' && c.numberFormat === 'General') continue;
    const what = c.kind === 'empty' ? 'empty' : c.kind === 'formula' ? `f:${String(c.value).slice(1)}` : c.kind === 'number' ? `n:${num(c.value as number)}` : c.kind === 'boolean' ? `b:${c.value}` : `s:${c.value}`;
    seen.cells[at] = `${what} | ${c.numberFormat}`;
  }
  for (const [k, f] of s.fonts) seen.fonts[`${colLetters(k % 20000)}${Math.floor(k / 20000) + 1}`] = `${f.bold ?? false}/${f.size ?? 11}`;
  seen.tables = state.tables.filter((t) => t.sheet === s).map((t) => `${t.name} ${rectAddress(t.rect)}`);
  for (const [c, w] of s.columnWidths) seen.widths[colLetters(c)] = Math.round(w * 100) / 100;
  for (const v of s.validations) {
    for (let i = 0; i < v.rect.rows; i++) for (let j = 0; j < v.rect.cols; j++) seen.lists[`${colLetters(v.rect.col + j)}${v.rect.row + i + 1}`] = String(v.rule.list?.source);
  }
  seen.rules = s.cfs
    .map((c) => {
      if (c.kind !== 'ColorScale') return `${rectAddress(c.rect)} ${c.formula.slice(1)} ${c.fill}/${c.fontColor || '-'}/${c.stopIfTrue}`;
      const k = c.colorScale as { minimum: { color: string }; midpoint?: { color: string }; maximum: { color: string } };
      return `${rectAddress(c.rect)} scale ${[k.minimum, ...(k.midpoint ? [k.midpoint] : []), k.maximum].map((x) => x.color).join('/')}`;
    })
    .sort();
  return seen;
}

async function seenInFile(bytes: Uint8Array, sheet: string): Promise<Seen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const stored = (await readStoredValues(Buffer.from(bytes))).get(sheet)!;
  const seen: Seen = { cells: {}, fonts: {}, tables: [], widths: {}, lists: {}, rules: [] };
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fmt = cell.numFmt || 'General';
      const s = stored.get(cell.address);
      const v = s?.value;
      const what =
        s?.formula != null
          ? `f:${s.formula.replace(/_xlfn\./g, '')}`
          : v === null || v === undefined || v === ''
            ? 'empty'
            : typeof v === 'number'
              ? `n:${num(v)}`
              : typeof v === 'boolean'
                ? `b:${v}`
                : `s:${String(v)}`;
      if (what === 'empty' && fmt === 'General') return;
      seen.cells[cell.address] = `${what} | ${fmt}`;
      const bold = cell.font?.bold === true;
      const size = cell.font?.size ?? 11;
      if (bold || size !== 11) seen.fonts[cell.address] = `${bold}/${size}`;
    }),
  );
  seen.tables = (ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]).map((t) => `${t.table.name} ${t.table.tableRef}`);
  ws.columns.forEach((c, i) => {
    if (c.width !== undefined) seen.widths[colLetters(i)] = charsToPoints(c.width);
  });
  const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const [address, v] of Object.entries(dv)) seen.lists[address] = String(v.formulae[0]).replace(/^"|"$/g, '');
  const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const hex = (argb?: string) => (argb ? `#${argb.slice(2)}` : '-');
  seen.rules = cfs
    .flatMap((cf) =>
      cf.rules.map((r) => {
        if (r.type === 'colorScale') return `${cf.ref} scale ${(r.color ?? []).map((c) => hex(c.argb)).join('/')}`;
        const rule = r as { formulae?: string[]; stopIfTrue?: boolean; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } };
        return `${cf.ref} ${rule.formulae?.[0]} ${hex(rule.style?.fill?.bgColor?.argb)}/${hex(rule.style?.font?.color?.argb)}/${rule.stopIfTrue === true}`;
      }),
    )
    .sort();
  return seen;
}

describe('both writers, the same plan', () => {
  it('write the same sheets the first time', async () => {
    const { env } = await fakeFirst();
    const { buffer } = await fileFirst();
    for (const sheet of ['Settings', 'Tracking', 'Improvement plan']) {
      const [a, b] = [seenInFake(env.state, sheet), await seenInFile(buffer, sheet)];
      expect(Object.keys(a.cells).length).toBeGreaterThan(10);
      expect([sheet, b]).toEqual([sheet, a]);
    }
  });

  it('refresh the same way', async () => {
    const { env, kept } = await managedWorkbook();
    await write(env, 2, true, kept.settings);
    const { buffer } = await refresh(await managedFile());
    for (const sheet of ['Settings', 'My deals', 'Improvement plan']) {
      const [a, b] = [seenInFake(env.state, sheet), await seenInFile(buffer, sheet)];
      expect([sheet, b]).toEqual([sheet, a]);
    }
  });
});
