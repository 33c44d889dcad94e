/**
 * A stand-in for the CustomFunctions global Excel provides in the shared runtime: just enough
 * (Error, ErrorCode, associate) for the adapters to run under jest.
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

const associated = new Map<string, unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StandInError,
  ErrorCode,
  associate: (id: string, fn: unknown) => associated.set(id, fn),
};
