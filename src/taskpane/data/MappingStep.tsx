import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { TABLE_KINDS, type TableKind } from '../../data/fields';
import type { ColumnMapping } from '../../data/mapping';
import { previewRows } from '../../data/preview';
import type { DataSourceInfo } from '../../host/types';
import { catalogue, renderDataProblem } from '../../i18n';
import { usePanelStyles } from '../common/styles';
import { useI18n } from '../i18n';
import { chooseColumn, chooseKind, fieldList, recognitionOf } from './selection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL },
  // Each track may shrink below its select's longest header (min-width 0), so the grid never runs past a narrow pane.
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 9rem), 1fr))', gap: tokens.spacingHorizontalS, '& > *': { minWidth: 0 } },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap' },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface MappingStepProps {
  source: DataSourceInfo;
  /** The kind the user set for this table, or undefined to recognise it from its headers. */
  kind: TableKind | undefined;
  onKindChange: (kind: TableKind | undefined) => void;
  mappings: ColumnMapping[];
  onMappingsChange: (mappings: ColumnMapping[]) => void;
  disabled: boolean;
}

/**
 * One table's columns: what the table holds, a drop-down per field listing the table's headers,
 * and the first rows as they will be read (a cell that would be refused shows why).
 */
export function MappingStep({ source, kind, onKindChange, mappings, onMappingsChange, disabled }: MappingStepProps) {
  const { lang } = useI18n();
  const t = catalogue(lang);
  const styles = useStyles();
  const panel = usePanelStyles();
  const recognition = recognitionOf(source, mappings, kind);
  const effective = kind ?? recognition.kind ?? recognition.closest;
  const preview = recognition.kind ? previewRows(recognition.kind, recognition, source.headers, source.preview, source.label, source.headerRow + 1) : null;
  const labels = (k: TableKind): Record<string, string> => t.data.fields[k] as Record<string, string>;

  return (
    <div className={styles.root} role="group" aria-label={t.dataStep.columns(source.label)}>
      <Field label={t.dataStep.kind}>
        <Select
          className={panel.control}
          value={kind ?? ''}
          disabled={disabled}
          onChange={(_, d) => {
            const next = d.value === '' ? undefined : (d.value as TableKind);
            onMappingsChange(chooseKind(mappings, source, next ?? null));
            onKindChange(next);
          }}
        >
          <option value="">{t.dataStep.kindAuto}</option>
          {TABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.data.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      {effective && (
        <div className={styles.fields}>
          {fieldList(effective).map((field) => {
            const col = recognition.columns[field];
            return (
              <Field key={field} label={labels(effective)[field]}>
                <Select
                  className={panel.control}
                  value={col === undefined ? '' : source.headers[col]}
                  disabled={disabled}
                  onChange={(_, d) => onMappingsChange(chooseColumn(mappings, source, effective, field, d.value, recognition))}
                >
                  <option value="">{t.dataStep.none}</option>
                  {source.headers
                    .filter((h) => h !== '')
                    .map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                </Select>
              </Field>
            );
          })}
        </div>
      )}
      {!recognition.kind && recognition.closest && (
        <p className={styles.bad} role="status">
          {renderDataProblem(lang, { code: 'missingFields', params: { kind: recognition.closest, missing: recognition.missing }, severity: 'error' })}
        </p>
      )}
      {preview && preview.rows.length > 0 && recognition.kind && (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.cell}>{t.dataStep.previewCaption(preview.rows.length)}</caption>
            <thead>
              <tr>
                {preview.fields.map((f) => (
                  <th key={f} scope="col" className={styles.cell}>
                    {labels(recognition.kind!)[f]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    'problem' in cell ? (
                      <td key={i} className={`${styles.cell} ${styles.bad}`} title={renderDataProblem(lang, cell.problem)}>
                        ⚠ {(t.data.problems[cell.problem.code] as (p: unknown) => string)(cell.problem.params)}
                      </td>
                    ) : (
                      <td key={i} className={styles.cell}>
                        {cell.value}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
