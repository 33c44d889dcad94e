/**
 * Where the page runs, from office.js. Outside Office, Office.onReady resolves with host null; when
 * office.js itself did not load (no network to Microsoft's CDN, a blocked script) there is no
 * Office global at all, and the page must still start and say so.
 */
export type OfficePlace = 'excel' | 'otherOffice' | 'browser' | 'noOfficeJs';

export async function officePlace(): Promise<OfficePlace> {
  if (typeof Office === 'undefined') return 'noOfficeJs';
  try {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) return 'excel';
    return info.host ? 'otherOffice' : 'browser';
  } catch {
    return 'noOfficeJs';
  }
}
