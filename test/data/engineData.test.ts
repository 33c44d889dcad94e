/**
 * A team's own files reaching the commission engine: a Chinese ERP's deals, roster, collections
 * and exchange rates saved as GBK CSV, for March–April 2027, with reps of their own. Golden
 * statements worked by hand (below), exact to the cent; the problems of missing rates and of cash
 * against unknown deals are refused with file, row, column and reason.
 *
 * Plans (template; clawback window 60 days, effective 2026-01-01), company currency CNY: 管理组 "mgr" 1 % on own credit, override 0.5 % on direct
 * reports' credit; 江南组 "field" 2 % and an 800 SPIFF per new customer; 回款组 "cash" 3 % on
 * collected cash; 海外组 "usd" 2 %, paid in USD. Rates: USD 7.1825 (March), 7.2013 (April).
 *
 * March. 司马琳 (field): XS-2701 60,000.00 (蓝海贸易, its first deal) + XS-2702 15,000.50 = 75,000.50
 *   × 2 % = 1,500.01; SPIFF 800 on XS-2701: 2,300.01.
 * 上官婉 (cash): XS-2703 40,000 booked 12 March, cash 10,000.00 on 28 March (by deal id) × 3 % = 300.00.
 * 慕容杰 (usd): XS-2704 12,345.67 USD × 2 % = 246.9134 → 246.91 USD; in CNY 246.91 × 7.1825 =
 *   1,773.431075 → 1,773.43.
 * 欧阳明 (mgr): own credit 0 → 0.00; overrides on booked credit: 司马琳 75,000.50 × 0.5 % = 375.0025
 *   → 375.00; 上官婉 40,000 × 0.5 % = 200.00; 慕容杰 12,345.67 USD × 7.1825 = 88,672.774775 →
 *   88,672.77 CNY × 0.5 % = 443.36385 → 443.36. Total 1,018.36.
 * April. 司马琳: XS-2705 8,000 (青松科技, not new: XS-2703 was first) + XS-2707 20,000 (远山物流,
 *   new) = 28,000 × 2 % = 560.00; SPIFF 800: 1,360.00.
 * 上官婉: 25,000 received from 青松科技 on 15 April without a deal id → its oldest open deal
 *   XS-2703 (30,000 open); XS-2708 30,000 on 10 April with 12,000 collected and no date → on
 *   10 April. 37,000 × 3 % = 1,110.00.
 * 慕容杰: XS-2706 5,000 USD × 2 % = 100.00 USD; × 7.2013 = 720.13 CNY.
 * 欧阳明: 司马琳 28,000 × 0.5 % = 140.00; 上官婉 30,000 booked → 150.00; 慕容杰 5,000 × 7.2013 =
 *   36,006.50 × 0.5 % = 180.0325 → 180.03. Total 470.03.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Plan } from '../../src/core/plans/schema';
import { flatRate, plan } from '../core/plans/fixtures';
import type { Statement } from '../../src/core/plans/engine';
import { dateSerial } from '../../src/data/calendar';
import { buildDataset, type DataResult, type TableInput } from '../../src/data/dataset';
import { readDataFile } from '../../src/data/files';
import type { Dataset } from '../../src/data/model';
import { missingRates } from '../../src/data/readCollections';
import { recognise } from '../../src/data/recognise';
import { renderDataProblem } from '../../src/i18n';
import { computeCommissions } from '../../src/sheets/commissionSheets';
import { encodeGbk } from './gbk';
import { sampleLeaks } from './sampleNames';

const ROSTER = ['姓名,团队,直属上级', '欧阳明,管理组,', '司马琳,江南组,欧阳明', '上官婉,回款组,欧阳明', '慕容杰,海外组,欧阳明'];
const DEALS = [
  '订单号,客户名称,成交日期,成交金额,业务员,币种,回款金额',
  'XS-2701,蓝海贸易,2027-03-05,"60,000.00",司马琳,人民币,',
  'XS-2702,蓝海贸易,2027-03-20,15000.50,司马琳,,',
  'XS-2703,青松科技,2027-03-12,40000,上官婉,CNY,',
  'XS-2704,Harbor Freight Co,2027-03-18,12345.67,慕容杰,美元,',
  'XS-2705,青松科技,2027-04-08,8000,司马琳,,',
  'XS-2706,Harbor Freight Co,2027-04-22,5000,慕容杰,usd,',
  'XS-2707,远山物流,2027-04-25,20000,司马琳,,',
  'XS-2708,白鹭酒店,2027-04-10,30000,上官婉,,12000',
];
const COLLECTIONS = ['回款日期,订单号,客户名称,回款金额,业务员', '2027-03-28,XS-2703,青松科技,"10,000.00",上官婉', '2027-04-15,,青松科技,25000,上官婉'];
const FX = ['月份,币种,汇率', '2027-03,USD,7.1825', '2027-04,USD,7.2013'];

const csv = (lines: readonly string[]): Uint8Array => encodeGbk(`${lines.join('\r\n')}\r\n`);
const serial = (iso: string): number => dateSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

async function load(files: [string, readonly string[]][]): Promise<DataResult> {
  const tables: TableInput[] = [];
  for (const [name, lines] of files) {
    const f = await readDataFile(name, csv(lines));
    expect(f.problems).toEqual([]);
    tables.push(...f.tables);
  }
  return buildDataset(tables);
}

const PLANS: Plan[] = [
  plan('mgr', [flatRate('own', 0.01), { kind: 'override', id: 'ovr', name: 'Override', rate: 0.005, scope: 'direct' }]),
  plan('field', [flatRate('base', 0.02), { kind: 'spiff', id: 'newlogo', name: 'New logo', amount: 800, newCustomer: true }]),
  plan('cash', [flatRate('cash', 0.03)], { creditBasis: 'collected' }),
  plan('usd', [flatRate('usd', 0.02)], { currency: 'USD' }),
];
const ASSIGNMENT = {
  by: 'team' as const,
  rules: [
    { value: '管理组', plan: 'mgr' },
    { value: '江南组', plan: 'field' },
    { value: '回款组', plan: 'cash' },
    { value: '海外组', plan: 'usd' },
  ],
};

function statements(data: Dataset): Statement[] {
  const run = computeCommissions(data, { settings: { ...DEFAULT_SETTINGS, currency: 'CNY', decimals: 2 }, language: 'zh-CN', plans: PLANS, planAssignment: ASSIGNMENT });
  if (!run.ok) throw new Error(JSON.stringify(run.problems));
  return run.statements;
}

/** [component, kind, base, amount] per line, the total, and the company total. */
function shown(all: Statement[], rep: string, period: string) {
  const s = all.find((x) => x.rep === rep && x.period === period)!;
  return {
    lines: s.lines.map((l) => [l.component, l.kind, l.base.toFixed(2), l.amount.toFixed(2), l.deal ?? l.rep]),
    total: s.total.toFixed(2),
    currency: s.currency,
    company: `${s.company.total.toFixed(2)} ${s.company.currency}`,
  };
}

const FILES: [string, readonly string[]][] = [
  ['人员名单.csv', ROSTER],
  ['销售订单.csv', DEALS],
  ['回款明细.csv', COLLECTIONS],
  ['汇率.csv', FX],
];

describe('a team’s own deals, roster, collections and rates (GBK CSV) in the commission engine', () => {
  let result: DataResult;
  let all: Statement[];
  beforeAll(async () => {
    result = await load(FILES);
    if (!result.dataset) throw new Error(result.problems.map((p) => renderDataProblem('en-US', p)).join('\n'));
    all = statements(result.dataset);
  });

  it('recognises the collections and the exchange-rate tables by their Chinese headers', () => {
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.source, t.kind, t.rows])).toEqual([
      ['人员名单.csv', 'reps', 4],
      ['销售订单.csv', 'deals', 8],
      ['回款明细.csv', 'collections', 2],
      ['汇率.csv', 'fx', 2],
    ]);
    expect(result.tables[2].columns).toEqual({ date: '回款日期', deal: '订单号', customer: '客户名称', amount: '回款金额' });
    expect(result.tables[2].ignored).toEqual(['业务员']);
    const d = result.dataset!;
    expect(d.fx).toEqual([
      { period: '2027-03', currency: 'USD', rate: 7.1825, ref: { source: '汇率.csv', row: 2 } },
      { period: '2027-04', currency: 'USD', rate: 7.2013, ref: { source: '汇率.csv', row: 3 } },
    ]);
    const byId = new Map(d.deals.map((x) => [x.id, x]));
    expect(['XS-2701', 'XS-2702', 'XS-2704', 'XS-2706'].map((id) => byId.get(id)!.currency)).toEqual(['CNY', undefined, 'USD', 'USD']);
    // The cash by deal id on its deal; the customer's cash on their oldest open deal.
    expect(byId.get('XS-2703')!.collections!.map((c) => [c.date, c.amount])).toEqual([
      [serial('2027-03-28'), 10000],
      [serial('2027-04-15'), 25000],
    ]);
    expect(byId.get('XS-2703')!.collected).toBe(35000);
    expect(byId.get('XS-2705')!.collections).toBeUndefined();
    expect(byId.get('XS-2708')!.collected).toBe(12000);
  });

  it('March: SPIFF on a new customer, cash in the month collected, USD at March’s rate, the manager’s override', () => {
    expect(shown(all, '司马琳', '2027-03')).toEqual({
      lines: [
        ['base', 'band', '75000.50', '1500.01', null],
        ['newlogo', 'spiff', '800.00', '800.00', 'XS-2701'],
      ],
      total: '2300.01',
      currency: 'CNY',
      company: '2300.01 CNY',
    });
    expect(shown(all, '上官婉', '2027-03')).toEqual({ lines: [['cash', 'band', '10000.00', '300.00', null]], total: '300.00', currency: 'CNY', company: '300.00 CNY' });
    expect(shown(all, '慕容杰', '2027-03')).toEqual({ lines: [['usd', 'band', '12345.67', '246.91', null]], total: '246.91', currency: 'USD', company: '1773.43 CNY' });
    expect(shown(all, '欧阳明', '2027-03')).toEqual({
      lines: [
        ['own', 'band', '0.00', '0.00', null],
        ['ovr', 'override', '75000.50', '375.00', '司马琳'],
        ['ovr', 'override', '40000.00', '200.00', '上官婉'],
        ['ovr', 'override', '88672.77', '443.36', '慕容杰'],
      ],
      total: '1018.36',
      currency: 'CNY',
      company: '1018.36 CNY',
    });
  });

  it('April: a customer’s cash without a deal id, an undated collected amount on its deal’s date, April’s rate', () => {
    expect(shown(all, '司马琳', '2027-04')).toEqual({
      lines: [
        ['base', 'band', '28000.00', '560.00', null],
        ['newlogo', 'spiff', '800.00', '800.00', 'XS-2707'],
      ],
      total: '1360.00',
      currency: 'CNY',
      company: '1360.00 CNY',
    });
    expect(shown(all, '上官婉', '2027-04')).toEqual({ lines: [['cash', 'band', '37000.00', '1110.00', null]], total: '1110.00', currency: 'CNY', company: '1110.00 CNY' });
    expect(shown(all, '慕容杰', '2027-04')).toEqual({ lines: [['usd', 'band', '5000.00', '100.00', null]], total: '100.00', currency: 'USD', company: '720.13 CNY' });
    expect(shown(all, '欧阳明', '2027-04')).toEqual({
      lines: [
        ['own', 'band', '0.00', '0.00', null],
        ['ovr', 'override', '28000.00', '140.00', '司马琳'],
        ['ovr', 'override', '30000.00', '150.00', '上官婉'],
        ['ovr', 'override', '36006.50', '180.03', '慕容杰'],
      ],
      total: '470.03',
      currency: 'CNY',
      company: '470.03 CNY',
    });
  });

  it('every line holds to the cent and lines add up to the total; no sample name is in the data', () => {
    for (const s of all) {
      expect(s.lines.reduce((a, l) => a.add(l.amount), s.total.mul(0)).eq(s.total)).toBe(true);
      for (const l of s.lines) expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(2);
    }
    expect(sampleLeaks([...ROSTER, ...DEALS, ...COLLECTIONS])).toEqual([]);
  });
});

describe('refusing what cannot be credited', () => {
  it('a deal in a currency without that month’s rate: file, row, column and reason, no rate guessed', async () => {
    const result = await load([
      ['销售订单.csv', DEALS],
      ['汇率.csv', FX.slice(0, 2)],
    ]);
    const problems = missingRates(result.dataset!, 'CNY', (source) => result.tables.find((t) => t.source === source)?.columns.currency);
    expect(problems).toEqual([{ code: 'rateMissing', severity: 'error', params: { currency: 'USD', period: '2027-04', company: 'CNY' }, at: { source: '销售订单.csv', row: 7, column: '币种' } }]);
    expect(renderDataProblem('en-US', problems[0])).toBe(
      '销售订单.csv, row 7, column “币种”: This deal is in USD, and the exchange rates have no USD rate for 2027-04 (how many CNY one USD is worth). Add that month’s rate (none is guessed), or, if the company works in USD, make USD the company currency.',
    );
    expect(renderDataProblem('zh-CN', problems[0])).toContain('2027-04');
    // The engine, given the same data, refuses too rather than convert at another month's rate.
    const run = computeCommissions(result.dataset!, { settings: DEFAULT_SETTINGS, language: 'en-US', plans: [plan('usd', [flatRate('usd', 0.02)], { currency: 'USD' })] });
    expect(run.ok).toBe(false);
    // Without a rates table at all, both months are missing.
    const none = await load([['销售订单.csv', DEALS]]);
    expect(missingRates(none.dataset!, 'CNY', () => '币种').map((p) => p.params)).toEqual([
      { currency: 'USD', period: '2027-03', company: 'CNY' },
      { currency: 'USD', period: '2027-04', company: 'CNY' },
    ]);
    // A company in USD needs a rate only for the deal that names CNY: a blank currency is the company's.
    expect(missingRates(none.dataset!, 'USD', () => '币种').map((p) => p.params)).toEqual([
      { currency: 'CNY', period: '2027-03', company: 'USD' },
    ]);
  });

  it('cash against an unknown deal or customer, more cash than a deal, a rate twice, a currency that is not one', async () => {
    const result = await load([
      ['销售订单.csv', [...DEALS.slice(0, 3), 'XS-2709,白鹭酒店,2027-03-10,100,司马琳,￥,']],
      ['回款明细.csv', ['回款日期,订单号,客户名称,回款金额', '2027-03-28,XS-9999,,500', '2027-03-29,XS-2702,,15000.51', '2027-03-30,,无名公司,10', '2027-03-31,,蓝海贸易,"75,000.51"']],
      ['汇率.csv', [...FX, '2027-03,usd,7.2']],
    ]);
    expect(result.dataset).toBeNull();
    expect(result.problems.map((p) => [renderDataProblem('en-US', p)])).toEqual([
      ['销售订单.csv, row 4, column “币种”: “￥” is not a currency (an ISO code such as USD, or 美元 / US dollar).'],
      ['汇率.csv, row 4, column “汇率”: USD already has a rate for 2027-03 (at 汇率.csv row 2).'],
      ['回款明细.csv, row 2, column “订单号”: Cash is recorded against deal “XS-9999”, but no deals table has that deal ID.'],
      ['回款明细.csv, row 3, column “回款金额”: With this row, the cash collected on deal “XS-2702” comes to 15000.51, more than its amount 15000.5.'],
      ['回款明细.csv, row 4, column “客户名称”: Cash is recorded from “无名公司”, but no deal has that customer (check the spelling, or give the deal ID).'],
      ['回款明细.csv, row 5, column “回款金额”: 0.01 of this cash from “蓝海贸易” is more than the customer’s open deals add up to; give the deal ID it was paid for, or check the amount.'],
    ]);
  });

  it('recognises English collections and rate headers; a deals export with a payment date stays deals', () => {
    expect(recognise(['Invoice #', 'Payment Date', 'Amount Received', 'Account Owner']).kind).toBe('collections');
    expect(recognise(['Customer', 'Date received', 'Collected']).kind).toBe('collections');
    expect(recognise(['Month', 'Currency', 'Exchange Rate']).kind).toBe('fx');
    expect(recognise(['Period', 'Currency Code', 'Rate']).kind).toBe('fx');
    const deals = recognise(['Order ID', 'Customer', 'Close Date', 'Amount', 'Sales Rep', 'Currency', 'Payment date']);
    expect(deals.kind).toBe('deals');
    expect(deals.ignored).toEqual(['Payment date']);
  });
});
