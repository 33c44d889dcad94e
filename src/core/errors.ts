/**
 * The one error type the core throws. `kind` names the Excel error value the custom-function
 * adapters turn it into, so the core can say *why* without knowing about Excel.
 */
export type SalesErrorKind = 'VALUE' | 'DIV0' | 'NUM' | 'NA';

export class SalesError extends Error {
  readonly kind: SalesErrorKind;
  constructor(kind: SalesErrorKind, message: string) {
    super(message);
    this.name = 'SalesError';
    this.kind = kind;
  }
}

export const valueError = (message: string): SalesError => new SalesError('VALUE', message);
export const divZeroError = (message: string): SalesError => new SalesError('DIV0', message);
export const numError = (message: string): SalesError => new SalesError('NUM', message);
export const naError = (message: string): SalesError => new SalesError('NA', message);

export function isSalesError(e: unknown): e is SalesError {
  return e instanceof SalesError;
}
