import { isSalesError, type SalesErrorKind } from '../core/errors';
import { renderCoreProblem } from '../i18n';
import type { Language } from '../core/language';

/**
 * The edge between the core and Excel: core errors become Excel error values with their
 * message in the cell's language, anything unexpected becomes #VALUE! with a message instead of
 * an uncaught exception, and no NaN or Infinity ever reaches a cell.
 */
const CODES: Record<SalesErrorKind, () => CustomFunctions.ErrorCode> = {
  VALUE: () => CustomFunctions.ErrorCode.invalidValue,
  DIV0: () => CustomFunctions.ErrorCode.divisionByZero,
  NUM: () => CustomFunctions.ErrorCode.invalidNumber,
  NA: () => CustomFunctions.ErrorCode.notAvailable,
};

export function toExcelError(e: unknown, language: Language): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (isSalesError(e)) return new CustomFunctions.Error(CODES[e.kind](), renderCoreProblem(language, e.problem));
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, renderCoreProblem(language, { code: 'unexpected', params: { detail } }));
}

type Scalar = number | string | boolean;

function checkCell(v: Scalar, language: Language): void {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, renderCoreProblem(language, { code: 'notFinite', params: {} }));
  }
}

/** A run's value checked for Excel: every number finite. */
export function checkResult<T extends Scalar | Scalar[][]>(value: T, language: Language): T {
  if (Array.isArray(value)) {
    for (const row of value) for (let j = 0; j < row.length; j++) checkCell(row[j], language);
  } else {
    checkCell(value, language);
  }
  return value;
}
