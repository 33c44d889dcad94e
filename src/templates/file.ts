import type { Template } from './templateSchema';

/** Starts a browser download of `blob` as `fileName` (a temporary object URL and a link click). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next turn: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the template's name: letters, digits (any script), dashes; never empty. */
export function templateFileName(template: Pick<Template, 'name'>): string {
  const base = template.name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'template'}.spk-template.json`;
}

export function templateJson(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

export function exportTemplate(template: Template): string {
  const fileName = templateFileName(template);
  downloadBlob(new Blob([templateJson(template)], { type: 'application/json' }), fileName);
  return fileName;
}

/** The text of a picked file (File.text is missing in older WebViews, hence FileReader). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
