import type { Closings } from '../../core/close/record';
import type { SheetSpec } from '../model';

/** A statement sheet of a period that was closed and reopened: its protection is lifted when it is written again. */
export function reopened(sheet: SheetSpec, closings: Closings | undefined): SheetSpec {
  const period = sheet.slot ?? '';
  return closings?.history.some((s) => s.period === period) && !closings.closed.some((s) => s.period === period) ? { ...sheet, protect: false } : sheet;
}
