import { useRef, useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/types';
import { MAX_TEMPLATE_BYTES, templateBytes } from '../../templates/limits';
import { parseTemplate } from '../../templates/parse';
import { exportTemplate, readFileText } from '../../templates/file';
import { templateProblem, type Problem } from '../../templates/problems';
import type { Template } from '../../templates/templateSchema';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { ProblemList } from '../common/ProblemList';
import { usePanelStyles } from '../common/styles';
import { useI18n } from '../i18n';
import { renderTemplateProblem } from '../../i18n';

export interface TemplatesPanelProps {
  host: WorkbookHost;
  /** The template the pane would save or export now (current settings, plans, sheets). */
  template: Template;
  onNameChange: (name: string) => void;
  onIssuerChange: (issuer: string) => void;
  /** Replaces everything with a validated template. Only ever called with a parsed one. */
  onApply: (template: Template) => void;
  /** Why the workbook cannot store a template here, or null. */
  storageUnavailable: string | null;
}

export function TemplatesPanel({ host, template, onNameChange, onIssuerChange, onApply, storageUnavailable }: TemplatesPanelProps) {
  const { t, lang } = useI18n();
  const tp = t.templates;
  const styles = usePanelStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [problems, setProblems] = useState<{ list: Problem[]; more: number } | null>(null);
  const nameError = template.name.trim() === '' ? renderTemplateProblem(lang, templateProblem('tooShort', { min: 1 })) : undefined;

  async function act(fn: () => Promise<void>) {
    setBusy(true);
    setNotice(null);
    setProblems(null);
    try {
      await fn();
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  }

  /** Validates, and applies only a template without a single problem. */
  function accept(raw: unknown, done: (name: string, from: number | null) => string, rejected: (n: number) => string) {
    const parsed = parseTemplate(raw);
    if (!parsed.ok) {
      setProblems({ list: parsed.problems, more: parsed.more });
      setNotice({ intent: 'error', title: rejected(parsed.problems.length + parsed.more), text: tp.nothingApplied });
      return;
    }
    onApply(parsed.template);
    setNotice({ intent: 'success', text: done(parsed.template.name, parsed.migratedFrom) });
  }

  const save = () =>
    act(async () => {
      const stored = { ...template, savedAt: new Date().toISOString() };
      const bytes = templateBytes(stored);
      if (bytes > MAX_TEMPLATE_BYTES) {
        setNotice({ intent: 'error', text: renderTemplateProblem(lang, templateProblem('tooLarge', { bytes, max: MAX_TEMPLATE_BYTES })) });
        return;
      }
      await host.saveTemplate(stored);
      setNotice({ intent: 'success', text: tp.saved });
    });

  const load = () =>
    act(async () => {
      const stored = await host.loadTemplate();
      if (stored === null) {
        setNotice({ intent: 'info', text: tp.noneStored });
        return;
      }
      accept(stored, (name, from) => (from === null ? tp.loaded(name) : tp.loadedMigrated(name, from)), tp.storedInvalid);
    });

  const exportFile = () =>
    act(async () => {
      const file = exportTemplate({ ...template, savedAt: new Date().toISOString() });
      setNotice({ intent: 'success', text: tp.exported(file) });
    });

  async function importFile(file: File | undefined) {
    if (!file) return;
    await act(async () => {
      // Refused by its size before a byte of it is read or parsed.
      if (file.size > MAX_TEMPLATE_BYTES) {
        setProblems(null);
        setNotice({ intent: 'error', title: tp.rejected(1), text: renderTemplateProblem(lang, templateProblem('tooLarge', { bytes: file.size, max: MAX_TEMPLATE_BYTES })) });
        return;
      }
      let text: string;
      try {
        text = await readFileText(file);
      } catch (e) {
        setNotice({ intent: 'error', text: tp.readFailed(e instanceof Error ? e.message : String(e)) });
        return;
      }
      accept(text, (name, from) => (from === null ? tp.imported(name) : tp.importedMigrated(name, from)), tp.rejected);
    });
    // Picking the same file again must fire change again.
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <section className={styles.panel} aria-labelledby="templates-heading">
      <h2 id="templates-heading" className={styles.legend}>
        {tp.heading}
      </h2>
      <p>{tp.intro}</p>
      <div className={styles.row}>
        <Field label={tp.name} validationMessage={nameError} validationState={nameError ? 'error' : 'none'}>
          <Input className={styles.control} value={template.name} onChange={(_, d) => onNameChange(d.value)} />
        </Field>
        <Field label={tp.issuer}>
          <Input className={styles.control} value={template.issuer ?? ''} onChange={(_, d) => onIssuerChange(d.value)} />
        </Field>
      </div>
      <Text>{tp.summary(template.version, template.settings.commission.tiers.length, template.sheets.length, template.plans.length)}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || storageUnavailable !== null || nameError !== undefined} onClick={() => void save()}>
          {tp.save}
        </Button>
        <Button disabled={busy || storageUnavailable !== null} onClick={() => void load()}>
          {tp.load}
        </Button>
      </div>
      {storageUnavailable && <p className={styles.reason}>{storageUnavailable}</p>}
      <div className={styles.buttons}>
        <Button disabled={busy || nameError !== undefined} onClick={() => void exportFile()}>
          {tp.exportJson}
        </Button>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {tp.importJson}
        </Button>
        {/* The real picker, driven by the button above; labelled for assistive technology and tests. */}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={tp.importJson}
          hidden
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </div>
      {notice && (
        <Notice notice={notice}>{problems && <ProblemList problems={problems.list} more={problems.more} label={notice.title ?? tp.problemReason} />}</Notice>
      )}
    </section>
  );
}
