import { FIELDS, matchHeader, normaliseHeader, TABLE_KINDS, type FieldSpec } from '../../src/data/fields';
import { parseMapping } from '../../src/data/mapping';
import { locateHeader, recognise } from '../../src/data/recognise';
import { arrayGrid } from '../../src/data/grid';

/** Issue 8 point 2: the headers people actually have, every one of them recognised. */
const ISSUE_SYNONYMS: [kind: 'deals' | 'quotas', field: string, headers: string[]][] = [
  ['deals', 'customer', ['Customer', 'Customer name', 'Account', 'Account name', 'Client', '客户', '客户名称', '客户名']],
  ['deals', 'date', ['Date', 'Close date', 'Order date', 'Invoice date', '日期', '成交日期', '订单日期', '下单日期']],
  ['deals', 'amount', ['Amount', 'Revenue', 'Sales', 'Order amount', 'Total', '金额', '成交金额', '销售额', '订单金额']],
  ['deals', 'rep', ['Salesperson', 'Sales rep', 'Rep', 'Owner', 'Opportunity owner', 'Account owner', '销售员', '销售', '业务员', '负责人', '销售人员']],
  ['deals', 'region', ['Region', 'Territory', '区域', '大区']],
  ['deals', 'productLine', ['Product line', 'Product', 'Product family', '产品线', '产品']],
  ['quotas', 'period', ['Period', 'Month', '月份', '期间']],
  ['quotas', 'target', ['Quota', 'Target', '目标', '指标', '任务额']],
  ['deals', 'id', ['Deal ID', 'Opportunity ID', 'Order ID', 'Invoice number', '订单号', '单号', '合同编号']],
];

describe('header recognition', () => {
  it.each(ISSUE_SYNONYMS)('%s.%s: every header of issue 8, in any case, spacing or width', (kind, field, headers) => {
    for (const h of headers) {
      expect(matchHeader(kind, h)?.field).toBe(field);
      expect(matchHeader(kind, `  ${h.toUpperCase()}  `)?.field).toBe(field);
      // Full-width letters and spaces, as a Chinese input method types them.
      const wide = h.replace(/[A-Za-z ]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
      expect(matchHeader(kind, wide)?.field).toBe(field);
    }
  });

  it('reads CRM and ERP columns: split owner and share, cancelled date, collected amount, manager', () => {
    expect(matchHeader('deals', 'Split Owner')?.field).toBe('rep');
    expect(matchHeader('deals', 'Split Percentage')?.field).toBe('share');
    expect(matchHeader('deals', 'Cancelled Date')?.field).toBe('cancelled');
    expect(matchHeader('deals', '回款金额')?.field).toBe('collected');
    expect(matchHeader('reps', '直属上级')?.field).toBe('manager');
    expect(matchHeader('reps', 'Reports To')?.field).toBe('manager');
    expect(matchHeader('deals', 'close_date')?.field).toBe('date');
    expect(matchHeader('deals', '*客户名称')?.field).toBe('customer');
    expect(matchHeader('deals', 'Amount (USD)')?.field).toBe('amount');
    expect(matchHeader('deals', '金额（元）')?.field).toBe('amount');
    // A unit that scales the number is never taken for money.
    expect(matchHeader('deals', '金额（万元）')).toBeNull();
    expect(normaliseHeader('Ｏｐｐｏｒｔｕｎｉｔｙ　ＩＤ')).toBe('opportunityid');
  });

  it('never lists one header under two fields of the same table', () => {
    for (const kind of TABLE_KINDS) {
      const owner = new Map<string, string>();
      for (const [field, spec] of Object.entries(FIELDS[kind] as Record<string, FieldSpec>)) {
        for (const s of spec.synonyms) {
          const key = normaliseHeader(s);
          expect([kind, key, owner.get(key) ?? field]).toEqual([kind, key, field]);
          owner.set(key, field);
        }
      }
    }
  });

  it('classifies each kind of table by its headers', () => {
    expect(recognise(['Account Name', 'Close Date', 'Amount', 'Opportunity Owner']).kind).toBe('deals');
    expect(recognise(['姓名', '区域', '团队', '级别', '入职日期', '直属上级']).kind).toBe('reps');
    expect(recognise(['Salesperson', 'Region']).kind).toBe('reps');
    expect(recognise(['Sales Rep', 'Month', 'Quota']).kind).toBe('quotas');
    expect(recognise(['大区', '年度', '任务额']).kind).toBe('quotas');
    expect(recognise(['Created Date', 'Opportunity Owner', 'Account Name', 'Stage', 'Amount', 'Close Date']).kind).toBe('pipeline');
    expect(recognise(['Rep', 'Period', 'Commission paid']).kind).toBe('payments');
    expect(recognise(['销售', '月份', '线索数', '成交数', '应收金额', '过程评分']).kind).toBe('activity');
    // The previous version's evaluation table: activity, whose Target becomes the rep's quota.
    const old = recognise(['Period', 'Salesperson', 'Region', 'Target', 'Actual', 'New customers', 'Leads', 'Won deals', 'Collected', 'Receivables', 'Process score']);
    expect(old.kind).toBe('activity');
    expect(old.ignored).toEqual(['Region', 'Actual', 'New customers']);
  });

  it('prefers the better column for a field and lists the others as ignored', () => {
    const r = recognise(['Opportunity ID', 'Account Name', 'Close Date', 'Amount', 'Amount (converted)', 'Opportunity Owner', 'Split Owner', 'Split %', 'Lead Source']);
    expect(r.kind).toBe('deals');
    expect(r.columns).toEqual({ id: 0, customer: 1, date: 2, amount: 4, rep: 6, share: 7 });
    expect(r.ignored).toEqual(['Amount', 'Opportunity Owner', 'Lead Source']);
  });

  it('says what an unrecognised table lacks', () => {
    const r = recognise(['Client', 'Booked On', 'Net Value', 'Sales Rep']);
    expect(r).toMatchObject({ kind: null, closest: 'deals', missing: ['date', 'amount'] });
    expect(recognise(['Foo', 'Bar'])).toMatchObject({ kind: null, closest: null, missing: [] });
  });

  it('lets a mapping name a column, force a kind or ignore a column', () => {
    const maps = ['Booked On=date', 'Net Value=deals.amount'].map((m) => parseMapping(m) as { header: string; field: string });
    const r = recognise(['Client', 'Booked On', 'Net Value', 'Sales Rep'], maps);
    expect(r).toMatchObject({ kind: 'deals', columns: { customer: 0, date: 1, amount: 2, rep: 3 }, ignored: [] });
    // Mapped headers are compared like any header.
    expect(recognise(['Client', 'BOOKED ON', 'net value', 'Sales Rep'], maps).kind).toBe('deals');
    const ignoring = recognise(['Customer', 'Date', 'Amount', 'Owner', 'Stage', 'Created'], [{ header: 'Stage', field: 'ignore' }]);
    expect(ignoring).toMatchObject({ kind: 'deals', ignored: ['Stage', 'Created'] });
    // A kind the mapping names wins over a better fit.
    expect(recognise(['Rep', 'Month', 'Amount'], [{ header: 'Amount', field: 'payments.paid' }]).kind).toBe('payments');
    expect(recognise(['Customer', 'Date', 'Amount', 'Owner'], [], 'pipeline')).toMatchObject({ kind: null, closest: 'pipeline', missing: ['stage'] });
    expect(parseMapping('Net Value=amountt')).toMatchObject({ code: 'unknownField', params: { mapping: 'Net Value=amountt' } });
    expect(parseMapping('Net Value')).toMatchObject({ code: 'badMapping' });
    expect(parseMapping('A=B=deals.amount')).toEqual({ header: 'A=B', field: 'deals.amount' });
  });

  it('finds the header row under a report title', () => {
    const grid = arrayGrid([['销售订单明细表'], ['导出时间:2024-01-05', '制表人:系统'], ['单据编号', '客户名称', '成交日期', '成交金额', '销售'], ['SO1', '甲', '2023/1/2', '5', '乙']]);
    expect(locateHeader(grid)).toBe(2);
    expect(locateHeader(arrayGrid([['Title'], ['Foo', 'Bar'], ['1', '2']]))).toBe(1);
  });
});
