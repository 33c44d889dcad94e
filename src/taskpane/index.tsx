import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../host/types';
import { resolveLanguage, type Language } from '../core/language';
import { officePlace, type OfficePlace } from '../excel/officeReady';
import { catalogue } from '../i18n';
import type { PreviewControls } from '../preview/types';
import { App } from './App';

interface Chosen {
  host: WorkbookHost;
  preview: PreviewControls | null;
  /** Tells the host the pane's language (the preview host downloads the demo workbook in it). */
  onLanguageChange?: (language: Language) => void;
}

/**
 * Excel gets the Office.js host; anything else (a plain browser, an Office app the add-in does
 * not target, or a page where office.js did not load) gets the preview host on the sample data.
 * Both load on demand so neither weighs on the other's start.
 */
async function chooseHost(place: OfficePlace): Promise<Chosen> {
  if (place === 'excel') {
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

async function start(container: HTMLElement): Promise<void> {
  const place = await officePlace();
  const { host, preview, onLanguageChange } = await chooseHost(place);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} preview={preview} onLanguageChange={onLanguageChange} officeMissing={place === 'noOfficeJs'} />
    </FluentProvider>,
  );
}

/** Says why the pane could not start, in plain DOM (React may be what failed), instead of leaving the page blank. */
function fail(container: HTMLElement, e: unknown): void {
  console.error('Sales Performance Kit could not start', e);
  const language = resolveLanguage(navigator.language);
  const text = catalogue(language).pane.startFailed(e instanceof Error ? e.message : String(e));
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.lang = language;
  message.textContent = text;
  container.replaceChildren(message);
}

const container = document.getElementById('container');
if (container) start(container).catch((e) => fail(container, e));
