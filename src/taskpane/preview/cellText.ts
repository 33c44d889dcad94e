import { isFormula, type Cell } from '../../sheets/model';

const EPOCH_SERIAL = 25_569;

/**
 * What a cell shows: a formula shows the value the core computed for it (the cached result the
 * .xlsx carries), a number its number format's shape. Text from data is returned as is and
 * rendered by React as text, so "=cmd|…" stays harmless.
 */
export function cellText(cell: Cell, numberFormat: string | null | undefined, lang: string): string {
  const value = isFormula(cell) ? (cell.value ?? `=${cell.formula}`) : cell;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat ?? '';
  if (/y{2,4}|d{1,2}/.test(fmt) && !fmt.includes('#')) {
    const iso = new Date((value - EPOCH_SERIAL) * 86_400_000).toISOString();
    return /d/.test(fmt) ? iso.slice(0, 10) : iso.slice(0, 7);
  }
  if (fmt.includes('%')) {
    const decimals = (fmt.split('.')[1]?.match(/0/g) ?? []).length;
    return new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  }
  if (fmt.includes('0')) {
    const decimals = (fmt.split('.')[1]?.match(/0/g) ?? []).length;
    return new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: fmt.includes(',') }).format(value);
  }
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}
