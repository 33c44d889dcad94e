/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { button, field, fill, openTab, renderApp } from './renderApp';

// The what-if numbers, the draft's conversions and every validation reason are tested without
// rendering (test/taskpane/logic/); these tests check the panel wires them to its boxes.
describe('Plans and settings panel', () => {
  test('the what-if lines follow the boxes, the convention and the tiers', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    const line = screen.getByTestId('what-if');
    expect(line).toHaveTextContent('At 2,300,000 the commission is CN¥31,000.00; this is the top tier.');
    await fill(user, field('Sales amount'), '1500000');
    expect(line).toHaveTextContent('At 1,500,000 the commission is CN¥17,500.00; the next tier starts at 2,000,000.');
    await user.click(field(/Whole amount/));
    expect(line).toHaveTextContent('At 1,500,000 the commission is CN¥22,500.00; the next tier starts at 2,000,000.');
    await user.click(button('Add tier'));
    expect(field('Tier 4 starts at')).toHaveValue('3000000');
    await fill(user, field('Sales amount'), '2,300,000');
    expect(line).toHaveTextContent('At 2,300,000 the commission is CN¥46,000.00; the next tier starts at 3,000,000.');
    await fill(user, field('If this much more closes this period'), '1,000,000');
    expect(screen.getByTestId('what-if-more')).toHaveTextContent('If 1,000,000 more closes (3,300,000 in all), the commission becomes CN¥66,000.00 (+CN¥20,000.00); that is the top tier.');
    await user.click(field('Quota attainment (%)'));
    await fill(user, field('Quota'), 'none');
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    expect(line).toHaveTextContent('Fix the tiers and the amount to see the commission.');
  });

  test('the band boundary is explicit: upper-inclusive keeps 1,000,000 flat at 1 % and moves the next tier a cent up', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    const line = screen.getByTestId('what-if');
    await user.click(field(/Whole amount/));
    await fill(user, field('Sales amount'), '1,000,000');
    expect(field(/Lower bound included/)).toBeChecked();
    expect(line).toHaveTextContent('At 1,000,000 the commission is CN¥15,000.00; the next tier starts at 2,000,000.');
    await user.click(field(/Upper bound included/));
    expect(line).toHaveTextContent('At 1,000,000 the commission is CN¥10,000.00; the next tier starts at 1,000,000.01.');
  });

  test('a wrong box shows its reason next to it, and Generate keeps the last valid settings until it is fixed', async () => {
    const host = new FakeHost();
    const { user } = await renderApp(host);
    await openTab(user, 'Plans & settings');
    await fill(user, field('Tier 2 rate (%)'), '1.1');
    await fill(user, field('Tier 3 starts at'), '900000');
    expect(screen.getByText('Each tier must start above the previous one.')).toBeInTheDocument();
    expect(screen.getByTestId('what-if')).toHaveTextContent('Fix the tiers and the amount to see the commission.');
    await fill(user, field('Completion weight (%)'), '40');
    expect(screen.getByText('The weights must add up to 100 %.')).toBeInTheDocument();
    expect(screen.getByText('Weights total 110 %')).toBeInTheDocument();
    await fill(user, field('Team pool share (%)'), '150');
    expect(screen.getByText('Must be at most 100 %.')).toBeInTheDocument();
    expect(screen.getByText(/fields need fixing/)).toHaveTextContent('3 fields need fixing; until then the last valid settings are used.');

    await openTab(user, 'Generate');
    expect(button('Generate')).toBeDisabled();
    expect(screen.getByText('Some settings are not valid; fix them in Plans & settings first.')).toBeInTheDocument();

    await openTab(user, 'Plans & settings');
    await fill(user, field('Tier 3 starts at'), '2000000');
    await fill(user, field('Completion weight (%)'), '30');
    await fill(user, field('Team pool share (%)'), '3');
    expect(screen.getByText('All settings are valid and in use.')).toBeInTheDocument();
    await openTab(user, 'Generate');
    // The workbook has no tables: the sample is used only because the user picks it.
    await user.click(screen.getByRole('radio', { name: 'The sample company' }));
    await user.click(button('Generate'));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    const s = host.generateCalls[0].settings;
    expect(s.commission.tiers).toEqual([
      { lower: 0, rate: 0.01 },
      { lower: 1_000_000, rate: 0.011 },
      { lower: 2_000_000, rate: 0.02 },
    ]);
    expect(s.commission.teamPoolRate).toBe(0.03);
  });

  test('a tier can be removed, but never the last one', async () => {
    const { user } = await renderApp(new FakeHost());
    await openTab(user, 'Plans & settings');
    await user.click(button('Remove tier 3'));
    await user.click(button('Remove tier 2'));
    expect(button('Remove tier 1')).toBeDisabled();
    expect(screen.getByTestId('what-if')).toHaveTextContent('At 2,300,000 the commission is CN¥23,000.00; this is the top tier.');
  });
});
