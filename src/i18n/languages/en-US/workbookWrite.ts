import type { WorkbookWriteTexts } from '../../catalogue';

const list = (names: string[]): string => names.join(', ');

export const workbookWrite: WorkbookWriteTexts = {
  notices: {
    sheetRenamed: ({ sheet, wanted }) => `A sheet named "${wanted}" already exists, so the new sheet is named "${sheet}"; the existing sheet was not changed.`,
    tableRenamed: ({ wanted, actual }) => `A table named "${wanted}" already exists, so the new table is named "${actual}".`,
    nameTaken: ({ wanted, actual }) => `The workbook already has a name "${wanted}" that the add-in did not create, so the generated formulas use "${actual}" instead.`,
    featureSkipped: ({ sheet, feature, requirement }) =>
      `Sheet "${sheet}": this version of Excel does not support ${workbookWrite.features[feature]} (requires ${requirement}); it was skipped.`,
    listTooLong: ({ sheet, range }) =>
      `Sheet "${sheet}": the drop-down list for ${range} is longer than Excel allows in a list (255 characters) or contains a comma; it was skipped.`,
    rowsFlagged: ({ sheet, table, rows }) =>
      `Sheet "${sheet}": ${rows} ${rows === 1 ? 'row' : 'rows'} of table "${table}" ${rows === 1 ? 'is' : 'are'} no longer in the data; kept with everything typed in them and marked "${workbookWrite.noLongerInData}". Delete them when they are no longer needed.`,
    refreshBlocked: ({ sheet, cells }) =>
      `Sheet "${sheet}" was not refreshed: the new rows would cover cells you typed (${cells}). Move those cells, then refresh again.`,
    refreshKeyMissing: ({ sheet, table, column }) =>
      `Sheet "${sheet}" was not refreshed: table "${table}" has no column "${column}" any more, so its rows cannot be matched with the data. Restore that column's header, then refresh again.`,
    refreshMoved: ({ sheet, table }) =>
      `Sheet "${sheet}" was not refreshed: table "${table}" was moved since it was generated. Move it back, or generate without refreshing to get a new sheet.`,
    settingsKept: ({ sheet, names }) =>
      `The values on sheet "${sheet}" were used and kept for ${list(names)}: they differ from the pane's, which now shows the workbook's.`,
    settingUnreadable: ({ sheet, name, value }) =>
      `Sheet "${sheet}": "${value}" in ${name} is not a value the add-in can use; the cell was kept and the pane's value used for the computed results.`,
    refreshUnavailable: ({ requirement }) =>
      `This version of Excel cannot resize tables (requires ${requirement}), so new sheets were generated instead of refreshing the add-in's.`,
  },
  problems: {
    failed: ({ sheet, error, cause, restored, restoreError }) =>
      `${sheet ? `Writing sheet "${sheet}" failed` : 'Writing the workbook failed'}: ${cause ? workbookWrite.problems.rowTooLarge(cause) : error}. ` +
      (restored
        ? 'Every sheet, table, name and value is as it was before.'
        : `Putting the workbook back as it was failed too (${restoreError ?? 'unknown reason'}); check the sheets this run touched.`),
    rowTooLarge: ({ sheet, row, bytes }) => `Row ${row} of sheet "${sheet}" is larger than Excel can receive in one request (${bytes} bytes).`,
  },
  features: {
    conditionalFormats: 'conditional formatting',
    dataValidation: 'drop-down lists (data validation)',
    charts: 'charts',
    notes: 'cell notes',
    freeze: 'frozen panes',
    print: 'page setup for printing',
  },
  statusHeader: 'Data status',
  noLongerInData: 'No longer in the data',
  listAlertTitle: 'Sales Performance Kit',
  undoUnavailable: (requirement) =>
    `This version of Excel cannot undo a Generate in one step (that needs ${requirement}): Undo may not take back all of its changes.`,
  refreshUnavailable: (requirement) => `Refreshing the add-in's tables needs ${requirement}, which this version of Excel lacks.`,
};
