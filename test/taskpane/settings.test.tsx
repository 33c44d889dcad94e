/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { field, fill, openTab, renderApp } from './renderApp';

const box = (name: string | RegExp) => field(name);

describe('Plans and settings panel', () => {
  test('the what-if line is computed by the core and follows the tiers and the convention', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    const line = screen.getByTestId('what-if');
    // Marginal: 10,000 + 15,000 + 300,000 × 2 % = 31,000; 2,300,000 is in the top tier.
    expect(line).toHaveTextContent('At 2,300,000 the commission is CN¥31,000.00; this is the top tier.');
    await fill(user, box('Sales amount'), '1500000');
    expect(line).toHaveTextContent('At 1,500,000 the commission is CN¥17,500.00; the next tier starts at 2,000,000.');
    await user.click(screen.getByRole('radio', { name: /Whole amount/ }));
    expect(line).toHaveTextContent('At 1,500,000 the commission is CN¥22,500.00; the next tier starts at 2,000,000.');
    await user.click(screen.getByRole('button', { name: 'Add tier' }));
    expect(box('Tier 4 starts at')).toHaveValue('3000000');
    await fill(user, box('Sales amount'), '2,300,000');
    expect(line).toHaveTextContent('At 2,300,000 the commission is CN¥46,000.00; the next tier starts at 3,000,000.');
  });

  test('the band boundary is explicit: upper-inclusive keeps 1,000,000 flat at 1 % and moves the next tier a cent up', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    const line = screen.getByTestId('what-if');
    await user.click(screen.getByRole('radio', { name: /Whole amount/ }));
    await fill(user, box('Sales amount'), '1,000,000');
    expect(screen.getByRole('radio', { name: /Lower bound included/ })).toBeChecked();
    expect(line).toHaveTextContent('At 1,000,000 the commission is CN¥15,000.00; the next tier starts at 2,000,000.');
    await user.click(screen.getByRole('radio', { name: /Upper bound included/ }));
    expect(line).toHaveTextContent('At 1,000,000 the commission is CN¥10,000.00; the next tier starts at 1,000,000.01.');
  });

  test('what if more closes this period: new payout, gain, next band and the amount still needed', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    const more = screen.getByTestId('what-if-more');
    await fill(user, box('Sales amount'), '1,500,000');
    await fill(user, box('If this much more closes this period'), '300,000');
    // 1,800,000 marginal: 10,000 + 800,000 × 1.5 % = 22,000, up from 17,500; 2,000,000 is 200,000 away.
    expect(more).toHaveTextContent('If 300,000 more closes (1,800,000 in all), the commission becomes CN¥22,000.00 (+CN¥4,500.00); the next tier starts at 2,000,000, 200,000 further.');
    await fill(user, box('If this much more closes this period'), '1,000,000');
    expect(more).toHaveTextContent('If 1,000,000 more closes (2,500,000 in all), the commission becomes CN¥35,000.00 (+CN¥17,500.00); that is the top tier.');
    await fill(user, box('If this much more closes this period'), '-5');
    expect(screen.getByTestId('what-if-more')).toHaveTextContent('Fix the tiers and the amount to see the commission.');
  });

  test('attainment bounds turn into money through the quota', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    await user.click(screen.getByRole('radio', { name: 'Quota attainment (%)' }));
    await fill(user, box('Tier 2 starts at attainment (%)'), '80');
    await fill(user, box('Tier 3 starts at attainment (%)'), '100');
    await fill(user, box('Quota'), '2,000,000');
    await fill(user, box('Sales amount'), '1,000,000');
    // 1,000,000 is 50 % of quota: first band only, 1 %.
    expect(screen.getByTestId('what-if')).toHaveTextContent('At 1,000,000 the commission is CN¥10,000.00; the next tier starts at 1,600,000.');
  });

  test('invalid input shows the zod reason next to the field, and Generate keeps the last valid settings until fixed', async () => {
    const host = new FakeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'Plans & settings');
    await fill(user, box('Tier 2 rate (%)'), '1.1');
    await fill(user, box('Tier 3 starts at'), '900000');
    expect(screen.getByText('Each tier must start above the previous one.')).toBeInTheDocument();
    await fill(user, box('Tier 1 rate (%)'), 'one');
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    expect(screen.getByTestId('what-if')).toHaveTextContent('Fix the tiers and the amount to see the commission.');
    await fill(user, box('Completion weight (%)'), '40');
    expect(screen.getByText('The weights must add up to 100 %.')).toBeInTheDocument();
    expect(screen.getByText('Weights total 110 %')).toBeInTheDocument();
    await fill(user, box('Good from'), '95');
    expect(screen.getByText('Cut-offs must go down from the best grade (e.g. 90, 80, 70).')).toBeInTheDocument();
    await fill(user, box('Currency (ISO code)'), 'yuan');
    expect(screen.getByText('Use a three-letter ISO currency code, e.g. CNY.')).toBeInTheDocument();
    await fill(user, box('Decimals'), '2.5');
    expect(screen.getByText('Must be a whole number.')).toBeInTheDocument();
    await fill(user, box('Team pool share (%)'), '150');
    expect(screen.getByText('Must be at most 100 %.')).toBeInTheDocument();
    // Six, not seven: while a tier holds no number zod does not run the tiers' ordering rule.
    expect(screen.getByText(/fields need fixing/)).toHaveTextContent('6 fields need fixing; until then the last valid settings are used.');
    expect(screen.queryByText('Each tier must start above the previous one.')).not.toBeInTheDocument();

    await openTab(user, 'Generate');
    expect(screen.getByRole('button', { name: 'Generate' })).toBeDisabled();
    expect(screen.getByText('Some settings are not valid; fix them in Plans & settings first.')).toBeInTheDocument();

    await openTab(user, 'Plans & settings');
    await fill(user, box('Tier 1 rate (%)'), '1');
    await fill(user, box('Tier 3 starts at'), '2000000');
    await fill(user, box('Completion weight (%)'), '30');
    await fill(user, box('Good from'), '80');
    await fill(user, box('Currency (ISO code)'), 'usd');
    await fill(user, box('Decimals'), '2');
    await fill(user, box('Team pool share (%)'), '3');
    expect(screen.getByText('All settings are valid and in use.')).toBeInTheDocument();
    await openTab(user, 'Generate');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    const s = host.generateCalls[0].settings;
    expect(s.commission.tiers).toEqual([
      { lower: 0, rate: 0.01 },
      { lower: 1_000_000, rate: 0.011 },
      { lower: 2_000_000, rate: 0.02 },
    ]);
    expect(s.currency).toBe('USD');
    expect(s.commission.teamPoolRate).toBe(0.03);
    // Many edits, each re-rendering the pane in jsdom: slow on a busy machine, hence the longer limit.
  }, 180_000);

  test('a tier can be removed, but never the last one', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    await user.click(screen.getByRole('button', { name: 'Remove tier 3' }));
    await user.click(screen.getByRole('button', { name: 'Remove tier 2' }));
    expect(screen.getByRole('button', { name: 'Remove tier 1' })).toBeDisabled();
    expect(screen.getByTestId('what-if')).toHaveTextContent('At 2,300,000 the commission is CN¥23,000.00; this is the top tier.');
  });
});
