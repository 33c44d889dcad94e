/**
 * Three realistic data sets, made here the way teams have them (never from the bundled sample):
 * - an English CRM opportunity export with Salesforce's headers and split rows (2024, US dates);
 * - a Chinese ERP export saved by Chinese Excel as GBK CSV, with a title line and a total row (2023);
 * - an .xlsx workbook with deals, roster and quota sheets, Date cells and an Excel table (2026).
 * Each generator also returns what the data holds, so tests assert real values.
 */
import ExcelJS from 'exceljs';
import { mulberry32 } from '../../src/sample/random';
import { encodeGbk } from './gbk';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const csvCell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (cells: readonly string[]): string => cells.map(csvCell).join(',');
const money = (cents: number): string => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ---------------------------------------------------------------------------------------------
// (a) English CRM export

export const CRM_REPS = ['Jordan Reyes', 'Priya Natarajan', 'Marcus Whitfield', 'Elena Sokolova', 'Tobias Lindqvist', 'Aisha Bello'];
export const CRM_ACCOUNTS = [
  'Northwind Traders, Inc.',
  'Contoso Pharmaceuticals',
  'Fabrikam Robotics',
  'Tailspin Toys "Premium"',
  'Litware Analytics',
  'Adventure Works Cycles',
  'Proseware Labs',
  'Wide World Importers',
  'Blue Yonder Airlines',
  'Coho Vineyard & Winery',
];
export const CRM_REGIONS = ['West', 'Central', 'East'];
export const CRM_FAMILIES = ['Platform', 'Services', 'Add-ons'];

export interface CrmDeal {
  id: string;
  account: string;
  /** yyyy-mm-dd */
  date: string;
  cents: number;
  splits: { rep: string; percent: number }[];
  region: string;
  family: string;
}

export interface CrmExport {
  csv: string;
  deals: CrmDeal[];
}

/**
 * A Salesforce "Opportunities with Splits" report: one row per split, Amount repeated, Split
 * Percentage as 60.00, Close Date as M/D/YYYY, quoted amounts with thousands separators, an
 * "Opportunity Owner" next to the "Split Owner", a Stage column that only says Closed Won, and
 * columns the product does not read.
 */
export function crmExport(count = 240, seed = 7): CrmExport {
  const rand = mulberry32(seed);
  const header = [
    'Opportunity ID',
    'Opportunity Name',
    'Account Name',
    'Stage',
    'Close Date',
    'Amount',
    'Opportunity Owner',
    'Split Owner',
    'Split Percentage',
    'Region',
    'Product Family',
    'Lead Source',
  ];
  const lines = [csvLine(header)];
  const deals: CrmDeal[] = [];
  for (let i = 0; i < count; i++) {
    const month = 1 + Math.floor((i / count) * 12);
    const day = 1 + Math.floor(rand() * 28);
    const owner = pick(rand, CRM_REPS);
    const cents = (5_000 + Math.floor(rand() * 95_000)) * 100 + Math.floor(rand() * 100);
    const id = `006Dn00000${String(4_000 + i * 7).padStart(6, '0')}`;
    const split = i % 6 === 0;
    const partner = CRM_REPS[(CRM_REPS.indexOf(owner) + 1) % CRM_REPS.length];
    const splits = split ? [{ rep: owner, percent: 60 }, { rep: partner, percent: 40 }] : [{ rep: owner, percent: 100 }];
    const deal: CrmDeal = {
      id,
      account: pick(rand, CRM_ACCOUNTS),
      date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      cents,
      splits,
      region: pick(rand, CRM_REGIONS),
      family: pick(rand, CRM_FAMILIES),
    };
    deals.push(deal);
    for (const s of splits) {
      lines.push(
        csvLine([
          id,
          `${deal.account.split(/[ ,]/)[0]} - ${deal.family} renewal`,
          deal.account,
          'Closed Won',
          `${month}/${day}/2024`,
          money(cents),
          owner,
          s.rep,
          s.percent.toFixed(2),
          deal.region,
          deal.family,
          pick(rand, ['Web', 'Partner Referral', 'Trade Show']),
        ]),
      );
    }
  }
  // Salesforce writes CRLF line ends and no BOM.
  return { csv: `${lines.join('\r\n')}\r\n`, deals };
}

// ---------------------------------------------------------------------------------------------
// (b) Chinese ERP export, GBK CSV

export const ERP_REPS = ['欧阳明月', '司马青云', '诸葛文远', '上官雪晴', '夏侯振宇'];
export const ERP_CUSTOMERS = ['成都蜀锦纺织有限公司', '重庆山城机电有限公司', '西安古都重工集团', '武汉江城仪表有限公司', '长沙湘江泵业有限公司', '昆明滇池环保科技'];
export const ERP_REGIONS = ['西南', '华中', '西北'];
export const ERP_LINES = ['工业泵', '阀门', '密封件'];

export interface ErpRow {
  order: string;
  customer: string;
  /** yyyy-mm-dd */
  date: string;
  cents: number;
  rep: string;
  region: string;
  line: string;
  collectedCents: number;
}

export interface ErpExport {
  bytes: Uint8Array;
  text: string;
  rows: ErpRow[];
}

/**
 * What a Chinese ERP's "导出 Excel → CSV" gives: GBK bytes, a report title and a filter line above
 * the headers, dates as 2023/3/5, amounts as ￥12,345.60 (quoted), a 回款金额 column, a 备注 column the
 * product ignores, and a 合计 row at the end.
 */
export function erpExport(count = 180, seed = 11): ErpExport {
  const rand = mulberry32(seed);
  const lines = ['销售订单明细表', '导出时间:2024-01-05 09:12,制表人:系统管理员', csvLine(['单据编号', '客户名称', '成交日期', '成交金额', '销售', '区域', '产品线', '回款金额', '备注'])];
  const rows: ErpRow[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const month = 1 + (i % 12);
    const day = 1 + Math.floor(rand() * 28);
    const cents = (2_000 + Math.floor(rand() * 48_000)) * 100 + Math.floor(rand() * 100);
    const collectedCents = Math.floor(cents * (0.5 + rand() * 0.5));
    const row: ErpRow = {
      order: `SO2023${String(10_000 + i)}`,
      customer: pick(rand, ERP_CUSTOMERS),
      date: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      cents,
      rep: pick(rand, ERP_REPS),
      region: pick(rand, ERP_REGIONS),
      line: pick(rand, ERP_LINES),
      collectedCents,
    };
    rows.push(row);
    total += cents;
    lines.push(
      csvLine([row.order, row.customer, `2023/${month}/${day}`, `￥${money(cents)}`, row.rep, row.region, row.line, money(collectedCents), i % 9 === 0 ? '加急,客户要求月底前发货' : '']),
    );
  }
  lines.push(csvLine(['合计', '', '', `￥${money(total)}`, '', '', '', '', '']));
  const text = `${lines.join('\r\n')}\r\n`;
  return { bytes: encodeGbk(text), text, rows };
}

// ---------------------------------------------------------------------------------------------
// (c) An .xlsx workbook with deals, roster and quotas

export const BOOK_REPS = [
  { name: 'Amara Okafor', region: 'Nordics', team: 'Nordics A', level: 'Senior', start: '2019-04-01', manager: '' },
  { name: 'Henrik Dahl', region: 'Nordics', team: 'Nordics A', level: 'Core', start: '2021-09-15', manager: 'Amara Okafor' },
  { name: 'Sofia Marchetti', region: 'Iberia', team: 'Iberia B', level: 'Core', start: '2020-01-06', manager: '' },
  { name: 'Diego Alvarez', region: 'Iberia', team: 'Iberia B', level: 'New', start: '2026-02-02', manager: 'Sofia Marchetti' },
];
export const BOOK_CUSTOMERS = ['Fjordline Logistics AB', 'Solvik Energi AS', 'Tagus Ceramica SA', 'Meseta Agro SL', 'Baltic Frost Oy'];
export const BOOK_PRODUCTS = ['Sensors', 'Gateways', 'Cloud'];

export interface BookDeal {
  id: number;
  customer: string;
  date: string;
  cents: number;
  rep: string;
  product: string;
}

export interface Workbook {
  bytes: Uint8Array;
  deals: BookDeal[];
  /** rep → month ("2026-01") → quota */
  quotas: Map<string, Map<string, number>>;
}

const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Sheets "Deals" (an Excel table under a title, Date cells, numeric ids), "Team" (the roster,
 * Chinese headers), "Targets" (one row per rep and month, the month as a Date cell formatted
 * yyyy-mm), and "Notes" (text the product skips).
 */
export async function workbookExport(count = 150, seed = 23): Promise<Workbook> {
  const rand = mulberry32(seed);
  const wb = new ExcelJS.Workbook();
  const deals: BookDeal[] = [];
  for (let i = 0; i < count; i++) {
    const month = 1 + Math.floor((i / count) * 3); // January to March 2026
    const day = 1 + Math.floor(rand() * 28);
    const rep = pick(rand, BOOK_REPS).name;
    deals.push({
      id: 90_001 + i,
      customer: pick(rand, BOOK_CUSTOMERS),
      date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      cents: (1_000 + Math.floor(rand() * 20_000)) * 100,
      rep: rep === 'Diego Alvarez' && month === 1 ? 'Henrik Dahl' : rep, // Diego starts in February
      product: pick(rand, BOOK_PRODUCTS),
    });
  }
  // The last deal is on the last day of March, so March is a full month.
  deals[deals.length - 1].date = '2026-03-31';

  const ds = wb.addWorksheet('Deals');
  ds.getCell('A1').value = 'Q1 2026 bookings';
  ds.addTable({
    name: 'Bookings',
    ref: 'A3',
    headerRow: true,
    columns: [{ name: 'Invoice #' }, { name: 'Client' }, { name: 'Invoice Date' }, { name: 'Net Amount' }, { name: 'Sales Rep' }, { name: 'Product' }],
    rows: deals.map((d) => [d.id, d.customer, utcDate(d.date), d.cents / 100, d.rep, d.product]),
  });
  ds.getColumn(3).numFmt = 'dd.mm.yyyy';
  ds.getColumn(4).numFmt = '#,##0.00 "€"';

  const team = wb.addWorksheet('Team');
  team.addRow(['姓名', '区域', '团队', '级别', '入职日期', '直属上级']);
  for (const r of BOOK_REPS) team.addRow([r.name, r.region, r.team, r.level, utcDate(r.start), r.manager || null]);

  const targets = wb.addWorksheet('Targets');
  targets.addRow(['Sales Rep', 'Month', 'Quota']);
  const quotas = new Map<string, Map<string, number>>();
  for (const r of BOOK_REPS) {
    const byMonth = new Map<string, number>();
    for (let m = 1; m <= 3; m++) {
      if (r.name === 'Diego Alvarez' && m === 1) continue;
      const quota = 500_000 + BOOK_REPS.indexOf(r) * 50_000 + m * 10_000;
      byMonth.set(`2026-0${m}`, quota);
      targets.addRow([r.name, utcDate(`2026-0${m}-01`), quota]);
    }
    quotas.set(r.name, byMonth);
  }
  targets.getColumn(2).numFmt = 'yyyy-mm';

  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Read me']);
  notes.addRow(['Figures are net of VAT.', 'Owner: finance']);

  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), deals, quotas };
}
