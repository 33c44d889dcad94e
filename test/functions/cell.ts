/** What a call gives in a cell: its value, or the error code and message Excel would show. */
export function cell(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return `${e.code} ${e.message ?? ''}`.trim();
    throw e;
  }
}
