import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { JSDOM, ResourceLoader, VirtualConsole, type AbortablePromise, type FetchOptions } from 'jsdom';

/**
 * The task pane template as html-webpack-plugin renders it: the only template expression is the
 * list of bundle files, which the test fills in the same way.
 */
const TEMPLATE = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const BUNDLE_EXPRESSION = '<%= htmlWebpackPlugin.files.js.join("|") %>';
const BUNDLE = 'taskpane.0123abcd.js';
const PAGE_URL = 'https://oa.example.gov.cn/party-day/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN#top';
const BASE = 'https://oa.example.gov.cn/party-day/';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const IE10 = 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)';
const EDGE_WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0';

function renderedTemplate(): string {
  return TEMPLATE.split(BUNDLE_EXPRESSION).join(BUNDLE);
}

/** A stand-in for office.js: Office.onReady reports `host`; OSF.Logger is where office.js keeps its telemetry frame. */
function fakeOfficeJs(host: string | null): string {
  return `
    window.__onReadyCalls = 0;
    window.OSF = { Logger: { ulsEndpoint: { loadProxyFrame: function () { window.__telemetryFrameLoaded = true; } } } };
    window.Office = { onReady: function (callback) {
      window.__onReadyCalls += 1;
      callback({ host: ${JSON.stringify(host)}, platform: null });
      return { then: function () {} };
    } };`;
}

class RecordingLoader extends ResourceLoader {
  readonly requested: string[] = [];

  constructor(
    userAgent: string,
    private readonly bodies: Record<string, string>,
  ) {
    super({ userAgent });
  }

  override fetch(url: string, _options: FetchOptions): AbortablePromise<Buffer> | null {
    this.requested.push(url);
    const body = this.bodies[url.slice(BASE.length)];
    if (body === undefined) return null; // as if the file were missing
    return Object.assign(Promise.resolve(Buffer.from(body)), { abort: () => undefined });
  }
}

interface PaneWindow {
  __onReadyCalls?: number;
  __telemetryFrameLoaded?: boolean;
  __bundleRan?: boolean;
  OSF: { Logger: { ulsEndpoint: { loadProxyFrame(): void } } };
}

async function loadPane(userAgent: string, bodies: Record<string, string>) {
  const loader = new RecordingLoader(userAgent, bodies);
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(error.message));
  virtualConsole.on('error', (message) => errors.push(String(message)));
  const dom = new JSDOM(renderedTemplate(), {
    url: PAGE_URL,
    runScripts: 'dangerously',
    resources: loader,
    virtualConsole,
    pretendToBeVisual: true,
  });
  await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
  // Scripts the page added itself load after the load event of the document has been queued.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const document = dom.window.document;
  const display = (id: string) => (document.getElementById(id) as HTMLElement).style.display;
  return { dom, document, loader, errors, display, window: dom.window as unknown as PaneWindow };
}

const withOffice = (host: string | null) => ({
  'office-js/office.js': fakeOfficeJs(host),
  [BUNDLE]: 'window.__bundleRan = true;',
});

describe('taskpane.html in an Internet Explorer webview', () => {
  it.each([
    ['IE 11', IE11],
    ['IE 10', IE10],
  ])('%s: shows the Chinese explanation instead of the app and never loads the bundle', async (_name, ua) => {
    const { document, loader, errors, display, window } = await loadPane(ua, withOffice('Excel'));
    expect(display('legacy-webview')).toBe('block');
    expect(display('root')).toBe('none');
    const text = document.getElementById('legacy-webview')?.textContent ?? '';
    expect(text).toContain('当前 Office 版本无法运行本加载项');
    expect(text).toContain('文件模式');
    expect(text).toContain('360 浏览器的极速模式');
    expect(text).toContain('Office 2021 或 Microsoft 365');
    // The address to open in a modern browser: this page, in file mode, without Office's query.
    expect(document.getElementById('legacy-file-mode-url')?.textContent).toBe(
      `${BASE}taskpane.html?mode=file`,
    );
    expect(loader.requested).toEqual([`${BASE}office-js/office.js`]);
    expect(window.__bundleRan).toBeUndefined();
    expect(document.querySelectorAll(`script[src="${BUNDLE}"]`)).toHaveLength(0);
    // Office waits for the page to initialise office.js, IE included.
    expect(window.__onReadyCalls).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('taskpane.html in a modern webview or browser', () => {
  it('loads office.js from its own folder first, then the bundle, and keeps the explanation hidden', async () => {
    const { loader, errors, display, window } = await loadPane(EDGE_WEBVIEW2, withOffice('Excel'));
    expect(loader.requested).toEqual([`${BASE}office-js/office.js`, `${BASE}${BUNDLE}`]);
    expect(window.__bundleRan).toBe(true);
    expect(display('legacy-webview')).toBe('none');
    expect(display('root')).toBe('');
    expect(errors).toEqual([]);
  });

  it("stops office.js' telemetry frame to Microsoft when there is no Office host (plain browser)", async () => {
    const { window } = await loadPane(EDGE_WEBVIEW2, withOffice(null));
    window.OSF.Logger.ulsEndpoint.loadProxyFrame();
    expect(window.__telemetryFrameLoaded).toBeUndefined();
  });

  it('leaves office.js alone inside Office', async () => {
    const { window } = await loadPane(EDGE_WEBVIEW2, withOffice('Excel'));
    window.OSF.Logger.ulsEndpoint.loadProxyFrame();
    expect(window.__telemetryFrameLoaded).toBe(true);
  });

  it('still starts the app when office.js is missing', async () => {
    const { loader, errors, window } = await loadPane(EDGE_WEBVIEW2, {
      [BUNDLE]: 'window.__bundleRan = true;',
    });
    expect(loader.requested).toEqual([`${BASE}office-js/office.js`, `${BASE}${BUNDLE}`]);
    expect(window.__bundleRan).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('taskpane.html source', () => {
  it('has exactly two template expressions, both the bundle list: its preload and its loader', () => {
    expect(TEMPLATE.split(BUNDLE_EXPRESSION)).toHaveLength(3);
    expect(renderedTemplate()).not.toContain('<%');
  });

  it('preloads the bundle ahead of office.js in a modern browser, so both download at once', async () => {
    const { document } = await loadPane(EDGE_WEBVIEW2, withOffice('Excel'));
    const head = Array.from(document.head.children);
    const preload = head.findIndex(
      (element) =>
        element.matches('link[rel="preload"][as="script"]') && element.getAttribute('href') === BUNDLE,
    );
    const officeJs = head.findIndex((element) => element.getAttribute('src') === 'office-js/office.js');
    expect(preload).toBeGreaterThan(-1);
    expect(preload).toBeLessThan(officeJs);
  });

  it('preloads nothing in Internet Explorer, which never runs the bundle', async () => {
    const { document } = await loadPane(IE11, withOffice('Excel'));
    expect(document.querySelectorAll('link[rel="preload"]')).toHaveLength(0);
  });

  it('keeps its inline scripts to ES5, which Internet Explorer can parse', () => {
    const { document } = new JSDOM(renderedTemplate()).window;
    const inline = Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) {
      expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
    }
  });

  it('loads office.js relatively, before any other script, and no stylesheet file', () => {
    const { document } = new JSDOM(renderedTemplate()).window;
    const scripts = Array.from(document.querySelectorAll('script'));
    const officeJs = scripts.findIndex((s) => s.hasAttribute('src'));
    expect(scripts[officeJs].getAttribute('src')).toBe('office-js/office.js');
    expect(scripts.filter((s) => s.hasAttribute('src'))).toHaveLength(1);
    // Before it only the preloader, which adds <link rel="preload"> and runs no script.
    for (const before of scripts.slice(0, officeJs)) {
      expect(before.textContent).toContain("link.rel = 'preload'");
      expect(before.textContent).not.toContain("createElement('script')");
    }
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(document.querySelector('meta[http-equiv="X-UA-Compatible"]')?.getAttribute('content')).toBe(
      'IE=edge',
    );
  });
});
