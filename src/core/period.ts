/**
 * A reporting period a workbook is generated for. Shared vocabulary: the pane picks one, the host
 * passes it on and the builders read it, so it lives in core, the layer every other one may import.
 */
export interface Period {
  kind: 'week' | 'month' | 'quarter' | 'year';
  /** Excel date serials, inclusive. */
  start: number;
  end: number;
  label: string;
}
