import { renderTemplateProblem } from '../../../src/i18n';
import { detectRiskColumns } from '../../../src/taskpane/risk/detectColumns';
import { columnRef, riskErrors, riskRequest, type RiskForm } from '../../../src/taskpane/risk/validate';

const form = (over: Partial<RiskForm> = {}): RiskForm => ({
  target: 'selection',
  actual: 'Actual',
  targetColumn: 'Target',
  elapsedMode: 'full',
  elapsedValue: '50',
  elapsedColumn: '',
  green: '100',
  yellow: '80',
  ...over,
});
const said = (f: RiskForm, touched = true) =>
  Object.fromEntries(Object.entries(riskErrors(f, touched)).map(([k, p]) => [k, renderTemplateProblem('en-US', p!)]));

describe('at-risk form (pure)', () => {
  test('a complete form becomes the host request, percentages as exact fractions', () => {
    expect(riskRequest(form({ target: { table: 'SPK_Evaluation' }, yellow: '85.5', elapsedMode: 'fraction', elapsedValue: '70' }))).toEqual({
      target: { table: 'SPK_Evaluation' },
      actualColumn: 'Actual',
      targetColumn: 'Target',
      green: 1,
      yellow: 0.855,
      elapsed: 0.7,
    });
    // Digits name a column by number (a selection without headers); the elapsed share may be a column.
    expect(riskRequest(form({ actual: ' 4 ', targetColumn: 'Quota', green: '130', yellow: '120', elapsedMode: 'column', elapsedColumn: ' Pace ' }))).toEqual({
      target: 'selection',
      actualColumn: 4,
      targetColumn: 'Quota',
      green: 1.3,
      yellow: 1.2,
      elapsed: 'Pace',
    });
    expect(columnRef('12')).toBe(12);
    expect(columnRef('Q1 2025')).toBe('Q1 2025');
  });

  test('what is wrong, field by field; empty columns only once the person tried to apply', () => {
    const empty = form({ actual: '', targetColumn: '' });
    expect(said(empty, false)).toEqual({});
    expect(said(empty)).toEqual({ actual: 'Required, but missing.', target: 'Required, but missing.' });
    expect(riskRequest(empty)).toBeNull();
    expect(said(form({ yellow: '120' }))).toEqual({ yellow: 'Yellow must not be above green.' });
    expect(said(form({ green: 'lots' }))).toEqual({ green: 'Enter a number.' });
    expect(said(form({ elapsedMode: 'fraction', elapsedValue: '0' }))).toEqual({ elapsed: 'Must be more than 0 %.' });
    expect(said(form({ elapsedMode: 'fraction', elapsedValue: '101' }))).toEqual({ elapsed: 'Must be at most 100 %.' });
    // The elapsed box counts only when the share is typed.
    expect(said(form({ elapsedMode: 'full', elapsedValue: 'x' }))).toEqual({});
    expect(said(form({ elapsedMode: 'column' }))).toEqual({ elapsedColumn: 'Required, but missing.' });
    expect(riskRequest(form({ yellow: '120' }))).toBeNull();
  });
});

describe('detectRiskColumns', () => {
  test.each([
    [['Salesperson', 'Target', 'Actual', 'Completion rate'], { actual: 'Actual', target: 'Target', elapsed: null }],
    [['销售员', '目标', '实际', '完成率', '时间进度'], { actual: '实际', target: '目标', elapsed: '时间进度' }],
    [['Rep', 'Quota', 'Sales amount', 'Elapsed share'], { actual: 'Sales amount', target: 'Quota', elapsed: 'Elapsed share' }],
    [['Target tier', 'Target', 'Actual sales'], { actual: 'Actual sales', target: 'Target', elapsed: null }],
    [['Date', 'Owner'], { actual: null, target: null, elapsed: null }],
  ])('%j', (headers, expected) => {
    expect(detectRiskColumns(headers)).toEqual(expected);
  });
});
