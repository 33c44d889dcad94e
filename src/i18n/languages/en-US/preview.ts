import type { PreviewTexts } from '../../sections/pane';

export const preview: PreviewTexts = {
  heading: 'Generated sheets',
  empty: 'Nothing generated yet: use Generate.',
  download: 'Download .xlsx',
  downloading: 'Preparing the workbook…',
  downloaded: (file) => `Downloaded ${file}.`,
  sheetTable: (name) => `Sheet ${name}`,
  moreRows: (n) => `… and ${n} more rows in the workbook.`,
};
