import type { HostFeature } from '../../../host/problems';
import type { HostTexts } from '../../sections/host';

const features: Record<HostFeature, string> = {
  generate: 'generating sheets',
  selection: 'reading the selection',
  templateStorage: 'storing the template in the workbook',
  conditionalFormats: 'conditional formatting',
  dataValidation: 'drop-down lists (data validation)',
  charts: 'charts',
};

export const host: HostTexts = {
  features,
  problems: {
    unavailable: ({ feature, version }) => `This version of Excel does not support ${features[feature]} (requires ExcelApi ${version}).`,
    busy: () => 'Sheets are already being generated. Wait until that finishes, then try again.',
    noSelection: () => 'Select the cells to flag first (a header row and at least one data row).',
    tableMissing: ({ table }) => `There is no table named “${table}” in this workbook.`,
    columnMissing: ({ column, where }) => `Column “${column}” was not found in ${where}.`,
    thresholds: () => 'The yellow threshold must not be above the green one, and neither may be negative.',
    elapsed: () => 'The elapsed share of the period must be between 0 (exclusive) and 1.',
    templateInvalid: () => 'The template stored in this workbook is not valid JSON; it was ignored.',
    sheetMissing: ({ sheet }) => `There is no sheet named “${sheet}”.`,
    previewNoConditionalFormats: () =>
      'Preview mode cannot add conditional formatting: use it in Excel. The downloaded workbook already carries the generated rules.',
    previewNoSelection: () => 'There is no selection in preview mode.',
    previewNoStorage: () => 'The browser blocks storage, so the template cannot be kept; export it as .json instead.',
    unexpected: ({ detail }) => `Something unexpected went wrong: ${detail}`,
  },
  steps: {
    starting: () => 'Generating…',
    reading: ({ source }) => `Reading ${source}`,
    loading: () => 'Loading',
    preparingData: () => 'Preparing the sample data',
    buildingSheets: () => 'Building the sheets',
    sheet: ({ name }) => name,
    done: () => 'Done',
  },
};
