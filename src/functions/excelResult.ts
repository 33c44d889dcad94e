import { isSalesError, type SalesErrorKind } from '../core/errors';
import { resolveLanguage, type Language } from '../i18n/language';

/**
 * The edge between the core and Excel: core errors become Excel error values with their
 * message, anything unexpected becomes #VALUE! with a message instead of an uncaught exception,
 * and no NaN or Infinity ever reaches a cell.
 */
const CODES: Record<SalesErrorKind, () => CustomFunctions.ErrorCode> = {
  VALUE: () => CustomFunctions.ErrorCode.invalidValue,
  DIV0: () => CustomFunctions.ErrorCode.divisionByZero,
  NUM: () => CustomFunctions.ErrorCode.invalidNumber,
  NA: () => CustomFunctions.ErrorCode.notAvailable,
};

export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isSalesError(e)) return new CustomFunctions.Error(CODES[e.kind](), e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected error: ${detail}`);
}

type Scalar = number | string | boolean;

function checkCell(v: Scalar): Scalar {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, 'The result is not a finite number');
  }
  return v;
}

/** Runs an adapter body; returns its value or throws a CustomFunctions.Error. */
export function excelScalar<T extends Scalar>(body: () => T): T {
  try {
    return checkCell(body()) as T;
  } catch (e) {
    throw toExcelError(e);
  }
}

export function excelMatrix(body: () => Scalar[][]): Scalar[][] {
  try {
    const m = body();
    for (const row of m) for (const v of row) checkCell(v);
    return m;
  } catch (e) {
    throw toExcelError(e);
  }
}

/** Office's display language where the runtime has one (it does in Excel), else English. */
export function displayLanguage(): Language {
  try {
    return resolveLanguage(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  } catch {
    return 'en-US';
  }
}
