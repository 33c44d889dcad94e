import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Language } from '../../core/language';
import { hostProblem, type HostProblem } from '../../host/problems';
import { renderHostProblem } from '../../i18n';

export type NoticeIntent = 'success' | 'error' | 'warning' | 'info';

export interface NoticeState {
  intent: NoticeIntent;
  title?: string;
  text: string;
}

/** A result or error message; role=status/alert so screen readers announce it when it appears. */
export function Notice({ notice, children }: { notice: NoticeState; children?: ReactNode }) {
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The text of a failure in the pane's language: a HostError's code, or anything else as unexpected. */
export function errorText(e: unknown, language: Language): string {
  const problem = (e as { problem?: HostProblem } | null)?.problem;
  if (e instanceof Error && e.name === 'HostError' && problem) return renderHostProblem(language, problem);
  return renderHostProblem(language, hostProblem('unexpected', { detail: e instanceof Error ? e.message : String(e) }));
}
