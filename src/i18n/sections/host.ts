/** What the workbook hosts report (src/host/problems.ts), rendered in the pane's language. */
import type { HostCode, HostFeature, HostProblems, ProgressStep } from '../../host/problems';

/** The codes worded here; the data's and the writers' notices are passed on and worded by their own sections. */
type OwnCode = Exclude<HostCode, 'sheetNotice' | 'writeNotice' | 'writeFailed' | 'refreshUnavailable' | 'undoUnavailable' | 'dataRefused' | 'payrollUnavailable' | 'closing'>;

export type HostProblemTexts = { [C in OwnCode]: (params: HostProblems[C]) => string };

/** Reading rows in chunks is worded by the data report (the command line says the same). */
export type ProgressStepTexts = { [K in Exclude<ProgressStep['kind'], 'readingRows'>]: (step: Extract<ProgressStep, { kind: K }>) => string };

export interface HostTexts {
  problems: HostProblemTexts;
  /** The Excel features an action of the pane needs. */
  features: Record<HostFeature, string>;
  steps: ProgressStepTexts;
}
