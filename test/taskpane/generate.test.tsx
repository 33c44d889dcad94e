/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/types';
import { FakeHost, deferred } from './fakeHost';
import { button, field, fill, renderApp, tab } from './renderApp';
import type { GeneratedSheet, GenerateProgress } from '../../src/host/types';
import { hostProblem } from '../../src/host/problems';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';

function makeHost() {
  const host = new FakeHost();
  host.sources = [
    { id: 'Table1', label: 'Table1', kind: 'table', rows: 120, headers: ['Date', 'Owner'], detected: 'unknown' },
    { id: 'Sales', label: 'Sales', kind: 'table', rows: 5000, headers: ['Date', 'Amount'], detected: 'transactions' },
  ];
  return host;
}

describe('Generate panel', () => {
  test('in preview mode the period starts where the sample data is, not today', async () => {
    const preview = { sheets: () => [], subscribe: () => () => undefined, downloadXlsx: async () => 'x.xlsx', reportDate: () => '2025-12-15' };
    await renderApp(makeHost(), preview);
    expect(field('A day in the period')).toHaveValue('2025-12-15');
    expect(screen.getByText('Period: 2025-12')).toBeInTheDocument();
  });

  test('preselects the detected source, runs with progress, disables buttons meanwhile, links the new sheets', async () => {
    const host = makeHost();
    const run = deferred<GeneratedSheet[]>();
    let report: ((p: GenerateProgress) => void) | null = null;
    host.generateImpl = (_r, p) => {
      report = p;
      return run.promise;
    };
    const { user } = await renderApp(host);
    const source = field('Data source');
    await waitFor(() => expect(source).toHaveValue('Sales'));
    expect(within(source).getByRole('option', { name: 'Sales — 5000 rows, transactions' })).toBeInTheDocument();

    // Keep only two sheets.
    for (const name of ['Settings', 'Targets', 'Tracking', 'Improvement plan', 'Customers', 'Plans', 'Statement', 'Reconciliation', 'Review pack']) {
      await user.click(field(name));
    }
    await user.selectOptions(field('Period'), 'quarter');
    await fill(user, field('A day in the period'), '2025-05-20');
    expect(screen.getByText('Period: 2025-Q2')).toBeInTheDocument();

    await user.click(button('Generate'));
    expect(button('Generating…')).toBeDisabled();
    expect(field('Evaluation')).toBeDisabled();
    act(() => report?.({ done: 1, total: 2, step: { kind: 'sheet', name: 'Evaluation' } }));
    expect(screen.getByText('Evaluation (1 of 2)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.5');

    const request = host.generateCalls[0];
    expect(request.sheets).toEqual(['evaluation']);
    expect(request.source).toEqual({ kind: 'workbook', id: 'Sales' });
    expect(request.period).toEqual({ kind: 'quarter', start: 45748, end: 45838, label: '2025-Q2' });
    expect(request.settings.commission.tiers[1]).toEqual({ lower: 1_000_000, rate: 0.015 });

    await act(async () => run.resolve([{ kind: 'evaluation', name: 'Evaluation (2)', rows: 24, notices: [hostProblem('writeNotice', { notice: { code: 'sheetRenamed', sheet: 'Evaluation (2)', wanted: 'Evaluation' } })] }]));
    expect(await screen.findByText('Generated 1 sheet:')).toBeInTheDocument();
    // What the host noticed about the sheet is listed under its link, in the pane's words.
    expect(screen.getByText('A sheet named "Evaluation" already exists, so the new sheet is named "Evaluation (2)"; the existing sheet was not changed.')).toBeInTheDocument();
    expect(button('Generate')).toBeEnabled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(button('Go to Evaluation (2)'));
    expect(host.activated).toEqual(['Evaluation (2)']);
  });

  test('explains a host failure in its own words, and anything else as unexpected', async () => {
    const host = makeHost();
    host.generateImpl = async () => {
      throw new HostError(hostProblem('writeFailed', { problem: { code: 'failed', sheet: 'Evaluation', error: 'The sheet is protected', restored: true } }));
    };
    const { user } = await renderApp(host);
    await user.click(button('Generate'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sheets could not be generated.');
    expect(alert).toHaveTextContent('Writing sheet "Evaluation" failed: The sheet is protected. Every sheet, table, name and value is as it was before.');

    host.generateImpl = async () => {
      throw new TypeError('x is undefined');
    };
    await user.click(button('Generate'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Something unexpected went wrong: x is undefined'));
  });

  test('with no sheet chosen, Generate is disabled and says why', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    for (const box of screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)) {
      if (box.closest('fieldset')) await user.click(box);
    }
    expect(button('Generate')).toBeDisabled();
    expect(screen.getByText('Choose at least one sheet.')).toBeInTheDocument();
    expect(host.generateCalls).toHaveLength(0);
  });

  test('an invalid date disables Generate', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await user.clear(field('A day in the period'));
    expect(button('Generate')).toBeDisabled();
    expect(screen.getByText('Invalid value.')).toBeInTheDocument();
  });

  test('a host without the generate capability disables it with the reason; the other panels still work', async () => {
    const host = makeHost();
    host.missing = { generate: hostProblem('unavailable', { feature: 'generate', version: '1.4' }) };
    const { user } = await renderApp(host);
    await waitFor(() => expect(screen.getByText('This version of Excel does not support generating sheets (requires ExcelApi 1.4).')).toBeInTheDocument());
    expect(button('Generate')).toBeDisabled();
    await user.click(tab('Templates'));
    await user.click(button('Save to workbook'));
    await waitFor(() => expect(host.saved).toHaveLength(1));
  });

  test('the sheet language picker sets the language the sheets are generated in', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await user.selectOptions(field('Sheet language'), 'zh-CN');
    await user.click(button('Generate'));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].language).toBe('zh-CN');
    expect(host.generateCalls[0].settings.language).toBe('zh-CN');
    // The pane itself stays in English.
    expect(tab('Generate')).toBeInTheDocument();
  });

  test('says before running when a Generate cannot be undone in one step, and offers refresh only where Excel can', async () => {
    const host = makeHost();
    host.missing = {
      undo: hostProblem('undoUnavailable', { requirement: 'ExcelApi 1.20' }),
      refresh: hostProblem('refreshUnavailable', { requirement: 'ExcelApi 1.13' }),
    };
    const { user } = await renderApp(host);
    expect(
      await screen.findByText('This version of Excel cannot undo a Generate in one step (that needs ExcelApi 1.20): Undo may not take back all of its changes.'),
    ).toBeInTheDocument();
    expect(screen.getByText("Refreshing the add-in's tables needs ExcelApi 1.13, which this version of Excel lacks.")).toBeInTheDocument();
    const refresh = screen.getByRole('checkbox', { name: "Update the add-in's existing tables instead of adding new sheets" });
    expect(refresh).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].refresh).toBe(false);
  });

  test('after generating, the pane shows the settings the workbook kept (the stored template follows them)', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    expect(screen.queryByText('This version of Excel cannot undo a Generate in one step (that needs ExcelApi 1.20).')).not.toBeInTheDocument();
    host.generateImpl = async (r) => {
      host.stored = { version: TEMPLATE_VERSION, name: 'Kept', sheets: r.sheets, settings: { ...r.settings, risk: { green: 0.9, yellow: 0.8 } }, plans: [] };
      return [{ kind: 'settings', name: 'Settings', rows: 0 }];
    };
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await user.click(screen.getByRole('tab', { name: 'Plans & settings' }));
    await waitFor(() => expect(screen.getByLabelText('Green from (% of pace)')).toHaveValue('90'));
  });
});
