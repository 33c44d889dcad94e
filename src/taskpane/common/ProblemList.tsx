import { makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../templates/problems';
import { useI18n } from '../i18n';
import { renderTemplateProblem } from '../../i18n';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Every problem of a rejected template: path and reason, both rendered as text (they come from a file). */
export function ProblemList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
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
  );
}
