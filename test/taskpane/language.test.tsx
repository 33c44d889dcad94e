/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import type { Language } from '../../src/core/language';
import { SHEET_KINDS } from '../../src/core/sheetKinds';
import { catalogue } from '../../src/i18n';
import type { PreviewControls } from '../../src/preview/types';
import { foreignWords } from '../support/language';
import { FakeHost } from './fakeHost';
import { hostProblem } from '../../src/host/problems';
import { button, openTab, renderApp } from './renderApp';

// The rule and its allow-list: test/support/language.ts; every text of the catalogue: test/i18n/language.test.ts.

/** Every piece of text the pane shows or announces: text, labels for assistive technology, box contents. */
function paneTexts(root: HTMLElement, language: Language): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const lang = node.getAttribute('lang');
    if (lang && lang !== language) return;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = node.getAttribute(attr);
      if (v) out.push(v);
    }
    // What a box holds is shown; a checkbox's or radio's value is not.
    if (node instanceof HTMLInputElement && ['text', 'search', 'number'].includes(node.type) && node.value) out.push(node.value);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

const emptyPreview: PreviewControls = {
  sheets: () => [],
  subscribe: () => () => undefined,
  downloadXlsx: async () => 'x.xlsx',
  reportDate: () => '2025-12-15',
  openFiles: async () => ({ sources: [], problems: [] }),
};

describe.each(['zh-CN', 'en-US'] as const)('the pane in %s', (language) => {
  test('every panel, after a generate run, speaks only its language', async () => {
    const t = catalogue(language);
    const host = new FakeHost();
    host.language = language;
    host.generateImpl = async (request) =>
      request.sheets.map((kind, i) => ({
        kind,
        name: t.sheetNames[kind],
        rows: i,
        notices: i === 0 ? [hostProblem('writeNotice', { notice: { code: 'featureSkipped', sheet: t.sheetNames[kind], feature: 'charts', requirement: 'ExcelApi 1.7' } })] : [],
      }));
    const { user } = await renderApp(host, emptyPreview);
    // No tables in the workbook: the sample company, picked; the data step is on screen in the pane's language.
    await user.click(screen.getByRole('radio', { name: t.dataStep.sample }));
    await user.click(button(t.generate.run));
    await screen.findByText(t.generate.done(SHEET_KINDS.length));
    for (const tab of [t.pane.tabs.risk, t.pane.tabs.plans, t.pane.tabs.templates, t.pane.tabs.sheets]) await openTab(user, tab);
    const texts = paneTexts(document.body, language);
    // The panels really are there: each one's heading was read.
    for (const heading of [t.generate.heading, t.dataStep.heading, t.risk.heading, t.plans.heading, t.templates.heading, t.preview.heading]) expect(texts).toContain(heading);
    expect(texts.filter((x) => foreignWords(x, language).length > 0)).toEqual([]);
  });
});
