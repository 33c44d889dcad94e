/**
 * A CRM export of every opportunity (HubSpot-style headers: "Deal Stage", "Associated Company",
 * "Record ID"): only won deals are sales. Lost and open rows are left out with one warning per
 * table that counts them by stage as the file writes them; a blank stage is a deal; a stage the
 * kit does not know is refused naming its row and column, because guessing would pay or withhold
 * commission on it.
 */
import { buildDataset } from '../../src/data/dataset';
import { readDataFile } from '../../src/data/files';
import { renderDataProblem } from '../../src/i18n';

const HEADER = 'Record ID,Deal Name,Deal Stage,Close Date,Amount,Deal owner,Associated Company';

async function build(lines: string[]) {
  const f = await readDataFile('hubspot-deals.csv', new TextEncoder().encode([HEADER, ...lines].join('\r\n')));
  expect(f.problems).toEqual([]);
  return buildDataset(f.tables);
}

describe('deals with a stage column', () => {
  it('keeps won deals (and blank stages), leaves lost and open ones out with a warning counting them', async () => {
    const r = await build([
      '7001,Renewal,Closed won,2025-04-02,"12,500.00",Maria Garcia,Fabrikam',
      '7002,Upsell,Closed lost,2025-04-03,9000,Ken Watanabe,Contoso',
      '7003,New logo,Negotiation,2025-04-07,30000,Maria Garcia,Tailspin',
      '7004,Add-on,,2025-04-09,450.5,Ken Watanabe,Fabrikam',
      '7005,Pilot,closed lost,2025-04-11,,Ken Watanabe,Northwind',
      '7006,赢单测试,成交,2025-04-12,800,Maria Garcia,Contoso',
    ]);
    expect(r.dataset!.deals.map((d) => [d.id, d.amount])).toEqual([
      ['7001', 12_500],
      ['7004', 450.5],
      ['7006', 800],
    ]);
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => renderDataProblem('en-US', p))).toEqual([
      'hubspot-deals.csv, column “Deal Stage”: 3 rows are not won deals (Closed lost 1, Negotiation 1, closed lost 1) and were left out: only won deals count as sales.',
    ]);
    expect(renderDataProblem('zh-CN', warnings[0])).toBe('hubspot-deals.csv，“Deal Stage”列：3 行不是已成交的交易（Closed lost 1, Negotiation 1, closed lost 1），未计入：只有成交的交易计入销售额。');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.tables[0].columns).toMatchObject({ id: 'Record ID', stage: 'Deal Stage', customer: 'Associated Company', rep: 'Deal owner' });
  });

  it('refuses a stage it does not know, with file, row, column and the value', async () => {
    const r = await build(['7001,Renewal,Closed won,2025-04-02,100,Maria Garcia,Fabrikam', '7002,Odd,Contract sent maybe,2025-04-03,200,Ken Watanabe,Contoso']);
    expect(r.dataset).toBeNull();
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => renderDataProblem('en-US', p))).toEqual([
      'hubspot-deals.csv, row 3, column “Deal Stage”: “Contract sent maybe” is not a stage (lead, intent, negotiation, won, lost).',
    ]);
  });

  it('a Pipedrive export: "Deal - " headers matched after their prefix, its Status column (Won, Lost, Open) read as the stage', async () => {
    const csv = [
      'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Owner,Deal - Organization,Deal - Status,Deal - Won time',
      '101,Acme,1200,EUR,Anna Schmidt,Acme GmbH,Won,2025-05-03 10:22:01',
      '102,Beta,800,EUR,Jonas Weber,Beta AG,Lost,',
      '104,Delta,900,EUR,Jonas Weber,Delta SE,Open,',
      '105,Eps,700,EUR,Jonas Weber,Eps SE,Won,2025-06-02 14:00:00',
    ].join('\n');
    const f = await readDataFile('pipedrive.csv', new TextEncoder().encode(csv));
    const r = buildDataset(f.tables);
    expect(r.tables[0]).toMatchObject({
      kind: 'deals',
      columns: { id: 'Deal - ID', amount: 'Deal - Value', currency: 'Deal - Currency', rep: 'Deal - Owner', customer: 'Deal - Organization', stage: 'Deal - Status', date: 'Deal - Won time' },
      ignored: ['Deal - Title'],
    });
    expect(r.dataset!.deals.map((d) => [d.id, d.customer, d.amount, d.currency])).toEqual([
      ['101', 'Acme GmbH', 1200, 'EUR'],
      ['105', 'Eps SE', 700, 'EUR'],
    ]);
    expect(r.problems.map((p) => renderDataProblem('en-US', p))).toEqual([
      'pipedrive.csv, column “Deal - Status”: 2 rows are not won deals (Lost 1, Open 1) and were left out: only won deals count as sales.',
    ]);
  });

  it('says nothing when every row is won', async () => {
    const r = await build(['7001,Renewal,Closed won,2025-04-02,100,Maria Garcia,Fabrikam']);
    expect(r.problems).toEqual([]);
    expect(r.dataset!.deals).toHaveLength(1);
  });
});
