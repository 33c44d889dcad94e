import type { DataCheck } from '../../data/check';
import { PROBLEMS_SHOWN, type DataProblem } from '../../data/problems';
import { catalogue, renderDataProblems } from '../../i18n';
import { Notice } from '../common/Notice';
import { useI18n } from '../i18n';

/** A list of problem lines (the first 50, then how many more), rendered as text. */
function Lines({ problems, total, label }: { problems: readonly DataProblem[]; total: number; label: string }) {
  const { lang } = useI18n();
  return (
    <ul aria-label={label}>
      {renderDataProblems(lang, problems, PROBLEMS_SHOWN, total).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * What reading the data found: each table's kind, rows and ignored columns, the data's span, and
 * every problem in the pane's language (errors refuse the data; warnings do not).
 */
export function CheckResult({ check, fileProblems }: { check: DataCheck | null; fileProblems: readonly DataProblem[] }) {
  const { lang } = useI18n();
  const t = catalogue(lang);
  const fileErrors = fileProblems.filter((p) => p.severity === 'error');
  return (
    <>
      {fileErrors.length > 0 && (
        <Notice notice={{ intent: 'error', text: t.dataStep.refusedTitle(fileErrors.length) }}>
          <Lines problems={fileErrors} total={fileErrors.length} label={t.dataStep.refusedTitle(fileErrors.length)} />
        </Notice>
      )}
      {check && (
        <>
          <Notice
            notice={{
              intent: check.ok ? 'success' : 'error',
              title: check.ok ? t.dataStep.checked : t.dataStep.refusedTitle(check.errors),
              text: check.summary ? t.dataReport.summary(check.summary.deals, check.summary.reps, check.summary.customers, check.summary.first, check.summary.last) : '',
            }}
          >
            <ul>
              {check.tables.map((table) => (
                <li key={table.source}>
                  {table.kind === null
                    ? t.dataReport.skipped(table.source)
                    : t.dataReport.table(table.source, t.data.kinds[table.kind], table.rows, table.headerRow)}
                  {table.kind !== null && table.ignored.length > 0 && ` · ${t.dataReport.ignored(table.ignored.join(', '))}`}
                </li>
              ))}
            </ul>
            {!check.ok && (
              <Lines
                problems={check.problems.filter((p) => p.severity === 'error')}
                total={check.errors}
                label={t.dataStep.refusedTitle(check.errors)}
              />
            )}
          </Notice>
          {check.warnings > 0 && (
            <Notice notice={{ intent: 'warning', text: t.dataStep.warningsTitle(check.warnings) }}>
              <Lines problems={check.problems.filter((p) => p.severity === 'warning')} total={check.warnings} label={t.dataStep.warningsTitle(check.warnings)} />
            </Notice>
          )}
        </>
      )}
    </>
  );
}
