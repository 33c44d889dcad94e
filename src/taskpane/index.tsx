import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../host/types';
import { resolveLanguage, type Language } from '../core/language';
import type { PreviewControls } from '../preview/types';
import { App } from './App';

interface Chosen {
  host: WorkbookHost;
  preview: PreviewControls | null;
  /** Tells the host the pane's language (the preview host words its messages in it). */
  onLanguageChange?: (language: Language) => void;
}

/**
 * Excel gets the Office.js host; anything else (a plain browser, where Office.onReady resolves
 * with host null, or an Office app the add-in does not target) gets the preview host on the
 * sample data. Both load on demand so neither weighs on the other's start.
 */
async function chooseHost(officeHost: Office.HostType | null): Promise<Chosen> {
  if (officeHost === Office.HostType.Excel) {
    const { createExcelHost } = await import('../excel/host');
    return { host: createExcelHost(), preview: null };
  }
  const [{ PreviewHost }, { stopOfficeTelemetryOutsideOffice }] = await Promise.all([
    import('../preview/previewHost'),
    import('../preview/officeTelemetry'),
  ]);
  stopOfficeTelemetryOutsideOffice();
  let language: Language | null = null;
  const host = new PreviewHost({ language: () => language ?? resolveLanguage(navigator.language) });
  return { host, preview: host, onLanguageChange: (l) => (language = l) };
}

async function start(officeHost: Office.HostType | null): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const { host, preview, onLanguageChange } = await chooseHost(officeHost);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} preview={preview} onLanguageChange={onLanguageChange} />
    </FluentProvider>,
  );
}

function fail(e: unknown): void {
  console.error('Sales Performance Kit could not start', e);
}

// Office.onReady also resolves outside Office (a plain browser), with host null.
if (typeof Office !== 'undefined') {
  Office.onReady((info) => start(info.host ?? null)).catch(() => start(null).catch(fail));
} else {
  start(null).catch(fail);
}
