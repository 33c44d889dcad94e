import Decimal from 'decimal.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { dateSerial as d } from '../../src/data/calendar';
import type { Dataset } from '../../src/data/model';
import { monthPeriod, yearPeriod } from '../../src/data/periods';
import type { Period } from '../../src/host/types';
import { BuildContext } from '../../src/sheets/context';
import type { SheetSpec } from '../../src/sheets/model';
import { buildReviewSheet } from '../../src/sheets/reviewSheet';
import { seasonSplit, targetBook } from '../../src/sheets/targetSplit';
import { buildTargetsSheet, TARGET_LEVELS, targetSplit } from '../../src/sheets/targetsSheet';
import { chineseTeam, crmTeam, dataset, rep, type TeamData } from '../data/datasets';

const sum = (xs: readonly (Decimal | null)[]) => xs.reduce<Decimal>((a, b) => (b === null ? a : a.add(b)), new Decimal(0));
const ctx = (t: Pick<TeamData, 'data' | 'settings'>, period: Period) => new BuildContext(t.data, t.settings, 'en-US', period);

/** The review pack's "Target" cell and its monthly trend (month → target). */
function review(t: TeamData, period: Period): { target: unknown; trend: Map<string, unknown> } {
  const sheet = buildReviewSheet(ctx(t, period)) as SheetSpec;
  const trendHeader = sheet.blocks.findIndex((b) => b.cells[0][0] === 'Month');
  const trend = new Map(sheet.blocks[trendHeader + 1].cells.map((r) => [r[0] as string, r[1]]));
  // The KPI tiles: labels on one row, the figures on the row below.
  const tiles = sheet.blocks.find((b) => b.cells[0][0] === 'Target' && b.cells[0][1] === 'Actual')!;
  const figures = sheet.blocks.find((b) => b.origin.row === tiles.origin.row + 1 && b.origin.col === 0)!;
  return { target: figures.cells[0][0], trend };
}

describe('an annual target split by the season weights', () => {
  it('adds up exactly at every step, the buffer held back first', () => {
    const months = seasonSplit(10_800_000, DEFAULT_SETTINGS);
    // Quarters 20 / 33 / 30 / 17 %: 2,160,000 · 3,564,000 · 3,240,000 · 1,836,000; Q2 by 1.2 / 1.5 / 1.3.
    expect(months.slice(3, 6).map((m) => m.toNumber())).toEqual([1_069_200, 1_336_500, 1_158_300]);
    expect(sum(months.slice(0, 3)).toNumber()).toBe(2_160_000);
    expect(sum(months).toNumber()).toBe(10_800_000);
    // An awkward amount still adds up to the cent, each part on the cent.
    const odd = seasonSplit(1_000_000.07, { ...DEFAULT_SETTINGS, targets: { ...DEFAULT_SETTINGS.targets, monthWeights: [1, 1, 1, 3, 1, 1, 7, 7, 7, 1, 2, 3] } });
    expect(sum(odd).toFixed(2)).toBe('1000000.07');
    for (const m of odd) expect(m.decimalPlaces()).toBeLessThanOrEqual(2);

    const team = chineseTeam();
    const book = targetBook(team.data, team.settings, 2027);
    expect([book.total.toNumber(), book.buffer.toNumber(), book.distributed.toNumber(), book.bufferRate]).toEqual([12_000_000, 1_200_000, 10_800_000, 0.1]);
    expect(book.months.map((m) => m.toNumber())).toEqual(months.map((m) => m.toNumber()));
  });

  it('splits each month over regions by weight and over people by level, every level adding up to the distributed total', () => {
    const team = chineseTeam();
    const split = targetSplit(ctx(team, yearPeriod(team.data.asOf)), 2027);
    const base = (level: string, name: string) => split.parts.find((p) => p.level === level && p.name === name)!.base.toNumber();
    // 55 / 45 of every month, then by level within the region (西南: senior 1.3, core 1).
    expect(base('region', '西南')).toBe(5_940_000);
    expect(base('region', '东北')).toBe(4_860_000);
    expect(new Decimal(base('person', '欧阳子涵')).add(base('person', '司马浩然')).toNumber()).toBe(5_940_000);
    expect(base('productLine', '工业软件')).toBe(5_400_000);
    for (const level of TARGET_LEVELS) {
      const parts = split.parts.filter((p) => p.level === level);
      expect([level, sum(parts.map((p) => p.base)).toNumber()]).toEqual([level, 10_800_000]);
    }
    // 慕容晓峰 joins on 1 March: no target before.
    expect(split.book.people.get('慕容晓峰')!.slice(0, 3).map((x) => x?.toNumber() ?? null)).toEqual([null, null, 144_000]);
    const sheet = buildTargetsSheet(ctx(team, yearPeriod(team.data.asOf))) as SheetSpec;
    const check = sheet.blocks.find((b) => b.cells[0][0] === 'Quarter' && b.origin.col === 14)!;
    expect(check.cells.map((r) => (r[2] as { value: number }).value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the Review pack’s targets are the Targets sheet’s', () => {
  it.each([crmTeam, chineseTeam].map((make) => [make().name, make] as const))('month by month (%s)', (_name, make) => {
    const team = make();
    const year = yearPeriod(team.data.asOf);
    const sheet = buildTargetsSheet(ctx(team, year)) as SheetSpec;
    const months = sheet.tables[0].rows.filter((r) => r[0] === 'Month').map((r) => [r[1] as string, r[5]] as const);
    expect(months).toHaveLength(12);
    const yearly = review(team, year);
    for (const [month, target] of months) {
      expect([month, review(team, monthPeriod(d(Number(month.slice(0, 4)), Number(month.slice(5)), 1))).target]).toEqual([month, target]);
      expect([month, yearly.trend.get(month)]).toEqual([month, target]);
    }
    expect(yearly.target).toBe(sum(months.map(([, t]) => new Decimal(t as number))).toNumber());
  });

  it('a week is the sum of the Targets sheet’s week rows it covers (a week across two months)', () => {
    const team = crmTeam();
    const rows = (buildTargetsSheet(ctx(team, yearPeriod(team.data.asOf))) as SheetSpec).tables[0].rows.filter((r) => r[0] === 'Week');
    // Monday 28 September to Sunday 4 October 2026: two week rows, 28–30 Sep and 1–4 Oct.
    const week: Period = { kind: 'week', start: d(2026, 9, 28), end: d(2026, 10, 4), label: '2026-W40' };
    const inside = rows.filter((r) => (r[3] as number) >= week.start && (r[4] as number) <= week.end);
    expect(inside.map((r) => r[1])).toEqual(['09-28 – 09-30', '10-01 – 10-04']);
    expect(review(team, week).target).toBe(sum(inside.map((r) => new Decimal(r[5] as number))).toNumber());
  });
});

describe('where targets come from', () => {
  const settings: Settings = DEFAULT_SETTINGS;
  const reps = [rep('Ann', { region: 'N', team: 'N1', level: 'senior' }), rep('Ben', { region: 'N', team: 'N1', level: 'new' }), rep('Cy', { region: 'S', team: 'S1' })];

  it('the most detailed targets win month by month; broader ones are split by level and said to be replaced', () => {
    const data: Dataset = dataset({
      reps,
      quotas: [
        { scope: 'region', name: 'N', period: '2030-01', amount: 20_000 },
        { scope: 'region', name: 'N', period: '2030-02', amount: 20_000 },
        { scope: 'rep', name: 'Ann', period: '2030-02', amount: 9_000 },
      ],
      asOf: d(2030, 2, 28),
    });
    const book = targetBook(data, settings, 2030);
    // January: region N's 20,000 over Ann (1.3) and Ben (0.7); February: Ann's own quota only.
    expect(book.people.get('Ann')!.slice(0, 2).map((x) => x?.toNumber())).toEqual([13_000, 9_000]);
    expect(book.people.get('Ben')!.slice(0, 2).map((x) => x?.toNumber() ?? null)).toEqual([7_000, null]);
    expect(book.regions.get('N')!.slice(0, 2).map((x) => x?.toNumber())).toEqual([20_000, 9_000]);
    expect(book.months.slice(0, 2).map((x) => x.toNumber())).toEqual([20_000, 9_000]);
    expect(book.notices).toEqual([{ code: 'targetsSuperseded', params: { scope: 'region', names: ['N'], by: 'rep' } }]);
  });

  it('a company target without region weights goes straight to people, with notices for missing weights and levels', () => {
    const data: Dataset = dataset({ reps, annualTargets: [{ scope: 'company', name: '', year: 2030, amount: 300_000 }], deals: [], asOf: d(2030, 6, 30) });
    const book = targetBook(data, { ...settings, targets: { ...settings.targets, buffer: 0 } }, 2030);
    expect(sum([...book.people.values()].flat()).toNumber()).toBe(300_000);
    // Weights 1.3 : 0.7 : 1 (Cy has no level and counts as core): each month split exactly, so the
    // year is 130,000 : 70,000 : 100,000 to within a cent a month.
    // January is 20,000: 8,666.66⅔ · 4,666.66⅔ · 6,666.66⅔, the two missing cents to the earlier tied parts.
    expect(book.months[0].toNumber()).toBe(20_000);
    expect(['Ann', 'Ben', 'Cy'].map((n) => book.people.get(n)![0]!.toNumber())).toEqual([8_666.67, 4_666.67, 6_666.66]);
    const year = ['Ann', 'Ben', 'Cy'].map((n) => sum(book.people.get(n)!).toNumber());
    [130_000, 70_000, 100_000].forEach((x, i) => expect(Math.abs(year[i] - x)).toBeLessThanOrEqual(0.12));
    expect(book.notices).toEqual([
      { code: 'regionWeightsMissing', params: { regions: ['N', 'S'] } },
      { code: 'levelsMissing', params: { reps: ['Cy'] } },
    ]);
  });

  it('a target with nobody under it stays at its level and is named', () => {
    const data: Dataset = dataset({ reps, quotas: [{ scope: 'team', name: 'Ghost', period: '2030-03', amount: 5_000 }], asOf: d(2030, 3, 31) });
    const book = targetBook(data, settings, 2030);
    expect(book.teams.get('Ghost')![2]!.toNumber()).toBe(5_000);
    expect(book.notices).toEqual([{ code: 'targetWithoutReps', params: { scope: 'team', name: 'Ghost' } }]);
  });
});
