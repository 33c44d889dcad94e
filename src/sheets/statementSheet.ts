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
import { note } from '../core/plans/explain';
import { fmtMoney } from '../core/plans/format';
import type { Rep } from '../core/plans/inputs';
import type { Plan } from '../core/plans/schema';
import type { Statement, StatementLine } from '../core/plans/statement';
import type { Language } from '../core/language';
import { catalogue, renderStatementNote } from '../i18n';
import { COUNT, moneyFormat, PCT, RATE } from './formats';
import { a1, a1Range, type Cell, type SheetSpec } from './model';
import { finishSheet } from './print';
import { emptySheet, str } from './text';
import { cleanIdentifier, cleanSheetName } from './writePlan/names';

export function statementSheetName(period: string, language: Language): string {
  return cleanSheetName(`${catalogue(language).sheetNames.statement} ${period}`);
}

const num = (x: Decimal | null): Cell => (x === null ? '' : x.toNumber());

/** Column indexes of a rep block. */
const C = { component: 0, kind: 1, band: 2, from: 3, to: 4, base: 5, rate: 6, amount: 7, explanation: 8, check: 9, flag: 10, pct: 12, lower: 13, trate: 14, tierAmount: 15 } as const;

/** Where the statement sheet prints: the report date and company of the run (sheet title and period are the statement's). */
export interface StatementPrint {
  asOf: number;
  company?: string | null;
}

/**
 * The statement sheet: the summary table on the first page, then each rep's block on a page of
 * its own, headed by company, period and rep, so a printed page can be handed to that rep.
 */
export function buildStatementSheet(
  period: string,
  statements: readonly Statement[],
  reps: readonly Rep[],
  plans: readonly Plan[],
  language: Language,
  print: StatementPrint = { asOf: 0 },
): SheetSpec {
  const t = catalogue(language).commissionSheets.statement;
  const sheet = { ...emptySheet('statement', statementSheetName(period, language)), slot: period };
  const mine = statements.filter((s) => s.period === period);
  const decimals = mine[0]?.decimals ?? plans[0]?.decimals ?? 2;
  const currency = mine[0]?.currency ?? plans[0]?.currency ?? '';
  const names = new Map(reps.map((r) => [r.id, r.name]));
  const words = catalogue(language).commissions.statement;
  const companyMoney = mine[0]?.company;
  // Reps paid in other currencies: their rows also show the currency and the payout converted,
  // and the summary's amounts carry no symbol (each row is in its rep's currency).
  const multi = mine.some((s) => s.currency !== s.company.currency);
  const money = multi ? plainAmount(decimals) : moneyFormat(currency, decimals);
  // A rep's id is shown only where it says more than the name (data whose ids are the names).
  const showIds = mine.some((s) => (names.get(s.rep) ?? s.rep) !== s.rep);
  const who = (s: Statement) => {
    const name = names.get(s.rep) ?? s.rep;
    return name === s.rep ? name : `${name} (${s.rep})`;
  };
  sheet.blocks.push({ origin: { row: 0, col: 0 }, cells: [[t.title(period)]], bold: true, fontSize: 14 });

  const summaryOrigin = { row: 2, col: 0 };
  const summaryRows: Cell[][] = [];
  const breaks: number[] = [];
  let row = summaryOrigin.row + mine.length + 3;
  for (const s of mine) {
    breaks.push(row);
    const block = repBlock(s, who(s), plans, row, language, moneyFormat(s.currency, s.decimals), print.company ?? null);
    sheet.blocks.push(...block.blocks);
    summaryRows.push([
      ...(showIds ? [s.rep] : []),
      names.get(s.rep) ?? s.rep,
      s.credit.toNumber(),
      num(s.proratedQuota),
      num(s.attainment),
      { formula: block.totalRef, value: s.total.toNumber() },
      ...(multi ? [s.currency, { formula: block.companyRef, value: s.company.total.toNumber() }] : []),
    ]);
    row = block.nextRow;
  }
  sheet.tables.push({
    name: cleanIdentifier(`SPK_Statement_${period}`),
    origin: summaryOrigin,
    key: [0],
    columns: [
      ...(showIds ? [{ header: t.summary.rep, numberFormat: '@' }] : []),
      { header: catalogue(language).sheetWords.name, numberFormat: '@' },
      { header: t.summary.credit, numberFormat: money },
      { header: t.summary.quota, numberFormat: money },
      { header: t.summary.attainment, numberFormat: PCT },
      { header: t.summary.payout, numberFormat: money },
      ...(multi && companyMoney !== undefined
        ? [
            { header: words.currency, numberFormat: '@' },
            { header: words.inCompany(companyMoney.currency), numberFormat: moneyFormat(companyMoney.currency, companyMoney.decimals) },
          ]
        : []),
    ],
    rows: summaryRows,
    style: 'TableStyleMedium2',
  });
  if (multi && companyMoney !== undefined && mine.length > 0) {
    const col = showIds ? 7 : 6;
    const sumRow = summaryOrigin.row + mine.length + 1;
    const total = mine.reduce((acc, s) => acc.add(s.company.total), new Dec(0));
    sheet.blocks.push({
      origin: { row: sumRow, col: col - 1 },
      cells: [[words.grandTotal(companyMoney.currency), { formula: `SUM(${a1Range(summaryOrigin.row + 1, col, sumRow - 1, col)})`, value: total.toNumber() }]],
      bold: true,
      numberFormats: [null, moneyFormat(companyMoney.currency, companyMoney.decimals)],
    });
  }
  sheet.columnWidths = { [C.explanation]: 88 };
  sheet.notes.push({ cell: a1(summaryOrigin.row, C.check), text: t.crossCheckNote });
  // A rep's printed page is the statement lines with their explanation and check; the tier tables
  // beside them (columns M:P) are the cross-check's workings, kept on screen.
  const area = a1Range(0, 0, Math.max(row, summaryOrigin.row + mine.length + 1), C.flag);
  return finishSheet(sheet, { language, period: { label: period }, asOf: print.asOf, company: print.company }, sheet.name, { rowBreaks: breaks, area });
}

function repBlock(
  s: Statement,
  name: string,
  plans: readonly Plan[],
  top: number,
  language: Language,
  money: string,
  company: string | null,
): { blocks: SheetSpec['blocks']; totalRef: string; companyRef: string; nextRow: number } {
  const t = catalogue(language).commissionSheets.statement;
  const w = t.lines;
  const words = catalogue(language).commissions;
  const kindLabel = (kind: StatementLine['kind']) => words.lineKinds[kind];
  // The block's first row heads its printed page; the credit row below it is what the formulas read.
  const creditRow = top + 1;
  const creditRef = a1(creditRow, 3, true);
  const quotaRef = a1(creditRow, 5, true);
  const plan = s.plan === null ? undefined : plans.find((p) => p.id === s.plan?.id && p.effectiveFrom === s.plan?.effectiveFrom);
  // A line shows its component's name; lines of no component (a clawback, a draw) their kind.
  const componentName = (l: StatementLine) => plan?.components.find((c) => c.id === l.component)?.name ?? kindLabel(l.kind);
  const header: Cell[][] = [
    ['', s.period, t.credit, s.credit.toNumber(), t.quota, num(s.proratedQuota), t.attainment, num(s.attainment), `${words.statement.currency} ${s.currency} · ${words.statement.basis[s.basis]}`],
    [w.component, w.kind, w.band, w.from, w.to, w.base, w.rate, w.amount, w.explanation, w.check, w.result, '', w.tierAttainment, w.lower, w.tierRate, w.tierAmount],
  ];
  const first = creditRow + 2;
  const body: Cell[][] = s.lines.map((l) => [
    componentName(l),
    kindLabel(l.kind),
    l.band ?? '',
    num(l.from),
    num(l.to),
    l.base.toNumber(),
    num(l.rate),
    l.amount.toNumber(),
    renderStatementNote(language, l.note),
    '',
    '',
  ]);
  const totalRow = first + body.length;
  const totalRef = `SUM(${a1Range(first, C.amount, Math.max(first, totalRow - 1), C.amount)})`;
  body.push([catalogue(language).sheetWords.total, '', '', '', '', '', '', { formula: totalRef, value: s.total.toNumber() }, '', '', '']);
  // How credit in other currencies was converted, and the total in the company currency: not
  // lines of the statement (they are not added up), each with its own arithmetic.
  const m = (x: Decimal, d: number) => fmtMoney(x, d);
  for (const c of s.conversions) {
    const repRate = c.repRate.eq(1) ? null : c.repRate.toString();
    const text = renderStatementNote(language, note('fxCredit', { currency: c.currency, amount: m(c.amount, Math.max(2, c.amount.decimalPlaces())), rate: c.rate.toString(), repCurrency: s.currency, repRate, credit: m(c.credit, s.decimals) }));
    body.push(['', '', '', '', '', '', '', '', text, '', '']);
  }
  let companyRef = a1(totalRow, C.amount);
  if (s.currency !== s.company.currency) {
    const { currency, decimals, rate, total } = s.company;
    const text = renderStatementNote(language, note('fxTotal', { currency: s.currency, total: m(s.total, s.decimals), rate: rate.toString(), companyCurrency: currency, companyTotal: m(total, decimals) }));
    const row = first + body.length;
    body.push([words.statement.grandTotal(currency), '', '', '', '', '', '', { formula: `ROUND(${a1(totalRow, C.amount)}*${rate.toString()},${decimals})`, value: total.toNumber() }, text, '', '']);
    companyRef = a1(row, C.amount);
  }

  // Tier tables beside the lines, one per rate table of the governing plan, each tier with the
  // amount it pays recomputed by a native formula from the credit and the bounds: the check of a
  // band line is its tier's amount, independent of the line's own cells. A line with another
  // rate (record bonus) is checked against its own base × rate.
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
    put(row, C.flag, { formula: `IF(ROUND(${a1(row, C.check)},${d})=ROUND(${a1(row, C.amount)},${d}),${str(t.ok)},${str(t.checkFlag)})`, value: value.eq(amount) ? t.ok : t.checkFlag });
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
  const formats = [null, '@', COUNT, money, money, money, RATE, money, '@', money, '@', null, RATE, money, RATE, money];
  return {
    blocks: [
      { origin: { row: top, col: 0 }, cells: [[t.blockTitle({ company, period: s.period, rep: name })]], bold: true, fontSize: 12 },
      { origin: { row: creditRow, col: 0 }, cells: header, bold: true, numberFormats: [null, '@', null, money, null, money, null, PCT, '@'] },
      { origin: { row: first, col: 0 }, cells: body.map((r) => padRow(r, formats.length)), numberFormats: formats },
    ],
    totalRef,
    companyRef,
    nextRow: first + body.length + 2,
  };
}

/** Amounts without a currency symbol, where rows are in different currencies. */
const plainAmount = (decimals: number): string => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

const padRow = (r: Cell[], n: number): Cell[] => (r.length >= n ? r : [...r, ...new Array<Cell>(n - r.length).fill('')]);
