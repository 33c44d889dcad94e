/**
 * Outside Office, office.js loads o15apptofilemappingtable.js, whose logger opens a telemetry
 * frame on telemetryservice.firstpartyapps.oaspapps.com three seconds later (OfficeDev/office-js#696).
 * Preview mode promises to work offline and to send nothing anywhere, so once Office.onReady has
 * said "no Office host" the frame is not opened; log lines stay in the logger's buffer. Inside
 * Office this is never called.
 */
interface UlsEndpoint {
  loadProxyFrame?: () => void;
}

export function stopOfficeTelemetryOutsideOffice(win: Window = window): boolean {
  const w = win as unknown as { Logger?: { ulsEndpoint?: UlsEndpoint }; OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint } } };
  let stopped = false;
  for (const endpoint of [w.Logger?.ulsEndpoint, w.OSF?.Logger?.ulsEndpoint]) {
    if (endpoint && typeof endpoint.loadProxyFrame === 'function') {
      endpoint.loadProxyFrame = () => undefined;
      stopped = true;
    }
  }
  return stopped;
}
