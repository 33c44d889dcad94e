/**
 * The three realistic data sets the tests make (fixtures.ts) become the right Dataset: every deal,
 * split, rep and quota with its real values, and the summary of what was recognised.
 */
import { buildDataset, type DataResult } from '../../src/data/dataset';
import { readDataFile } from '../../src/data/files';
import type { Dataset } from '../../src/data/model';
import { defaultPeriod as periodOf } from '../../src/data/periods';
const defaultPeriod = (d: Dataset): string => periodOf(d).label;
import { dateSerial } from '../../src/data/calendar';
import { renderDataProblem } from '../../src/i18n';
import { BOOK_REPS, CRM_REPS, crmExport, ERP_REPS, erpExport, workbookExport } from './fixtures';

const serial = (iso: string): number => dateSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

async function load(files: [string, Uint8Array][]): Promise<DataResult & { dataset: Dataset }> {
  const tables = [];
  for (const [name, bytes] of files) {
    const f = await readDataFile(name, bytes);
    expect(f.problems).toEqual([]);
    tables.push(...f.tables);
  }
  const result = buildDataset(tables);
  if (!result.dataset) throw new Error(result.problems.map((p) => renderDataProblem('en-US', p)).join('\n'));
  return result as DataResult & { dataset: Dataset };
}

describe('a team’s own data sets', () => {
  it('an English CRM export with Salesforce headers and split rows', async () => {
    const crm = crmExport();
    const { dataset, tables, problems } = await load([['opportunities.csv', new TextEncoder().encode(crm.csv)]]);
    expect(problems).toEqual([]);
    expect(tables).toEqual([
      {
        source: 'opportunities.csv',
        file: 'opportunities.csv',
        kind: 'deals',
        headerRow: 1,
        rows: crm.deals.reduce((n, d) => n + d.splits.length, 0),
        columns: {
          id: 'Opportunity ID',
          customer: 'Account Name',
          date: 'Close Date',
          amount: 'Amount',
          rep: 'Split Owner',
          share: 'Split Percentage',
          region: 'Region',
          productLine: 'Product Family',
          stage: 'Stage',
        },
        ignored: ['Opportunity Name', 'Opportunity Owner', 'Lead Source'],
        skipped: false,
      },
    ]);
    expect(dataset.deals).toHaveLength(crm.deals.length);
    dataset.deals.forEach((d, i) => {
      const want = crm.deals[i];
      expect({ id: d.id, customer: d.customer, date: d.date, cents: Math.round(d.amount * 100), region: d.region, productLine: d.productLine }).toEqual({
        id: want.id,
        customer: want.account,
        date: serial(want.date),
        cents: want.cents,
        region: want.region,
        productLine: want.family,
      });
      expect(d.splits.map((s) => [s.rep, Math.round(s.share * 100)])).toEqual(want.splits.map((s) => [s.rep, s.percent]));
      expect(d.splits.reduce((a, s) => a + s.share, 0)).toBe(1);
    });
    expect(dataset.deals.find((d) => d.customer.includes('Premium'))?.customer).toBe('Tailspin Toys "Premium"');
    expect(new Set(dataset.reps.map((r) => r.name))).toEqual(new Set(CRM_REPS));
    expect(dataset).toMatchObject({ origin: 'user', roster: false, quotas: [], annualTargets: [], pipeline: null, payments: null, activity: null, prospects: [] });
    expect(dataset.asOf).toBe(Math.max(...crm.deals.map((d) => serial(d.date))));
    expect(defaultPeriod(dataset)).toBe('2024-11');
  });

  it('a Chinese ERP export saved as GBK CSV, under a title, with a total row', async () => {
    const erp = erpExport();
    const file = await readDataFile('销售明细.csv', erp.bytes);
    expect([file.format, file.encoding]).toEqual(['csv', 'gb18030']);
    const { dataset, tables, problems } = await load([['销售明细.csv', erp.bytes]]);
    expect(tables[0]).toMatchObject({ kind: 'deals', headerRow: 3, rows: erp.rows.length, ignored: ['备注'] });
    expect(tables[0].columns).toEqual({ id: '单据编号', customer: '客户名称', date: '成交日期', amount: '成交金额', rep: '销售', region: '区域', productLine: '产品线', collected: '回款金额' });
    expect(problems.map((p) => renderDataProblem('zh-CN', p))).toEqual([`销售明细.csv，第 ${erp.rows.length + 4} 行：已跳过合计行（“合计”）。`]);
    expect(dataset.deals.map((d) => [d.id, d.customer, d.date, Math.round(d.amount * 100), d.splits, d.region, d.productLine, Math.round(d.collected! * 100)])).toEqual(
      erp.rows.map((r) => [r.order, r.customer, serial(r.date), r.cents, [{ rep: r.rep, share: 1 }], r.region, r.line, r.collectedCents]),
    );
    expect(dataset.deals[0].ref).toEqual({ source: '销售明细.csv', row: 4 });
    expect(new Set(dataset.reps.map((r) => r.name))).toEqual(new Set(ERP_REPS));
    expect(defaultPeriod(dataset)).toBe('2023-11');
  });

  it('an .xlsx with deals, roster and quota sheets', async () => {
    const book = await workbookExport();
    const { dataset, tables, problems } = await load([['q1-2026.xlsx', book.bytes]]);
    expect(tables.map((t) => [t.source, t.kind, t.headerRow, t.rows, t.skipped])).toEqual([
      ['q1-2026.xlsx › Deals › Bookings', 'deals', 3, book.deals.length, false],
      ['q1-2026.xlsx › Team', 'reps', 1, BOOK_REPS.length, false],
      ['q1-2026.xlsx › Targets', 'quotas', 1, 11, false],
      ['q1-2026.xlsx › Notes', null, 2, 0, true],
    ]);
    expect(problems.map((p) => renderDataProblem('en-US', p))).toEqual([
      'q1-2026.xlsx › Notes: Skipped: its headers (“Figures are net of VAT.”, “Owner: finance”) match no known table.',
    ]);
    expect(dataset.roster).toBe(true);
    expect(dataset.reps.map(({ ref: _ref, ...r }) => r)).toEqual(
      BOOK_REPS.map((r) => ({
        name: r.name,
        region: r.region,
        team: r.team,
        level: r.level.toLowerCase(),
        start: serial(r.start),
        end: null,
        manager: r.manager || null,
      })),
    );
    expect(dataset.deals.map((d) => [d.id, d.customer, d.date, d.amount, d.splits[0].rep, d.productLine])).toEqual(
      book.deals.map((d) => [String(d.id), d.customer, serial(d.date), d.cents / 100, d.rep, d.product]),
    );
    expect(dataset.quotas.map((q) => [q.scope, q.name, q.period, q.amount])).toEqual(
      [...book.quotas].flatMap(([rep, months]) => [...months].map(([period, amount]) => ['rep', rep, period, amount])),
    );
    expect(dataset.asOf).toBe(serial('2026-03-31'));
    // The data runs to the last day of March, so March is the last full month.
    expect(defaultPeriod(dataset)).toBe('2026-03');
  });

  it('combines several files: names take the roster’s spelling, ids are unique across files', async () => {
    const roster = 'Name,Team,Manager\r\nPriya Natarajan,West,\r\nJordan Reyes,West,Priya Natarajan\r\n';
    const deals = 'Deal ID,Customer,Date,Amount,Rep\r\nA-1,Litware,2024-05-02,100,PRIYA  natarajan\r\nA-2,Litware,2024-05-03,50,Ｊｏｒｄａｎ Ｒｅｙｅｓ\r\n';
    const more = 'Deal ID,Customer,Date,Amount,Rep\r\nA-3,Proseware,2024-06-30,70,jordan reyes\r\n';
    const enc = (s: string) => new TextEncoder().encode(s);
    const { dataset } = await load([
      ['deals-may.csv', enc(deals)],
      ['team.csv', enc(roster)],
      ['deals-june.csv', enc(more)],
    ]);
    expect(dataset.deals.map((d) => [d.id, d.splits[0].rep])).toEqual([
      ['A-1', 'Priya Natarajan'],
      ['A-2', 'Jordan Reyes'],
      ['A-3', 'Jordan Reyes'],
    ]);
    expect(dataset.reps.map((r) => [r.name, r.team, r.manager])).toEqual([
      ['Priya Natarajan', 'West', null],
      ['Jordan Reyes', 'West', 'Priya Natarajan'],
    ]);
    expect(defaultPeriod(dataset)).toBe('2024-06');
  });
});
