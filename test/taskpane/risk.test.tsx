/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { hostProblem } from '../../src/host/problems';
import { HostError } from '../../src/host/types';
import { FakeHost } from './fakeHost';
import { button, field, fill, openTab, renderApp } from './renderApp';

function makeHost() {
  const host = new FakeHost();
  host.sources = [
    { id: 'SPK_Evaluation', label: 'SPK_Evaluation', kind: 'table', rows: 24, headers: ['Period', 'Salesperson', 'Target', 'Actual', 'Completion rate'], headerRow: 1, preview: [], detected: 'quotas' },
    { id: 'A1:D9', label: 'Sheet1!A1:D9', kind: 'range', rows: 8, headers: ['x'], headerRow: 1, preview: [], detected: 'unknown' },
  ];
  return host;
}

describe('At-risk targets panel', () => {
  test('detects the columns of a table and applies the rules with the thresholds as fractions', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'At-risk targets');
    const target = field('Apply to');
    // Only tables can carry rules; the plain range is not offered.
    expect(Array.from((target as HTMLSelectElement).options).map((o) => o.text)).toEqual(['Current selection', 'Table SPK_Evaluation']);
    await user.selectOptions(target, 'SPK_Evaluation');
    await user.click(button('Detect columns'));
    expect(screen.getByText('Detected actual "Actual" and target "Target".')).toBeInTheDocument();
    expect(field('Actual column')).toHaveValue('Actual');
    await user.click(field('Share of the period elapsed'));
    await fill(user, field('Elapsed share (%)'), '70');
    await fill(user, field(/Yellow from/), '85.5');
    await user.click(button('Apply rules'));
    await waitFor(() => expect(screen.getByText('Applied 3 rules to Sheet1!A2:F20.')).toBeInTheDocument());
    expect(host.riskCalls).toEqual([
      { target: { table: 'SPK_Evaluation' }, actualColumn: 'Actual', targetColumn: 'Target', elapsed: 0.7, green: 1, yellow: 0.855 },
    ]);
    await user.click(button('Remove rules'));
    await waitFor(() => expect(screen.getByText('Removed 3 rules.')).toBeInTheDocument());
    expect(host.removeCalls).toEqual([{ table: 'SPK_Evaluation' }]);
  });

  test('on the selection, columns are typed as numbers or headers; missing ones and yellow above green are refused', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'At-risk targets');
    await user.click(button('Apply rules'));
    expect(screen.getAllByText('Required, but missing.')).toHaveLength(2);
    await fill(user, field('Actual column'), '4');
    await fill(user, field('Target column'), 'Quota');
    await fill(user, field(/Yellow from/), '120');
    await user.click(button('Apply rules'));
    expect(screen.getByText('Yellow must not be above green.')).toBeInTheDocument();
    await fill(user, field(/Green from/), 'lots');
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    expect(host.riskCalls).toHaveLength(0);
    await fill(user, field(/Green from/), '130');
    await user.click(button('Apply rules'));
    await waitFor(() => expect(host.riskCalls).toHaveLength(1));
    expect(host.riskCalls[0]).toEqual({ target: 'selection', actualColumn: 4, targetColumn: 'Quota', green: 1.3, yellow: 1.2 });
  });

  test('a host error is shown in its words', async () => {
    const host = makeHost();
    host.riskImpl = async () => {
      throw new HostError(hostProblem('noSelection', {}));
    };
    const { user } = await renderApp(host);
    await openTab(user, 'At-risk targets');
    await fill(user, field('Actual column'), '1');
    await fill(user, field('Target column'), '2');
    await user.click(button('Apply rules'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Select the cells to flag first (a header row and at least one data row).');
  });

  test('without conditional formats the actions are disabled with the reason; without selection the selection is flagged', async () => {
    const host = makeHost();
    host.missing = { conditionalFormats: hostProblem('unavailable', { feature: 'conditionalFormats', version: '1.6' }), selection: hostProblem('previewNoSelection', {}) };
    const { user } = await renderApp(host);
    await openTab(user, 'At-risk targets');
    await waitFor(() => expect(screen.getByText('This version of Excel does not support conditional formatting (requires ExcelApi 1.6).')).toBeInTheDocument());
    expect(button('Apply rules')).toBeDisabled();
    expect(button('Remove rules')).toBeDisabled();
  });
});
