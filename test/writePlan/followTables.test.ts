/**
 * Formulas follow their tables, computed: the real Customers and Tracking builders' sheets are
 * refreshed into a table whose rows the user has re-sorted (the refresh keeps rows where they are),
 * and a spreadsheet engine (HyperFormula) evaluating the plan's cells gives every customer the
 * share, cumulative share and ABC class the core computed, and the funnel counts every row.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { buildSampleDataset } from '../../src/sample/sampleData';
import { yearPeriod } from '../../src/data/periods';
import { isFormula, type Cell, type SheetSpec, type WorkbookSpec } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { ALL_FEATURES } from '../../src/sheets/writePlan/host';
import { emptyOwnership, type Ownership } from '../../src/sheets/writePlan/ownership';
import { planWrite } from '../../src/sheets/writePlan/plan';
import type { ExistingWorkbook, PlannedSheet } from '../../src/sheets/writePlan/types';
import { sameValue } from '../sheets/specCells';

const options = { refresh: true, language: 'en-US' as const, features: ALL_FEATURES };
const input = (c: Cell | undefined): string | number | boolean | null =>
  c === undefined || c === null ? null : isFormula(c) ? `=${c.formula}` : typeof c === 'string' && /^[='+\-@]/.test(c) ? `'${c}` : c;

/** The sheets a plan writes, as grids, on top of what `base` holds. */
function grids(plan: PlannedSheet[], base: Map<string, (string | number | boolean | null)[][]>): Record<string, (string | number | boolean | null)[][]> {
  const out: Record<string, (string | number | boolean | null)[][]> = {};
  for (const [k, v] of base) out[k] = v.map((r) => [...r]);
  for (const s of plan) {
    const g = (out[s.name] ??= []);
    for (const r of s.regions) {
      r.cells.forEach((line, i) =>
        line.forEach((c, j) => {
          while (g.length <= r.row + i) g.push([]);
          g[r.row + i][r.col + j] = input(c);
        }),
      );
    }
  }
  return out;
}

describe('formulas follow refreshed tables (HyperFormula)', () => {
  const data = buildSampleDataset({ seed: 5, transactions: 3_000, customers: 80 });
  const spec: WorkbookSpec = buildWorkbook(data, { sheets: ['customers', 'tracking'], language: 'en-US', period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS }).spec;
  const first = planWrite(spec, { sheets: [], tables: [], names: [], ownership: emptyOwnership(), contents: new Map() }, { ...options, refresh: false });
  const byKind = (kind: string) => spec.sheets.find((s) => s.kind === kind)!;

  it('gives every customer the core’s share, cumulative share and class, and counts the whole funnel, after the rows were re-sorted', () => {
    const ownership: Ownership = {
      version: 2,
      names: first.ownedNames,
      sheets: first.sheets.map((s, i) => ({
        id: `S${i}`,
        ...s.record,
        tables: s.tables.map((t, k) => ({ id: `T${i}.${k}`, spec: t.spec, origin: 'A3', headers: t.headers, keys: t.keys })),
        charts: [],
      })),
    };
    // What the workbook holds after the first write, with the user's re-sort of both tables (reversed).
    const base = grids(first.sheets, new Map());
    const contents = new Map<string, unknown[][]>();
    const tables: ExistingWorkbook['tables'] = [];
    first.sheets.forEach((s, i) =>
      s.tables.forEach((t, k) => {
        const g = base[s.name];
        const body = g.slice(t.rect.row + 1, t.rect.row + t.rect.rows).map((r) => r.slice(0, t.rect.cols));
        body.reverse().forEach((r, n) => (g[t.rect.row + 1 + n] = [...r, ...g[t.rect.row + 1 + n].slice(t.rect.cols)]));
        const shown = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v === null ? '' : v);
        contents.set(`T${i}.${k}`, [g[t.rect.row].slice(0, t.rect.cols), ...body].map((r) => r.map(shown)));
        tables.push({ id: `T${i}.${k}`, name: t.name, sheetId: `S${i}`, rect: t.rect });
      }),
    );
    const existing: ExistingWorkbook = { sheets: first.sheets.map((s, i) => ({ id: `S${i}`, name: s.name })), tables, names: spec.names.map((n) => ({ name: n.name, refersTo: n.refersTo })), ownership, contents };
    const plan = planWrite(spec, existing, options);
    expect(plan.sheets.map((s) => s.mode)).toEqual(['refresh', 'refresh', 'refresh']);
    const hf = HyperFormula.buildFromSheets(grids(plan.sheets, new Map(Object.entries(base))), { licenseKey: 'gpl-v3', useArrayArithmetic: true });
    for (const n of spec.names) hf.addNamedExpression(n.name, `=${n.refersTo}`);
    const value = (sheet: string, row: number, col: number) => {
      const v = hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
      return v instanceof DetailedCellError ? v.value : v;
    };

    const customers: SheetSpec = byKind('customers');
    const t = customers.tables[0];
    const n = t.rows.length;
    const problems: string[] = [];
    for (let i = 0; i < n; i++) {
      // The customer of spec row i sits at reversed row n-1-i now.
      const row = t.origin.row + 1 + (n - 1 - i);
      expect(value('Customers', row, 0)).toBe(t.rows[i][0]);
      for (const col of [15, 16, 17]) {
        const want = t.rows[i][col];
        const got = value('Customers', row, col);
        if (!sameValue(got, isFormula(want) ? want.value : want)) problems.push(`${String(t.rows[i][0])} col ${col}: ${String(got)} ≠ ${String(isFormula(want) ? want.value : want)}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);

    // The funnel counts every row of the tracking table, wherever its rows are.
    const tracking = byKind('tracking');
    const funnel = tracking.blocks.find((b) => b.origin.col === 10 && b.cells.length > 1)!;
    funnel.cells.forEach((line, k) => {
      const reached = line[1];
      expect([k, value('Tracking', funnel.origin.row + k, 11)]).toEqual([k, isFormula(reached) ? reached.value : reached]);
    });
  });
});
