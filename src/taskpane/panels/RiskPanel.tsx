import { useEffect, useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { DataSourceInfo, RiskRuleRequest, WorkbookHost } from '../../host/types';
import type { Settings } from '../../core/settings';
import { Dec } from '../../core/money';
import { renderTemplateProblem } from '../../i18n';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { detectRiskColumns } from '../risk/detectColumns';
import { riskErrors, riskRequest, type ElapsedMode, type RiskField, type RiskForm } from '../risk/validate';
import { useI18n } from '../i18n';

const SELECTION = '__selection__';

export interface RiskPanelProps {
  host: WorkbookHost;
  settings: Settings;
  sources: DataSourceInfo[];
  /** Why conditional formats cannot be applied on this host, or null. */
  unavailable: string | null;
  /** Why the selection cannot be used, or null. */
  selectionUnavailable: string | null;
}

const pctText = (fraction: number) => new Dec(fraction).mul(100).toString();

export function RiskPanel({ host, settings, sources, unavailable, selectionUnavailable }: RiskPanelProps) {
  const { t, lang } = useI18n();
  const r = t.risk;
  const styles = usePanelStyles();
  const tables = sources.filter((s) => s.kind === 'table');
  const [target, setTarget] = useState<string>(selectionUnavailable === null ? SELECTION : (tables[0]?.id ?? SELECTION));
  const [actual, setActual] = useState('');
  const [targetCol, setTargetCol] = useState('');
  const [elapsedMode, setElapsedMode] = useState<ElapsedMode>('full');
  const [elapsedValue, setElapsedValue] = useState('50');
  const [elapsedColumn, setElapsedColumn] = useState('');
  const [green, setGreen] = useState(pctText(settings.risk.green));
  const [yellow, setYellow] = useState(pctText(settings.risk.yellow));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [touched, setTouched] = useState(false);

  // The thresholds follow Plans & settings (and an imported template) when those change.
  useEffect(() => {
    setGreen(pctText(settings.risk.green));
    setYellow(pctText(settings.risk.yellow));
  }, [settings.risk.green, settings.risk.yellow]);

  // A table that disappeared (regenerated, renamed) falls back to the first one.
  const targetIsSelection = target === SELECTION;
  const table = tables.find((s) => s.id === target);
  const headers = table?.headers ?? [];

  const ruleTarget = (): RiskRuleRequest['target'] => (targetIsSelection ? 'selection' : { table: target });
  const form: RiskForm = { target: ruleTarget(), actual, targetColumn: targetCol, elapsedMode, elapsedValue, elapsedColumn, green, yellow };
  const problems = riskErrors(form, touched);
  const errors = Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, renderTemplateProblem(lang, p)])) as Partial<Record<RiskField, string>>;
  const targetBlocked = targetIsSelection ? selectionUnavailable : null;
  const blocked = unavailable ?? targetBlocked;

  function detect() {
    const found = detectRiskColumns(headers);
    if (found.actual) setActual(found.actual);
    if (found.target) setTargetCol(found.target);
    if (found.elapsed) {
      setElapsedMode('column');
      setElapsedColumn(found.elapsed);
    }
    setNotice(
      found.actual && found.target
        ? { intent: 'info', text: r.detectedSome(found.actual, found.target) }
        : { intent: 'warning', text: r.detectedNone },
    );
  }

  async function apply() {
    setTouched(true);
    const request = riskRequest(form);
    if (!request) return;
    await act(async () => {
      const res = await host.applyRiskRules(request);
      return r.applied(res.rules, res.address);
    });
  }

  async function remove() {
    await act(async () => r.removed(await host.removeRiskRules(ruleTarget())));
  }

  async function act(fn: () => Promise<string>) {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ intent: 'success', text: await fn() });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  }

  const columnInput = (label: string, value: string, set: (v: string) => void, error: string | undefined) =>
    headers.length > 0 ? (
      <Field label={label} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Select className={styles.control} value={value} onChange={(_, d) => set(d.value)}>
          <option value="">—</option>
          {headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </Field>
    ) : (
      <Field label={label} hint={r.columnHint} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Input className={styles.control} value={value} onChange={(_, d) => set(d.value)} />
      </Field>
    );

  return (
    <section className={styles.panel} aria-labelledby="risk-heading">
      <h2 id="risk-heading" className={styles.legend}>
        {r.heading}
      </h2>
      <p>{r.intro}</p>
      <Field label={r.target} validationMessage={targetBlocked ?? undefined} validationState={targetBlocked ? 'warning' : 'none'}>
        <Select className={styles.control} value={target} onChange={(_, d) => setTarget(d.value)}>
          <option value={SELECTION}>{r.selection}</option>
          {tables.map((s) => (
            <option key={s.id} value={s.id}>
              {r.table(s.label)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        {columnInput(r.actual, actual, setActual, errors.actual)}
        {columnInput(r.targetColumn, targetCol, setTargetCol, errors.target)}
      </div>
      <div className={styles.buttons}>
        <Button disabled={headers.length === 0} onClick={detect}>
          {r.detect}
        </Button>
      </div>
      <Field label={r.elapsed}>
        <RadioGroup value={elapsedMode} onChange={(_, d) => setElapsedMode(d.value as ElapsedMode)}>
          <Radio value="full" label={r.elapsedFull} />
          <Radio value="fraction" label={r.elapsedFraction} />
          <Radio value="column" label={r.elapsedColumn} />
        </RadioGroup>
      </Field>
      {elapsedMode === 'fraction' && (
        <Field className={styles.narrow} label={r.elapsedValue} validationMessage={errors.elapsed} validationState={errors.elapsed ? 'error' : 'none'}>
          <Input className={styles.control} inputMode="decimal" value={elapsedValue} onChange={(_, d) => setElapsedValue(d.value)} />
        </Field>
      )}
      {elapsedMode === 'column' && columnInput(r.elapsedColumnName, elapsedColumn, setElapsedColumn, errors.elapsedColumn)}
      <div className={styles.row}>
        <Field className={styles.narrow} label={r.green} hint={r.percentHint} validationMessage={errors.green} validationState={errors.green ? 'error' : 'none'}>
          <Input className={styles.control} inputMode="decimal" value={green} onChange={(_, d) => setGreen(d.value)} />
        </Field>
        <Field className={styles.narrow} label={r.yellow} hint={r.percentHint} validationMessage={errors.yellow} validationState={errors.yellow ? 'error' : 'none'}>
          <Input className={styles.control} inputMode="decimal" value={yellow} onChange={(_, d) => setYellow(d.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || blocked !== null} onClick={() => void apply()}>
          {r.apply}
        </Button>
        <Button disabled={busy || blocked !== null} onClick={() => void remove()}>
          {r.remove}
        </Button>
      </div>
      {unavailable && <p className={styles.reason}>{unavailable}</p>}
      {notice && <Notice notice={notice} />}
    </section>
  );
}
