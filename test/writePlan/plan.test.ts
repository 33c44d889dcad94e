/**
 * The write plan's pure decisions, without a host: names, the merge of a refreshed table, where
 * references go, what a host lacks, ownership records and settings read back from a workbook.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../src/sheets/model';
import { N } from '../../src/sheets/settingsSheet';
import { ALL_FEATURES } from '../../src/sheets/writePlan/host';
import { mergeTable } from '../../src/sheets/writePlan/merge';
import { cleanIdentifier, cleanSheetName, freeIdentifier, freeSheetName } from '../../src/sheets/writePlan/names';
import { emptyOwnership, keyHash, parseOwnership, serializeOwnership, type Ownership } from '../../src/sheets/writePlan/ownership';
import { planWrite } from '../../src/sheets/writePlan/plan';
import { disjoint, subtract } from '../../src/sheets/writePlan/refs';
import { relocator } from '../../src/sheets/writePlan/relocate';
import { settingsFromWorkbook } from '../../src/sheets/writePlan/settings';
import type { ExistingWorkbook } from '../../src/sheets/writePlan/types';

describe('names', () => {
  it('cleans sheet names one way for every writer and builder', () => {
    expect(cleanSheetName('Q1/Q2: [draft]?*\\')).toBe('Q1_Q2_ _draft____');
    expect(cleanSheetName("'quoted'")).toBe('quoted');
    expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName('History')).toBe('History_');
    expect(cleanSheetName('  ')).toBe('Sheet_');
    expect(freeSheetName('Statement 2025-12', new Set(['statement 2025-12']))).toBe('Statement 2025-12 (2)');
    expect(freeSheetName('提成明细 2025-12', new Set())).toBe('提成明细 2025-12');
  });
  it('cleans identifiers so Excel never reads them as a reference', () => {
    expect(cleanIdentifier('SPK_Plan 1-a')).toBe('SPK_Plan_1_a');
    expect(cleanIdentifier('2025')).toBe('_2025');
    expect(cleanIdentifier('AB12')).toBe('_AB12');
    expect(cleanIdentifier('R1C1')).toBe('_R1C1');
    expect(cleanIdentifier('客户表')).toBe('客户表');
    expect(freeIdentifier('SPK_X', new Set(['spk_x', 'spk_x_2']))).toBe('SPK_X_3');
  });
});

describe('rectangles', () => {
  it('subtracts and makes disjoint', () => {
    const parts = subtract({ row: 0, col: 0, rows: 4, cols: 4 }, [{ row: 1, col: 1, rows: 2, cols: 2 }]);
    expect(parts.reduce((n, r) => n + r.rows * r.cols, 0)).toBe(12);
    expect(disjoint([{ row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 2, cols: 2 }]).reduce((n, r) => n + r.rows * r.cols, 0)).toBe(7);
  });
});

const table = (over: Partial<TableSpec> = {}): TableSpec => ({
  name: 'SPK_T',
  origin: { row: 2, col: 0 },
  key: [0],
  userColumns: [2],
  columns: [{ header: 'Rep' }, { header: 'Sales' }, { header: 'Notes' }, { header: 'Data status' }],
  rows: [
    ['A', 1, '', ''],
    ['B', 2, '', ''],
    ['C', 3, '', ''],
  ],
  ...over,
});

describe('merge', () => {
  const owned = (keys: string[][], headers = ['Rep', 'Sales', 'Notes', 'Data status']) => ({
    id: '1',
    spec: 'SPK_T',
    origin: 'A3',
    headers,
    keys: keys.map((k) => keyHash(`${k.map((x) => `s${x}`).join('\u0001')}#1`)),
  });

  it('keeps rows where they are, appends new keys, flags vanished ones and leaves the user’s rows', () => {
    const values = [
      ['Rep', 'Sales', 'Notes', 'Data status', 'Mine'],
      ['B', 20, 'note on B', '', 'x'],
      ['Z', 9, 'gone', '', ''],
      ['U', 5, 'typed by the user', '', ''],
      ['', '', '', '', ''],
    ];
    const r = mergeTable(table(), values, owned([['B'], ['Z']]));
    if (!r.ok) throw new Error('merge failed');
    expect(r.layout.rows).toEqual([
      { kind: 'data', spec: 1, fresh: false },
      { kind: 'vanished' },
      { kind: 'user' },
      { kind: 'data', spec: 0, fresh: true },
      { kind: 'data', spec: 2, fresh: true },
    ]);
    expect(r.layout.position).toEqual([3, 0, 4]);
    // The user's column keeps its place; the table keeps its width.
    expect(r.layout.columns).toEqual([0, 1, 2, 3]);
    expect(r.layout.width).toBe(5);
    expect(r.layout.flagged).toBe(1);
    expect(r.layout.keys).toHaveLength(4);
  });

  it('finds columns by the header last written (a language switch) and by the new one (a column inserted by the user)', () => {
    const values = [
      ['销售员', 'Inserted', '销售额', '备注', '数据状态'],
      ['A', 'x', 1, '', ''],
    ];
    const r = mergeTable(table(), values, owned([['A']], ['销售员', '销售额', '备注', '数据状态']));
    expect(r.ok && r.layout.columns).toEqual([0, 2, 3, 4]);
  });

  it('matches duplicate keys in order, and cannot match without a key column', () => {
    const dup = table({ rows: [['A', 1, '', ''], ['A', 2, '', '']] });
    const r = mergeTable(dup, [['Rep', 'Sales', 'Notes', 'Data status'], ['A', 1, '', ''], ['A', 1, '', '']], owned([['A']]));
    expect(r.ok && r.layout.position).toEqual([0, 1]);
    expect(mergeTable(table(), [['Who', 'Sales', 'Notes', 'Data status']], owned([]))).toEqual({ ok: false, missingKey: 'Rep' });
  });
});

describe('relocation', () => {
  const place = {
    tables: [{ header: 2, col: 0, specRows: 3, specCols: 4, finalRows: 5, position: [3, 0, 4], columns: [0, 1, 2, 3] }],
    moved: [{ rect: { row: 7, col: 0, rows: 2, cols: 3 }, delta: 2 }],
  };
  const r = relocator(new Map([['S', place]]), new Map([['S', 'S (2)']]), new Map([['SPK_T', 'SPK_T_2']]));

  it('makes whole-column ranges cover the merged table and single references follow their row', () => {
    expect(r.formula('SUM($B$4:$B$6)+COUNT(B4:B6)', 'S')).toBe('SUM($B$4:$B$8)+COUNT(B4:B8)');
    expect(r.formula('$B$5*2', 'S')).toBe('$B$4*2');
    // A formula in the table's own row keeps pointing at its row, wherever the row went.
    expect(r.formula('B4/C4', 'S', { table: place.tables[0], specRow: 0 })).toBe('B7/C7');
    // A block pushed down by the longer table, from this sheet and from another (renamed on the way).
    expect(r.formula('A8+SPK_T', 'S')).toBe('A10+SPK_T_2');
    expect(r.formula("'S'!A8+S!$B$6", 'Other')).toBe("'S (2)'!A10+'S (2)'!$B$8");
  });
});

describe('ownership records', () => {
  it('round-trips, keeps only the names of the first format, and trusts nothing unreadable', () => {
    const o: Ownership = { ...emptyOwnership(), names: ['SPK_RiskGreen'], sheets: [{ id: '{a}', kind: 'tracking', slot: '', blocks: ['A1'], tables: [], rules: [], lists: [], scales: [], charts: [] }] };
    expect(parseOwnership(serializeOwnership(o))).toEqual(o);
    expect(parseOwnership(JSON.stringify({ version: 1, tables: ['SPK_X'], sheets: ['Tracking'], names: ['SPK_W1'] }))).toEqual({ version: 2, sheets: [], names: ['SPK_W1'] });
    expect(parseOwnership('{broken')).toEqual(emptyOwnership());
    expect(parseOwnership({ version: 2, sheets: [{ id: '', kind: 'tracking' }, { id: 'x', kind: 'nope' }] }).sheets).toEqual([]);
    expect(keyHash('s2025\u0001sWang#1')).toBe(keyHash('s2025\u0001sWang#1'));
    expect(keyHash('s2025\u0001sWang#1')).not.toBe(keyHash('s2025\u0001sWang#2'));
  });
});

describe('settings read back from a workbook', () => {
  it('takes the Settings sheet’s values, says which differ, and keeps unusable ones out', () => {
    const values = new Map<string, unknown[][]>([
      [N.green, [[0.9]]],
      [N.yellow, [[0.8]]],
      [N.improvePeriods, [[2.5]]],
      [N.funnelLow, [['high']]],
      [N.commissionLowers, [[0], [500000]]],
      [N.commissionRates, [[0.01], [0.02]]],
    ]);
    const r = settingsFromWorkbook(DEFAULT_SETTINGS, values);
    expect(r.settings.risk).toEqual({ green: 0.9, yellow: 0.8 });
    expect(r.settings.commission.tiers).toEqual([{ lower: 0, rate: 0.01 }, { lower: 500000, rate: 0.02 }]);
    expect(r.changed).toEqual([N.green, N.commissionLowers]);
    expect(r.unreadable).toEqual([
      { name: N.improvePeriods, value: '2.5' },
      { name: N.funnelLow, value: 'high' },
    ]);
    expect(r.settings.improvementPeriods).toBe(DEFAULT_SETTINGS.improvementPeriods);
    expect(DEFAULT_SETTINGS.risk.green).toBe(1);
  });
});

describe('planWrite', () => {
  const empty: ExistingWorkbook = { sheets: [], tables: [], names: [], ownership: emptyOwnership(), contents: new Map() };
  const sheet = (over: Partial<SheetSpec>): SheetSpec => ({ kind: 'statement', name: 'S', tables: [], blocks: [], validations: [], conditionalFormats: [], charts: [], notes: [], ...over });

  it('skips a drop-down list no Excel accepts inline, with a notice, for every host', () => {
    const spec: WorkbookSpec = {
      names: [],
      sheets: [sheet({ validations: [{ range: 'A1:A3', list: ['a,b', 'c'], errorMessage: 'x' }, { range: 'B1', list: ['x'.repeat(300)], errorMessage: 'x' }, { range: 'C1', list: ['ok'], errorMessage: 'x' }] })],
    };
    const plan = planWrite(spec, empty, { refresh: false, language: 'en-US', features: ALL_FEATURES });
    expect(plan.sheets[0].lists.set.map((v) => v.range)).toEqual(['C1']);
    expect(plan.notices).toEqual([
      { code: 'listTooLong', sheet: 'S', range: 'A1:A3' },
      { code: 'listTooLong', sheet: 'S', range: 'B1' },
    ]);
  });

  it('pushes what lies under a table that grew down by its new rows, and references to it follow', () => {
    // The plan adds the status column itself.
    const t = table({ key: [0], userColumns: [], columns: table().columns.slice(0, 3), rows: [['A', 1, '']] });
    const spec: WorkbookSpec = {
      names: [],
      sheets: [sheet({ tables: [t], blocks: [{ origin: { row: 6, col: 0 }, cells: [['Total', { formula: 'SUM(B4:B4)+LEN(A7)' }]] }, { origin: { row: 6, col: 9 }, cells: [['beside']] }] })],
    };
    const first = planWrite(spec, empty, { refresh: false, language: 'en-US', features: ALL_FEATURES });
    const record: Ownership = {
      version: 2,
      names: [],
      sheets: [{ id: 'S1', ...first.sheets[0].record, tables: [{ id: 'T1', spec: 'SPK_T', origin: 'A3', headers: first.sheets[0].tables[0].headers, keys: first.sheets[0].tables[0].keys }], charts: [] }],
    };
    // The user appended two rows to the table.
    const existing: ExistingWorkbook = {
      sheets: [{ id: 'S1', name: 'S' }],
      tables: [{ id: 'T1', name: 'SPK_T', sheetId: 'S1', rect: { row: 2, col: 0, rows: 4, cols: 4 } }],
      names: [],
      ownership: record,
      contents: new Map([['T1', [['Rep', 'Sales', 'Notes', 'Data status'], ['A', 1, '', ''], ['U', 7, '', ''], ['V', 8, '', '']]]]),
    };
    const plan = planWrite(spec, existing, { refresh: true, language: 'en-US', features: ALL_FEATURES });
    const s = plan.sheets[0];
    expect(s.mode).toBe('refresh');
    const total = s.regions.find((r) => r.cells[0][0] === 'Total')!;
    // Two rows lower; its sum covers the three rows, and its reference to itself moved with it.
    expect(total.row).toBe(8);
    expect(total.cells[0][1]).toEqual({ formula: 'SUM(B4:B6)+LEN(A9)' });
    expect(s.regions.find((r) => r.cells[0][0] === 'beside')!.row).toBe(6);
    // The block's old place is cleared, its new place must be free of the user's cells.
    expect(s.clears).toEqual([{ row: 6, col: 0, rows: 1, cols: 2 }]);
    expect(s.mustBeEmpty).toEqual([{ row: 8, col: 0, rows: 1, cols: 2 }]);
  });
});
