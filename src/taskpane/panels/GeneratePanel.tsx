import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Checkbox, Field, Input, Link, ProgressBar, Select } from '@fluentui/react-components';
import type { DataCheck } from '../../data/check';
import type { ColumnMapping } from '../../data/mapping';
import type { PeriodId } from '../../data/model';
import type { DataRequest, DataSourceInfo, GeneratedSheet, GenerateProgress, GenerateRequest, Period, WorkbookHost } from '../../host/types';
import type { PreviewControls } from '../../preview/types';
import type { Plan } from '../../core/plans/schema';
import type { Settings } from '../../core/settings';
import type { PlanAssignment } from '../../sheets/planAssignment';
import type { SheetKind } from '../../sheets/model';
import { LANGUAGES, type Language } from '../../core/language';
import { SHEET_KINDS } from '../../sheets/model';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { parseIsoDate, periodContaining, todayIso } from '../generate/period';
import { useI18n } from '../i18n';
import { renderHostProblem, renderProgressStep, renderTemplateProblem } from '../../i18n';
import { templateProblem } from '../../templates/problems';
import type { DataChoice } from '../data/DataStep';
import { periodHasDeals } from '../data/months';

// The data step (recognition, mapping, the data catalogue) loads just after the pane's first
// render, so the pane's initial JavaScript stays small.
const DataStep = lazy(() => import('../data/DataStep'));
const EmptyPeriodNotice = lazy(() => import('../data/DataStep').then((m) => ({ default: m.EmptyPeriodNotice })));
const PayrollButton = lazy(() => import('../data/DataStep').then((m) => ({ default: m.PayrollButton })));
const ClosePeriod = lazy(() => import('../generate/ClosePeriod'));

const PERIOD_KINDS: readonly Period['kind'][] = ['week', 'month', 'quarter', 'year'];

export interface GeneratePanelProps {
  host: WorkbookHost;
  /** Present outside Excel: the data is opened from files, the sheets are shown in the pane. */
  preview?: PreviewControls | null;
  settings: Settings;
  /** The template's plans and which plan pays which rep, for the commission sheets. */
  plans?: readonly Plan[];
  planAssignment?: PlanAssignment;
  /** False when the settings form holds invalid values: generating would use stale settings. */
  settingsValid: boolean;
  sheets: SheetKind[];
  onSheetsChange: (sheets: SheetKind[]) => void;
  onLanguageChange: (language: Language) => void;
  sources: DataSourceInfo[];
  onSourcesChange: (sources: DataSourceInfo[]) => void;
  onRefreshSources: () => void;
  /** How the team's columns are read (saved in the template). */
  mappings: ColumnMapping[];
  onMappingsChange: (mappings: ColumnMapping[]) => void;
  /** Saves the template (with the mappings) in the workbook; null where it cannot be stored. */
  onSaveMappings: (() => Promise<void>) | null;
  /** Why generating is impossible on this host, or null when it is available. */
  unavailable: string | null;
  /** Why refreshing the add-in's tables is impossible on this host, or null. */
  refreshUnavailable?: string | null;
  /** Said before running when a Generate cannot be undone in one step on this host, or null. */
  undoNote?: string | null;
  onGenerated?: (sheets: GeneratedSheet[]) => void;
  /** The day the period picker starts on for the sample (ISO); the data's last full month for the team's data. */
  defaultDay?: string;
}

const firstDay = (period: PeriodId): string => `${period}-01`;

export function GeneratePanel(props: GeneratePanelProps) {
  const { host, settings, sheets, sources, unavailable, mappings } = props;
  const { t, lang } = useI18n();
  const g = t.generate;
  const styles = usePanelStyles();
  const [periodKind, setPeriodKind] = useState<Period['kind']>('month');
  const [day, setDay] = useState(() => props.defaultDay ?? todayIso());
  const [periodTouched, setPeriodTouched] = useState(false);
  const [chosen, setChosen] = useState<DataChoice | null>(null);
  const [userChose, setUserChose] = useState(false);
  const [check, setCheck] = useState<DataCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [refresh, setRefresh] = useState(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<GenerateProgress | null>(null);
  const [result, setResult] = useState<GeneratedSheet[] | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const dataRequest: DataRequest | null = chosen?.kind === 'data' ? { sources: chosen.sources, mappings } : null;
  const requestKey = JSON.stringify(dataRequest);
  // A check belongs to the tables and mappings it read; any change asks for a new one.
  useEffect(() => setCheck(null), [requestKey]);

  const ymd = parseIsoDate(day);
  const period = ymd ? periodContaining(periodKind, ...ymd) : null;
  const emptyPeriod = check?.ok && period && !periodHasDeals(period, check.months) ? period : null;
  const blockedBy = unavailable ?? (sheets.length === 0 ? g.noSheets : !props.settingsValid ? g.invalidSettings : null);
  // Nothing to read yet: the data step is loading, or no table is ticked (the step says so).
  const noData = chosen === null || (chosen.kind === 'data' && chosen.sources.length === 0);

  const toggle = (kind: SheetKind, on: boolean) =>
    props.onSheetsChange(SHEET_KINDS.filter((k) => (k === kind ? on : sheets.includes(k))));
  const choosePeriod = (kind: Period['kind'], iso: string) => {
    setPeriodKind(kind);
    setDay(iso);
    setPeriodTouched(true);
  };

  const requestFor = (p: Period): GenerateRequest => ({
    sheets,
    period: p,
    language: settings.language,
    settings,
    source: dataRequest ? { kind: 'data', data: dataRequest } : { kind: 'sample' },
    refresh: refresh && !props.refreshUnavailable,
    ...(props.plans && props.plans.length > 0 ? { plans: props.plans } : {}),
    ...(props.planAssignment ? { planAssignment: props.planAssignment } : {}),
  });

  async function readData(moveToDefault: boolean): Promise<DataCheck | null> {
    if (!dataRequest) return null;
    setChecking(true);
    setNotice(null);
    try {
      const c = await host.readData(dataRequest, (p) => setProgress({ done: p.done, total: p.total, step: { kind: 'readingRows', source: p.source, done: p.done, total: p.total } }));
      setCheck(c);
      // The period moves to the data's last full month, unless the user picked one.
      if (c.ok && c.defaultPeriod && (moveToDefault || !periodTouched)) {
        setPeriodKind('month');
        setDay(firstDay(c.defaultPeriod));
      }
      return c;
    } catch (e) {
      setNotice({ intent: 'error', title: g.failed, text: errorText(e, lang) });
      return null;
    } finally {
      setChecking(false);
      setProgress(null);
    }
  }

  async function run(allowEmpty = false) {
    if (!period || blockedBy || noData) return;
    let target: Period = period;
    if (dataRequest) {
      const c = check ?? (await readData(false));
      if (!c || !c.ok) return;
      // A first check moves an untouched period to the data's last full month.
      if (!periodTouched && c.defaultPeriod && c.defaultPeriod !== target.label) target = periodContaining('month', ...parseIsoDate(firstDay(c.defaultPeriod))!);
      // An empty period is announced (the notice under the data step), and nothing is written.
      if (!allowEmpty && !periodHasDeals(target, c.months)) return;
    }
    const request = requestFor(target);
    setRunning(true);
    setNotice(null);
    setResult(null);
    setProgress({ done: 0, total: sheets.length, step: { kind: 'starting' } });
    try {
      const made = await host.generate(request, setProgress);
      setResult(made);
      props.onGenerated?.(made);
    } catch (e) {
      setNotice({ intent: 'error', title: g.failed, text: errorText(e, lang) });
    } finally {
      setRunning(false);
      setProgress(null);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="generate-heading">
      <h2 id="generate-heading" className={styles.legend}>
        {g.heading}
      </h2>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{g.sheets}</legend>
        {SHEET_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={t.sheetNames[kind]}
            checked={sheets.includes(kind)}
            disabled={running}
            onChange={(_, data) => toggle(kind, data.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.row}>
        <Field label={g.period}>
          <Select className={styles.control} value={periodKind} disabled={running} onChange={(_, v) => choosePeriod(v.value as Period['kind'], day)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {g.periodKinds[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={g.periodDate}
          validationState={period ? 'none' : 'error'}
          validationMessage={period ? g.periodDateHint(period.label) : renderTemplateProblem(lang, templateProblem('invalid', {}))}
        >
          <Input className={styles.control} type="date" value={day} disabled={running} onChange={(_, v) => choosePeriod(periodKind, v.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={g.sheetLanguage}>
          <Select className={styles.control} value={settings.language} disabled={running} onChange={(_, d) => props.onLanguageChange(d.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t.pane.languages[l]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Suspense fallback={null}>
        <DataStep
          preview={props.preview ?? null}
          sources={sources}
          onSourcesChange={props.onSourcesChange}
          onRefresh={props.onRefreshSources}
          choice={chosen}
          userChose={userChose}
          onChoiceChange={(c, byUser) => {
            setChosen(c);
            if (byUser) setUserChose(true);
          }}
          mappings={mappings}
          onMappingsChange={props.onMappingsChange}
          onDataPeriod={(p) => {
            // Files just opened: the picker starts on their last full month, unless the user picked one.
            if (periodTouched) return;
            setPeriodKind('month');
            setDay(firstDay(p));
          }}
          check={check}
          onCheck={() => void readData(true)}
          checking={checking}
          disabled={running}
          onSaveMappings={props.onSaveMappings}
        />
        {emptyPeriod && check && (
          <EmptyPeriodNotice
            period={emptyPeriod}
            check={check}
            onUseDefault={() => choosePeriod('month', firstDay(check.defaultPeriod!))}
            onGenerateAnyway={() => void run(true)}
            disabled={running || blockedBy !== null}
          />
        )}
      </Suspense>
      <Checkbox label={g.refresh} checked={refresh && !props.refreshUnavailable} disabled={running || !!props.refreshUnavailable} onChange={(_, d) => setRefresh(d.checked === true)} />
      {props.refreshUnavailable && <p className={styles.reason}>{props.refreshUnavailable}</p>}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={running || checking || blockedBy !== null || !period || noData} onClick={() => void run()}>
          {running ? g.running : g.run}
        </Button>
        <Suspense fallback={null}>
          <PayrollButton
            host={host}
            request={() => (period && !noData ? requestFor(period) : null)}
            disabled={running || checking || blockedBy !== null || !period || noData || (check !== null && !check.ok)}
          />
        </Suspense>
      </div>
      {host.closePeriod && (
        <Suspense fallback={null}>
          <ClosePeriod
            host={host}
            request={(p) => (noData ? null : requestFor(p))}
            month={period?.kind === 'month' ? period.label : (check?.defaultPeriod ?? '')}
            disabled={running || checking || blockedBy !== null || noData || (check !== null && !check.ok)}
            preview={!!props.preview}
          />
        </Suspense>
      )}
      {blockedBy && <p className={styles.reason}>{blockedBy}</p>}
      {!blockedBy && props.undoNote && <p className={styles.reason}>{props.undoNote}</p>}
      {progress && (
        <Field label={g.progress(progress.done, progress.total, renderProgressStep(lang, progress.step))}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      )}
      {notice && <Notice notice={notice} />}
      {result && (
        <Notice notice={{ intent: 'success', text: g.done(result.length) }}>
          <ul>
            {result.map((s) => (
              <li key={s.name}>
                <Link as="button" onClick={() => void host.activateSheet(s.name).catch((e) => setNotice({ intent: 'error', text: errorText(e, lang) }))}>
                  {g.open(s.name)}
                </Link>{' '}
                ({g.rowsOf(s.rows)})
                {s.notices && s.notices.length > 0 && (
                  <ul>
                    {s.notices.map((n, i) => (
                      <li key={i}>{renderHostProblem(lang, n)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
