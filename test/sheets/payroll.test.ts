import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { computeStatements } from '../../src/core/plans/engine';
import { yearPeriod } from '../../src/data/periods';
import { renderSheetNotice } from '../../src/i18n';
import { assignPlans } from '../../src/sheets/planAssignment';
import { payrollCsv, payrollRows } from '../../src/sheets/payroll';
import { SHEET_KINDS, type SheetSpec } from '../../src/sheets/model';
import { buildWorkbook } from '../../src/sheets/workbook';
import { EVERY_BLOCK_INPUT } from '../core/plans/fixtures';
import { chineseTeam, crmTeam, dealsOnlyTeam, rep } from '../data/datasets';

describe('plan assignment', () => {
  const reps = [
    rep('Ann', { region: 'North', team: 'N1', level: 'senior' }),
    rep('Ben', { region: 'south ', team: 'S1', level: 'new' }),
    rep('Cy', { region: null, team: 'S1', level: null }),
  ];
  const ids = ['base', 'north', 'junior'];
  const plans = (a: ReturnType<typeof assignPlans>) => (a.ok ? Object.fromEntries(a.plans) : a.problems);

  it('by region, team or level, with a default for the rest (names compared without case or spaces)', () => {
    expect(plans(assignPlans(reps, ids, { by: 'region', rules: [{ value: 'NORTH', plan: 'north' }, { value: 'South', plan: 'junior' }], default: 'base' }))).toEqual({ Ann: 'north', Ben: 'junior', Cy: 'base' });
    expect(plans(assignPlans(reps, ids, { by: 'team', rules: [{ value: 'S1', plan: 'junior' }], default: 'base' }))).toEqual({ Ann: 'base', Ben: 'junior', Cy: 'junior' });
    expect(plans(assignPlans(reps, ids, { by: 'level', rules: [{ value: 'new', plan: 'junior' }, { value: 'senior', plan: 'north' }], default: 'base' }))).toEqual({ Ann: 'north', Ben: 'junior', Cy: 'base' });
    expect(plans(assignPlans(reps, ids, { by: 'all', plan: 'north' }))).toEqual({ Ann: 'north', Ben: 'north', Cy: 'north' });
    expect(plans(assignPlans(reps, ['only'], undefined))).toEqual({ Ann: 'only', Ben: 'only', Cy: 'only' });
  });

  it('an unknown plan, a rep no rule matches, or several plans without a rule are problems, not guesses', () => {
    expect(plans(assignPlans(reps, ids, { by: 'all', plan: 'gone' }))).toEqual([{ code: 'planUnknown', params: { plan: 'gone' } }]);
    expect(plans(assignPlans(reps, ids, { by: 'team', rules: [{ value: 'N1', plan: 'north' }], default: 'nope' }))).toEqual([{ code: 'planUnknown', params: { plan: 'nope' } }]);
    expect(plans(assignPlans(reps, ids, { by: 'level', rules: [{ value: 'new', plan: 'junior' }] }))).toEqual([{ code: 'planNoMatch', params: { by: 'level', reps: ['Ann', 'Cy'] } }]);
    expect(plans(assignPlans(reps, ids, undefined))).toEqual([{ code: 'planAssignmentMissing', params: { plans: ids } }]);
  });

  it('in a workbook: statements are left out with the reason, the Plans sheet stays', () => {
    const team = crmTeam();
    const r = buildWorkbook(team.data, { sheets: SHEET_KINDS, language: 'en-US', period: yearPeriod(team.data.asOf), settings: team.settings, plans: team.plans, planAssignment: { by: 'region', rules: [{ value: 'West', plan: 'ae' }] } });
    expect(r.spec.sheets.map((s) => s.kind)).toContain('plans');
    expect(r.spec.sheets.map((s) => s.kind)).not.toContain('statement');
    expect(r.commissions).toBeNull();
    expect(r.notices.map((n) => renderSheetNotice('en-US', n))).toEqual([
      'No plan-assignment rule matches the region of Bob Martinez, Carla Nguyen, Dev Patel, and there is no default plan. Commission statements were not generated.',
    ]);
    const seeded = buildWorkbook(team.data, { sheets: ['plans', 'statement'], language: 'en-US', period: yearPeriod(team.data.asOf), settings: team.settings });
    expect(seeded.commissions!.plans.map((p) => [p.id, p.currency, p.components.map((c) => c.id)])).toEqual([['plan', 'USD', ['tiered', 'record', 'pool']]]);
  });

  it('a refusal from the engine (a plan in another currency without exchange rates) is a notice too', () => {
    const team = chineseTeam();
    const plans = [team.plans[0], { ...team.plans[1], currency: 'USD' }];
    const r = buildWorkbook(team.data, { sheets: ['statement'], language: 'zh-CN', period: yearPeriod(team.data.asOf), settings: team.settings, plans, planAssignment: team.planAssignment });
    expect(r.notices.map((n) => n.code)).toEqual(['commissionRefused', 'levelsMissing']);
    expect(renderSheetNotice('zh-CN', r.notices[0])).toBe('未生成提成明细：2027-01 没有 USD 的汇率');
  });
});

describe('payroll rows and CSV', () => {
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('one row per rep and period, fixed headers, amounts exactly as the statement sheet prints them', () => {
    const team = crmTeam();
    for (const language of ['en-US', 'zh-CN'] as const) {
      const r = buildWorkbook(team.data, { sheets: ['statement'], language, period: yearPeriod(team.data.asOf), settings: team.settings, plans: team.plans, planAssignment: team.planAssignment });
      const run = r.commissions!;
      const table = payrollRows(run.statements, run.plans, { period: run.period });
      expect(table.components).toEqual(['commission', 'accel', 'clawback', 'draw']);
      const bytes = payrollCsv(table);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = decode(bytes).slice(1).split('\r\n');
      expect(lines[0]).toBe('rep,period,currency,credit,quota,attainment,commission,accel,clawback,draw,adjustments,payout');
      expect(lines.at(-1)).toBe('');
      const sheet = r.spec.sheets.find((s) => s.kind === 'statement') as SheetSpec;
      // Name, credit, quota, attainment, payout (the team's rep ids are their names).
      const paid = new Map(sheet.tables[0].rows.map((row) => [row[0], (row[4] as { value: number }).value]));
      const rows = lines.slice(1, -1).map((l) => l.split(','));
      expect(rows.map((x) => x[0])).toEqual(['Grace Lee', 'Alice Johnson', 'Bob Martinez', 'Carla Nguyen']);
      for (const x of rows) {
        expect(x).toHaveLength(12);
        expect([x[1], x[2], x[10]]).toEqual(['2026-10', 'USD', '0.00']);
        expect(Number(x[11])).toBe(paid.get(x[0]));
        // The columns add up to the payout to the cent.
        const cents = x.slice(6, 11).reduce((a, v) => a + Math.round(Number(v) * 100), 0);
        expect(cents).toBe(Math.round(Number(x[11]) * 100));
        const st = run.statements.find((s) => s.rep === x[0] && s.period === '2026-10')!;
        expect(x[3]).toBe(st.credit.toFixed(2));
        expect(x[4]).toBe(st.proratedQuota!.toFixed(2));
        expect(x[5]).toBe(st.attainment!.toFixed(6));
        expect(x[6]).toBe(st.lines.filter((l) => l.component === 'commission').reduce((a, l) => a.add(l.amount), st.total.mul(0)).toFixed(2));
      }
    }
  });

  it('the seeded plan gives the same CSV headers in a Chinese and an English workbook (its sheet names stay in the language)', () => {
    const team = dealsOnlyTeam();
    const headers = (['en-US', 'zh-CN'] as const).map((language) => {
      const r = buildWorkbook(team.data, { sheets: ['statement'], language, period: yearPeriod(team.data.asOf), settings: { ...team.settings, language }, plans: team.plans });
      const run = r.commissions!;
      const table = payrollRows(run.statements, run.plans, { period: run.period });
      expect(table.components).toEqual(language === 'zh-CN' ? ['阶梯提成', '破纪录奖励', '团队奖金池'] : ['tiered', 'record', 'pool']);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(payrollCsv(table)).slice(1).split('\r\n')[0];
    });
    expect(headers).toEqual(Array(2).fill('rep,period,currency,credit,quota,attainment,tiered,record,pool,adjustments,payout'));
  });

  it('all periods when none is named; text fields quoted, empty quota and attainment blank', () => {
    const input = { ...EVERY_BLOCK_INPUT, reps: EVERY_BLOCK_INPUT.reps.map((r, i) => (i === 0 ? { ...r, id: 'Lee, "Ann"' } : r)) };
    const renamed = {
      ...input,
      quotas: input.quotas.map((q) => (q.rep === 'A' ? { ...q, rep: 'Lee, "Ann"' } : q)),
      deals: input.deals.map((x) => ({ ...x, splits: x.splits.map((s) => (s.rep === 'A' ? { ...s, rep: 'Lee, "Ann"' } : s)) })),
      collaboration: (input.collaboration ?? []).map((c) => (c.rep === 'A' ? { ...c, rep: 'Lee, "Ann"' } : c)),
      history: Object.fromEntries(Object.entries(input.history ?? {}).map(([k, v]) => [k === 'A' ? 'Lee, "Ann"' : k, v])),
    };
    const statements = computeStatements(renamed);
    const table = payrollRows(statements, renamed.plans);
    expect(table.rows.map((r) => `${r.rep} ${r.period}`)).toEqual(statements.map((s) => `${s.rep} ${s.period}`));
    const text = decode(payrollCsv(table));
    expect(text.startsWith('\uFEFFrep,period,currency,credit,quota,attainment,')).toBe(true);
    expect(text).toContain('\r\n"Lee, ""Ann""",2026-05,');
    for (const r of table.rows) {
      const sumOf = r.components.reduce((a, x) => a.add(x), r.adjustments);
      expect(sumOf.toFixed(2)).toBe(r.payout.toFixed(2));
    }
    const noQuota = payrollRows([{ ...statements[0], proratedQuota: null, attainment: null }], renamed.plans);
    expect(decode(payrollCsv(noQuota)).split('\r\n')[1]).toMatch(/^"Lee, ""Ann""",2026-05,CNY,[\d.]+,,,/);
    expect(DEFAULT_SETTINGS.currency).toBe('CNY');
  });
});
