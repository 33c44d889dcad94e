/**
 * A closed month that is the last one in the data: a change to it has no open month to be paid
 * in yet, and the run says so (who, which month) instead of holding the adjustment silently.
 * Once the data reaches the next month, the adjustment is paid there and the notice is gone.
 */
import { noClosings } from '../../src/core/close/record';
import { dateSerial } from '../../src/data/calendar';
import type { Dataset } from '../../src/data/model';
import { parsePeriodOption } from '../../src/data/period';
import type { Period } from '../../src/host/types';
import { renderSheetNotice } from '../../src/i18n';
import { closeWorkbook } from '../../src/sheets/close/closeWorkbook';
import { SHEET_KINDS } from '../../src/sheets/model';
import { buildWorkbook, type WorkbookOptions } from '../../src/sheets/workbook';
import { crmTeam, deal } from '../data/datasets';

const team = crmTeam();
const options = (period: string, language: 'en-US' | 'zh-CN' = 'en-US'): WorkbookOptions => ({
  sheets: [...SHEET_KINDS],
  language,
  period: parsePeriodOption(period) as Period,
  settings: { ...team.settings, language },
  plans: team.plans,
  planAssignment: team.planAssignment,
});

describe('changes to the last closed month', () => {
  const closed = closeWorkbook(team.data, options('2026-10'), noClosings(), { action: 'close', period: '2026-10', at: '2026-11-02T09:00:00.000Z' });
  if (!closed.ok) throw new Error('close failed');
  const late: Dataset = { ...team.data, deals: [...team.data.deals, deal('OPP-4001', 'Litware Inc', dateSerial(2026, 10, 15), 12_000.25, 'Grace Lee', { region: 'West', productLine: 'Platform' })] };

  it('are announced while no open month follows, naming the month and the rep, in the workbook language', () => {
    const en = buildWorkbook(late, { ...options('2026-10'), closings: closed.closings });
    expect(en.notices.filter((n) => n.code === 'adjustmentsWaiting')).toEqual([{ code: 'adjustmentsWaiting', params: { period: '2026-10', reps: ['Grace Lee'] } }]);
    const waiting = en.notices.find((n) => n.code === 'adjustmentsWaiting')!;
    expect(renderSheetNotice('en-US', waiting)).toBe(
      'Closed 2026-10 has changed since it was closed (Grace Lee), and the data has no open month after it yet: those adjustments are paid in the first open month once the data reaches it.',
    );
    expect(renderSheetNotice('zh-CN', waiting)).toBe('已结账的 2026-10 在结账后有变动（Grace Lee），而数据中其后还没有未结账的月份：这些调整待数据覆盖到下一个未结账月份时计入该月。');
  });

  it('are not announced when nothing changed, nor once the data reaches November (then November pays them)', () => {
    const same = buildWorkbook(team.data, { ...options('2026-10'), closings: closed.closings });
    expect(same.notices.some((n) => n.code === 'adjustmentsWaiting')).toBe(false);
    const november: Dataset = { ...late, asOf: dateSerial(2026, 11, 20), deals: [...late.deals, deal('OPP-4002', 'Contoso', dateSerial(2026, 11, 3), 900, 'Alice Johnson', { region: 'West', productLine: 'Platform' })] };
    const later = buildWorkbook(november, { ...options('2026-11'), closings: closed.closings });
    expect(later.notices.some((n) => n.code === 'adjustmentsWaiting')).toBe(false);
    const grace = later.commissions!.statements.find((s) => s.rep === 'Grace Lee' && s.period === '2026-11')!;
    expect(grace.lines.filter((l) => l.kind === 'priorPeriod').length).toBeGreaterThan(0);
  });
});
