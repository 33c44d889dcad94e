/**
 * Bounds on a template (rules.md › Templates shared between regions): a template is a page of
 * settings and a few plans, well under a megabyte; anything larger is refused before it is
 * parsed, and a rejected template lists its first problems with a count of the rest, so neither
 * reading a file nor showing what is wrong with it can take the pane down.
 */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
export const MAX_PROBLEMS = 100;

/** UTF-8 size of a text, counted without encoding a copy of it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of a template value as the JSON it is stored and exported as; Infinity when it cannot be written. */
export function templateBytes(value: unknown): number {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : utf8Length(text);
  } catch {
    return Infinity;
  }
}
