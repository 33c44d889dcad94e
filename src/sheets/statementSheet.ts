/**
 * The Commission statement sheet for one period: a summary table, then one block per rep with
 * the audit lines of their statement. Beside each rate table the block writes the tier table
 * with each tier's amount recomputed by a native formula (ROUND of the band's base × rate, as
 * the statement rounds it), and every line showing a rate gets a check that compares it to the
 * cent — so finance can verify the figures in a workbook opened without the add-in.
 */
import type Decimal from 'decimal.js';
import { bandIndex } from '../core/commission';
import { Dec, roundHalfAway } from '../core/money';
import type { Rep } from '../core/plans/inputs';
import type { Plan } from '../core/plans/schema';
import type { Statement, StatementLine } from '../core/plans/statement';
import type { Language } from '../core/language';
import { a1, a1Range, type Cell, type SheetSpec } from './model';
import { emptySheet, tr } from './text';
import { cleanIdentifier, cleanSheetName } from './writePlan/names';

const LINE_KIND_LABELS: Readonly<Record<StatementLine['kind'], [string, string]>> = {
  band: ['band', '档位'],
  noQuota: ['no quota', '无指标'],
  cap: ['cap', '封顶'],
  recordBonus: ['record bonus', '破纪录奖励'],
  gate: ['gate', '门槛'],
  teamPool: ['team pool', '团队奖金池'],
  clawback: ['clawback', '追回'],
  drawAdvance: ['draw advance', '预支'],
  drawRecovery: ['draw recovery', '预支追回'],
  drawGuarantee: ['draw guarantee', '保底补足'],
  noPlan: ['no plan', '无方案'],
};

export function statementSheetName(period: string, language: Language): string {
  return cleanSheetName(`${tr(language, 'Statement', '提成明细')} ${period}`);
}

const num = (x: Decimal | null): Cell => (x === null ? '' : x.toNumber());

/** Column indexes of a rep block. */
const C = { component: 0, kind: 1, band: 2, from: 3, to: 4, base: 5, rate: 6, amount: 7, explanation: 8, check: 9, flag: 10, pct: 12, lower: 13, trate: 14, tierAmount: 15 } as const;

export function buildStatementSheet(
  period: string,
  statements: readonly Statement[],
  reps: readonly Rep[],
  plans: readonly Plan[],
  language: Language,
): SheetSpec {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const sheet = { ...emptySheet('statement', statementSheetName(period, language)), slot: period };
  const mine = statements.filter((s) => s.period === period);
  const decimals = mine[0]?.decimals ?? plans[0]?.decimals ?? 2;
  const money = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const names = new Map(reps.map((r) => [r.id, r.name]));
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[`${L('Commission statement', '提成明细')} ${period}`]], bold: true, fontSize: 14 });

  const summaryOrigin = { row: 2, col: 0 };
  const summaryRows: Cell[][] = [];
  let row = summaryOrigin.row + mine.length + 3;
  for (const s of mine) {
    const block = repBlock(s, names.get(s.rep) ?? s.rep, plans, row, language, money);
    sheet.blocks.push(...block.blocks);
    summaryRows.push([
      s.rep,
      names.get(s.rep) ?? s.rep,
      s.credit.toNumber(),
      num(s.proratedQuota),
      num(s.attainment),
      { formula: block.totalRef, value: s.total.toNumber() },
    ]);
    row = block.nextRow;
  }
  sheet.tables.push({
    name: cleanIdentifier(`SPK_Statement_${period}`),
    origin: summaryOrigin,
    key: [0],
    columns: [
      { header: L('Rep', '销售编号'), numberFormat: '@', width: 12 },
      { header: L('Name', '姓名'), numberFormat: '@', width: 14 },
      { header: L('Credit', '业绩'), numberFormat: money, width: 16 },
      { header: L('Quota (prorated)', '指标（按天折算）'), numberFormat: money, width: 16 },
      { header: L('Attainment', '达成率'), numberFormat: '0.0%', width: 12 },
      { header: L('Payout', '应发提成'), numberFormat: money, width: 16 },
    ],
    rows: summaryRows,
    style: 'TableStyleMedium2',
  });
  sheet.columnWidths = { [C.explanation]: 70, [C.check]: 14, [C.flag]: 8 };
  sheet.notes.push({
    cell: a1(summaryOrigin.row, C.check),
    text: L(
      'Cross-check: each band line is recomputed with native formulas from its tier table (columns M:P) and the credit, every other line showing a rate from its base × rate, each rounded to the cent; OK when it equals the line to the cent.',
      '核对：每个档位行用其档位表（M:P 列）和业绩以原生公式重算，其他带费率的行按 计提基数 × 费率 重算，均四舍五入到分；与明细行分毫不差时显示 OK。',
    ),
  });
  return sheet;
}

function repBlock(
  s: Statement,
  name: string,
  plans: readonly Plan[],
  top: number,
  language: Language,
  money: string,
): { blocks: SheetSpec['blocks']; totalRef: string; nextRow: number } {
  const L = (en: string, zh: string) => tr(language, en, zh);
  const creditRef = a1(top, 3, true);
  const quotaRef = a1(top, 5, true);
  const header: Cell[][] = [
    [`${name} (${s.rep})`, s.period, L('Credit', '业绩'), s.credit.toNumber(), L('Quota', '指标'), num(s.proratedQuota), L('Attainment', '达成率'), num(s.attainment)],
    [
      L('Component', '组成部分'), L('Line', '类型'), L('Band', '档位'), L('From', '起点'), L('To', '终点'), L('Base', '计提基数'),
      L('Rate', '费率'), L('Amount', '金额'), L('Explanation', '说明'), L('Cross-check', '公式核对'), L('Check', '结果'),
      '', L('Attainment', '达成率'), L('Lower', '下限'), L('Rate', '费率'), L('Tier amount', '档位金额'),
    ],
  ];
  const first = top + 2;
  const body: Cell[][] = s.lines.map((l) => [
    l.component,
    LINE_KIND_LABELS[l.kind][language === 'en-US' ? 0 : 1],
    l.band ?? '',
    num(l.from),
    num(l.to),
    l.base.toNumber(),
    num(l.rate),
    l.amount.toNumber(),
    l.explanation,
    '',
    '',
  ]);
  const totalRow = first + body.length;
  const totalRef = `SUM(${a1Range(first, C.amount, Math.max(first, totalRow - 1), C.amount)})`;
  body.push([L('Total', '合计'), '', '', '', '', '', '', { formula: totalRef, value: s.total.toNumber() }, '', '', '']);

  // Tier tables beside the lines, one per rate table of the governing plan, each tier with the
  // amount it pays recomputed by a native formula from the credit and the bounds: the check of a
  // band line is its tier's amount, independent of the line's own cells. A line with another
  // rate (record bonus) is checked against its own base × rate.
  const plan = s.plan === null ? undefined : plans.find((p) => p.id === s.plan?.id && p.effectiveFrom === s.plan?.effectiveFrom);
  let tierRow = first;
  const put = (r: number, c: number, v: Cell) => {
    while (body.length <= r - first) body.push([]);
    const cells = body[r - first];
    while (cells.length <= c) cells.push('');
    cells[c] = v;
  };
  const d = s.decimals;
  const check = (row: number, formula: string, value: Decimal, amount: Decimal) => {
    put(row, C.check, { formula, value: value.toNumber() });
    // Both sides are whole minor units; rounding each to the unit only removes binary
    // floating-point noise, so this compares to the cent with no tolerance.
    put(row, C.flag, { formula: `IF(ROUND(${a1(row, C.check)},${d})=ROUND(${a1(row, C.amount)},${d}),"OK","CHECK")`, value: value.eq(amount) ? 'OK' : 'CHECK' });
  };
  for (const comp of plan?.components ?? []) {
    if (comp.kind !== 'rateTable' && comp.kind !== 'accelerator') continue;
    const attainment = comp.kind === 'accelerator' || comp.basis === 'attainment';
    const bandRows = s.lines.map((l, i) => (l.component === comp.id && l.kind === 'band' ? first + i : -1)).filter((r) => r >= 0);
    if (bandRows.length === 0 || (attainment && (s.proratedQuota === null || s.proratedQuota.isZero()))) continue;
    put(tierRow, C.pct, comp.id);
    const t0 = tierRow + 1;
    const t1 = t0 + comp.tiers.length - 1;
    const lowers = a1Range(t0, C.lower, t1, C.lower, true);
    const moneyLowers = comp.tiers.map((t) => (attainment ? (s.proratedQuota as Decimal).mul(t.lower) : new Dec(t.lower)));
    const table = { lowers: moneyLowers, rates: comp.tiers.map((t) => new Dec(t.rate)), boundary: comp.boundary, scaled: null };
    const reached = bandIndex(table, s.credit);
    // The band a flat table pays on: how many lower bounds the credit has reached.
    const reachedF = comp.boundary === 'lower' ? `SUMPRODUCT(--(${lowers}<=${creditRef}))` : `MAX(1,SUMPRODUCT(--(${lowers}<${creditRef})))`;
    const tierAmounts: Decimal[] = [];
    comp.tiers.forEach((t, k) => {
      const r = t0 + k;
      if (attainment) put(r, C.pct, t.lower);
      put(r, C.lower, attainment ? { formula: `${a1(r, C.pct)}*${quotaRef}`, value: moneyLowers[k].toNumber() } : t.lower);
      put(r, C.trate, t.rate);
      let amount: Decimal;
      let formula: string;
      if (comp.mode === 'marginal') {
        const top = k + 1 < comp.tiers.length ? `MIN(${creditRef},${a1(r + 1, C.lower)})` : creditRef;
        const upper = k + 1 < comp.tiers.length && moneyLowers[k + 1].lt(s.credit) ? moneyLowers[k + 1] : s.credit;
        amount = roundHalfAway(Dec.max(0, upper.sub(moneyLowers[k])).mul(t.rate), d);
        formula = `ROUND(MAX(0,${top}-${a1(r, C.lower)})*${a1(r, C.trate)},${d})`;
      } else {
        amount = k === reached ? roundHalfAway(s.credit.mul(t.rate), d) : new Dec(0);
        formula = `IF(${reachedF}=${k + 1},ROUND(${creditRef}*${a1(r, C.trate)},${d}),0)`;
      }
      tierAmounts.push(amount);
      put(r, C.tierAmount, { formula, value: amount.toNumber() });
    });
    for (const row of bandRows) {
      const l = s.lines[row - first];
      const tier = (l.band ?? 1) - 1;
      check(row, a1(t0 + tier, C.tierAmount), tierAmounts[tier], l.amount);
    }
    tierRow = t1 + 2;
  }
  s.lines.forEach((l, i) => {
    if (l.kind === 'band' || l.rate === null) return;
    const row = first + i;
    check(row, `ROUND(${a1(row, C.base)}*${a1(row, C.rate)},${d})`, roundHalfAway(l.base.mul(l.rate), d), l.amount);
  });
  const formats = [null, '@', '0', money, money, money, '0.00%', money, '@', money, '@', null, '0.00%', money, '0.00%', money];
  return {
    blocks: [
      { origin: { row: top, col: 0 }, cells: header, bold: true, numberFormats: [null, '@', null, money, null, money, null, '0.0%'] },
      { origin: { row: first, col: 0 }, cells: body.map((r) => padRow(r, formats.length)), numberFormats: formats },
    ],
    totalRef,
    nextRow: first + body.length + 2,
  };
}

const padRow = (r: Cell[], n: number): Cell[] => (r.length >= n ? r : [...r, ...new Array<Cell>(n - r.length).fill('')]);
