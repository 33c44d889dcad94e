import { dataHeaders, dateSerial, detectKind, parseDataTable, serialToIso } from '../../src/sheets/data';
import { buildSampleDataset } from '../../src/sample/sampleData';

describe('parseDataTable', () => {
  it('reads a zh-CN transactions table, in any column order, keeping text exactly', () => {
    const headers = ['金额', '客户', '日期', '销售员', '区域', '产品线', '备注列'];
    const rows = [
      [1200.5, '=cmd|\' /C calc\'!A0', 45700, '张伟', '华东', '新品', 'x'],
      ['3,000', '+1 Trading', '2025-03-01', '李娜', '华南', '核心产品', null],
      [null, null, null, null, null, null, null],
    ];
    const parsed = parseDataTable(headers, rows);
    expect(parsed).toEqual({
      ok: true,
      kind: 'transactions',
      rows: [
        { customer: "=cmd|' /C calc'!A0", date: 45700, amount: 1200.5, rep: '张伟', region: '华东', productLine: '新品' },
        { customer: '+1 Trading', date: dateSerial(2025, 3, 1), amount: 3000, rep: '李娜', region: '华南', productLine: '核心产品' },
      ],
    });
  });

  it('reads an en-US pipeline table with stage and status labels in either language', () => {
    const parsed = parseDataTable(dataHeaders('pipeline', 'en-US'), [
      [45700, 'Zhang', 'Acme', 'Retail', '谈判', 'Quote', 'In progress', '', 'budget'],
      [45701, 'Li', 'Beta', 'Retail', 'won', '已完成', 'done', 45720, ''],
    ]);
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.kind === 'pipeline') {
      expect(parsed.rows.map((r) => [r.stage, r.status, r.expected])).toEqual([
        ['negotiation', 'inProgress', null],
        ['won', 'done', 45720],
      ]);
    }
  });

  it('reports every bad cell with its row, column and reason', () => {
    const headers = dataHeaders('evaluation', 'zh-CN');
    const good = [45658, '张', '华东', 500000, 520000, 8, 32, 8, 92, 100, 71];
    const parsed = parseDataTable(headers, [good, [45658, '李', '华东', 'abc', -5, 5, 33, 5, 85, 100, 120], ['2025-02-30', '王', '', 1, 1, 1, 1, 1, 1, 1, 1]]);
    expect(parsed).toEqual({
      ok: false,
      kind: 'evaluation',
      problems: [
        { row: 2, column: '目标', reason: '"abc" is not a number' },
        { row: 3, column: '期间', reason: '"2025-02-30" is not a date (a date cell or yyyy-mm-dd)' },
      ],
    });
    const negative = parseDataTable(headers, [[45658, '李', '华东', 1, -5, 5, 33, 5, 85, 100, 50]]);
    expect(negative).toEqual({ ok: false, kind: 'evaluation', problems: [{ row: 1, column: '实际', reason: 'must not be negative' }] });
    const process = parseDataTable(headers, [[45658, '李', '华东', 1, 5, 5, 33, 5, 85, 100, 120]]);
    expect(process.ok === false && process.problems[0].reason).toBe('must be between 0 and 100');
  });

  it('rejects unknown headers, empty tables and unknown stages', () => {
    expect(detectKind(['Foo', 'Bar'])).toBe('unknown');
    expect(parseDataTable(['Foo'], [[1]])).toMatchObject({ ok: false, kind: 'unknown' });
    expect(parseDataTable(dataHeaders('reps', 'en-US'), [])).toMatchObject({ ok: false, problems: [{ reason: 'the table has no data rows' }] });
    const bad = parseDataTable(dataHeaders('pipeline', 'zh-CN'), [[45700, 'Z', 'A', '', 'maybe', '', '未开始', '', '']]);
    expect(bad.ok === false && bad.problems[0]).toMatchObject({ row: 1, column: '阶段' });
    expect(detectKind(dataHeaders('reps', 'zh-CN'))).toBe('reps');
    expect(detectKind(dataHeaders('transactions', 'en-US'))).toBe('transactions');
  });
});

describe('sample data', () => {
  const a = buildSampleDataset({ seed: 5 });
  it('is a Dataset of the documented shape, marked as the sample: two closed years to 31 December', () => {
    expect(a.origin).toBe('sample');
    expect(serialToIso(a.asOf)).toBe('2025-12-31');
    expect(new Set(a.reps.map((r) => r.region)).size).toBe(3);
    expect(a.reps).toHaveLength(25);
    expect(Math.abs(a.deals.length - 40_000)).toBeLessThan(400);
    expect(a.pipeline!.length).toBeGreaterThanOrEqual(200);
    expect(new Set(a.quotas.map((q) => q.period)).size).toBe(24);
    expect(a.annualTargets.map((t) => t.year)).toEqual([2024, 2025]);
    expect(a.quotas.every((q) => q.scope === 'rep')).toBe(true);
    expect(a.deals.every((t) => t.date <= a.asOf && t.date >= dateSerial(2024, 1, 1))).toBe(true);
    expect(a.payments!.length).toBeGreaterThan(0);
  });
  it('is reproducible from the seed and differs between seeds', () => {
    const again = buildSampleDataset({ seed: 5 });
    expect(again.deals.slice(0, 50)).toEqual(a.deals.slice(0, 50));
    expect(again.quotas).toEqual(a.quotas);
    expect(buildSampleDataset({ seed: 6 }).deals.slice(0, 50)).not.toEqual(a.deals.slice(0, 50));
  });
});
