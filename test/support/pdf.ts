/** Reading the PDFs LibreOffice prints: each page's text (poppler's pdftotext) and a page as a PNG (pdftoppm). */
import { execFileSync } from 'node:child_process';
import { requireTool } from './libreoffice';

export function pageCount(pdf: string): number {
  const info = execFileSync(requireTool('pdfinfo'), [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

/** The text of every page, laid out as printed (pdftotext separates pages with a form feed). */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync(requireTool('pdftotext'), ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Renders one page (1-based) to `file` (.png) at `dpi`. */
export function pagePng(pdf: string, page: number, file: string, dpi = 90): void {
  const base = file.replace(/\.png$/, '');
  execFileSync(requireTool('pdftoppm'), ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', pdf, base]);
}
