import { divZeroError, numError } from './errors';

/** Seed 003's KPI definitions, each a ratio whose denominator must be positive. */
function ratio(numerator: number, denominator: number, what: string): number {
  if (denominator === 0) throw divZeroError('zero', { arg: what });
  if (denominator < 0) throw numError('negative', { arg: what });
  return numerator / denominator;
}

export const completionRate = (actual: number, target: number): number => ratio(actual, target, 'target');
export const conversionRate = (won: number, leads: number): number => ratio(won, leads, 'lead count');
export const averageOrderValue = (sales: number, won: number): number => ratio(sales, won, 'deal count');
export const collectionRate = (collected: number, receivables: number): number => ratio(collected, receivables, 'receivables');
export const grossMargin = (revenue: number, costOfSales: number): number => ratio(revenue - costOfSales, revenue, 'revenue');
export const netMargin = (netProfit: number, revenue: number): number => ratio(netProfit, revenue, 'revenue');
export const salesCostRate = (salesCost: number, revenue: number): number => ratio(salesCost, revenue, 'revenue');
