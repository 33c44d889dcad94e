/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { hostProblem } from '../../src/host/problems';
import { FakeHost } from './fakeHost';
import { blobText, captureDownloads } from './downloads';
import { button, field, fill, openTab, renderApp } from './renderApp';

async function importText(text: string, name = 'regional.json') {
  const input = screen.getByLabelText('Import .json', { selector: 'input' });
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

const valid = (over: Record<string, unknown> = {}) => ({
  version: 3,
  name: 'East region 2025',
  issuer: 'Head office',
  sheets: ['evaluation', 'improvement'],
  settings: {
    ...DEFAULT_SETTINGS,
    language: 'en-US',
    currency: 'USD',
    commission: { ...DEFAULT_SETTINGS.commission, mode: 'flat', tiers: [{ lower: 0, rate: 0.02 }, { lower: 500000, rate: 0.03 }] },
  },
  plans: [],
  ...over,
});

afterEach(() => jest.restoreAllMocks());

describe('Templates panel', () => {
  test('exports the current template as .json and imports it back', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Templates');
    await fill(user, field('Template name'), 'HQ <b>plan</b> 2025');
    await user.click(button('Export .json'));
    await waitFor(() => expect(downloads.names).toEqual(['HQ-b-plan-b-2025.spk-template.json']));
    expect(screen.getByText('Exported HQ-b-plan-b-2025.spk-template.json.')).toBeInTheDocument();
    const exported = JSON.parse(await blobText(downloads.blobs[0]));
    expect(exported).toMatchObject({ version: 3, name: 'HQ <b>plan</b> 2025', settings: { ...DEFAULT_SETTINGS, language: 'en-US' }, plans: [] });
    expect(exported.sheets).toHaveLength(10);

    await importText(JSON.stringify(valid()));
    expect(await screen.findByText('Imported “East region 2025”. Its settings are now in use.')).toBeInTheDocument();
    expect(field('Template name')).toHaveValue('East region 2025');
    expect(screen.getByText('Version 3: 2 commission tiers, 2 sheets, 0 plans.')).toBeInTheDocument();
    await openTab(user, 'Plans & settings');
    expect(field('Tier 2 starts at')).toHaveValue('500000');
    expect(field('Currency (ISO code)')).toHaveValue('USD');
    expect(field(/Whole amount/)).toBeChecked();
  });

  test('a rejected import lists every problem with its path and changes nothing', async () => {
    const host = new FakeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'Templates');
    const bad = valid({
      name: '',
      surprise: true,
      settings: {
        ...valid().settings,
        currency: 'dollars',
        commission: { ...DEFAULT_SETTINGS.commission, tiers: [{ lower: 0, rate: 0.01 }, { lower: 0, rate: 1.5 }] },
        score: { weights: [0.5, 0.5, 0.5, 0, 0], benchmarks: DEFAULT_SETTINGS.score.benchmarks },
        risk: { green: 0.7 },
      },
      plans: [{ version: 1, id: 'p1', name: 'Broken', currency: 'CNY', decimals: 2, effectiveFrom: 45658, components: [{ kind: 'mystery', id: 'x' }] }],
    });
    await importText(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The template was not imported: 8 problems.');
    expect(alert).toHaveTextContent('Nothing was changed.');
    // The problem table's body rows, cell by cell (plain DOM: role queries are slow here, see renderApp).
    const rows = Array.from(alert.querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['name', 'Needs at least 1 character.'],
        ['settings.currency', 'Use a three-letter ISO currency code, e.g. CNY.'],
        ['settings.commission.tiers[1].rate', 'Must be at most 1.'],
        ['settings.commission.tiers[1].lower', 'Each tier must start above the previous one.'],
        ['settings.score.weights', 'The weights must add up to 100 %.'],
        ['settings.risk.yellow', 'Required, but missing.'],
        ['plans[0].components[0].kind', 'Must be one of "rateTable", "accelerator", "gate", "cap", "recordBonus", "teamPool", "override", "spiff".'],
        ['(the whole file)', 'Unknown field(s): surprise.'],
      ]),
    );
    expect(rows).toHaveLength(8);
    // Nothing applied: the name and the settings are still the pane's own.
    expect(field('Template name')).toHaveValue('Sales Performance Kit');
    await openTab(user, 'Plans & settings');
    expect(field('Currency (ISO code)')).toHaveValue('CNY');
    expect(field('Tier 2 rate (%)')).toHaveValue('1.5');
  });

  test('a file over 1 MB is refused unread; 130,000 bad tiers show the first 100 rows and the count of the rest', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Templates');
    const read = jest.spyOn(FileReader.prototype, 'readAsText');
    await importText('x'.repeat(1024 * 1024 + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is 1.0 MB; a template may be at most 1.0 MB. Nothing was read from it.');
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    const tiers = Array.from({ length: 100 }, () => ({}));
    const components = Array.from({ length: 50 }, (_, i) => ({ kind: 'rateTable', id: `t${i}`, basis: 'money', mode: 'flat', tiers }));
    const plans = Array.from({ length: 26 }, () => ({ version: 1, id: 'p', name: 'P', currency: 'CNY', decimals: 2, effectiveFrom: 45658, components }));
    await importText(JSON.stringify(valid({ plans })));
    const alert = await screen.findByText('The template was not imported: 260000 problems.', {}, { timeout: 30_000 });
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getAllByRole('row')).toHaveLength(101);
    expect(within(box).getByTestId('more-problems')).toHaveTextContent('… and 259,900 more problems.');
  }, 90_000);

  test('a file that is not JSON, or from a newer version, is refused in words', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Templates');
    await importText('{"version": 2,');
    expect(await screen.findByRole('alert')).toHaveTextContent(/The file is not valid JSON/);
    await importText(JSON.stringify(valid({ version: 7 })));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Version 7 was made by a newer add-in; this one reads up to version 3.'));
  });

  test('a version-1 template migrates forward on import', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Templates');
    const v1 = {
      version: 1,
      name: 'Legacy South',
      language: 'zh-CN',
      currency: 'JPY',
      commissionMode: 'flat',
      tiers: [
        [0, 0.01],
        [800000, 0.025],
      ],
      weights: [0.3, 0.25, 0.2, 0.15, 0.1],
      benchmarks: [1, 0.3, 80000, 1, 100],
      gradeCutoffs: [85, 75, 60],
      green: 1,
      yellow: 0.75,
      sheets: ['evaluation'],
    };
    await importText(JSON.stringify(v1));
    expect(await screen.findByText('Imported “Legacy South” (updated from version 1). Its settings are now in use.')).toBeInTheDocument();
    await openTab(user, 'Plans & settings');
    expect(field('Tier 2 starts at')).toHaveValue('800000');
    expect(field('Decimals')).toHaveValue('0');
    expect(field('Good from')).toHaveValue('75');
  });

  test('saves to and loads from the workbook; a stored invalid template is reported, not applied', async () => {
    const host = new FakeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'Templates');
    await user.click(button('Load from workbook'));
    expect(await screen.findByText('This workbook holds no template yet.')).toBeInTheDocument();
    await user.click(button('Save to workbook'));
    expect(await screen.findByText('The template is saved in this workbook.')).toBeInTheDocument();
    expect(host.saved[0]).toMatchObject({ version: 3, name: 'Sales Performance Kit', settings: { currency: 'CNY' } });
    host.stored = valid();
    await user.click(button('Load from workbook'));
    expect(await screen.findByText('Loaded “East region 2025” from the workbook.')).toBeInTheDocument();
    host.stored = { ...valid(), sheets: ['nonsense'] };
    await user.click(button('Load from workbook'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The template stored in this workbook has 1 problem(s) and was not applied.');
    expect(field('Template name')).toHaveValue('East region 2025');
  });

  test('a template stored in the workbook is applied when the pane opens', async () => {
    const host = new FakeHost();
    host.stored = valid();
    await renderApp(host);
    await waitFor(() => expect(field('Sheet language')).toHaveValue('en-US'));
    expect(field('Evaluation')).toBeChecked();
    expect(field('Targets')).not.toBeChecked();
  });

  test('without template storage, save and load are disabled with the reason; export and import still work', async () => {
    const host = new FakeHost();
    host.missing = { templateStorage: hostProblem('unavailable', { feature: 'templateStorage', version: '1.5' }) };
    const { user } = await renderApp(host);
    await openTab(user, 'Templates');
    await waitFor(() =>
      expect(screen.getByText('This version of Excel does not support storing the template in the workbook (requires ExcelApi 1.5).')).toBeInTheDocument(),
    );
    expect(button('Save to workbook')).toBeDisabled();
    expect(button('Load from workbook')).toBeDisabled();
    expect(button('Export .json')).toBeEnabled();
    expect(button('Import .json')).toBeEnabled();
  });
});
