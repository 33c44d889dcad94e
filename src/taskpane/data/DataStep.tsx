import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Button, Checkbox, Link, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { DataCheck } from '../../data/check';
import type { TableKind } from '../../data/fields';
import type { ColumnMapping } from '../../data/mapping';
import type { DataSourceChoice, DataSourceInfo, GenerateRequest, Period, WorkbookHost } from '../../host/types';
import { catalogue } from '../../i18n';
import type { PreviewControls } from '../../preview/types';
import { downloadBlob } from '../../templates/file';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { useI18n } from '../i18n';
import { CheckResult } from './CheckResult';
import { MappingStep } from './MappingStep';
import { defaultChoices, recognitionOf } from './selection';

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  over: { backgroundColor: tokens.colorNeutralBackground2 },
  source: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});


export interface DataStepProps {
  /** Present outside Excel: the data comes from files the user opens. */
  preview: PreviewControls | null;
  sources: DataSourceInfo[];
  onSourcesChange: (sources: DataSourceInfo[]) => void;
  onRefresh: () => void;
  /** The data chosen; null until the step has ticked the recognised tables. */
  choice: DataChoice | null;
  /** `byUser`: false for the step's own default (the recognised tables), which follows the list until the user chooses. */
  onChoiceChange: (choice: DataChoice, byUser: boolean) => void;
  /** The user has chosen: the default no longer follows the list of tables. */
  userChose: boolean;
  mappings: ColumnMapping[];
  onMappingsChange: (mappings: ColumnMapping[]) => void;
  check: DataCheck | null;
  /** Reads the chosen data and shows what was recognised (and every problem). */
  onCheck: () => void;
  checking: boolean;
  disabled: boolean;
  /** Saves the mappings in the workbook's template; null where templates cannot be stored. */
  onSaveMappings: (() => Promise<void>) | null;
}

/** A picked or dropped file's bytes (File.arrayBuffer is missing in older WebViews). */
function fileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Where the data comes from: the workbook's tables (in Excel) or opened files (in the browser),
 * each with its recognised kind and a mapping step for its columns; or the sample company, only
 * when the user picks it.
 */
export default function DataStep(props: DataStepProps) {
  const { preview, sources, mappings, disabled, userChose } = props;
  const choice: DataChoice = props.choice ?? { kind: 'data', sources: [] };
  const defaults = JSON.stringify(defaultChoices(sources, mappings));
  // Until the user chooses, the recognised tables are ticked (the template's mappings count), so next month is one click.
  useEffect(() => {
    if (!userChose && JSON.stringify(props.choice) !== JSON.stringify({ kind: 'data', sources: JSON.parse(defaults) })) {
      props.onChoiceChange({ kind: 'data', sources: JSON.parse(defaults) as DataSourceChoice[] }, false);
    }
  }, [defaults, userChose, props]);
  const { lang } = useI18n();
  const t = catalogue(lang);
  const d = t.dataStep;
  const panel = usePanelStyles();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [fileProblems, setFileProblems] = useState<DataCheck['problems']>([]);
  const [saved, setSaved] = useState(false);
  const chosen = choice.kind === 'data' ? choice.sources : [];

  const setChosen = (next: DataSourceChoice[]) => props.onChoiceChange({ kind: 'data', sources: next }, true);
  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, { id }] : chosen.filter((c) => c.id !== id));
  const setKind = (id: string, kind: TableKind | undefined) =>
    setChosen(chosen.map((c) => (c.id === id ? { id, ...(kind ? { kind } : {}) } : c)));

  async function openFiles(files: FileList | null) {
    if (!preview || !files || files.length === 0) return;
    const read = await Promise.all([...files].map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
    const { sources: all, problems } = await preview.openFiles(read);
    setFileProblems(problems);
    props.onSourcesChange(all);
    // The new files' recognised tables are ticked, as the workbook's are.
    const fresh = all.filter((s) => read.some((f) => s.id.startsWith(`${f.name}#`)) && recognitionOf(s, mappings).kind !== null);
    setChosen([...chosen.filter((c) => all.some((s) => s.id === c.id) && !fresh.some((s) => s.id === c.id)), ...fresh.map((s) => ({ id: s.id }))]);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    void openFiles(e.dataTransfer.files);
  }

  const kindName = (s: DataSourceInfo, kind?: TableKind): string => {
    const k = kind ?? recognitionOf(s, mappings).kind;
    return k ? t.data.kinds[k] : d.notRecognised;
  };

  return (
    <fieldset className={panel.section}>
      <legend className={panel.legend}>{d.heading}</legend>
      <RadioGroup
        value={choice.kind}
        disabled={disabled}
        onChange={(_, v) => props.onChoiceChange(v.value === 'sample' ? { kind: 'sample' } : { kind: 'data', sources: [] }, true)}
      >
        <Radio value="data" label={d.yourData} />
        <Radio value="sample" label={d.sample} />
      </RadioGroup>
      {choice.kind === 'sample' && <p className={panel.reason}>{d.sampleNote}</p>}
      {choice.kind === 'data' && (
        <>
          <p className={panel.reason}>{preview ? d.filesHint : d.tablesHint}</p>
          {preview ? (
            <div
              className={`${styles.drop} ${over ? styles.over : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(true);
              }}
              onDragLeave={() => setOver(false)}
              onDrop={onDrop}
            >
              <Button disabled={disabled} onClick={() => fileInput.current?.click()}>
                {d.openFiles}
              </Button>
              <span className={panel.reason}>{d.dropHere}</span>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={d.openFiles}
                onChange={(e) => {
                  void openFiles(e.target.files);
                  e.target.value = '';
                }}
              />
            </div>
          ) : (
            <div className={panel.buttons}>
              <Button size="small" disabled={disabled} onClick={props.onRefresh}>
                {d.refresh}
              </Button>
            </div>
          )}
          {sources.length === 0 && <p className={panel.reason}>{preview ? d.noFiles : d.noTables}</p>}
          {sources.length > 0 && chosen.length === 0 && <p className={panel.reason}>{d.chooseData}</p>}
          {sources.map((s) => {
            const c = chosen.find((x) => x.id === s.id);
            return (
              <div key={s.id} className={styles.source}>
                <Checkbox
                  checked={c !== undefined}
                  disabled={disabled}
                  label={d.sourceLine(s.label, s.rows, kindName(s, c?.kind))}
                  onChange={(_, v) => toggle(s.id, v.checked === true)}
                />
                {c && (
                  <Link as="button" onClick={() => setOpen(open === s.id ? null : s.id)} aria-expanded={open === s.id}>
                    {d.columns(s.label)}
                  </Link>
                )}
                {c && open === s.id && (
                  <MappingStep
                    source={s}
                    kind={c.kind}
                    onKindChange={(k) => setKind(s.id, k)}
                    mappings={mappings}
                    onMappingsChange={(m) => {
                      setSaved(false);
                      props.onMappingsChange(m);
                    }}
                    disabled={disabled}
                  />
                )}
              </div>
            );
          })}
          <div className={panel.buttons}>
            <Button disabled={disabled || props.checking || chosen.length === 0} onClick={props.onCheck}>
              {props.checking ? d.checking : d.check}
            </Button>
            {props.onSaveMappings && mappings.length > 0 && (
              <Button
                disabled={disabled}
                onClick={() =>
                  void props.onSaveMappings?.().then(
                    () => setSaved(true),
                    () => setSaved(false),
                  )
                }
              >
                {d.saveMappings}
              </Button>
            )}
          </div>
          {saved && <p className={panel.reason}>{d.mappingsSaved}</p>}
          <CheckResult check={props.check} fileProblems={fileProblems} />
        </>
      )}
    </fieldset>
  );
}

/** The data the run reads: the team's tables (or files), or the sample company. */
export type DataChoice = { kind: 'sample' } | { kind: 'data'; sources: DataSourceChoice[] };

export interface EmptyPeriodProps {
  period: Period;
  check: DataCheck;
  onUseDefault: () => void;
  onGenerateAnyway: () => void;
  disabled: boolean;
}

/** The chosen period has no deals: said before anything is generated, with the way out. */
export function EmptyPeriodNotice({ period, check, onUseDefault, onGenerateAnyway, disabled }: EmptyPeriodProps) {
  const { lang } = useI18n();
  const d = catalogue(lang).dataStep;
  const panel = usePanelStyles();
  return (
    <Notice notice={{ intent: 'warning', text: d.periodEmpty(period.label, check.months[0], check.months[check.months.length - 1]) }}>
      <div className={panel.buttons}>
        {check.defaultPeriod && (
          <Button size="small" onClick={onUseDefault}>
            {d.useDefault(check.defaultPeriod)}
          </Button>
        )}
        <Button size="small" disabled={disabled} onClick={onGenerateAnyway}>
          {d.generateAnyway}
        </Button>
      </div>
    </Notice>
  );
}

export interface PayrollButtonProps {
  host: WorkbookHost;
  /** The request Generate would send, or null when it cannot be made yet. */
  request: () => GenerateRequest | null;
  disabled: boolean;
}

/** Writes the payroll CSV of the statement period: the same rows and amounts as the statement sheet. */
export function PayrollButton({ host, request, disabled }: PayrollButtonProps) {
  const { lang } = useI18n();
  const d = catalogue(lang).dataStep;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  async function run() {
    const r = request();
    if (!r) return;
    setBusy(true);
    setNotice(null);
    try {
      const file = await host.payrollCsv(r, () => undefined);
      downloadBlob(new Blob([new Uint8Array(file.bytes)], { type: 'text/csv;charset=utf-8' }), file.fileName);
      setNotice({ intent: 'success', text: d.payrollDone(file.fileName, file.rows) });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button disabled={disabled || busy} onClick={() => void run()}>
        {d.payroll}
      </Button>
      {notice && <Notice notice={notice} />}
    </>
  );
}
