/**
 * Column mappings travel in the template (version 3, optional `mappings`): saved, read back,
 * checked field by field; a version-2 template migrates to version 3 without any.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { recognise } from '../../src/data/recognise';
import { parseTemplate } from '../../src/templates/parse';
import { TEMPLATE_VERSION } from '../../src/templates/templateSchema';

const base = { version: TEMPLATE_VERSION, name: 'East region', sheets: ['evaluation'], settings: DEFAULT_SETTINGS, plans: [] };

describe('mappings in the template', () => {
  it('reads them back and they recognise next month’s export', () => {
    const mappings = [
      { header: 'Kunde', field: 'deals.customer' },
      { header: 'Buchungsdatum', field: 'date' },
      { header: 'Nettobetrag', field: 'deals.amount' },
      { header: 'Verkäufer', field: 'deals.rep' },
      { header: 'Notiz', field: 'ignore' },
    ];
    const parsed = parseTemplate(JSON.stringify({ ...base, mappings }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.template.mappings).toEqual(mappings);
    expect(recognise(['Kunde', 'Buchungsdatum', 'Nettobetrag', 'Verkäufer', 'Notiz'], parsed.template.mappings)).toMatchObject({
      kind: 'deals',
      columns: { customer: 0, date: 1, amount: 2, rep: 3 },
      ignored: ['Notiz'],
    });
  });

  it('refuses a mapping to a field that does not exist, with its path', () => {
    const parsed = parseTemplate({ ...base, mappings: [{ header: 'Net', field: 'deals.amountt' }, { header: '', field: 'amount' }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(['mappings[0].field', 'mappings[1].header']);
  });

  it('a version-2 template becomes version 3 without mappings', () => {
    const { targets: _targets, ...settingsV2 } = DEFAULT_SETTINGS;
    const parsed = parseTemplate({ version: 2, name: 'HQ', sheets: ['evaluation'], settings: settingsV2, plans: [] });
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    if (parsed.ok) expect(parsed.template.mappings).toBeUndefined();
  });
});
