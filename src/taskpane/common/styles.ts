import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Layout shared by the panels. A task pane is 320–450 px wide: fields sit side by side only where
 * two fit at a readable width and otherwise stack, boxes fill their field (an <input>'s own width
 * would push it past a narrow pane), and long words wrap instead of widening the page.
 */
export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  /** Paired fields: two columns from 2 × 12rem, one below that. */
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  /** A group of fields with an action beside it (a tier and its remove button): the button keeps its own column. */
  withAction: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, alignItems: 'end' },
  /** A number box needs no more than this. */
  narrow: { maxWidth: '12rem' },
  /** An input or select: as wide as its field, never wider than the pane. */
  control: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
