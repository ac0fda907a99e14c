import { detectHost, initialView, type OfficeStartup } from '../../src/taskpane/host';

/** office.js sets HostType members to their names at run time; the typings declare numbers. */
const HOST_TYPE = { Excel: 'Excel', Word: 'Word' } as unknown as {
  Excel: Office.HostType;
  Word: Office.HostType;
};

function fakeOffice(onReady: () => Promise<{ host: Office.HostType | null }>): OfficeStartup {
  return { onReady, HostType: { Excel: HOST_TYPE.Excel } };
}

describe('detectHost', () => {
  it('is Excel when Office.onReady reports the Excel host', async () => {
    await expect(detectHost(fakeOffice(async () => ({ host: HOST_TYPE.Excel })))).resolves.toEqual({
      kind: 'excel',
    });
  });

  it('is a plain browser when office.js did not load', async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: 'browser', reason: 'no-office-js' });
  });

  it('is a plain browser when Office.onReady resolves with host null', async () => {
    await expect(detectHost(fakeOffice(async () => ({ host: null })))).resolves.toEqual({
      kind: 'browser',
      reason: 'no-host',
    });
  });

  it('treats another Office application as "not in Excel"', async () => {
    await expect(detectHost(fakeOffice(async () => ({ host: HOST_TYPE.Word })))).resolves.toEqual({
      kind: 'browser',
      reason: 'other-host',
    });
  });

  it('never rejects: a failing Office.onReady means the pane runs as a web page', async () => {
    const failing = fakeOffice(() => Promise.reject(new Error('office.js broke')));
    await expect(detectHost(failing)).resolves.toEqual({ kind: 'browser', reason: 'no-office-js' });
  });
});

describe('initialView', () => {
  it('opens file mode only for ?mode=file', () => {
    expect(initialView('?mode=file')).toBe('file');
    expect(initialView('?x=1&mode=file')).toBe('file');
    expect(initialView('')).toBe('overview');
    expect(initialView('?mode=files')).toBe('overview');
    expect(initialView('?_host_Info=Excel$Win32$16.01$zh-CN')).toBe('overview');
  });
});
