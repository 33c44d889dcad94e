/**
 * One refresh, as a manager works, for both writers' tests: a workbook with the add-in's Settings,
 * a deal tracking sheet (a key per deal, a Notes column that is the user's, a funnel block whose
 * counts read the table, a stage drop-down, an overdue rule, a funnel chart) and an improvement
 * plan (measures and progress notes the manager writes). Between two generations the manager
 * types notes and measures, adds a column to a table and writes beside it, appends a deal, edits a
 * threshold on Settings, renames the tracking sheet; a sheet of their own holds a table they
 * called SPK_Tracking. The second generation's data changes one deal's stage, drops a deal and a
 * rep, and brings new ones.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Cell, SheetSpec, WorkbookSpec } from '../../src/sheets/model';
import { a1, a1Range } from '../../src/sheets/model';
import { buildSettingsSheet, N } from '../../src/sheets/settingsSheet';

export interface Deal {
  date: number;
  owner: string;
  customer: string;
  stage: string;
}

export const STAGES = ['Lead', 'Intent', 'Won'];

export const DEALS_1: Deal[] = [
  { date: 45700, owner: 'Wang', customer: 'Acme', stage: 'Lead' },
  { date: 45701, owner: 'Li', customer: '=cmd|calc', stage: 'Intent' },
  { date: 45702, owner: 'Wang', customer: 'Beta', stage: 'Lead' },
  { date: 45703, owner: 'Zhao', customer: '001', stage: 'Won' },
];
/** Acme moved on, Beta left the data, Gamma and Delta are new. */
export const DEALS_2: Deal[] = [
  { date: 45700, owner: 'Wang', customer: 'Acme', stage: 'Intent' },
  { date: 45701, owner: 'Li', customer: '=cmd|calc', stage: 'Intent' },
  { date: 45703, owner: 'Zhao', customer: '001', stage: 'Won' },
  { date: 45710, owner: 'Li', customer: 'Gamma', stage: 'Lead' },
  { date: 45711, owner: 'Zhao', customer: 'Delta', stage: 'Won' },
];
export const PLAN_1 = [
  ['Wang', 45658, 'Conversion', 'Qualify leads before quoting'],
  ['Li', 45658, 'Completion', 'Weekly pipeline review'],
];
/** Li left the plan, Zhao joined it. */
export const PLAN_2 = [
  ['Wang', 45658, 'Conversion', 'Qualify leads before quoting'],
  ['Zhao', 45658, 'Collection', 'Call before due dates'],
];

const TABLE_ROW = 2;
const FUNNEL_COL = 7;

function trackingSheet(deals: Deal[]): SheetSpec {
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(deals.length, 1);
  const stageRange = a1Range(first, 3, last, 3, true);
  const counts = STAGES.map((s) => deals.filter((d) => d.stage === s).length);
  return {
    kind: 'tracking',
    name: 'Tracking',
    blocks: [
      { origin: { row: 0, col: 0 }, cells: [['Deals']], bold: true, fontSize: 14 },
      { origin: { row: TABLE_ROW, col: FUNNEL_COL }, cells: [['Stage', 'Deals', 'Share']], bold: true },
      {
        origin: { row: TABLE_ROW + 1, col: FUNNEL_COL },
        cells: STAGES.map((s, i): Cell[] => [
          s,
          { formula: `COUNTIF(${stageRange},"${s}")`, value: counts[i] },
          { formula: `IF(COUNTA(${stageRange})=0,"",${a1(TABLE_ROW + 1 + i, FUNNEL_COL + 1)}/COUNTA(${stageRange}))`, value: deals.length ? counts[i] / deals.length : '' },
        ]),
        numberFormats: [null, '0', '0%'],
      },
    ],
    tables: [
      {
        name: 'SPK_Tracking',
        origin: { row: TABLE_ROW, col: 0 },
        key: [0, 1, 2],
        userColumns: [4],
        columns: [
          { header: 'Date', numberFormat: 'yyyy-mm-dd', width: 11 },
          { header: 'Owner' },
          { header: 'Customer', numberFormat: '@' },
          { header: 'Stage' },
          { header: 'Notes', numberFormat: '@', width: 20 },
        ],
        rows: deals.map((d) => [d.date, d.owner, d.customer, d.stage, '']),
      },
    ],
    validations: [{ range: a1Range(first, 3, last, 3), list: STAGES, errorMessage: 'Pick a stage' }],
    conditionalFormats: [
      { range: a1Range(first, 0, last, 4), formula: `AND($A${first + 1}<>"",$A${first + 1}<${N.asOf}-30)`, fill: '#FFC7CE', fontColor: '#9C0006', priority: 1 },
      { range: a1Range(TABLE_ROW + 1, FUNNEL_COL + 2, TABLE_ROW + STAGES.length, FUNNEL_COL + 2), formula: `${a1(TABLE_ROW + 1, FUNNEL_COL + 2)}<${N.funnelLow}`, fill: '#FFEB9C', priority: 2 },
    ],
    // A heat map over the dates: a color scale follows the table like a rule.
    colorScales: [{ range: a1Range(first, 0, last, 0), colors: ['#FFFFFF', '#63BE7B'] }],
    charts: [
      {
        type: 'bar',
        title: 'Funnel',
        categories: a1Range(TABLE_ROW + 1, FUNNEL_COL, TABLE_ROW + STAGES.length, FUNNEL_COL, true),
        series: [{ name: 'Deals', values: a1Range(TABLE_ROW + 1, FUNNEL_COL + 1, TABLE_ROW + STAGES.length, FUNNEL_COL + 1, true) }],
        anchor: { row: 8, col: FUNNEL_COL },
        size: { cols: 5, rows: 10 },
      },
    ],
    notes: [{ cell: 'A3', text: 'Rows turn red a month after their date.' }],
    freeze: { rows: 3, cols: 0 },
  };
}

function improvementSheet(plan: (string | number)[][]): SheetSpec {
  return {
    kind: 'improvement',
    name: 'Improvement plan',
    blocks: [{ origin: { row: 0, col: 0 }, cells: [['Improvement plan']], bold: true, fontSize: 14 }],
    tables: [
      {
        name: 'SPK_Improvement',
        origin: { row: 3, col: 0 },
        key: [0, 1],
        userColumns: [3, 4],
        columns: [{ header: 'Owner' }, { header: 'Period', numberFormat: 'yyyy-mm' }, { header: 'Item' }, { header: 'Measures', width: 30 }, { header: 'Progress notes', width: 24 }],
        rows: plan.map((r) => [...r, '']),
      },
    ],
    validations: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
  };
}

/** The workbook of one generation, with `settings` on its Settings sheet. */
export function scenarioSpec(generation: 1 | 2, settings: Settings = DEFAULT_SETTINGS): WorkbookSpec {
  const s = buildSettingsSheet({ ...settings, language: 'en-US' }, 'en-US', generation === 1 ? 45720 : 45750);
  return {
    sheets: [s.sheet, trackingSheet(generation === 1 ? DEALS_1 : DEALS_2), improvementSheet(generation === 1 ? PLAN_1 : PLAN_2)],
    names: s.names,
  };
}

/** Where the green threshold sits on the Settings sheet (what SPK_RiskGreen points at). */
export function greenCell(): string {
  const ref = scenarioSpec(1).names.find((n) => n.name === N.green)!.refersTo;
  return ref.slice(ref.indexOf('!') + 1).replace(/\$/g, '');
}

/** What the manager does between the two generations, in a writer-neutral form. */
export interface Editor {
  setCell(sheet: string, address: string, value: string | number): Promise<void> | void;
  /** Grows a table to `ref`, as Excel does when one types next to or under it. */
  resizeTable(table: string, ref: string): Promise<void> | void;
  renameSheet(from: string, to: string): Promise<void> | void;
}

/** The user's own sheet, present before the first generation: a table they called SPK_Tracking. */
export const USER_SHEET = 'Pipeline';
export const USER_TABLE_CELLS: (string | number)[][] = [
  ['Deal', 'Amount'],
  ['Mine 1', 100],
  ['Mine 2', 250],
];

/**
 * The edits, on the first generation's layout: Tracking is A3:F7 (Date…Notes, Data status),
 * Improvement A4:F6.
 */
export async function manage(edit: Editor, trackingTable: string): Promise<void> {
  // Typed notes and measures.
  await edit.setCell('Tracking', 'E5', 'call back Monday');
  await edit.setCell('Improvement plan', 'D5', 'Pair with Wang on two visits');
  await edit.setCell('Improvement plan', 'E5', 'first visit done');
  await edit.setCell('Improvement plan', 'E6', 'waiting for leads');
  // A column added to the table (typed next to it), and a note two columns further, beside Beta's row.
  await edit.setCell('Tracking', 'G3', 'Priority');
  await edit.setCell('Tracking', 'G4', 'high');
  await edit.setCell('Tracking', 'G6', 'low');
  // An appended deal (typed under the table), with its notes.
  await edit.setCell('Tracking', 'A8', 45705);
  await edit.setCell('Tracking', 'B8', 'Wang');
  await edit.setCell('Tracking', 'C8', 'Omega');
  await edit.setCell('Tracking', 'D8', 'Lead');
  await edit.setCell('Tracking', 'E8', 'met at the fair');
  await edit.resizeTable(trackingTable, 'A3:G8');
  // Beside the table, outside it (the funnel's columns are H:J), far enough down to clear it.
  await edit.setCell('Tracking', 'L6', 'ask about Beta');
  // A threshold edited on Settings.
  await edit.setCell('Settings', greenCell(), 0.9);
  // The tracking sheet renamed.
  await edit.renameSheet('Tracking', 'My deals');
}

/** Rows of the refreshed tracking table, as the manager should find them (Date, Owner, Customer, Stage, Notes, Status, Priority). */
export const TRACKING_AFTER: (string | number)[][] = [
  [45700, 'Wang', 'Acme', 'Intent', '', '', 'high'],
  [45701, 'Li', '=cmd|calc', 'Intent', 'call back Monday', '', ''],
  [45702, 'Wang', 'Beta', 'Lead', '', 'No longer in the data', 'low'],
  [45703, 'Zhao', '001', 'Won', '', '', ''],
  [45705, 'Wang', 'Omega', 'Lead', 'met at the fair', '', ''],
  [45710, 'Li', 'Gamma', 'Lead', '', '', ''],
  [45711, 'Zhao', 'Delta', 'Won', '', '', ''],
];

export const IMPROVEMENT_AFTER: (string | number)[][] = [
  ['Wang', 45658, 'Conversion', 'Pair with Wang on two visits', 'first visit done', ''],
  ['Li', 45658, 'Completion', 'Weekly pipeline review', 'waiting for leads', 'No longer in the data'],
  ['Zhao', 45658, 'Collection', 'Call before due dates', '', ''],
];
