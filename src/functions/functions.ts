/**
 * The SALES custom functions as Excel calls them: one adapter per entry of the function table
 * (table.ts). The manifest's namespace supplies the "SALES." prefix; the functions bundle's entry
 * (src/excel/functionsRuntime.ts) associates each id with its adapter.
 */
import { adapter, type Adapter } from './adapter';
import type { FunctionId } from './ids';
import { FUNCTION_TABLE, functionDef } from './table';

export const ADAPTERS: Readonly<Record<FunctionId, Adapter>> = Object.fromEntries(FUNCTION_TABLE.map((f) => [f.id, adapter(f)])) as Record<FunctionId, Adapter>;

/** Registers every function with Excel's custom functions runtime. */
export function associateAll(associate: (id: string, fn: Adapter) => void): void {
  for (const f of FUNCTION_TABLE) associate(f.id, ADAPTERS[f.id]);
}

// Named adapters, for tests and benchmarks that call one function directly.
const a = (id: FunctionId): Adapter => ADAPTERS[functionDef(id).id];
export const commission = a('COMMISSION');
export const commissionLinesFn = a('COMMISSIONLINES');
export const split = a('SPLIT');
export const bonusPoolFn = a('BONUSPOOL');
export const score = a('SCORE');
export const grade = a('GRADE');
export const risk = a('RISK');
export const paceFn = a('PACE');
export const rfmFn = a('RFM');
export const rfmThresholdsFn = a('RFMTHRESHOLDS');
export const customerTierFn = a('CUSTOMERTIER');
export const abc = a('ABC');
export const leadScoreFn = a('LEADSCORE');
export const funnelFn = a('FUNNEL');
export const retention = a('RETENTION');
export const payout = a('PAYOUT');
