/**
 * A real spreadsheet application opens the demo workbook and the workbooks of three teams' own
 * data: LibreOffice headless converts them (one run, a fresh profile set to always recalculate on
 * load) and the recalculated files are read back. Every formula cell must compute to the core's
 * value with no error value at all, and the conditional formats must survive. Fails (never skips)
 * when LibreOffice is missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { defaultPeriod, yearPeriod } from '../src/data/periods';
import { buildDemo, type Demo } from '../src/xlsx/demoWorkbook';
import { a1, type WorkbookSpec } from '../src/sheets/model';
import { writeXlsx } from '../src/xlsx/writeXlsx';
import { formulaCells, sameValue } from './sheets/specCells';
import { convert } from './support/libreoffice';
import { readStoredValues, type StoredValue } from './xlsx/readValues';
import { buildWorkbook } from '../src/sheets/workbook';
import { SHEET_KINDS } from '../src/sheets/model';
import { TEAMS } from './data/datasets';

describe('the demo workbook in LibreOffice', () => {
  let demo: Demo;
  let recalculated: ExcelJS.Workbook;
  let chartParts: string[] = [];
  let stored: Map<string, Map<string, { value: StoredValue; formula: string | null; type: string }>>;
  /** The teams' workbooks (year and default period each) and what LibreOffice computed in them. */
  const teams: { name: string; spec: WorkbookSpec; stored?: Awaited<ReturnType<typeof readStoredValues>> }[] = [];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-lo-'));
    demo = await buildDemo({ seed: 42 });
    for (const make of TEAMS) {
      const t = make();
      for (const period of [yearPeriod(t.data.asOf), defaultPeriod(t.data)]) {
        const options = { sheets: SHEET_KINDS, language: t.settings.language, period, settings: t.settings, plans: t.plans, planAssignment: t.planAssignment };
        teams.push({ name: `${t.name} ${period.label}`, spec: buildWorkbook(t.data, options).spec });
      }
    }
    // The files LibreOffice opens have no cached results at all, so every value read back was
    // computed by LibreOffice, then compared with the core's.
    const files = [{ file: 'demo.xlsx', spec: demo.spec }, ...teams.map((t, i) => ({ file: `team${i}.xlsx`, spec: t.spec }))];
    for (const { file, spec } of files) {
      const uncached: WorkbookSpec = JSON.parse(JSON.stringify(spec));
      for (const sheet of uncached.sheets) for (const { cell } of formulaCells(sheet)) delete cell.value;
      fs.writeFileSync(path.join(dir, file), await writeXlsx(uncached));
    }
    const outDir = path.join(dir, 'out');
    convert(dir, files.map((f) => path.join(dir, f.file)), 'xlsx', outDir);
    for (const [i, t] of teams.entries()) t.stored = await readStoredValues(fs.readFileSync(path.join(outDir, `team${i}.xlsx`)));
    const output = path.join(outDir, 'demo.xlsx');
    recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(output);
    stored = await readStoredValues(fs.readFileSync(output));
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    chartParts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  }, 400_000);

  it('keeps every generated sheet', () => {
    expect(recalculated.worksheets.map((w) => w.name)).toEqual(demo.xlsx.sheets.map((s) => s.name));
  });

  it('computes every formula cell to the core’s value, with no error values', () => {
    const { problems, checked } = compare(demo.spec, stored);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('computes every formula of the teams’ own workbooks to the core’s value, with no error value at all', () => {
    expect(teams).toHaveLength(6);
    for (const t of teams) {
      const { problems, checked, errors } = compare(t.spec, t.stored!);
      expect([t.name, problems.slice(0, 10), errors]).toEqual([t.name, [], 0]);
      expect(checked).toBeGreaterThan(100);
    }
  });

  /** Formula cells whose recalculated value is not the core's, and every error value in the file. */
  function compare(spec: WorkbookSpec, values: typeof stored): { problems: string[]; checked: number; errors: number } {
    const problems: string[] = [];
    let checked = 0;
    let errors = 0;
    for (const cells of values.values()) for (const c of cells.values()) if (c.type === 'e') errors++;
    for (const sheet of spec.sheets) {
      const cells = values.get(sheet.name)!;
      for (const { row, col, cell } of formulaCells(sheet)) {
        const address = a1(row, col);
        const got = cells.get(address);
        checked++;
        if (!got || got.formula === null) {
          problems.push(`${sheet.name}!${address}: no formula after recalculation (${cell.formula})`);
          continue;
        }
        const value = got.value !== null && typeof got.value === 'object' ? got.value.error : got.value;
        if (typeof value === 'string' && /^#(NAME\?|VALUE!|REF!)/.test(value)) problems.push(`${sheet.name}!${address}: ${value} from ${cell.formula}`);
        else if (!sameValue(value, cell.value)) problems.push(`${sheet.name}!${address}: ${String(value)} ≠ core ${String(cell.value)} (${cell.formula})`);
      }
    }
    return { problems, checked, errors };
  }

  it('keeps the conditional formats, still reading the Settings names', () => {
    for (const sheet of demo.spec.sheets) {
      const ws = recalculated.getWorksheet(sheet.name)!;
      const all = ((ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).flatMap((cf) => cf.rules);
      const rules = all.filter((r) => r.type !== 'colorScale').map((r) => ('formulae' in r && r.formulae ? String(r.formulae[0]) : ''));
      expect(rules.length).toBe(sheet.conditionalFormats.length);
      // Color scales (the Customers heat map) come back as color scales.
      expect(all.filter((r) => r.type === 'colorScale').length).toBe(sheet.colorScales?.length ?? 0);
      for (const spec of sheet.conditionalFormats) {
        const names = spec.formula.match(/SPK_\w+/g) ?? [];
        for (const n of names) expect(rules.some((r) => r.includes(n))).toBe(true);
      }
    }
    const evaluation = demo.spec.sheets.find((s) => s.kind === 'evaluation')!;
    expect(evaluation.conditionalFormats.some((c) => c.formula.includes('SPK_RiskYellow'))).toBe(true);
  });

  it('opens the injected charts (LibreOffice writes them back)', async () => {
    expect(chartParts.length).toBe(demo.spec.sheets.reduce((n, s) => n + s.charts.length, 0));
  });

  it('keeps the defined names the formulas read', () => {
    const names = (recalculated.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
    for (const n of demo.spec.names) expect(names).toContain(n.name);
  });
});
