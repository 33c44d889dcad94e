import { SalesError } from '../../src/core/errors';

/** What a core call raises: 'KIND: message' for a SalesError, 'none' when it returns. Anything else fails the test. */
export function raised(f: () => unknown): string {
  try {
    f();
    return 'none';
  } catch (e) {
    if (!(e instanceof SalesError)) throw e;
    return `${e.kind}: ${e.message}`;
  }
}

/** Just the kind of SalesError a core call raises ('none' when it returns). */
export const kindOf = (f: () => unknown): string => raised(f).split(':')[0];
