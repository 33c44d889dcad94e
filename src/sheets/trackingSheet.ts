/**
 * Sales process tracking (rules.md › Sales process tracking, weekly): one row per deal with drop-downs for stage and status,
 * overdue rows (expected date before the data's report date, not done) coloured by a live rule, and a funnel block whose counts, conversions and
 * LOW flags are native formulas over the table.
 */
import { funnel } from '../core/funnel';
import { FUNNEL_STAGES, STAGES, TASK_STATUSES, type Dataset, type PipelineRow } from '../data/model';
import type { Period } from '../core/period';
import { catalogue } from '../i18n';
import type { BuildContext, Built } from './context';
import { STAGE_LABELS, STATUS_LABELS } from './data';
import { a1, a1Range, columnLetter, type Cell } from './model';
import { N } from './settingsSheet';
import { computed, DATE, emptySheet, formula, PCT, sheetName, str, tr } from './text';

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
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = emptySheet('tracking', sheetName('tracking', language));
  const rows = pipelineInPeriod(data, period);
  const stage = STAGE_LABELS[language];
  const status = STATUS_LABELS[language];
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + Math.max(rows.length, 1);

  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${L('Sales process tracking', '销售过程跟踪表')} — ${period.label}`]], bold: true, fontSize: 14 });
  sheet.tables.push({
    name: TRACKING_TABLE,
    origin: { row: TABLE_ROW, col: 0 },
    key: [COL.date, COL.owner, COL.customer],
    userColumns: [COL.notes],
    columns: [
      { header: L('Date', '日期'), numberFormat: DATE, width: 11 },
      { header: L('Owner', '负责人'), width: 9 },
      { header: L('Customer', '客户'), numberFormat: '@', width: 24 },
      { header: L('Industry', '行业'), width: 9 },
      { header: L('Stage', '阶段'), width: 10 },
      { header: L('Key action', '关键动作'), width: 12 },
      { header: L('Status', '状态'), width: 9 },
      { header: L('Expected date', '预计完成日期'), numberFormat: DATE, width: 12 },
      { header: L('Notes', '备注'), numberFormat: '@', width: 18 },
    ],
    rows: (rows.length > 0 ? rows : [null]).map((r): Cell[] =>
      r === null
        ? [null, null, null, null, null, null, null, null, null]
        : [r.date, r.owner, r.customer, r.industry, stage[r.stage], r.action, status[r.status], r.expected, r.notes],
    ),
  });
  sheet.validations.push(
    { range: a1Range(first, COL.stage, last, COL.stage), list: STAGES.map((s) => stage[s]), errorMessage: L('Pick a stage from the list.', '请从列表中选择阶段。') },
    { range: a1Range(first, COL.status, last, COL.status), list: TASK_STATUSES.map((s) => status[s]), errorMessage: L('Pick a status from the list.', '请从列表中选择状态。') },
  );
  const exp = `$${columnLetter(COL.expected)}${first + 1}`;
  const st = `$${columnLetter(COL.status)}${first + 1}`;
  sheet.conditionalFormats.push({
    range: a1Range(first, 0, last, COL.notes),
    formula: `AND(${exp}<>"",${exp}<${N.asOf},${st}<>${str(status.done)})`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 1,
  });
  sheet.notes.push({ cell: a1(TABLE_ROW, COL.expected), text: catalogue(language).sheetData.overdue });

  // Funnel: deals that reached each stage (COUNTIF over the stage column), conversion from the previous stage.
  const counts = funnelCounts(rows);
  const stages = computedFunnel(counts, settings.funnelThreshold);
  const stageRange = a1Range(first, COL.stage, last, COL.stage, true);
  const fr = TABLE_ROW;
  sheet.blocks.push({
    origin: { row: fr, col: FUNNEL_COL },
    cells: [[L('Funnel stage', '漏斗阶段'), L('Reached', '到达数'), L('Conversion', '阶段转化率'), L('From leads', '累计转化率'), L('Flag', '标记')]],
    bold: true,
  });
  const cnt = (r: number) => a1(fr + 1 + r, FUNNEL_COL + 1);
  const funnelCells: Cell[][] = FUNNEL_STAGES.map((s, i) => {
    const reached =
      i === 0
        ? `COUNTA(${stageRange})`
        : FUNNEL_STAGES.slice(i).map((x) => `COUNTIF(${stageRange},${str(stage[x])})`).join('+');
    const conv = i === 0 ? '' : formula(`IF(${cnt(i - 1)}=0,"",${cnt(i)}/${cnt(i - 1)})`, stages[i].fromPrevious);
    const fromFirst = formula(`IF(${cnt(0)}=0,"",${cnt(i)}/${cnt(0)})`, stages[i].fromFirst);
    const flag = i === 0 ? '' : formula(`IF(${a1(fr + 1 + i, FUNNEL_COL + 2)}="","",IF(${a1(fr + 1 + i, FUNNEL_COL + 2)}<${N.funnelLow},"LOW",""))`, stages[i].low);
    return [stage[s], formula(reached, counts[i]), conv, fromFirst, flag];
  });
  sheet.blocks.push({ origin: { row: fr + 1, col: FUNNEL_COL }, cells: funnelCells, numberFormats: [null, '0', PCT, PCT, null] });
  sheet.conditionalFormats.push({
    range: a1Range(fr + 1, FUNNEL_COL + 4, fr + FUNNEL_STAGES.length, FUNNEL_COL + 4),
    formula: `${a1(fr + 1, FUNNEL_COL + 4)}="LOW"`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    priority: 2,
  });
  sheet.columnWidths = { [FUNNEL_COL]: 12, [FUNNEL_COL + 1]: 9, [FUNNEL_COL + 2]: 11, [FUNNEL_COL + 3]: 11, [FUNNEL_COL + 4]: 7 };
  sheet.freeze = { rows: TABLE_ROW + 1, cols: 0 };
  return sheet;
}

/** The core's funnel as the cells show it: "" where a conversion is undefined, "LOW" flags. */
function computedFunnel(counts: number[], threshold: number): { fromPrevious: number | string; fromFirst: number | string; low: string }[] {
  try {
    return funnel(counts, threshold).map((s) => ({ fromPrevious: s.fromPrevious ?? '', fromFirst: s.fromFirst ?? '', low: s.low ? 'LOW' : '' }));
  } catch {
    // A stage with no deals: the core refuses a conversion from 0, the cells show blanks.
    return counts.map((c, i) => ({
      fromPrevious: i === 0 || counts[i - 1] === 0 ? '' : computed(() => c / counts[i - 1]),
      fromFirst: counts[0] === 0 ? '' : c / counts[0],
      low: i > 0 && counts[i - 1] !== 0 && c / counts[i - 1] < threshold ? 'LOW' : '',
    }));
  }
}
