/**
 * Every kind of bad input of issue 8 point 7, through `npm run generate`'s run function: the message
 * (in both languages) names the file, the row as the user sees it, the column and the reason; the
 * exit status is 1 (2 for wrong options); and nothing at all is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGenerate } from '../../scripts/cli/run';
import { encodeGbk } from '../data/gbk';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-bad-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function run(args: string[], lang?: 'en-US' | 'zh-CN'): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runGenerate([...args, ...(lang ? ['--lang', lang] : []), '--out', path.join(dir, 'out.xlsx')], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    lang: 'C.UTF-8',
  });
  return { status, out, err };
}

/** Refused in both languages with exactly these problem lines, and not a single file written. */
async function refused(args: string[], en: string[], zh: string[]): Promise<void> {
  const before = fs.readdirSync(dir).sort();
  for (const [lang, lines] of [
    ['en-US', en],
    ['zh-CN', zh],
  ] as const) {
    const r = await run(args, lang);
    expect(r.status).toBe(1);
    expect(r.err.slice(1, -1)).toEqual(lines.map((l) => `  ${l}`));
    expect(r.err[r.err.length - 1]).toBe(lang === 'en-US' ? 'Nothing was written.' : '未写入任何文件。');
  }
  expect(fs.readdirSync(dir).sort()).toEqual(before);
}

const HEADER = 'Deal ID,Customer,Close Date,Amount,Salesperson\r\n';

describe('npm run generate refuses bad data and writes nothing', () => {
  it('text where an amount must be', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-03-04,"12,000.00",Ann Lee\r\nD2,Proseware,2024-03-05,twelve,Ann Lee\r\n`);
    await refused(['--data', deals], ['deals.csv, row 3, column “Amount”: “twelve” is not an amount.'], ['deals.csv，第 3 行，“Amount”列：“twelve”不是金额。']);
  });

  it('a blank where an amount or a date must be', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,,100,Ann Lee\r\nD2,Proseware,2024-03-05,,Ann Lee\r\n`);
    await refused(
      ['--data', deals],
      ['deals.csv, row 2, column “Close Date”: Blank, but a date is needed.', 'deals.csv, row 3, column “Amount”: Blank, but an amount is needed.'],
      ['deals.csv，第 2 行，“Close Date”列：为空，但这里需要日期。', 'deals.csv，第 3 行，“Amount”列：为空，但这里需要金额。'],
    );
  });

  it('an unparseable date, on the line the user sees (a quoted line break before it)', async () => {
    const deals = file('deals.csv', `${HEADER}D1,"Litware\r\nEurope",2024-03-04,100,Ann Lee\r\nD2,Proseware,2024-02-30,5,Ann Lee\r\n`);
    await refused(['--data', deals], ['deals.csv, row 4, column “Close Date”: “2024-02-30” is not a date.'], ['deals.csv，第 4 行，“Close Date”列：“2024-02-30”不是日期。']);
  });

  it('a negative amount', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-03-04,-250.00,Ann Lee\r\n`);
    await refused(
      ['--data', deals],
      ['deals.csv, row 2, column “Amount”: “-250.00” is negative, which this column cannot be. Record a returned or cancelled deal with its cancelled date instead.'],
      ['deals.csv，第 2 行，“Amount”列：“-250.00”是负数，这一列不能为负。退货或取消的订单请填写取消日期。'],
    );
  });

  it('a duplicate deal id, across two files', async () => {
    const march = file('march.csv', `${HEADER}D1,Litware,2024-03-04,100,Ann Lee\r\n`);
    const april = file('april.csv', `${HEADER}D2,Proseware,2024-04-01,100,Ann Lee\r\nD1,Litware,2024-03-04,100,Ann Lee\r\n`);
    await refused(
      ['--data', march, '--data', april],
      ['april.csv, row 3, column “Deal ID”: Deal ID “D1” already appears at march.csv row 2. Give each deal its own ID (split rows need a share column).'],
      ['april.csv，第 3 行，“Deal ID”列：订单号“D1”已出现在 march.csv 第 2 行。每笔订单的编号应唯一（分成行需要比例列）。'],
    );
  });

  it('split shares that do not add up to 100 %', async () => {
    const deals = file(
      'splits.csv',
      'Opportunity ID,Account Name,Close Date,Amount,Split Owner,Split Percentage\r\n006A,Litware,3/4/2024,"1,000.00",Ann Lee,60.00\r\n006A,Litware,3/4/2024,"1,000.00",Bo Chen,30.00\r\n006B,Fabrikam,3/14/2024,500,Bo Chen,100.00\r\n',
    );
    await refused(['--data', deals], ['splits.csv, row 2: The split shares of deal “006A” add up to 90%, not 100%.'], ['splits.csv，第 2 行：订单“006A”的分成比例合计为 90%，不是 100%。']);
  });

  it('a rep missing from the roster', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-03-04,100,Ann Lee\r\nD2,Litware,2024-03-05,100,Ann Li\r\nD3,Litware,2024-03-06,100,Ann Li\r\n`);
    const roster = file('team.csv', 'Name,Region\r\nAnn Lee,West\r\n');
    await refused(
      ['--data', deals, '--data', roster],
      ['deals.csv, row 3: Ann Li is not on the roster. Add them to the roster or correct the name.'],
      ['deals.csv，第 3 行：Ann Li 不在人员名单中。请把此人加入名单或更正姓名。'],
    );
  });

  it('a quota month without a single deal', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-01-04,100,Ann Lee\r\nD2,Litware,2024-03-05,100,Ann Lee\r\n`);
    const quotas = file('quotas.csv', 'Salesperson,Month,Quota\r\nAnn Lee,2024-01,1000\r\nAnn Lee,2024-02,1000\r\nAnn Lee,2024-03,1000\r\n');
    await refused(
      ['--data', deals, '--data', quotas],
      ['quotas.csv, row 3: There is a quota for 2024-02 but not a single deal in that month (the deals run 2024-01 to 2024-03). Is a deals export missing?'],
      ['quotas.csv，第 3 行：2024-02 有目标，但该月没有任何成交（成交数据从 2024-01 到 2024-03）。是否缺少某个月的导出？'],
    );
  });

  it('a period without deals, announced before generating', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-01-04,100,Ann Lee\r\nD2,Litware,2024-03-05,100,Ann Lee\r\n`);
    const en = await run(['--data', deals, '--period', '2024-02'], 'en-US');
    expect(en).toMatchObject({
      status: 1,
      err: ['The data holds nothing in 2024-02; it runs from 2024-01-04 to 2024-03-05. Pick a period inside it.', 'Nothing was written.'],
    });
    const zh = await run(['--data', deals, '--period', '2024年2月'], 'zh-CN');
    expect(zh).toMatchObject({ status: 1, err: ['数据在 2024-02 内没有任何记录；数据范围为 2024-01-04 至 2024-03-05，请在此范围内选择期间。', '未写入任何文件。'] });
    expect(fs.readdirSync(dir)).toEqual(['deals.csv']);
  });

  it('a file that does not exist', async () => {
    await refused(['--data', path.join(dir, 'missing.csv')], [`The file “${path.join(dir, 'missing.csv')}” does not exist.`], [`文件“${path.join(dir, 'missing.csv')}”不存在。`]);
  });

  it('an encoding that is neither UTF-8 nor GB18030', async () => {
    // Latin-1 "Müller" then a byte no GB18030 sequence can hold.
    const bytes = new Uint8Array([...new TextEncoder().encode(HEADER), 0x44, 0x31, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0xff, 0x2c, 0x0d, 0x0a]);
    const latin = file('latin1.csv', bytes);
    await refused(
      ['--data', latin],
      ['“latin1.csv” is not text in UTF-8 or GB18030/GBK (the encodings Excel saves CSV in). Save it again from Excel as “CSV UTF-8” and try again.'],
      ['“latin1.csv”既不是 UTF-8 也不是 GB18030/GBK 编码的文本（Excel 保存 CSV 所用的编码）。请在 Excel 中另存为“CSV UTF-8”后重试。'],
    );
  });

  it('a table whose headers match nothing, and an old .xls workbook', async () => {
    const odd = file('export.csv', encodeGbk('编号,名称,数值\r\n1,甲,2\r\n'));
    const xls = file('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await refused(
      ['--data', odd, '--data', xls],
      [
        '“old.xls” is an old Excel 97–2003 workbook (.xls). Save it as .xlsx or CSV and try again.',
      ],
      ['“old.xls”是旧版 Excel 97–2003 工作簿（.xls）。请另存为 .xlsx 或 CSV 后重试。'],
    );
    await refused(
      ['--data', odd],
      ['export.csv: The headers (“编号”, “名称”, “数值”) match no known table (deals, roster, quotas, pipeline, payments, activity, collections, exchange rates). Map the columns (--map "Header=field") or rename them.'],
      ['export.csv：表头（“编号”、“名称”、“数值”）不符合任何已知的表（成交明细、人员名单、目标、商机跟进、提成发放、过程数据、回款明细、汇率）。请映射列（--map "表头=字段"）或修改表头。'],
    );
  });

  it('lists the first 50 problems and counts the rest', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `D${i},Litware,2024-03-04,n/a,Ann Lee`).join('\r\n');
    const deals = file('deals.csv', `${HEADER}${rows}\r\n`);
    const r = await run(['--data', deals], 'en-US');
    expect(r.status).toBe(1);
    expect(r.err[0]).toBe('The data was refused: 120 problems.');
    expect(r.err).toHaveLength(1 + 50 + 1 + 1);
    expect(r.err[50]).toBe('  deals.csv, row 51, column “Amount”: “n/a” is not an amount.');
    expect(r.err[51]).toBe('  … and 70 more problems.');
    expect(fs.readdirSync(dir)).toEqual(['deals.csv']);
  });
});

describe('npm run generate options', () => {
  it('an unknown option, a missing value and a bad mapping are usage errors (status 2)', async () => {
    expect(await run(['--data', 'x.csv', '--colour', 'red'], 'en-US')).toMatchObject({ status: 2, err: ['Unknown option “--colour”. See --help.'] });
    expect(await run(['--data'], 'zh-CN')).toMatchObject({ status: 2, err: ['--data 需要一个值。见 --help。'] });
    expect(await run(['--data', 'x.csv', '--map', 'Net=amountt'], 'en-US')).toMatchObject({
      status: 2,
      err: ['“Net=amountt” maps to a field that does not exist. See --help for the fields.'],
    });
    expect(await run(['--data', 'x.csv', '--lang', 'fr-FR'])).toMatchObject({ status: 2, err: ['--lang“fr-FR”不是本产品支持的语言：zh-CN 或 en-US。'] });
    expect(await run(['--data', 'x.csv', '--period', 'March'], 'en-US')).toMatchObject({ status: 1 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never overwrites an input file or a workbook it did not write', async () => {
    const deals = file('deals.csv', `${HEADER}D1,Litware,2024-03-04,100,Ann Lee\r\n`);
    const theirs = file('out.xlsx', 'the team’s own workbook');
    const r = await run(['--data', deals], 'en-US');
    expect(r).toMatchObject({ status: 1, err: [`${theirs} already exists and was not written by this kit, so it is not replaced. Choose another file name.`, 'Nothing was written.'] });
    expect(fs.readFileSync(theirs, 'utf8')).toBe('the team’s own workbook');
    const same = await runGenerate(['--data', deals, '--out', deals, '--lang', 'en-US'], { out: () => undefined, err: () => undefined });
    expect(same).toBe(1);
    expect(fs.readFileSync(deals, 'utf8')).toBe(`${HEADER}D1,Litware,2024-03-04,100,Ann Lee\r\n`);
  });
});
