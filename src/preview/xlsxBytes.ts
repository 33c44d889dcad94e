import type { GenerateRequest } from '../host/types';
import type { Language } from '../core/language';
import { workbookForRequest } from '../sample/requestWorkbook';
import { buildSampleDataset } from '../sample/sampleData';
import { buildDemo } from '../xlsx/demoWorkbook';
import { writeXlsx } from '../xlsx/writeXlsx';

/**
 * The .xlsx bytes of the preview, with the same builders and exceljs writer as `npm run demo`.
 * Reached only through a dynamic import, so exceljs stays out of the pane's initial JavaScript.
 */

/** A copy in a plain ArrayBuffer, which Blob accepts whatever buffer the writer used. */
const plain = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/** What the person generated: their sheets, period, language and settings on the sample data. */
export async function requestBytes(request: GenerateRequest): Promise<ArrayBuffer> {
  const data = buildSampleDataset({ seed: request.source.kind === 'sample' ? request.source.seed : undefined, language: request.language });
  const { spec } = workbookForRequest(data, request);
  return plain(await writeXlsx(spec));
}

/** Exactly `npm run demo -- --lang <language>`: buildDemo is the function the script calls. */
export async function demoBytes(language: Language): Promise<ArrayBuffer> {
  return plain((await buildDemo({ language })).xlsx.buffer);
}
