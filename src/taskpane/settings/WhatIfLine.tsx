import { useState } from 'react';
import { Text } from '@fluentui/react-components';
import type { Boundary } from '../../core/commission';
import type { CommissionTier } from '../../core/settings';
import { renderTemplateProblem } from '../../i18n';
import { useI18n } from '../i18n';
import { usePanelStyles } from '../common/styles';
import { TextField } from './TextField';
import { whatIfView } from './whatIf';

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
  const [amount, setAmount] = useState('2,300,000');
  const [quota, setQuota] = useState('2,000,000');
  const [extra, setExtra] = useState('200,000');
  const view = whatIfView({ amount, quota, extra, tiers, mode, boundary, attainment, currency, decimals }, t, lang);
  const error = (key: keyof typeof view.errors) => (view.errors[key] ? renderTemplateProblem(lang, view.errors[key]) : undefined);
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{p.whatIf}</legend>
      <div className={styles.row}>
        <TextField label={p.whatIfAmount} value={amount} onChange={setAmount} error={error('amount')} />
        {attainment && <TextField label={p.whatIfQuota} value={quota} onChange={setQuota} error={error('quota')} />}
        <TextField label={p.whatIfMore} value={extra} onChange={setExtra} error={error('extra')} />
      </div>
      <Text role="status" aria-live="polite" data-testid="what-if">
        {view.line}
      </Text>
      <Text role="status" aria-live="polite" data-testid="what-if-more">
        {view.moreLine}
      </Text>
    </fieldset>
  );
}
