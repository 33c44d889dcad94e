import type { Language } from '../core/language';

/** Grouped number with up to `max` decimals (2,300,000 / 2 300 000 per locale). */
export function formatNumber(n: number, lang: Language, max = 2, min = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: max, minimumFractionDigits: min }).format(n);
}

/** Money in the currency's symbol when Intl knows the code, else "1,000.00 XYZ". */
export function formatMoney(n: number, currency: string, decimals: number, lang: Language): string {
  try {
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(n);
  } catch {
    return `${formatNumber(n, lang, decimals, decimals)} ${currency}`;
  }
}

/**
 * A number typed by a person: grouping commas, spaces and underscores are allowed
 * ("2,300,000"); anything else that is not a plain decimal returns null.
 */
export function parseUserNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s_，]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
