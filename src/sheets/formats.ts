/**
 * The number formats every sheet uses, so a figure looks the same wherever it appears: dates as
 * dates, ratios as percentages, counts as whole numbers with thousands separators, and money with
 * the template's currency, thousands separators and its minor unit.
 */

/** Symbols a reader recognises at a glance; any other currency is written as its ISO code. */
const SYMBOLS: Readonly<Record<string, string>> = {
  CNY: '¥',
  JPY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  HKD: 'HK$',
  TWD: 'NT$',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
  KRW: '₩',
  INR: '₹',
};

export const currencySymbol = (currency: string): string => SYMBOLS[currency] ?? `${currency} `;

const quoted = (text: string): string => `"${text.replace(/"/g, '')}"`;

/** '"¥"#,##0.00;-"¥"#,##0.00': the currency's symbol, thousands separators, `decimals` places. */
export function moneyFormat(currency: string, decimals: number): string {
  const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const sym = quoted(currencySymbol(currency));
  return `${sym}${body};-${sym}${body}`;
}

export const DATE = 'yyyy-mm-dd';
export const MONTH = 'yyyy-mm';
/** A ratio: completion, conversion, pace (one decimal of a percent). */
export const PCT = '0.0%';
/** A share or threshold set in whole percent. */
export const PCT0 = '0%';
/** A commission rate (two decimals of a percent: 1.25 %). */
export const RATE = '0.00%';
/** A count: deals, customers, days. */
export const COUNT = '#,##0';
/** A 0–100 score with one decimal. */
export const SCORE = '0.0';
/** Plain amounts without a currency (a threshold in the settings). */
export const AMOUNT = '#,##0';

/** The formats of one workbook: money in its currency. */
export interface Formats {
  money: string;
  /** Money rounded to the whole unit, for headline figures. */
  money0: string;
}

export const formatsFor = (currency: string, decimals: number): Formats => ({ money: moneyFormat(currency, decimals), money0: moneyFormat(currency, 0) });
