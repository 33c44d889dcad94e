import { SalesError } from '../../src/core/errors';
import { renderCoreProblem } from '../../src/i18n';

/** What a core call raises: 'KIND: message' (rendered in en-US) for a SalesError, 'none' when it returns. Anything else fails the test. */
export function raised(f: () => unknown): string {
  try {
    f();
    return 'none';
  } catch (e) {
    if (!(e instanceof SalesError)) throw e;
    return `${e.kind}: ${renderCoreProblem('en-US', e.problem)}`;
  }
}

/** Just the kind of SalesError a core call raises ('none' when it returns). */
export const kindOf = (f: () => unknown): string => raised(f).split(':')[0];

/** The English message of the SalesError a call raises; fails when it raises none. */
export function message(f: () => unknown): string {
  const r = raised(f);
  if (r === 'none') throw new Error('expected a SalesError');
  return r.slice(r.indexOf(': ') + 2);
}
