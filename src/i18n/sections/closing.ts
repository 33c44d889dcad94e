/** Closing a period (src/core/close/): why it was refused, the closed sheet's words, the pane's and the command line's. */
import type { ClosingCode, ClosingProblems } from '../../core/close/problems';

export interface ClosingTexts {
  problems: { [C in ClosingCode]: (params: ClosingProblems[C]) => string };
  /** Under a closed statement's title; `closedAt` is ISO 8601 (UTC). */
  closedLine: (p: { snapshot: string; closedAt: string }) => string;
  /** In a closed statement's page footer. */
  footer: (snapshot: string) => string;
  pane: {
    title: string;
    hint: string;
    period: string;
    close: string;
    reopen: string;
    working: string;
    closed: (period: string, snapshot: string) => string;
    reopened: (period: string, snapshot: string) => string;
    /** In the browser preview a closing lasts for the session and the downloaded file. */
    previewNote: string;
    /** The month box's placeholder: how a month is written. */
    monthPlaceholder: string;
  };
  cli: {
    badMonth: (option: string, value: string) => string;
    bothActions: string;
    closed: (period: string, snapshot: string, file: string) => string;
    reopened: (period: string, snapshot: string, file: string) => string;
    adjustments: (count: number, period: string) => string;
  };
}
