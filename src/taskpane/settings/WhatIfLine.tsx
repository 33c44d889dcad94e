import { useState } from 'react';
import { Text } from '@fluentui/react-components';
import type { Boundary } from '../../core/commission';
import type { CommissionTier } from '../../core/settings';
import { formatMoney, formatNumber, parseUserNumber } from '../format';
import { useI18n } from '../i18n';
import { usePanelStyles } from '../common/styles';
import { TextField } from './TextField';
import { whatIf, whatIfMore } from './whatIf';

export interface WhatIfLineProps {
  tiers: readonly CommissionTier[] | null;
  mode: 'marginal' | 'flat';
  boundary: Boundary;
  attainment: boolean;
  currency: string;
  decimals: number;
}

/** "At 2,300,000 the commission is CN¥31,000.00; the next tier starts at 3,000,000." */
export function WhatIfLine({ tiers, mode, boundary, attainment, currency, decimals }: WhatIfLineProps) {
  const { t, lang } = useI18n();
  const p = t.plans;
  const styles = usePanelStyles();
  const [amountText, setAmountText] = useState('2,300,000');
  const [quotaText, setQuotaText] = useState('2,000,000');
  const [extraText, setExtraText] = useState('200,000');
  const extra = parseUserNumber(extraText);
  const extraError = extra === null ? p.notNumber : extra < 0 ? t.templateProblems.tooSmall(0, true) : undefined;
  const amount = parseUserNumber(amountText);
  const quota = parseUserNumber(quotaText);
  const amountError = amount === null ? p.notNumber : amount < 0 ? t.templateProblems.tooSmall(0, true) : undefined;
  const quotaError = attainment && (quota === null || quota <= 0) ? (quota === null ? p.notNumber : t.templateProblems.tooSmall(0, false)) : undefined;

  let line = p.whatIfUnavailable;
  let moreLine = p.whatIfUnavailable;
  const money = (x: number) => formatMoney(x, currency, decimals, lang);
  if (tiers && amount !== null && !amountError && !quotaError) {
    try {
      const q = attainment ? quota : null;
      const r = whatIf(amount, tiers, mode, decimals, q, boundary);
      line = p.whatIfLine(formatNumber(amount, lang), money(r.commission), r.nextTier === null ? null : formatNumber(r.nextTier, lang));
      if (extra !== null && !extraError) {
        const m = whatIfMore(amount, extra, tiers, mode, decimals, q, boundary);
        moreLine = p.whatIfMoreLine(
          formatNumber(extra, lang),
          formatNumber(m.total, lang),
          money(m.after),
          money(m.gain),
          m.nextTier === null ? null : formatNumber(m.nextTier, lang),
          m.toNext === null ? null : formatNumber(m.toNext, lang),
        );
      }
    } catch {
      line = p.whatIfUnavailable;
    }
  }
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{p.whatIf}</legend>
      <div className={styles.row}>
        <TextField label={p.whatIfAmount} value={amountText} onChange={setAmountText} error={amountError} />
        {attainment && <TextField label={p.whatIfQuota} value={quotaText} onChange={setQuotaText} error={quotaError} />}
        <TextField label={p.whatIfMore} value={extraText} onChange={setExtraText} error={extraError} />
      </div>
      <Text role="status" aria-live="polite" data-testid="what-if">
        {line}
      </Text>
      <Text role="status" aria-live="polite" data-testid="what-if-more">
        {moreLine}
      </Text>
    </fieldset>
  );
}
