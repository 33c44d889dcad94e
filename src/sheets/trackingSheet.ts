/**
 * Sales process tracking (rules.md › Sales process tracking, weekly): one row per deal with drop-downs for stage and status,
 * overdue rows (expected date before the data's report date, not done) coloured by a live rule, and a funnel block whose counts, conversions and
 * LOW flags are native formulas over the table.
 */
import { funnel } from '../core/funnel';
import { FUNNEL_STAGES, STAGES, TASK_STATUSES, type Dataset, type PipelineRow } from '../data/model';
import type { Period } from '../core/period';
import type { BuildContext, Built } from './context';
import { COUNT, DATE, PCT } from './formats';
import { a1, a1Range, columnLetter, type Cell } from './model';
import { finishSheet } from './print';
import { N } from './settingsSheet';
import { computed, emptySheet, formula, sheetName, str } from './text';

export const TRACKING_TABLE = 'SPK_Tracking';
const TABLE_ROW = 2;
const COL = { date: 0, owner: 1, customer: 2, industry: 3, stage: 4, action: 5, status: 6, expected: 7, notes: 8 };
const FUNNEL_COL = 10;

/** "Reached" counts: a deal at a later stage has passed the earlier ones; a lost deal counts as a lead. */
export function funnelCounts(rows: readonly PipelineRow[]): number[] {
  return FUNNEL_STAGES.map((_, i) => rows.filter((r) => i === 0 || FUNNEL_STAGES.indexOf(r.stage) >= i).length);
}

export function pipelineInPeriod(data: Dataset, period: Period): PipelineRow[] {
  return (data.pipeline ?? []).filter((r) => r.date >= period.start && r.date <= period.end);
}

/** What the tracking sheet needs: a pipeline table with stage and status. */
export const PIPELINE_NEED = { table: 'pipeline', columns: ['date', 'owner', 'customer', 'stage', 'status'] } as const;

export function buildTrackingSheet(ctx: BuildContext): Built {
  const { data, settings, language, period } = ctx;
  if (data.pipeline === null) return { skip: [{ ...PIPELINE_NEED, columns: [...PIPELINE_NEED.columns] }] };
  const t = ctx.text.trackingSheet;
  const words = ctx.text.sheetWords;
  const sheet = emptySheet('tracking', sheetName('tracking', language));
  const rows = pipelineInPeriod(data, period);
  const stage = words.stages;
  const status = words.statuses;
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(rows.length, 1);

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${t.title} — ${period.label}`]], bold: true, fontSize: 14 });
  const c = t.columns;
  sheet.tables.push({
    name: TRACKING_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    key: [COL.date, COL.owner, COL.customer],
    userColumns: [COL.notes],
    columns: [
      { header: c.date, numberFormat: DATE },
      { header: c.owner, numberFormat: '@' },
      { header: c.customer, numberFormat: '@', width: 30 },
      { header: c.industry, numberFormat: '@' },
      { header: c.stage },
      { header: c.action, numberFormat: '@' },
      { header: c.status },
      { header: c.expected, numberFormat: DATE },
      { header: c.notes, numberFormat: '@', width: 24 },
    ],
    rows: (rows.length > 0 ? rows : [null]).map((r): Cell[] =>
      r === null
        ? [null, null, null, null, null, null, null, null, null]
        : [r.date, r.owner, r.customer, r.industry, stage[r.stage], r.action, status[r.status], r.expected, r.notes],
    ),
  });
  sheet.validations.push(
    { range: a1Range(first, COL.stage, last, COL.stage), list: STAGES.map((s) => stage[s]), errorMessage: t.pickStage },
    { range: a1Range(first, COL.status, last, COL.status), list: TASK_STATUSES.map((s) => status[s]), errorMessage: t.pickStatus },
  );
  const exp = `$${columnLetter(COL.expected)}${first + 1}`;
  const st = `$${columnLetter(COL.status)}${first + 1}`;
  // Overdue at the report date: the Settings cell SPK_AsOf, like every other sheet's dates.
  sheet.conditionalFormats.push({
    range: a1Range(first, 0, last, COL.notes),
    formula: `AND(${exp}<>"",${exp}<${N.asOf},${st}<>${str(status.done)})`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 1,
  });
  sheet.notes.push({ cell: a1(TABLE_ROW, COL.expected), text: ctx.text.sheetData.overdue });

  // Funnel: deals that reached each stage (COUNTIF over the stage column), conversion from the previous stage.
  const counts = funnelCounts(rows);
  const stages = computedFunnel(counts, settings.funnelThreshold, words.low);
  const stageRange = a1Range(first, COL.stage, last, COL.stage, true);
  const fr = TABLE_ROW;
  sheet.blocks.push({ origin: { row: fr, col: FUNNEL_COL }, cells: [t.funnel], bold: true });
  const cnt = (r: number) => a1(fr + 1 + r, FUNNEL_COL + 1);
  const funnelCells: Cell[][] = FUNNEL_STAGES.map((s, i) => {
    const reached =
      i === 0
        ? `COUNTA(${stageRange})`
        : FUNNEL_STAGES.slice(i).map((x) => `COUNTIF(${stageRange},${str(stage[x])})`).join('+');
    const conv = i === 0 ? '' : formula(`IF(${cnt(i - 1)}=0,"",${cnt(i)}/${cnt(i - 1)})`, stages[i].fromPrevious);
    const fromFirst = formula(`IF(${cnt(0)}=0,"",${cnt(i)}/${cnt(0)})`, stages[i].fromFirst);
    const flag = i === 0 ? '' : formula(`IF(${a1(fr + 1 + i, FUNNEL_COL + 2)}="","",IF(${a1(fr + 1 + i, FUNNEL_COL + 2)}<${N.funnelLow},${str(words.low)},""))`, stages[i].low);
    return [stage[s], formula(reached, counts[i]), conv, fromFirst, flag];
  });
  sheet.blocks.push({ origin: { row: fr + 1, col: FUNNEL_COL }, cells: funnelCells, numberFormats: [null, COUNT, PCT, PCT, null] });
  sheet.conditionalFormats.push({
    range: a1Range(fr + 1, FUNNEL_COL + 4, fr + FUNNEL_STAGES.length, FUNNEL_COL + 4),
    formula: `${a1(fr + 1, FUNNEL_COL + 4)}=${str(words.low)}`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 2,
  });
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 0 };
  return finishSheet(sheet, ctx.run, sheet.name, { repeatRows: { first: TABLE_ROW, last: TABLE_ROW } });
}

/** The core's funnel as the cells show it: "" where a conversion is undefined, the Low flag in the sheet's language. */
function computedFunnel(counts: number[], threshold: number, lowText: string): { fromPrevious: number | string; fromFirst: number | string; low: string }[] {
  try {
    return funnel(counts, threshold).map((s) => ({ fromPrevious: s.fromPrevious ?? '', fromFirst: s.fromFirst ?? '', low: s.low ? lowText : '' }));
  } catch {
    // A stage with no deals: the core refuses a conversion from 0, the cells show blanks.
    return counts.map((c, i) => ({
      fromPrevious: i === 0 || counts[i - 1] === 0 ? '' : computed(() => c / counts[i - 1]),
      fromFirst: counts[0] === 0 ? '' : c / counts[0],
      low: i > 0 && counts[i - 1] !== 0 && c / counts[i - 1] < threshold ? lowText : '',
    }));
  }
}
