/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/types';
import { blobBytes, blobText, captureDownloads } from './downloads';
import { FakeHost, deferred } from './fakeHost';
import { button, field, fill, renderApp, tab } from './renderApp';
import type { GeneratedSheet, GenerateProgress } from '../../src/host/types';
import { hostProblem } from '../../src/host/problems';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';
import type { DataSourceInfo } from '../../src/host/types';
import type { OpenedFiles, PreviewControls } from '../../src/preview/types';

function makeHost() {
  const host = new FakeHost();
  host.sources = [
    { id: 'Table1', label: 'Sheet2 › Table1', kind: 'table', rows: 120, headers: ['Date', 'Owner'], headerRow: 1, preview: [], detected: 'unknown' },
    {
      id: 'Sales',
      label: 'Sheet1 › Sales',
      kind: 'table',
      rows: 5000,
      headers: ['Client', 'Date', 'Amount', 'Owner', 'Notes'],
      headerRow: 1,
      preview: [['Litware', 46023, 1200, 'Ann Lee', '']],
      detected: 'deals',
    },
  ];
  return host;
}

/** The pane has listed the tables and ticked the recognised one. */
const salesTicked = () => screen.findByRole('checkbox', { name: /Sheet1 › Sales/, checked: true });

const dataSource = (ids: string[]) => ({ kind: 'data', data: { sources: ids.map((id) => ({ id })), mappings: [] } });

describe('Generate panel', () => {
  test('in preview mode the period starts where the sample data is, not today', async () => {
    const preview = { sheets: () => [], subscribe: () => () => undefined, downloadXlsx: async () => 'x.xlsx', reportDate: () => '2025-12-15', openFiles: async () => ({ sources: [], problems: [], defaultPeriod: null }) };
    await renderApp(new FakeHost(), preview);
    expect(screen.getByLabelText('A day in the period')).toHaveValue('2025-12-15');
    expect(screen.getByText('Period: 2025-12')).toBeInTheDocument();
    expect(screen.getByText('No files open yet.')).toBeInTheDocument();
  });

  test('in preview mode, opened files move the period to their last full month as soon as they are recognised (a period the user chose stays)', async () => {
    // The preview host names the files' last full month when it opens them (see previewHost.test.ts).
    const opened: DataSourceInfo[] = [];
    const calls: string[][] = [];
    const answers: Record<string, OpenedFiles['defaultPeriod']> = { 'deals-2024.csv': '2024-11', 'deals-2025.csv': '2025-03' };
    const preview: PreviewControls = {
      sheets: () => [],
      subscribe: () => () => undefined,
      downloadXlsx: async () => 'x.xlsx',
      reportDate: () => '2025-12-31',
      openFiles: async (files) => {
        calls.push(files.map((f) => f.name));
        for (const f of files) opened.push({ id: `${f.name}#0`, label: f.name, kind: 'file', rows: 3, headers: ['Deal ID', 'Customer', 'Date', 'Amount', 'Rep'], headerRow: 1, preview: [], detected: 'deals' });
        return { sources: [...opened], problems: [], defaultPeriod: answers[files[0].name] };
      },
    };
    const { user } = await renderApp(new FakeHost(), preview);
    expect(field('A day in the period')).toHaveValue('2025-12-31');
    await user.upload(field('Open files…'), new File(['Deal ID,Customer,Date,Amount,Rep'], 'deals-2024.csv', { type: 'text/csv' }));
    await waitFor(() => expect(field('deals-2024.csv — 3 rows, deals')).toBeChecked());
    expect(calls).toEqual([['deals-2024.csv']]);
    expect(field('A day in the period')).toHaveValue('2024-11-01');
    expect(screen.getByText('Period: 2024-11')).toBeInTheDocument();
    // No check has run: recognising the file was enough.
    expect(screen.queryByText('The data is ready.')).toBeNull();

    // Once the user picks a period, opening another file leaves it alone.
    await fill(user, field('A day in the period'), '2024-06-15');
    await user.upload(field('Open files…'), new File(['Deal ID,Customer,Date,Amount,Rep'], 'deals-2025.csv', { type: 'text/csv' }));
    await waitFor(() => expect(field('deals-2025.csv — 3 rows, deals')).toBeChecked());
    expect(field('A day in the period')).toHaveValue('2024-06-15');
  });

  test('ticks the recognised table, checks the data, moves the period to its last full month, runs with progress and links the new sheets', async () => {
    const host = makeHost();
    const run = deferred<GeneratedSheet[]>();
    let report: ((p: GenerateProgress) => void) | null = null;
    host.generateImpl = (_r, p) => {
      report = p;
      return run.promise;
    };
    const { user } = await renderApp(host);
    const sales = await screen.findByRole('checkbox', { name: 'Sheet1 › Sales — 5,000 rows, deals' });
    expect(sales).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sheet2 › Table1 — 120 rows, not recognised' })).not.toBeChecked();

    // Keep only one sheet.
    for (const name of ['Settings', 'Targets', 'Tracking', 'Improvement plan', 'Customers', 'Plans', 'Statement', 'Reconciliation', 'Review pack']) {
      await user.click(field(name));
    }
    await user.click(screen.getByRole('button', { name: 'Check the data' }));
    expect(await screen.findByText('The data is ready.')).toBeInTheDocument();
    expect(screen.getByText('5,000 deals, 12 reps, 800 customers, 2026-01-02 to 2026-03-31')).toBeInTheDocument();
    expect(screen.getByText(/Sheet1 › Sales: deals, 5,000 rows \(headers on row 1\) · columns ignored: Notes/)).toBeInTheDocument();
    expect(screen.getByLabelText('A day in the period')).toHaveValue('2026-03-01');
    expect(host.readCalls).toEqual([{ sources: [{ id: 'Sales' }], mappings: [] }]);

    await user.click(button('Generate'));
    expect(button('Generating…')).toBeDisabled();
    expect(field('Evaluation')).toBeDisabled();
    act(() => report?.({ done: 1, total: 2, step: { kind: 'sheet', name: 'Evaluation' } }));
    expect(screen.getByText('Evaluation (1 of 2)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.5');

    const request = host.generateCalls[0];
    expect(request.sheets).toEqual(['evaluation']);
    expect(request.source).toEqual(dataSource(['Sales']));
    expect(request.period).toEqual({ kind: 'month', start: 46082, end: 46112, label: '2026-03' });
    expect(request.settings.commission.tiers[1]).toEqual({ lower: 1_000_000, rate: 0.015 });
    // The check was not repeated: the data had not changed.
    expect(host.readCalls).toHaveLength(1);

    await act(async () => run.resolve([{ kind: 'evaluation', name: 'Evaluation (2)', rows: 24, notices: [hostProblem('writeNotice', { notice: { code: 'sheetRenamed', sheet: 'Evaluation (2)', wanted: 'Evaluation' } })] }]));
    expect(await screen.findByText('Generated 1 sheet:')).toBeInTheDocument();
    // What the host noticed about the sheet is listed under its link, in the pane's words.
    expect(screen.getByText('A sheet named "Evaluation" already exists, so the new sheet is named "Evaluation (2)"; the existing sheet was not changed.')).toBeInTheDocument();
    expect(button('Generate')).toBeEnabled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(button('Go to Evaluation (2)'));
    expect(host.activated).toEqual(['Evaluation (2)']);
  });

  test('announces a period without deals before generating, and offers the data’s last full month', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await salesTicked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'quarter');
    await fill(user, screen.getByLabelText('A day in the period'), '2025-05-20');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('There are no deals in 2025-Q2: your deals run from 2026-01 to 2026-03.')).toBeInTheDocument();
    expect(host.generateCalls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Use 2026-03' }));
    expect(screen.getByText('Period: 2026-03')).toBeInTheDocument();
    expect(screen.queryByText(/There are no deals/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].period.label).toBe('2026-03');
    // Or the user insists on the empty period.
    await fill(user, screen.getByLabelText('A day in the period'), '2025-01-10');
    await user.click(screen.getByRole('button', { name: 'Generate anyway' }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(2));
    expect(host.generateCalls[1].period.label).toBe('2025-01');
  });

  test('refused data lists its problems in the pane’s language, and nothing is generated', async () => {
    const host = makeHost();
    host.language = 'zh-CN';
    host.readImpl = async () => ({
      ok: false,
      tables: [{ source: 'Sheet1 › Sales', file: 'Sales', kind: 'deals', headerRow: 1, rows: 3, columns: {}, ignored: [], skipped: false }],
      problems: [
        { code: 'notValue', params: { expected: 'amount', value: 'abc' }, severity: 'error', at: { source: 'Sheet1 › Sales', row: 3, column: 'Amount' } },
        { code: 'repNotInRoster', params: { rep: 'Bo' }, severity: 'error', at: { source: 'Sheet1 › Sales', row: 4 } },
      ],
      errors: 77,
      warnings: 0,
      dropped: 75,
      months: [],
      defaultPeriod: null,
      summary: null,
    });
    const { user } = await renderApp(host);
    await salesTicked();
    await user.click(screen.getByRole('button', { name: '生成' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据无法使用：77 个问题。修正之前不会生成任何内容。');
    const list = within(alert).getByRole('list', { name: '数据无法使用：77 个问题。修正之前不会生成任何内容。' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sheet1 › Sales，第 3 行，“Amount”列：“abc”不是金额。',
      'Sheet1 › Sales，第 4 行：Bo 不在人员名单中。请把此人加入名单或更正姓名。',
      '……另有 75 个问题。',
    ]);
    expect(host.generateCalls).toHaveLength(0);
  });

  test('maps the columns of an unrecognised table, shows its first rows as they will be read, and saves the mapping', async () => {
    const host = new FakeHost();
    host.sources = [
      {
        id: 'Export',
        label: 'ERP › Export',
        kind: 'table',
        rows: 2,
        headers: ['Kunde', 'Buchungsdatum', 'Nettobetrag', 'Verkäufer'],
        headerRow: 4,
        preview: [
          ['Müller GmbH', 46023, '1,250.00', 'Jonas Weber'],
          ['Schmidt AG', 'gestern', -3, 'Lea Kraus'],
        ],
        detected: 'unknown',
      },
    ];
    const { user } = await renderApp(host);
    const box = await screen.findByRole('checkbox', { name: 'ERP › Export — 2 rows, not recognised' });
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Columns of ERP › Export' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'This table holds' }), 'deals');
    const group = screen.getByRole('group', { name: 'Columns of ERP › Export' });
    expect(within(group).getByRole('status')).toHaveTextContent('This looks like a deals table but has no column for “Customer”, “Date”, “Amount”, “Rep”.');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Customer' }), 'Kunde');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Date' }), 'Buchungsdatum');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Amount' }), 'Nettobetrag');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Rep' }), 'Verkäufer');
    expect(screen.getByRole('checkbox', { name: 'ERP › Export — 2 rows, deals' })).toBeChecked();
    const table = within(group).getByRole('table');
    expect(within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent))).toEqual([
      [],
      ['Müller GmbH', '2026-01-01', '1250', 'Jonas Weber'],
      ['Schmidt AG', '⚠ “gestern” is not a date.', '⚠ “-3” is negative, which this column cannot be. Record a returned or cancelled deal with its cancelled date instead.', 'Lea Kraus'],
    ]);
    const mappings = [
      { header: 'Kunde', field: 'deals.customer' },
      { header: 'Buchungsdatum', field: 'deals.date' },
      { header: 'Nettobetrag', field: 'deals.amount' },
      { header: 'Verkäufer', field: 'deals.rep' },
    ];
    await user.click(screen.getByRole('button', { name: 'Check the data' }));
    await waitFor(() => expect(host.readCalls).toHaveLength(1));
    expect(host.readCalls[0]).toEqual({ sources: [{ id: 'Export', kind: 'deals' }], mappings });
    await user.click(screen.getByRole('button', { name: 'Save the column choices in the template' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect((host.saved[0] as { mappings: unknown }).mappings).toEqual(mappings);
    expect(screen.getByText('Saved: next time these columns are read the same way.')).toBeInTheDocument();
  });

  test('downloads the payroll CSV of the statement period', async () => {
    const { blobs, names } = captureDownloads();
    const host = makeHost();
    const { user } = await renderApp(host);
    await salesTicked();
    await user.click(screen.getByRole('button', { name: 'Download the payroll CSV' }));
    expect(await screen.findByText('Downloaded payroll-2026-03.csv (12 rows).')).toBeInTheDocument();
    expect(names).toEqual(['payroll-2026-03.csv']);
    // Byte for byte what the host made: the BOM stays.
    expect((await blobBytes(blobs[0])).slice(0, 6)).toEqual([0xef, 0xbb, 0xbf, 0x72, 0x65, 0x70]);
    expect(await blobText(blobs[0])).toBe('rep,period,currency,credit,quota,attainment,base,adjustments,payout\r\n');
    expect(host.payrollCalls[0].source).toEqual(dataSource(['Sales']));
    host.payrollImpl = async () => {
      throw new HostError(hostProblem('payrollUnavailable', {}));
    };
    await user.click(screen.getByRole('button', { name: 'Download the payroll CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No commission statements could be made');
  });

  test('closes and reopens a month, says which snapshot, refuses a month not written YYYY-MM and shows the host’s reason', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await salesTicked();
    const month = screen.getByRole('textbox', { name: /^Month/ });
    await user.clear(month);
    await user.type(month, '2026-3');
    expect(screen.getByText('Month needs a month written YYYY-MM (for example 2026-01), not "2026-3".')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close the month' })).toBeDisabled();
    await user.clear(month);
    await user.type(month, '2026-02');
    await user.click(screen.getByRole('button', { name: 'Close the month' }));
    expect(await screen.findByText('2026-02 closed (snapshot 2026-02-v1-0123abcd).')).toBeInTheDocument();
    expect(host.closeCalls[0].action).toEqual({ action: 'close', period: '2026-02' });
    expect(host.closeCalls[0].request.period).toMatchObject({ kind: 'month', label: '2026-02' });
    expect(host.closeCalls[0].request.source).toEqual(dataSource(['Sales']));
    await user.click(screen.getByRole('button', { name: 'Reopen the month' }));
    expect(await screen.findByText('2026-02 reopened; snapshot 2026-02-v1-0123abcd is kept as a version.')).toBeInTheDocument();
    host.closeImpl = async () => {
      throw new HostError({ code: 'closing', params: { problem: { code: 'alreadyClosed', params: { period: '2026-02', snapshot: '2026-02-v1-0123abcd', closedAt: '2026-03-01T00:00:00.000Z' } } } });
    };
    await user.click(screen.getByRole('button', { name: 'Close the month' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2026-02 is already closed (snapshot 2026-02-v1-0123abcd, 2026-03-01 00:00 UTC). Reopen it first to close it again.');
  });

  test('the sample company only when the user picks it', async () => {
    const host = makeHost();
    const { user } = await renderApp(host);
    await user.click(screen.getByRole('radio', { name: 'The sample company' }));
    expect(screen.getByText('Demo data of an invented company: use it to try the sheets, never for your own figures.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].source).toEqual({ kind: 'sample' });
    expect(host.readCalls).toHaveLength(0);
  });

  test('explains a host failure in its own words, and anything else as unexpected', async () => {
    const host = makeHost();
    host.generateImpl = async () => {
      throw new HostError(hostProblem('writeFailed', { problem: { code: 'failed', sheet: 'Evaluation', error: 'The sheet is protected', restored: true } }));
    };
    const { user } = await renderApp(host);
    await salesTicked();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
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
    await salesTicked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sheet language' }), 'zh-CN');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
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
