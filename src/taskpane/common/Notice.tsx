import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

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

/** The text of a failure: a HostError's message is written for the user; anything else is unexpected. */
export function errorText(e: unknown, unexpected: (detail: string) => string): string {
  if (e instanceof Error && e.name === 'HostError') return e.message;
  return unexpected(e instanceof Error ? e.message : String(e));
}
