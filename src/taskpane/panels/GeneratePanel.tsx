import { useState } from 'react';
import { Button, Checkbox, Field, Input, Link, ProgressBar, Select } from '@fluentui/react-components';
import type { DataSourceInfo, GeneratedSheet, GenerateProgress, GenerateRequest, Period, WorkbookHost } from '../../host/types';
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

const PERIOD_KINDS: readonly Period['kind'][] = ['week', 'month', 'quarter', 'year'];
const SAMPLE = 'sample';

export interface GeneratePanelProps {
  host: WorkbookHost;
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
  /** Why generating is impossible on this host, or null when it is available. */
  unavailable: string | null;
  /** Why refreshing the add-in's tables is impossible on this host, or null. */
  refreshUnavailable?: string | null;
  /** Said before running when a Generate cannot be undone in one step on this host, or null. */
  undoNote?: string | null;
  onGenerated?: (sheets: GeneratedSheet[]) => void;
  /** The day the period picker starts on (ISO); today unless the data is elsewhere (preview). */
  defaultDay?: string;
}

/** The source to preselect: the first one whose headers look like transactions, then any recognised one. */
function detectedSource(sources: readonly DataSourceInfo[]): string {
  const best = sources.find((s) => s.detected === 'transactions') ?? sources.find((s) => s.detected !== 'unknown');
  return best ? best.id : SAMPLE;
}

export function GeneratePanel(props: GeneratePanelProps) {
  const { host, settings, sheets, sources, unavailable } = props;
  const { t, lang } = useI18n();
  const g = t.generate;
  const styles = usePanelStyles();
  const [periodKind, setPeriodKind] = useState<Period['kind']>('month');
  const [day, setDay] = useState(() => props.defaultDay ?? todayIso());
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<GenerateProgress | null>(null);
  const [result, setResult] = useState<GeneratedSheet[] | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const source = sourceId ?? detectedSource(sources);
  const ymd = parseIsoDate(day);
  const period = ymd ? periodContaining(periodKind, ...ymd) : null;
  const blockedBy = unavailable ?? (sheets.length === 0 ? g.noSheets : !props.settingsValid ? g.invalidSettings : null);

  const toggle = (kind: SheetKind, on: boolean) =>
    props.onSheetsChange(SHEET_KINDS.filter((k) => (k === kind ? on : sheets.includes(k))));

  async function run() {
    if (!period || blockedBy) return;
    const request: GenerateRequest = {
      sheets,
      period,
      language: settings.language,
      settings,
      source: source === SAMPLE ? { kind: 'sample' } : { kind: 'workbook', id: source },
      refresh: refresh && !props.refreshUnavailable,
      ...(props.plans && props.plans.length > 0 ? { plans: props.plans } : {}),
      ...(props.planAssignment ? { planAssignment: props.planAssignment } : {}),
    };
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
          <Select className={styles.control} value={periodKind} disabled={running} onChange={(_, d) => setPeriodKind(d.value as Period['kind'])}>
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
          <Input className={styles.control} type="date" value={day} disabled={running} onChange={(_, d) => setDay(d.value)} />
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
        <Field label={g.source}>
          <Select className={styles.control} value={source} disabled={running} onChange={(_, d) => setSourceId(d.value)}>
            <option value={SAMPLE}>{g.sampleSource}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {g.sourceOption(s.label, s.rows, g.detected[s.detected])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox label={g.refresh} checked={refresh && !props.refreshUnavailable} disabled={running || !!props.refreshUnavailable} onChange={(_, d) => setRefresh(d.checked === true)} />
      {props.refreshUnavailable && <p className={styles.reason}>{props.refreshUnavailable}</p>}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={running || blockedBy !== null || !period} onClick={() => void run()}>
          {running ? g.running : g.run}
        </Button>
      </div>
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
