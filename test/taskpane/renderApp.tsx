import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { PreviewControls } from '../../src/preview/types';
import type { WorkbookHost } from '../../src/host/types';

/** Renders the pane around `host`, waits for the first panel and its data step, and returns a user-event session. */
export async function renderApp(host: WorkbookHost, preview: PreviewControls | null = null) {
  // No delay between keystrokes: the pane has many fields and the default timer per key adds up.
  const user = userEvent.setup({ delay: null });
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

/** Opens a tab by its visible name. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: RegExp | string) {
  await user.click(screen.getByRole('tab', { name }));
}

/**
 * Replaces a box's text the way a person pasting would: one input event instead of one per key,
 * which keeps these tests quick (every keystroke re-renders the pane).
 */
export async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text !== '') await user.paste(text);
}
