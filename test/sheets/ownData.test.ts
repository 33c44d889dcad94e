/**
 * Three teams' own data through every sheet: the workbook holds only that data (no name the
 * bundled sample invents appears in any cell, sheet name, note or chart), the statements agree
 * with the independent naive engine, every formula agrees with the core in a spreadsheet engine,
 * and a sheet whose data is missing is skipped with a notice naming what would enable it.
 */
import { computeStatements } from '../../src/core/plans/engine';
import { dateSerial as d } from '../../src/data/calendar';
import { defaultPeriod, yearPeriod } from '../../src/data/periods';
import type { Period } from '../../src/host/types';
import { renderSheetNotice } from '../../src/i18n';
import { buildSampleDataset } from '../../src/sample/sampleData';
import { sampleReportDateIso } from '../../src/sample/reportDate';
import { SHEET_KINDS, type WorkbookSpec } from '../../src/sheets/model';
import { buildWorkbook, type WorkbookResult } from '../../src/sheets/workbook';
import { naiveStatements, picoToString } from '../core/plans/naive';
import { chineseTeam, crmTeam, dealsOnlyTeam, type TeamData } from '../data/datasets';
import { mentions, sampleWords as sampleWordList } from '../data/sampleNames';
import { loadIntoHyperFormula, mismatches } from './hyperformula';
import { specTexts } from './specCells';

const sample = buildSampleDataset();
const sampleWords = sampleWordList();

/** Every piece of text a user could see in the workbook, and the tables' names. */
const texts = (spec: WorkbookSpec): string[] => [...specTexts(spec).map((t) => t.text), ...spec.sheets.flatMap((s) => s.tables.map((t) => t.name))];

const build = (t: TeamData, period: Period): WorkbookResult =>
  buildWorkbook(t.data, { sheets: SHEET_KINDS, language: t.settings.language, period, settings: t.settings, plans: t.plans, planAssignment: t.planAssignment });

const engineView = (statements: ReturnType<typeof computeStatements>) =>
  statements.map((s) => ({ rep: s.rep, period: s.period, lines: s.lines.map((l) => `${l.component}:${l.kind}:${l.amount.toFixed(2)}`), total: s.total.toFixed(2) }));
const naiveView = (input: Parameters<typeof naiveStatements>[0]) =>
  naiveStatements(input).map((s) => ({ rep: s.rep, period: s.period, lines: s.lines.map((l) => `${l.component}:${l.kind}:${Number(picoToString(l.amount)).toFixed(2)}`), total: Number(picoToString(s.total)).toFixed(2) }));

it('the leak check finds the sample’s names in a workbook made from the sample', () => {
  const all = texts(buildWorkbook(buildSampleDataset({ transactions: 2_000 }), { sheets: SHEET_KINDS, language: 'zh-CN', period: yearPeriod(sample.asOf), settings: crmTeam().settings }).spec).join('\n');
  expect(sampleWords.length).toBeGreaterThan(1_000);
  expect(sampleWords.filter((w) => mentions(all, w)).length).toBeGreaterThan(500);
  expect(all).toContain('2025');
});

describe.each([crmTeam, chineseTeam, dealsOnlyTeam].map((make) => [make().name, make] as const))('%s', (_name, make) => {
  const team = make();
  const periods = [yearPeriod(team.data.asOf), defaultPeriod(team.data)];
  const results = periods.map((p) => build(team, p));

  it('holds only the team’s data: no sample rep, customer, region or product line anywhere', () => {
    // Generic words the team itself uses ("East", "Services") are its own, not leaks.
    const own = new Set([...team.data.reps.flatMap((r) => [r.name, r.region, r.team]), ...team.data.deals.flatMap((x) => [x.customer, x.region, x.productLine])]);
    const foreign = sampleWords.filter((w) => !own.has(w));
    for (const r of results) {
      const all = texts(r.spec).join('\n');
      const leaked = foreign.filter((w) => mentions(all, w));
      expect(leaked).toEqual([]);
      // No date of the sample's: its report date, its first year (a comparison may name the year before the team's).
      expect(all).not.toContain(sampleReportDateIso);
      expect(all).not.toMatch(/2024-\d\d/);
      const asOf = r.spec.sheets[0].blocks.flatMap((b) => b.cells).find((row) => row[2] === 'SPK_AsOf');
      expect(asOf?.[1]).toBe(team.data.asOf);
    }
    // And the team's own names are there.
    const all = texts(results[0].spec).join('\n');
    for (const rep of team.data.reps) expect(all).toContain(rep.name);
    for (const customer of new Set(team.data.deals.map((x) => x.customer))) expect(all).toContain(customer);
  });

  it('statements agree with the independent naive engine, and the statement sheet shows their totals', () => {
    for (const r of results) {
      const run = r.commissions!;
      expect(run).not.toBeNull();
      expect(engineView(run.statements)).toEqual(naiveView(run.input));
      expect(engineView(computeStatements(run.input))).toEqual(engineView(run.statements));
      const sheet = r.spec.sheets.find((s) => s.kind === 'statement')!;
      const mine = run.statements.filter((s) => s.period === run.period);
      expect(mine.length).toBeGreaterThan(0);
      // The team's rep ids are their names, so the summary shows the name alone: name, credit, quota, attainment, payout.
      expect(sheet.tables[0].rows.map((row) => [row[0], (row[4] as { value: number }).value])).toEqual(mine.map((s) => [s.rep, s.total.toNumber()]));
    }
  });

  it('every formula cell agrees with the core in a spreadsheet engine', () => {
    for (const r of results) {
      const { count, problems } = mismatches(r.spec, loadIntoHyperFormula(r.spec));
      expect(problems.slice(0, 10)).toEqual([]);
      expect(count).toBeGreaterThan(100);
    }
  });
});

describe('what each team’s data makes', () => {
  it('the CRM team: template plans by region, split credit, a joiner’s prorated quota, a clawback', () => {
    const team = crmTeam();
    const r = build(team, yearPeriod(team.data.asOf));
    expect(r.notices).toEqual([]);
    const run = r.commissions!;
    expect(run.period).toBe('2026-10');
    expect(run.input.reps.map((x) => [x.id, x.plan])).toEqual([['Grace Lee', 'ae'], ['Alice Johnson', 'ae'], ['Bob Martinez', 'mm'], ['Carla Nguyen', 'mm'], ['Dev Patel', 'mm']]);
    const st = (rep: string, period: string) => run.statements.find((s) => s.rep === rep && s.period === period)!;
    // Carla joins on 15 April: 16 of 30 days of her 65,000 quota.
    expect(st('Carla Nguyen', '2026-04').proratedQuota!.toNumber()).toBe(34_666.67);
    expect(run.input.quotas.find((q) => q.rep === 'Carla Nguyen' && q.period === '2026-04')?.amount).toBe(65_000);
    // Dev's March deal cancelled on 2 June (84 days, within the 120-day window) is clawed back in June.
    const june = st('Dev Patel', '2026-06');
    expect(june.lines.find((l) => l.kind === 'clawback')?.deal).toBe('OPP-2003');
    // Alice's July deal cancelled within July never earned credit.
    expect(run.input.deals.find((x) => x.id === 'OPP-2004')?.cancelled).toBe(d(2026, 7, 20));
    // Dev left at the end of August: no statement after it.
    expect(run.statements.filter((s) => s.rep === 'Dev Patel').map((s) => s.period).pop()).toBe('2026-08');
    const names = r.spec.sheets.map((s) => s.name);
    expect(names).toEqual(['Settings', 'Targets', 'Tracking', 'Evaluation', 'Improvement plan', 'Customers', 'Review pack', 'Plans', 'Statement 2026-10', 'Reconciliation']);
    const plans = r.spec.sheets.find((s) => s.kind === 'plans')!;
    expect(plans.tables.map((t) => t.name)).toEqual(['SPK_Plan_1_ae', 'SPK_Plan_2_mm']);
    const recon = r.spec.sheets.find((s) => s.kind === 'reconciliation')!;
    expect(recon.tables[0].rows.map((row) => [row[1], row[3]])).toEqual([['Grace Lee', 1_000], ['Alice Johnson', 2_000], ['Bob Martinez', 3_000], ['Carla Nguyen', 4_000]]);
  });

  it('the Chinese team: plans by level, regions and product lines of its own, blank payments with a note', () => {
    const team = chineseTeam();
    const r = build(team, defaultPeriod(team.data));
    expect(r.spec.sheets.map((s) => s.name)).toEqual(['设置', '目标分解', '销售过程跟踪', '业绩评估', '改进计划', '客户分层', '会议资料', '提成方案', '提成明细 2027-06', '提成对账']);
    expect(r.commissions!.input.reps.map((x) => [x.id, x.plan])).toEqual([['欧阳子涵', '标准方案'], ['司马浩然', '标准方案'], ['诸葛思远', '新人方案'], ['上官雨桐', '标准方案'], ['慕容晓峰', '标准方案']]);
    expect(r.notices.map((n) => renderSheetNotice('zh-CN', n))).toEqual(['没有实发提成表：对账表的“实发”列留空，由财务填写。', '慕容晓峰 没有级别：分解到个人时按骨干计权重。']);
    const recon = r.spec.sheets.find((s) => s.kind === 'reconciliation')!;
    expect(recon.tables[0].rows.every((row) => row[3] === '')).toBe(true);
    expect(recon.notes).toEqual([{ cell: 'D3', text: '数据中没有实发提成表：请在此列填写实际发放金额，差额与状态随之更新。' }]);
    const review = r.spec.sheets.find((s) => s.kind === 'review')!;
    const labels = review.blocks.flatMap((b) => b.cells.map((row) => row[0]));
    for (const name of ['西南', '东北', '工业软件', '云服务', '实施服务']) expect(labels).toContain(name);
  });

  it('the deals-only team: Targets and Tracking are skipped with notices naming the tables and columns', () => {
    const team = dealsOnlyTeam();
    const r = build(team, defaultPeriod(team.data));
    expect(r.spec.sheets.map((s) => s.kind)).toEqual(['settings', 'evaluation', 'improvement', 'customers', 'review', 'plans', 'statement', 'reconciliation']);
    expect(r.notices).toEqual([
      { code: 'sheetSkipped', params: { sheet: 'Targets', needs: [{ table: 'quotas', columns: ['rep', 'period', 'quota'] }, { table: 'annualTargets', columns: ['year', 'annualTarget'] }] } },
      { code: 'sheetSkipped', params: { sheet: 'Tracking', needs: [{ table: 'pipeline', columns: ['date', 'owner', 'customer', 'stage', 'status'] }] } },
      { code: 'paymentsMissing', params: {} },
    ]);
    expect(r.notices.map((n) => renderSheetNotice('en-US', n))).toEqual([
      '"Targets" was not generated: it needs a table of quotas with the columns Rep, Period, Quota, or a table of annual targets with the columns Year, Annual target.',
      '"Tracking" was not generated: it needs a table of pipeline rows with the columns Date, Owner, Customer, Stage, Status.',
      "No payments table: the Reconciliation's Paid column is left blank for finance to fill in.",
    ]);
    expect(r.notices.map((n) => renderSheetNotice('zh-CN', n))[0]).toBe('未生成“Targets”：需要含“销售员、期间、指标”列的月度指标表，或含“年度、年度目标”列的年度目标表。');
    // Evaluation without targets: blank targets, completion and pace; the review pack says why.
    const evaluation = r.spec.sheets.find((s) => s.kind === 'evaluation')!;
    expect(evaluation.tables[0].rows.every((row) => row[3] === '' && (row[5] as { value: unknown }).value === '')).toBe(true);
    const review = r.spec.sheets.find((s) => s.kind === 'review')!;
    expect(review.notes.map((n) => n.text)).toEqual(expect.arrayContaining(['No pipeline in the data: the funnel is blank.', 'No targets in the data for this period: completion, gap and pace are blank.']));
    expect(review.charts.map((c) => c.type)).toEqual(['line']);
  });
});
