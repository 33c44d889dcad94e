import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewControls } from '../../preview/types';
import type { SheetSpec } from '../../sheets/model';
import { Notice, errorText, type NoticeState } from '../common/Notice';
import { usePanelStyles } from '../common/styles';
import { useI18n } from '../i18n';
import { SheetTables } from '../preview/SheetTables';

const useStyles = makeStyles({
  sheet: { scrollMarginTop: tokens.spacingVerticalL },
});

/** Preview mode only: the generated sheets as HTML tables and the .xlsx download. */
export function PreviewSheetsPanel({ preview, focus }: { preview: PreviewControls; focus: string | null }) {
  const { t, lang } = useI18n();
  const styles = usePanelStyles();
  const own = useStyles();
  const [sheets, setSheets] = useState<readonly SheetSpec[]>(preview.sheets());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  useEffect(() => preview.subscribe((e) => e.type === 'generated' && setSheets(preview.sheets())), [preview]);
  useEffect(() => {
    if (focus) document.getElementById(sheetId(focus))?.scrollIntoView?.({ block: 'start' });
  }, [focus, sheets]);

  async function download() {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ intent: 'success', text: t.preview.downloaded(await preview.downloadXlsx()) });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="sheets-heading">
      <h2 id="sheets-heading" className={styles.legend}>
        {t.preview.heading}
      </h2>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void download()}>
          {busy ? t.preview.downloading : t.preview.download}
        </Button>
      </div>
      {notice && <Notice notice={notice} />}
      {sheets.length === 0 && <p>{t.preview.empty}</p>}
      {sheets.map((sheet) => (
        <article key={sheet.name} id={sheetId(sheet.name)} className={own.sheet} aria-label={t.preview.sheetTable(sheet.name)}>
          <h3>{sheet.name}</h3>
          <SheetTables sheet={sheet} />
        </article>
      ))}
    </section>
  );
}

/** A DOM id from a sheet name (which may hold any character). */
export const sheetId = (name: string): string => `sheet-${Array.from(name, (c) => c.codePointAt(0)?.toString(36)).join('-')}`;
