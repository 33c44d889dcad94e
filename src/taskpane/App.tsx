import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  /** The Office host, or null outside Office. */
  host: Office.HostType | null;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Sales Performance Kit</Title2>
      <Body1>Custom functions =SALES.COMMISSION(…) and the other SALES functions are ready.</Body1>
      {host === null && <Body1>Running outside Excel: open it in Excel to use the functions in cells.</Body1>}
    </main>
  );
}
