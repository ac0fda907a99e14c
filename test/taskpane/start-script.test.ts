import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Plan {
  kind: 'registry' | 'wef-folder' | 'web-only';
  register?: [string, string[]];
  unregister?: [string, string[]];
  findExcel?: [string, string[]];
  wefDir?: string;
  target?: string;
  excelApp?: string;
  open?: [string, string[]];
}

/** scripts/start.js is plain Node JavaScript; its pure helpers are exported for these tests. */
interface StartScript {
  readAddinId(xml: string): string | undefined;
  sideloadPlan(input: { platform: string; manifestPath: string; addinId: string; homeDir: string }): Plan;
  parseRegDefaultValue(output: string): string | undefined;
  webInstructions(manifestPath: string): string[];
  URLS: { taskpane: string; fileMode: string };
  WEF_DEVELOPER_KEY: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script without typings
const start = require('../../scripts/start.js') as StartScript;

const ID = '7f3c51f4-bc89-4507-94ea-dccd47b0e15b';

describe('readAddinId', () => {
  it("reads the first <Id> of the repository's manifest", () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(start.readAddinId(manifest)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
  });

  it('takes the add-in id, not a later element, and refuses a non-GUID', () => {
    expect(start.readAddinId(`<OfficeApp><Id> ${ID} </Id><Version>1.0.0.0</Version></OfficeApp>`)).toBe(ID);
    expect(start.readAddinId('<OfficeApp><Id>party-day</Id></OfficeApp>')).toBeUndefined();
    expect(start.readAddinId('<OfficeApp/>')).toBeUndefined();
  });
});

describe('sideloadPlan', () => {
  it('on Windows registers the manifest under WEF\\Developer by add-in id, and can remove it', () => {
    const manifestPath = 'C:\\work\\party-day\\manifest.xml';
    const plan = start.sideloadPlan({
      platform: 'win32',
      manifestPath,
      addinId: ID,
      homeDir: 'C:\\Users\\x',
    });
    expect(plan.kind).toBe('registry');
    expect(start.WEF_DEVELOPER_KEY).toBe('HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer');
    expect(plan.register).toEqual([
      'reg',
      ['add', start.WEF_DEVELOPER_KEY, '/v', ID, '/t', 'REG_SZ', '/d', manifestPath, '/f'],
    ]);
    expect(plan.unregister).toEqual(['reg', ['delete', start.WEF_DEVELOPER_KEY, '/v', ID, '/f']]);
    expect(plan.findExcel?.[1]).toContain(
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe',
    );
  });

  it("on macOS copies the manifest into Excel's wef folder", () => {
    const plan = start.sideloadPlan({
      platform: 'darwin',
      manifestPath: '/Users/li/party-day/manifest.xml',
      addinId: ID,
      homeDir: '/Users/li',
    });
    expect(plan.kind).toBe('wef-folder');
    expect(plan.wefDir).toBe('/Users/li/Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    expect(plan.target).toBe(
      `/Users/li/Library/Containers/com.microsoft.Excel/Data/Documents/wef/${ID}.manifest.xml`,
    );
    expect(plan.open).toEqual(['open', ['-a', 'Microsoft Excel']]);
  });

  it('on Linux has no desktop Excel to sideload into', () => {
    expect(
      start.sideloadPlan({ platform: 'linux', manifestPath: '/m.xml', addinId: ID, homeDir: '/root' }),
    ).toEqual({
      kind: 'web-only',
    });
  });
});

describe('parseRegDefaultValue', () => {
  it("reads Excel's path from `reg query ... /ve`", () => {
    const output = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe',
      '    (Default)    REG_SZ    C:\\Program Files\\Microsoft Office\\Root\\Office16\\EXCEL.EXE',
      '',
    ].join('\r\n');
    expect(start.parseRegDefaultValue(output)).toBe(
      'C:\\Program Files\\Microsoft Office\\Root\\Office16\\EXCEL.EXE',
    );
  });

  it('finds nothing when the key or its value is missing', () => {
    expect(start.parseRegDefaultValue('')).toBeUndefined();
    expect(
      start.parseRegDefaultValue('ERROR: The system was unable to find the specified registry key or value.'),
    ).toBe(undefined);
  });
});

describe('webInstructions', () => {
  it('give the task pane and file-mode addresses and the Excel-on-the-web upload steps', () => {
    expect(start.URLS).toEqual({
      taskpane: 'https://localhost:3000/taskpane.html',
      fileMode: 'https://localhost:3000/taskpane.html?mode=file',
    });
    const text = start.webInstructions('/work/manifest.xml').join('\n');
    expect(text).toContain('https://localhost:3000/taskpane.html?mode=file');
    expect(text).toContain('上传我的加载项');
    expect(text).toContain('/work/manifest.xml');
  });
});
