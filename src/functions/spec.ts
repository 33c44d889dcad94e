/**
 * How the function table declares an argument: its name, shape, whether it is optional, its
 * default (taken from the core's constants), its enum, and how a cell Excel passes becomes a
 * value. One declaration drives the adapter's parsing, functions.json and its zh-CN twin, the
 * README reference and the tests.
 */
import { valueError } from '../core/errors';
import { MAX_DECIMALS, MIN_DECIMALS } from '../core/money';
import type { Language } from '../core/language';
import { describe, isBlank, num, nonNegative, optBool, optInt, optNum } from './args';
import { ENUMS, type EnumId, type EnumValue, type FunctionId } from './ids';

export type Dimensionality = 'scalar' | 'matrix';
export type Scalar = number | string | boolean;
export type Result = Scalar | Scalar[][];

export interface Arg<T> {
  readonly name: string;
  readonly dimensionality: Dimensionality;
  readonly optional: boolean;
  /** The custom enum Excel offers in AutoComplete (the metadata type is then "string"). */
  readonly enumId?: EnumId;
  /** The default as documented; undefined where there is none or it depends on other inputs. */
  readonly default?: number | string | boolean | readonly number[];
  parse(v: unknown): T;
}

export interface Context {
  language: Language;
  /**
   * Yields to the event loop (null where the runtime has none worth yielding to: tests, Node).
   * Heavy functions read large inputs in slices between pauses, so the pane stays responsive.
   */
  pause: (() => Promise<void>) | null;
}

export interface FunctionDef {
  readonly id: FunctionId;
  /** The declared arguments; every function also takes a trailing optional `language`. */
  readonly args: readonly Arg<unknown>[];
  readonly result: Dimensionality;
  /** A formula a reader can paste, and what it returns. */
  readonly example: string;
  readonly exampleResult: string;
  run(context: Context, values: readonly unknown[]): Result | Promise<Result>;
}

/** Declares a function; the run body gets the parsed values with their types. */
export function define<T extends unknown[]>(d: {
  id: FunctionId;
  args: [...{ [K in keyof T]: Arg<T[K]> }];
  result: Dimensionality;
  example: string;
  exampleResult: string;
  run: (context: Context, ...values: T) => Result | Promise<Result>;
}): FunctionDef {
  return {
    id: d.id,
    args: d.args as readonly Arg<unknown>[],
    result: d.result,
    example: d.example,
    exampleResult: d.exampleResult,
    run: (context, values) => d.run(context, ...(values as T)),
  };
}

const arg = <T>(name: string, dimensionality: Dimensionality, optional: boolean, parse: (v: unknown) => T, extra: Partial<Arg<T>> = {}): Arg<T> => ({
  name,
  dimensionality,
  optional,
  parse,
  ...extra,
});

export const number = (name: string): Arg<number> => arg(name, 'scalar', false, (v) => num(v, name));
export const nonNegativeNumber = (name: string): Arg<number> => arg(name, 'scalar', false, (v) => nonNegative(v, name));
export const optionalNumber = (name: string, dflt: number): Arg<number> => arg(name, 'scalar', true, (v) => optNum(v, name, dflt), { default: dflt });
/** An optional number whose absence means something (no quota, no asOf): null when blank. */
export const optionalNumberOrNull = (name: string): Arg<number | null> => arg(name, 'scalar', true, (v) => optNum(v, name, null));
export const optionalInteger = (name: string, dflt: number, min: number, max: number): Arg<number> =>
  arg(name, 'scalar', true, (v) => optInt(v, name, dflt, min, max), { default: dflt });
export const decimals = (dflt = 2): Arg<number> => optionalInteger('decimals', dflt, MIN_DECIMALS, MAX_DECIMALS);
export const optionalBoolean = (name: string, dflt: boolean): Arg<boolean> => arg(name, 'scalar', true, (v) => optBool(v, name, dflt), { default: dflt });
/** A range, read by the run body (its shape rules differ per function). */
export const range = (name: string): Arg<unknown> => arg(name, 'matrix', false, (v) => v);
/** An optional range: null when omitted or blank. */
export const optionalRange = (name: string, dflt?: readonly number[]): Arg<unknown | null> =>
  arg(name, 'matrix', true, (v) => (isBlank(v) || (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && isBlank(v[0][0])) ? null : v), dflt === undefined ? {} : { default: dflt });

/** Other spellings an enumerated argument accepts (the Plans sheet's Chinese choices). */
const ALIASES: Readonly<Record<string, string>> = { 超额累进: 'marginal', 全额累进: 'flat', zh: 'zh-CN', en: 'en-US' };

/** The enum value a cell names (case and spaces ignored), or an error listing the choices. */
export function enumValue<E extends EnumId>(enumId: E, name: string, v: unknown): EnumValue<E> {
  const values = ENUMS[enumId] as readonly string[];
  if (typeof v === 'string') {
    const key = v.trim().toLowerCase();
    const hit = values.find((x) => x.toLowerCase() === key) ?? ALIASES[v.trim()] ?? ALIASES[key];
    if (hit !== undefined && values.includes(hit)) return hit as EnumValue<E>;
  }
  throw valueError('choice', { arg: name, allowed: values.map((x) => `"${x}"`).join(', '), value: typeof v === 'string' ? v : describe(v) });
}

export const choice = <E extends EnumId>(name: string, enumId: E, dflt: EnumValue<E>): Arg<EnumValue<E>> =>
  arg(name, 'scalar', true, (v) => {
    const x = Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
    return isBlank(x) ? dflt : enumValue(enumId, name, x);
  }, { enumId, default: dflt });

/** The trailing argument every function takes. Null when blank: the workbook's language applies. */
export const LANGUAGE_ARG: Arg<Language | null> = arg('language', 'scalar', true, (v) => (isBlank(v) ? null : enumValue('LANGUAGE', 'language', v)), {
  enumId: 'LANGUAGE',
});

/** Every argument of a function as Excel sees it: the declared ones and `language`. */
export const allArgs = (f: FunctionDef): readonly Arg<unknown>[] => [...f.args, LANGUAGE_ARG];
