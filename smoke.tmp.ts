import { crmTeam, chineseTeam } from './test/data/datasets';
import { buildWorkbook } from './src/sheets/workbook';
import { monthPeriod, yearPeriod } from './src/data/periods';
import { dateSerial } from './src/data/calendar';
for (const t of [crmTeam(), chineseTeam()]) {
  const year = 2026 + (t.name.startsWith('Chinese') ? 1 : 0);
  const r = buildWorkbook(t.data, { sheets: ['targets', 'review'], language: 'en-US', period: yearPeriod(dateSerial(year, 1, 1)), settings: t.settings, plans: t.plans, planAssignment: t.planAssignment });
  const targets = r.spec.sheets[1];
  console.log(targets.blocks.slice(1, 6).map((b) => JSON.stringify(b.cells)).join('\n'));
  console.log(targets.blocks.slice(6).map((b) => JSON.stringify(b.cells)).join('\n').slice(0, 1200));
  const rows = targets.tables[0].rows;
  console.log(rows.filter((x) => x[0] !== 'Week').map((x) => x.slice(0, 9).map((v) => (typeof v === 'object' && v ? (v as any).value : v)).join(' | ')).join('\n'));
  for (let m = 1; m <= 12; m++) {
    const rv = buildWorkbook(t.data, { sheets: ['review'], language: 'en-US', period: monthPeriod(dateSerial(year, m, 1)), settings: t.settings }).spec.sheets[1];
    const target = rv.blocks.find((b) => b.cells[0][0] === 'Target')?.cells[0][1] ?? rv.blocks.flatMap((b) => b.cells).find((c) => c[0] === 'Target')?.[1];
    process.stdout.write(`${m}:${target} `);
  }
  console.log();
}
