import { makeStyles, tokens } from '@fluentui/react-components';
import type { SheetSpec } from '../../sheets/model';
import { useI18n } from '../i18n';
import { cellText } from './cellText';

/** Rows shown per table: enough to see the shape; the workbook holds them all. */
export const PREVIEW_ROWS = 50;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', marginBottom: tokens.spacingVerticalM },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXS}`, textAlign: 'start' },
  head: { backgroundColor: tokens.colorNeutralBackground3 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
});

/** A sheet's blocks and tables as HTML tables (values as text, never markup). */
export function SheetTables({ sheet }: { sheet: SheetSpec }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  return (
    <>
      {sheet.blocks.map((block, b) => (
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        <div key={`b${b}`} className={s.scroll} tabIndex={0} role="region" aria-label={`${sheet.name} ${b + 1}`}>
          <table className={s.table}>
            <tbody>
              {block.cells.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={s.cell}>
                      {cellText(cell, block.numberFormats?.[c], lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {sheet.tables.map((table) => (
        <div key={table.name} className={s.scroll} tabIndex={0} role="region" aria-label={table.name}>
          <table className={s.table}>
            <caption className={s.caption}>{table.name}</caption>
            <thead>
              <tr>
                {table.columns.map((col, c) => (
                  <th key={c} scope="col" className={`${s.cell} ${s.head}`}>
                    {col.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={s.cell}>
                      {cellText(cell, table.columns[c]?.numberFormat, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length > PREVIEW_ROWS && <p>{t.preview.moreRows(table.rows.length - PREVIEW_ROWS)}</p>}
        </div>
      ))}
    </>
  );
}
