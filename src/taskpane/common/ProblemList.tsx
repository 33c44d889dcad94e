import { makeStyles, tokens } from '@fluentui/react-components';
import { catalogue } from '../../i18n';
import type { Problem } from '../../templates/problems';
import { useI18n } from '../i18n';
import { renderTemplateProblem } from '../../i18n';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * The problems of a rejected template: path and reason, both rendered as text (they come from a
 * file). parseTemplate keeps at most the first 100 and counts the rest (`more`), shown as one line.
 */
export function ProblemList({ problems, label, more = 0 }: { problems: readonly Problem[]; label: string; more?: number }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
    <>
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {t.templates.problemPath}
          </th>
          <th className={styles.cell} scope="col">
            {t.templates.problemReason}
          </th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={`${p.path}-${i}`}>
            <td className={`${styles.cell} ${styles.path}`}>{p.path === '' ? t.templateProblems.root : p.path}</td>
            <td className={styles.cell}>{renderTemplateProblem(lang, p.reason)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {more > 0 && <p data-testid="more-problems">{catalogue(lang).templateProblems.more(more)}</p>}
    </>
  );
}
