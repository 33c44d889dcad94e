/**
 * Closing a month from the pane (rules.md › Closing a period): a month, then Close or Reopen. The
 * host does the work and says why when it cannot (already closed, a later month closed, not a
 * month of the data); the pane shows the snapshot id it made or kept.
 */
import { useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { GenerateRequest, Period, PeriodAction, WorkbookHost } from '../../host/types';
import { catalogue } from '../../i18n';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { useI18n } from '../i18n';
import { periodContaining } from './period';

export interface ClosePeriodProps {
  host: WorkbookHost;
  /** The generate request for a period (data, settings, plans), or null when there is nothing to run on. */
  request: (period: Period) => GenerateRequest | null;
  /** The month shown first ("YYYY-MM"). */
  month: string;
  disabled: boolean;
  /** In the browser preview, closed months live in the session and the file it downloads. */
  preview: boolean;
}

/** "2026-01" → the month's Period, or null when it is not a month written YYYY-MM. */
export function monthOf(text: string): Period | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text.trim());
  return m ? periodContaining('month', Number(m[1]), Number(m[2]), 1) : null;
}

export default function ClosePeriod({ host, request, month: initial, disabled, preview }: ClosePeriodProps) {
  const { lang } = useI18n();
  const t = catalogue(lang).closing;
  const styles = usePanelStyles();
  const [month, setMonth] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const period = monthOf(month);

  async function run(action: PeriodAction['action']) {
    const r = period ? request(period) : null;
    if (!r || !period || !host.closePeriod) return;
    setBusy(true);
    setNotice(null);
    try {
      const done = await host.closePeriod(r, { action, period: period.label }, () => undefined);
      setNotice({ intent: 'success', text: action === 'close' ? t.pane.closed(period.label, done.snapshot) : t.pane.reopened(period.label, done.snapshot) });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label={t.pane.title}>
      <Field label={t.pane.period} hint={t.pane.hint} validationState={period ? 'none' : 'error'} validationMessage={period ? undefined : t.cli.badMonth(t.pane.period, month)}>
        <Input value={month} placeholder={t.pane.monthPlaceholder} onChange={(_, d) => setMonth(d.value)} disabled={busy || disabled} />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={disabled || busy || !period} onClick={() => void run('close')}>
          {busy ? t.pane.working : t.pane.close}
        </Button>
        <Button disabled={disabled || busy || !period} onClick={() => void run('reopen')}>
          {t.pane.reopen}
        </Button>
      </div>
      {preview && <p className={styles.reason}>{t.pane.previewNote}</p>}
      {notice && <Notice notice={notice} />}
    </section>
  );
}
