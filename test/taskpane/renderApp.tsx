import { render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { PreviewControls } from '../../src/preview/types';
import type { WorkbookHost } from '../../src/host/types';

/*
 * Why these helpers look the way they do (they made the panel suites about six times faster):
 * jsdom's getComputedStyle matches every CSS rule of the document against the element, and
 * Fluent's atomic CSS puts hundreds of rules there. `getByRole(…, { name })` computes the
 * accessible name and the visibility of every candidate and its ancestors through it, and
 * user-event's pointer-events check does the same for every click: about a second per query on
 * this machine. So a form field is found by its label (`field`, which reads only the label's
 * `for`), a button by its name among the open panel's buttons (`button`), a tab among the tab
 * list's tabs, and the pointer-events check is off (nothing in the pane blocks a control that way).
 */

/** Renders the pane around `host`, waits for the first panel and its data step, and returns a user-event session. */
export async function renderApp(host: WorkbookHost, preview: PreviewControls | null = null) {
  // No delay between keystrokes: the pane has many fields and the default timer per key adds up.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} preview={preview} />
    </FluentProvider>,
  );
  await screen.findByRole('tab', { name: /generate|生成/i });
  // The data step loads just after the first render.
  await screen.findByRole('radio', { name: /The sample company|示例公司/ });
  return { user, ...view };
}

const matches = (text: string, name: string | RegExp): boolean => (typeof name === 'string' ? text === name : name.test(text));

/** The tab named `name` (its role and name, looked up among the few tabs only). */
export function tab(name: string | RegExp): HTMLElement {
  const list = document.querySelector<HTMLElement>('[role="tablist"]');
  if (!list) throw new Error('no tab list');
  return within(list).getByRole('tab', { name });
}

/** Opens a tab by its visible name. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  await user.click(tab(name));
}

/** The panel of the selected tab (panels visited before stay mounted, hidden). */
export function openPanel(): HTMLElement {
  const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  if (!panel) throw new Error('no tab panel is open');
  return panel;
}

/** The form control labelled `label` in the open panel. */
export const field = (label: string | RegExp): HTMLElement => within(openPanel()).getByLabelText(label);

/** The one button of the open panel named `name` (its aria-label, else its text), links drawn as buttons included. */
export function button(name: string | RegExp): HTMLButtonElement {
  const found = Array.from(openPanel().querySelectorAll('button')).filter((b) => matches(b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '', name));
  if (found.length !== 1) throw new Error(`expected one button named ${String(name)} in the open panel, found ${found.length}`);
  return found[0];
}

/**
 * Replaces a box's text the way a person pasting would: one input event instead of one per key,
 * which keeps these tests quick (every keystroke re-renders the pane).
 */
export async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text !== '') await user.paste(text);
}
