import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';

function render(host: Office.HostType | null): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

// Office.onReady also resolves outside Office (a plain browser), with host null.
if (typeof Office !== 'undefined') {
  Office.onReady((info) => render(info.host ?? null)).catch(() => render(null));
} else {
  render(null);
}
