import type { Closings } from '../core/close/record';
import type { Language } from '../core/language';
import { closingsXml, CLOSINGS_NAMESPACE } from '../sheets/close/xml';
import type { WorkbookSpec } from '../sheets/model';
import { buildDemo } from '../xlsx/demoWorkbook';
import { writeXlsx } from '../xlsx/writeXlsx';

/**
 * The .xlsx bytes of the preview, with the same builders and exceljs writer as `npm run demo`.
 * Reached only through a dynamic import, so exceljs stays out of the pane's initial JavaScript.
 */

/** A copy in a plain ArrayBuffer, which Blob accepts whatever buffer the writer used. */
const plain = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/** The workbook the person generated, as it is shown in the pane (with the months closed in the session). */
export async function specBytes(spec: WorkbookSpec, closings: Closings | null = null): Promise<ArrayBuffer> {
  return plain(await writeXlsx(spec, closings ? { customXml: () => [{ ns: CLOSINGS_NAMESPACE, xml: closingsXml(closings) }] } : {}));
}

/** Exactly `npm run demo -- --lang <language>`: buildDemo is the function the script calls. */
export async function demoBytes(language: Language): Promise<ArrayBuffer> {
  return plain((await buildDemo({ language })).xlsx.buffer);
}
