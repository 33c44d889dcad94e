import type { ClosingTexts } from '../../sections/closing';

/** "2026-02-03T09:00:00.000Z" → "2026-02-03 09:00 UTC". */
const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export const closing: ClosingTexts = {
  problems: {
    periodNotInRun: ({ period, first, last }) => `${period} is not a month of this data (${first} to ${last}).`,
    alreadyClosed: ({ period, snapshot, closedAt }) => `${period} is already closed (snapshot ${snapshot}, ${when(closedAt)}). Reopen it first to close it again.`,
    noStatements: ({ period }) => `${period} has no commission statements to close.`,
    notClosed: ({ period }) => `${period} is not closed.`,
    laterClosed: ({ period, later }) => `${period} cannot be reopened while ${later} is closed: reopen ${later} first.`,
    sheetBlocked: ({ period, sheet }) => `${period} was not closed: the sheet ${sheet} holds cells typed where the closed statement goes. Move them and close again.`,
    recordNotSaved: ({ period, sheet, unlocked }) =>
      `${period} was not closed: the workbook did not save its record of closed periods. ${unlocked ? `The sheet ${sheet} holds the statement's values, unprotected; generate or close again.` : `The sheet ${sheet} is still protected: unprotect it (Review › Unprotect Sheet) and close again.`}`,
    recordUnreadable: ({ reason }) =>
      `The workbook's record of closed periods cannot be read (${reason === 'notJson' ? 'not JSON' : 'not a record this kit wrote'}); nothing is generated over it.`,
  },
  closedLine: ({ snapshot, closedAt }) => `Closed ${when(closedAt)} · snapshot ${snapshot} · values as paid; later changes appear as prior-period adjustments`,
  footer: (snapshot) => `Snapshot ${snapshot}`,
  pane: {
    title: 'Close a period',
    hint: 'Closing writes the month’s statements as values, protects the sheet and keeps a snapshot; later changes are paid in the next open month.',
    period: 'Month',
    close: 'Close the month',
    reopen: 'Reopen the month',
    working: 'Closing…',
    closed: (period, snapshot) => `${period} closed (snapshot ${snapshot}).`,
    reopened: (period, snapshot) => `${period} reopened; snapshot ${snapshot} is kept as a version.`,
    previewNote: 'In the browser preview a closed month lasts for this session and is stored in the workbook you download; close months for good in Excel or with npm run generate -- --close.',
    monthPlaceholder: 'YYYY-MM',
  },
  cli: {
    badMonth: (option, value) => `${option} needs a month written YYYY-MM (for example 2026-01), not "${value}".`,
    bothActions: '--close and --reopen cannot be used in one run.',
    closed: (period, snapshot, file) => `Closed ${period} in ${file}: snapshot ${snapshot}.`,
    reopened: (period, snapshot, file) => `Reopened ${period} in ${file}; snapshot ${snapshot} is kept as a version.`,
    adjustments: (count, period) => `${count} prior-period adjustment line(s) paid in ${period}.`,
  },
};
