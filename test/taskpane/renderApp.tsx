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
 * user-event's pointer-events check does the same for every click. A form field is found by its
 * label instead (`field`), which reads only the label's `for`, and the pointer-events check is
 * off (nothing in the pane uses pointer-events to block a control).
 */

/** Renders the pane around `host`, waits for the first panel, and returns a user-event session. */
export async function renderApp(host: WorkbookHost, preview: PreviewControls | null = null) {
  // No delay between keystrokes: the pane has many fields and the default timer per key adds up.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} preview={preview} />
    </FluentProvider>,
  );
  await screen.findByRole('tab', { name: /generate|生成/i });
  return { user, ...view };
}

/** Opens a tab by its visible name. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  await user.click(screen.getByRole('tab', { name }));
}

/** The panel of the selected tab (panels visited before stay mounted, hidden). */
export function openPanel(): HTMLElement {
  const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  if (!panel) throw new Error('no tab panel is open');
  return panel;
}

/** The form control labelled `label` in the open panel. */
export const field = (label: string | RegExp): HTMLElement => within(openPanel()).getByLabelText(label);

/**
 * Replaces a box's text the way a person pasting would: one input event instead of one per key,
 * which keeps these tests quick (every keystroke re-renders the pane).
 */
export async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text !== '') await user.paste(text);
}
