import { useMemo, useState } from 'react';
import { Button, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { SCORE_METRICS } from '../../core/score';
import { Dec } from '../../core/money';
import { LANGUAGES, type Language } from '../../core/language';
import { Notice } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { parseUserNumber } from '../format';
import { useI18n } from '../i18n';
import { renderTemplateProblem } from '../../i18n';
import { PERCENT_BENCHMARKS, fromDraft, toDraft, type SettingsDraft } from '../settings/draft';
import { TextField } from '../settings/TextField';
import { WhatIfLine } from '../settings/WhatIfLine';

export interface SettingsPanelProps {
  /** The settings in use; the form starts from them (the parent remounts it when they are replaced). */
  settings: Settings;
  /** Called with complete, valid settings after each edit that leaves every field valid. */
  onChange: (settings: Settings) => void;
  /** Called with whether the form is currently valid, so Generate can refuse stale settings. */
  onValidityChange: (valid: boolean) => void;
}

export function SettingsPanel({ settings, onChange, onValidityChange }: SettingsPanelProps) {
  const { t, lang } = useI18n();
  const p = t.plans;
  const c = t.commissions;
  const styles = usePanelStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const { errors } = useMemo(() => fromDraft(draft, settings), [draft, settings]);

  function update(next: SettingsDraft) {
    setDraft(next);
    const result = fromDraft(next, settings);
    onValidityChange(result.settings !== null);
    if (result.settings) onChange(result.settings);
  }
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => update({ ...draft, [key]: value });
  const setAt = (key: 'weights' | 'benchmarks' | 'gradeCutoffs', i: number, value: string) =>
    set(key, draft[key].map((v, k) => (k === i ? value : v)));
  const setTier = (i: number, field: 'lower' | 'rate', value: string) =>
    set('tiers', draft.tiers.map((tier, k) => (k === i ? { ...tier, [field]: value } : tier)));

  function addTier() {
    const last = parseUserNumber(draft.tiers[draft.tiers.length - 1]?.lower ?? '0') ?? 0;
    const step = draft.basis === 'attainment' ? 20 : 1_000_000;
    set('tiers', [...draft.tiers, { lower: String(last + step), rate: draft.tiers[draft.tiers.length - 1]?.rate ?? '1' }]);
  }

  const errorCount = Object.keys(errors).length;
  const attainment = draft.basis === 'attainment';
  const fieldError = (key: string): string | undefined => (errors[key] ? renderTemplateProblem(lang, errors[key]) : undefined);
  const weightTotal = draft.weights
    .map((w) => parseUserNumber(w))
    .reduce<Dec | null>((acc, w) => (acc === null || w === null ? null : acc.add(w)), new Dec(0));
  // The what-if line follows the form as typed when the tiers are valid, else it says what to fix.
  const tierErrors = Object.keys(errors).some((k) => k.startsWith('commission.tiers'));
  const whatIfTiers = tierErrors
    ? null
    : draft.tiers.map((tier) => ({
        lower: attainment ? new Dec(parseUserNumber(tier.lower) ?? 0).div(100).toNumber() : (parseUserNumber(tier.lower) ?? 0),
        rate: new Dec(parseUserNumber(tier.rate) ?? 0).div(100).toNumber(),
      }));
  const decimals = parseUserNumber(draft.decimals);

  return (
    <section className={styles.panel} aria-labelledby="plans-heading">
      <h2 id="plans-heading" className={styles.legend}>
        {p.heading}
      </h2>
      <Notice notice={errorCount > 0 ? { intent: 'warning', text: p.pendingInvalid(errorCount) } : { intent: 'success', text: p.allValid }} />

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{p.commission}</legend>
        <Field label={p.basis}>
          <RadioGroup layout="horizontal" value={draft.basis} onChange={(_, d) => set('basis', d.value as SettingsDraft['basis'])}>
            <Radio value="money" label={p.basisMoney} />
            <Radio value="attainment" label={p.basisAttainment} />
          </RadioGroup>
        </Field>
        <Field label={p.mode}>
          <RadioGroup value={draft.mode} onChange={(_, d) => set('mode', d.value as SettingsDraft['mode'])}>
            <Radio value="marginal" label={p.modeMarginal} />
            <Radio value="flat" label={p.modeFlat} />
          </RadioGroup>
        </Field>
        <Field label={c.boundary}>
          <RadioGroup value={draft.boundary} onChange={(_, d) => set('boundary', d.value as SettingsDraft['boundary'])}>
            <Radio value="lower" label={c.boundaryLower} />
            <Radio value="upper" label={c.boundaryUpper} />
          </RadioGroup>
        </Field>
        {draft.tiers.map((tier, i) => (
          <div className={styles.withAction} key={i}>
            <div className={styles.row}>
              <TextField
                label={attainment ? p.tierLowerAttainment(i + 1) : p.tierLower(i + 1)}
                value={tier.lower}
                onChange={(v) => setTier(i, 'lower', v)}
                error={fieldError(`commission.tiers[${i}].lower`)}
              />
              <TextField
                className={styles.narrow}
                label={p.tierRate(i + 1)}
                value={tier.rate}
                onChange={(v) => setTier(i, 'rate', v)}
                error={fieldError(`commission.tiers[${i}].rate`)}
              />
            </div>
            <Button
              aria-label={p.removeTier(i + 1)}
              disabled={draft.tiers.length === 1}
              onClick={() => set('tiers', draft.tiers.filter((_, k) => k !== i))}
              icon={<span aria-hidden="true">×</span>}
            />
          </div>
        ))}
        {fieldError('commission.tiers') && <p role="alert">{fieldError('commission.tiers')}</p>}
        <div className={styles.buttons}>
          <Button onClick={addTier}>{p.addTier}</Button>
        </div>
        <div className={styles.row}>
          <TextField label={p.recordBonus} value={draft.recordBonusRate} onChange={(v) => set('recordBonusRate', v)} error={fieldError('commission.recordBonusRate')} />
          <TextField label={p.teamPool} value={draft.teamPoolRate} onChange={(v) => set('teamPoolRate', v)} error={fieldError('commission.teamPoolRate')} />
        </div>
      </fieldset>

      <WhatIfLine tiers={whatIfTiers} mode={draft.mode} boundary={draft.boundary} attainment={attainment} currency={draft.currency.trim().toUpperCase()} decimals={decimals ?? 2} />

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{p.score}</legend>
        {SCORE_METRICS.map((metric, i) => (
          <div className={styles.row} key={metric}>
            <TextField
              className={styles.narrow}
              label={p.weight(p.metrics[metric])}
              value={draft.weights[i]}
              onChange={(v) => setAt('weights', i, v)}
              error={fieldError(`score.weights[${i}]`)}
            />
            <TextField
              className={styles.narrow}
              label={p.benchmark(p.metrics[metric], PERCENT_BENCHMARKS.has(i))}
              value={draft.benchmarks[i]}
              onChange={(v) => setAt('benchmarks', i, v)}
              error={fieldError(`score.benchmarks[${i}]`)}
            />
          </div>
        ))}
        <Field
          label={weightTotal === null ? p.weightsTotal('—') : p.weightsTotal(weightTotal.toString())}
          validationMessage={fieldError('score.weights')}
          validationState={fieldError('score.weights') ? 'error' : 'none'}
        >
          {/* The sum itself is in the label; the field exists to carry the "must add up" message. */}
          <span />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{p.grades}</legend>
        <div className={styles.row}>
          {draft.gradeCutoffs.map((c, i) => (
            <TextField
              key={i}
              className={styles.narrow}
              label={p.cutoff(p.gradeNames[i])}
              value={c}
              onChange={(v) => setAt('gradeCutoffs', i, v)}
              error={fieldError(`gradeCutoffs[${i}]`)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{p.risk}</legend>
        <div className={styles.row}>
          <TextField className={styles.narrow} label={t.risk.green} value={draft.green} onChange={(v) => set('green', v)} error={fieldError('risk.green')} />
          <TextField className={styles.narrow} label={t.risk.yellow} value={draft.yellow} onChange={(v) => set('yellow', v)} error={fieldError('risk.yellow')} />
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{p.general}</legend>
        <div className={styles.row}>
          <TextField className={styles.narrow} numeric={false} label={p.currency} value={draft.currency} onChange={(v) => set('currency', v)} error={fieldError('currency')} />
          <TextField className={styles.narrow} label={p.decimals} value={draft.decimals} onChange={(v) => set('decimals', v)} error={fieldError('decimals')} />
          <Field label={p.language}>
            <Select className={styles.control} value={draft.language} onChange={(_, d) => set('language', d.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t.pane.languages[l]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>
      <div className={styles.buttons}>
        <Button onClick={() => update(toDraft({ ...DEFAULT_SETTINGS, language: draft.language }))}>{p.reset}</Button>
      </div>
    </section>
  );
}
