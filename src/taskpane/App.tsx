import { useCallback, useEffect, useMemo, useState } from 'react';
import { Badge, Field, Select, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Capabilities, Capability, DataSourceInfo, WorkbookHost } from '../host/types';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { LANGUAGES, resolveLanguage, type Language } from '../core/language';
import { catalogue, renderHostProblem } from '../i18n';
import type { SheetKind } from '../sheets/model';
import type { PreviewControls } from '../preview/types';
import { parseTemplate } from '../templates/parse';
import type { Plans } from '../templates/plansSchema';
import type { Problem } from '../templates/problems';
import { SHEET_KINDS } from '../sheets/model';
import { TEMPLATE_VERSION, type Template } from '../templates/templateSchema';
import type { PlanAssignment } from '../sheets/planAssignment';
import type { ColumnMapping } from '../data/mapping';
import { Notice } from './common/Notice';
import { ProblemList } from './common/ProblemList';
import { I18nContext } from './i18n';
import { FIRST_RENDER_MARK } from './marks';
import { GeneratePanel } from './panels/GeneratePanel';
import { PreviewSheetsPanel } from './panels/PreviewSheetsPanel';
import { RiskPanel } from './panels/RiskPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { TemplatesPanel } from './panels/TemplatesPanel';

const useStyles = makeStyles({
  // Long words (a file name, a table name in a notice) wrap rather than widen a narrow pane.
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    maxWidth: '60rem',
    boxSizing: 'border-box',
    overflowWrap: 'break-word',
  },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', justifyContent: 'space-between' },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  heading: { margin: 0 },
  // A task pane is narrow (320–450 px): the tabs wrap instead of running off the edge.
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'generate' | 'risk' | 'plans' | 'templates' | 'sheets';

export interface AppProps {
  host: WorkbookHost;
  /** Present in preview mode (outside Excel): the generated sheets and the .xlsx download. */
  preview?: PreviewControls | null;
  /** Told the pane's language whenever it changes (the preview host downloads the demo workbook in it). */
  onLanguageChange?: (language: Language) => void;
  /** office.js did not load: the pane runs in preview mode and says why. */
  officeMissing?: boolean;
}

const EMPTY_CAPABILITIES: Capabilities = { available: {}, reasons: {} };

export function App({ host, preview = null, onLanguageChange, officeMissing = false }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(() => resolveLanguage(host.displayLanguage()));
  const t = catalogue(lang);
  const [tab, setTabState] = useState<TabId>('generate');
  // Panels mount when first opened and then stay mounted (hidden), so a half-typed form survives
  // a look at another tab without every panel rendering at start-up.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['generate']));
  const setTab = useCallback((id: TabId) => {
    setTabState(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);
  const [settings, setSettings] = useState<Settings>(() => ({ ...DEFAULT_SETTINGS, language: resolveLanguage(host.displayLanguage()) }));
  // Bumped when settings are replaced from outside the form (template, Generate's language),
  // so the form restarts from them instead of keeping a stale draft.
  const [revision, setRevision] = useState(0);
  const [settingsValid, setSettingsValid] = useState(true);
  const [sheets, setSheets] = useState<SheetKind[]>([...SHEET_KINDS]);
  const [plans, setPlans] = useState<Plans>([]);
  const [planAssignment, setPlanAssignment] = useState<PlanAssignment | undefined>(undefined);
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [name, setName] = useState(() => catalogue(resolveLanguage(host.displayLanguage())).pane.defaultTemplateName);
  const [issuer, setIssuer] = useState('');
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  const [sources, setSources] = useState<DataSourceInfo[]>([]);
  const [startupProblems, setStartupProblems] = useState<{ list: Problem[]; more: number } | null>(null);
  const [focusSheet, setFocusSheet] = useState<string | null>(null);

  // The pane's time to first render, readable by anyone (performance.getEntriesByName) and by npm run bench.
  useEffect(() => {
    // Guarded: jsdom and older Office webviews have no User Timing API.
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FIRST_RENDER_MARK);
  }, []);

  // Capability reasons are in the user's language, so they are asked again when it changes.
  useEffect(() => {
    onLanguageChange?.(lang);
    let live = true;
    host.capabilities().then(
      (c) => live && setCapabilities(c),
      () => live && setCapabilities(EMPTY_CAPABILITIES),
    );
    return () => {
      live = false;
    };
  }, [host, lang, onLanguageChange]);

  const refreshSources = useCallback(() => {
    host.listDataSources().then(setSources, () => setSources([]));
  }, [host]);
  useEffect(refreshSources, [refreshSources]);

  const applyTemplate = useCallback((tpl: Template) => {
    setSettings(tpl.settings);
    setPlans(tpl.plans);
    setPlanAssignment(tpl.planAssignment);
    setMappings(tpl.mappings ?? []);
    setSheets([...tpl.sheets]);
    setName(tpl.name);
    setIssuer(tpl.issuer ?? '');
    setSettingsValid(true);
    setRevision((r) => r + 1);
  }, []);

  // A template stored in the workbook travels with it: apply it on open, or say why not.
  const loadStored = useCallback(
    (live: () => boolean) =>
      host
        .loadTemplate()
        .then((stored) => {
          if (!live() || stored === null) return;
          const parsed = parseTemplate(stored);
          if (parsed.ok) applyTemplate(parsed.template);
          else setStartupProblems({ list: parsed.problems, more: parsed.more });
        })
        .catch(() => undefined), // no storage on this host: the capability note says so
    [host, applyTemplate],
  );
  useEffect(() => {
    let live = true;
    void loadStored(() => live);
    return () => {
      live = false;
    };
  }, [loadStored]);

  useEffect(() => {
    if (!preview) return;
    return preview.subscribe((e) => {
      if (e.type === 'activate') {
        setTab('sheets');
        setFocusSheet(e.name);
      }
    });
  }, [preview, setTab]);

  const missing = (cap: Capability): string | null => {
    if (capabilities === null) return t.pane.loading;
    if (capabilities.available[cap] === true) return null;
    const reason = capabilities.reasons[cap];
    return reason ? renderHostProblem(lang, reason) : t.pane.capabilityMissing(cap);
  };

  const template: Template = useMemo(
    () => ({
      version: TEMPLATE_VERSION,
      name,
      ...(issuer ? { issuer } : {}),
      sheets,
      settings,
      plans,
      ...(planAssignment ? { planAssignment } : {}),
      ...(mappings.length > 0 ? { mappings } : {}),
    }),
    [name, issuer, sheets, settings, plans, planAssignment, mappings],
  );

  const tabs: [TabId, string][] = [
    ['generate', t.pane.tabs.generate],
    ['risk', t.pane.tabs.risk],
    ['plans', t.pane.tabs.plans],
    ['templates', t.pane.tabs.templates],
    ...(preview ? ([['sheets', t.pane.tabs.sheets]] as [TabId, string][]) : []),
  ];
  const panel = (id: TabId, content: React.ReactNode) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} key={id}>
      {visited.has(id) && content}
    </div>
  );

  return (
    <I18nContext.Provider value={{ lang, t }}>
      <main className={styles.root} lang={lang}>
        <header className={styles.header}>
          <div className={styles.title}>
            <Title3 as="h1" className={styles.heading}>
              {t.pane.appTitle}
            </Title3>
            {host.kind === 'preview' && (
              <Badge appearance="tint" color="informative">
                {t.pane.previewBadge}
              </Badge>
            )}
          </div>
          <Field label={t.pane.uiLanguage}>
            <Select value={lang} onChange={(_, d) => setLang(d.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {catalogue(l).pane.languageName}
                </option>
              ))}
            </Select>
          </Field>
        </header>
        {officeMissing && <Notice notice={{ intent: 'warning', text: t.pane.officeMissing }} />}
        {host.kind === 'preview' && <Notice notice={{ intent: 'info', text: t.pane.previewIntro }} />}
        {startupProblems && (
          <Notice notice={{ intent: 'warning', text: t.templates.storedInvalid(startupProblems.list.length + startupProblems.more) }}>
            <ProblemList problems={startupProblems.list} more={startupProblems.more} label={t.templates.storedInvalid(startupProblems.list.length + startupProblems.more)} />
          </Notice>
        )}
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
          {tabs.map(([id, label]) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {label}
            </Tab>
          ))}
        </TabList>
        {panel(
          'generate',
          <GeneratePanel
            host={host}
            preview={preview}
            onSourcesChange={setSources}
            onRefreshSources={refreshSources}
            mappings={mappings}
            onMappingsChange={setMappings}
            onSaveMappings={missing('templateStorage') === null ? () => host.saveTemplate({ ...template, savedAt: new Date().toISOString() }) : null}
            settings={settings}
            plans={plans}
            planAssignment={planAssignment}
            settingsValid={settingsValid}
            sheets={sheets}
            onSheetsChange={setSheets}
            onLanguageChange={(language) => {
              setSettings((s) => ({ ...s, language }));
              setRevision((r) => r + 1);
            }}
            sources={sources}
            unavailable={missing('generate')}
            refreshUnavailable={capabilities?.available.refresh === false ? missing('refresh') : null}
            undoNote={capabilities?.available.undo === false ? missing('undo') : null}
            onGenerated={() => {
              refreshSources();
              // Generating keeps the workbook's Settings values and the stored template follows them: so does the pane.
              void loadStored(() => true);
            }}
            defaultDay={preview?.reportDate()}
          />,
        )}
        {panel(
          'risk',
          <RiskPanel
            host={host}
            settings={settings}
            sources={sources}
            unavailable={missing('conditionalFormats')}
            selectionUnavailable={missing('selection')}
          />,
        )}
        {panel(
          'plans',
          <SettingsPanel key={revision} settings={settings} onChange={setSettings} onValidityChange={setSettingsValid} />,
        )}
        {panel(
          'templates',
          <TemplatesPanel
            host={host}
            template={template}
            onNameChange={setName}
            onIssuerChange={setIssuer}
            onApply={applyTemplate}
            storageUnavailable={missing('templateStorage')}
          />,
        )}
        {preview && panel('sheets', <PreviewSheetsPanel preview={preview} focus={focusSheet} />)}
      </main>
    </I18nContext.Provider>
  );
}
