/**
 * The ribbon's function file (manifest FunctionFile). The Home-tab button only shows the task pane
 * (ShowTaskpane), so there are no ribbon functions; Office still expects office.js on this page to
 * be initialised before it treats the add-in's commands as ready.
 */

/** The part of office.js's internals that opens its telemetry frame. */
interface OfficeJsLogger {
  OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } } };
}

void Office.onReady().then((info) => {
  // Outside Office (this page opened in a browser) office.js opens a frame to Microsoft's
  // telemetry service 3 s after loading. The add-in contacts no host but its own, and the page's
  // Content-Security-Policy refuses the frame anyway: stop it first, as taskpane.html does.
  const endpoint = (window as unknown as OfficeJsLogger).OSF?.Logger?.ulsEndpoint;
  if (!info.host && endpoint) endpoint.loadProxyFrame = () => {};
});
