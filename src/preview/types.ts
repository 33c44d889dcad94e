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
  /** Opens data files (CSV, .xlsx) picked or dropped in the pane; resolves with every source now open and the files' problems. */
  openFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<{ sources: DataSourceInfo[]; problems: DataProblem[] }>;
}

export type PreviewEvent = { type: 'generated' } | { type: 'activate'; name: string };
