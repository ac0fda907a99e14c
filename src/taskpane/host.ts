/** Where the pane is running: inside Excel, or in a plain browser (office.js absent or host-less). */
export type HostInfo =
  | { kind: 'excel' }
  | {
      kind: 'browser';
      /** 'no-office-js': office.js did not load; 'no-host': loaded outside Office; 'other-host': another Office app. */
      reason: 'no-office-js' | 'no-host' | 'other-host';
    };

/** The part of the Office global the start-up needs (office.js sets HostType.Excel to 'Excel'). */
export interface OfficeStartup {
  onReady(): Promise<{ host: Office.HostType | null }>;
  HostType: { Excel: Office.HostType };
}

/** Waits for office.js and tells where the pane runs. Never rejects: a failure means "not in Excel". */
export async function detectHost(office: OfficeStartup | undefined): Promise<HostInfo> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'browser', reason: 'no-office-js' };
  let host: Office.HostType | null;
  try {
    ({ host } = await office.onReady());
  } catch {
    return { kind: 'browser', reason: 'no-office-js' };
  }
  if (host === null || host === undefined) return { kind: 'browser', reason: 'no-host' };
  return host === office.HostType.Excel ? { kind: 'excel' } : { kind: 'browser', reason: 'other-host' };
}

/** The pane's first view: the overview (inside Excel or not), or file mode when the URL asks for it. */
export type PaneView = 'overview' | 'file';

export function initialView(search: string): PaneView {
  return new URLSearchParams(search).get('mode') === 'file' ? 'file' : 'overview';
}
