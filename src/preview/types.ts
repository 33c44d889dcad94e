import type { ColumnMapping } from '../data/mapping';
import type { PeriodId } from '../data/model';
import type { DataProblem } from '../data/problems';
import type { DataSourceInfo } from '../host/types';
import type { SheetSpec } from '../sheets/model';

/** What the pane can do with the preview host beyond WorkbookHost: see and download what it generated. */
export interface PreviewControls {
  /** The sheets of the last generate run (empty before the first). */
  sheets(): readonly SheetSpec[];
  /** Called after every generate run and when a result link asks to show a sheet. */
  subscribe(listener: (event: PreviewEvent) => void): () => void;
  /** Writes the last generated workbook (or the demo workbook when nothing was generated) as .xlsx; resolves with the file name. */
  downloadXlsx(): Promise<string>;
  /** The report date of the sample data (ISO), so periods default to where the data is. */
  reportDate(): string;
  /**
   * Opens data files (CSV, .xlsx) picked or dropped in the pane (their columns read with `mappings`);
   * resolves with every source now open, the files' problems and the data's default period.
   */
  openFiles(files: readonly { name: string; bytes: Uint8Array }[], mappings?: readonly ColumnMapping[]): Promise<OpenedFiles>;
}

export interface OpenedFiles {
  sources: DataSourceInfo[];
  problems: DataProblem[];
  /** The last full calendar month of the open files' data (null when they hold no usable deals). */
  defaultPeriod: PeriodId | null;
}

export type PreviewEvent = { type: 'generated' } | { type: 'activate'; name: string };
