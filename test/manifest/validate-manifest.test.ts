// The offline manifest validator: the real manifest passes, and each kind of breakage made on a
// temporary copy fails with a message that names what is wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateManifest } from '../../scripts/manifest-check';
import { rewriteManifestUrls } from '../../scripts/manifest-urls';

const repo = path.resolve(__dirname, '..', '..');
const manifestXml = fs.readFileSync(path.join(repo, 'manifest.xml'), 'utf8');
const PAGES = ['taskpane.html', 'commands.html', 'support.html'];

const temporaryDirs: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
  temporaryDirs.push(dir);
  return dir;
}

/** Writes a changed copy of manifest.xml; the edit must change something, or the test proves nothing. */
function manifestCopy(edit: (xml: string) => string, dir = tempDir()): string {
  const changed = edit(manifestXml);
  expect(changed).not.toBe(manifestXml);
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, changed);
  return file;
}

/** The 1-based line of the first occurrence of text in xml. */
function lineOf(xml: string, text: string): number {
  const index = xml.indexOf(text);
  expect(index).toBeGreaterThanOrEqual(0);
  return xml.slice(0, index).split('\n').length;
}

/** A project folder holding a copy of assets/, for breaking icons without touching the real ones. */
function projectCopy(): string {
  const dir = tempDir();
  fs.cpSync(path.join(repo, 'assets'), path.join(dir, 'assets'), { recursive: true });
  return dir;
}

/** A fake dist/: the rewritten manifest, the icons and (empty) pages, as `npm run build` lays them out. */
function distCopy(baseUrl: string, edit: (xml: string) => string = (xml) => xml): string {
  const dist = tempDir();
  fs.cpSync(path.join(repo, 'assets'), path.join(dist, 'assets'), { recursive: true });
  for (const page of PAGES) fs.writeFileSync(path.join(dist, page), '<!doctype html><title>x</title>');
  fs.writeFileSync(
    path.join(dist, 'manifest.xml'),
    edit(rewriteManifestUrls(manifestXml, baseUrl, { production: true })),
  );
  return dist;
}

describe('validateManifest on the source manifest', () => {
  test('manifest.xml passes the schema and every check, with pages read from webpack.config.js', async () => {
    const report = await validateManifest(path.join(repo, 'manifest.xml'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  test('declares a Workbook task pane with DisplayName 党员固定活动日助手 and an ExcelApi minimum', () => {
    expect(manifestXml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifestXml).toMatch(/<DisplayName DefaultValue="党员固定活动日助手">/);
    expect(manifestXml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifestXml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifestXml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifestXml).toMatch(/<OfficeTab id="TabHome">/);
  });

  test('removing DisplayName fails, and the messages name DisplayName', async () => {
    const file = manifestCopy((xml) => xml.replace(/<DisplayName[\s\S]*?<\/DisplayName>\s*/, ''));
    const { errors } = await validateManifest(file, { pages: PAGES });
    // Once from xmllint (at the element found in its place), once from the structural check.
    expect(errors).toHaveLength(2);
    const line = lineOf(fs.readFileSync(file, 'utf8'), '<Description DefaultValue');
    expect(errors[0]).toBe(
      `清单不符合架构（第 ${line} 行），元素 <Description>：此处应为 <DisplayName>（缺少该元素，或元素顺序不对）。` +
        "[xmllint] Element 'Description': This element is not expected. Expected is ( DisplayName ).",
    );
    expect(errors).toContain(
      '缺少 <DisplayName> 元素：Office 需要它才能加载本加载项，请在 manifest.xml 中补上。',
    );
  });

  test('a resid with no resource fails, naming the resid and where it was looked for', async () => {
    const file = manifestCopy((xml) =>
      xml.replace('<Label resid="PartyDay.ShowTaskpane.Label"/>', '<Label resid="PartyDay.NoSuch.Label"/>'),
    );
    const { errors } = await validateManifest(file, { pages: PAGES });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^<Label>（第 \d+ 行）的 resid="PartyDay\.NoSuch\.Label" 在 <Resources> 的 bt:ShortStrings 中找不到/,
    );
  });

  test('a resid that points at the wrong kind of resource fails', async () => {
    const file = manifestCopy((xml) =>
      xml.replace(
        '<SourceLocation resid="PartyDay.Taskpane.Url"/>',
        '<SourceLocation resid="PartyDay.Icon.32"/>',
      ),
    );
    const { errors } = await validateManifest(file, { pages: PAGES });
    expect(errors).toEqual([
      expect.stringMatching(
        /<SourceLocation>.*resid="PartyDay\.Icon\.32" 应指向 bt:Urls，却指向了 bt:Images/,
      ),
    ]);
  });

  test('an http URL fails, naming the element', async () => {
    const file = manifestCopy((xml) =>
      xml.replace(
        '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>',
        '<SupportUrl DefaultValue="http://localhost:3000/support.html"/>',
      ),
    );
    const { errors } = await validateManifest(file, { pages: PAGES });
    expect(errors).toEqual([
      expect.stringMatching(
        /^<SupportUrl>（第 \d+ 行）的地址 "http:\/\/localhost:3000\/support\.html" 必须以 https:\/\/ 开头/,
      ),
    ]);
  });

  test('an http URL in a locale override fails too', async () => {
    const file = manifestCopy((xml) =>
      xml.replace(
        '<bt:Url id="PartyDay.Support.Url" DefaultValue="https://localhost:3000/support.html"/>',
        '<bt:Url id="PartyDay.Support.Url" DefaultValue="https://localhost:3000/support.html"><bt:Override Locale="en-US" Value="http://example.org/help"/></bt:Url>',
      ),
    );
    const { errors } = await validateManifest(file, { pages: PAGES });
    expect(errors).toEqual([expect.stringContaining('<bt:Url id="PartyDay.Support.Url">')]);
    expect(errors[0]).toContain('"http://example.org/help" 必须以 https:// 开头');
  });

  test('a wrong-size icon fails with its actual and expected size', async () => {
    const project = projectCopy();
    fs.copyFileSync(path.join(repo, 'assets', 'icon-32.png'), path.join(project, 'assets', 'icon-16.png'));
    const { errors } = await validateManifest(path.join(repo, 'manifest.xml'), {
      projectDir: project,
      pages: PAGES,
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('<bt:Image id="PartyDay.Icon.16">');
    expect(errors[0]).toContain('icon-16.png 是 32×32 像素，应为 16×16（<bt:Image size="16">）');
  });

  test('IconUrl must be 32 or 64 pixels even when the file name does not say so', async () => {
    const project = projectCopy();
    fs.copyFileSync(path.join(repo, 'assets', 'icon-80.png'), path.join(project, 'assets', 'app.png'));
    const file = manifestCopy((xml) =>
      xml.replace(
        'assets/icon-32.png"/>\n  <HighResolutionIconUrl',
        'assets/app.png"/>\n  <HighResolutionIconUrl',
      ),
    );
    const { errors } = await validateManifest(file, { projectDir: project, pages: PAGES });
    expect(errors).toEqual([
      expect.stringContaining(`<IconUrl>（第 ${lineOf(manifestXml, '<IconUrl')} 行）引用的图标`),
    ]);
    expect(errors[0]).toContain('app.png 是 80×80 像素，应为 32×32 或 64×64（<IconUrl> 的规定尺寸）');
  });

  test('a missing icon and a file that is not a PNG fail', async () => {
    const project = projectCopy();
    fs.rmSync(path.join(project, 'assets', 'icon-80.png'));
    fs.writeFileSync(path.join(project, 'assets', 'icon-64.png'), 'not an image');
    const { errors } = await validateManifest(path.join(repo, 'manifest.xml'), {
      projectDir: project,
      pages: PAGES,
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^<HighResolutionIconUrl>.*icon-64\.png 不是 PNG 图片/);
    expect(errors[1]).toMatch(
      /^<bt:Image id="PartyDay\.Icon\.80">.*https:\/\/localhost:3000\/assets\/icon-80\.png 不存在/,
    );
  });

  test('a page the build does not emit fails, naming the page', async () => {
    const { errors } = await validateManifest(path.join(repo, 'manifest.xml'), {
      pages: ['taskpane.html', 'commands.html'],
    });
    expect(errors).toHaveLength(2);
    for (const error of errors)
      expect(error).toContain(
        "support.html 不会由构建生成（webpack.config.js 的 HtmlWebpackPlugin 中没有 filename: 'support.html'）",
      );
    expect(errors[0]).toMatch(/^<SupportUrl>/);
  });

  test('malformed XML fails with a line number instead of crashing', async () => {
    const file = manifestCopy((xml) =>
      xml.replace('<Version>0.1.0.0</Version>', '<Version>0.1.0.0</Versio>'),
    );
    const { errors } = await validateManifest(file, { pages: PAGES });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain(
      `manifest.xml 不是格式正确的 XML（第 ${lineOf(manifestXml, '<Version>')} 行）`,
    );
  });

  test('malformed XML is still reported when xmllint is missing', async () => {
    const file = manifestCopy((xml) =>
      xml.replace('<Version>0.1.0.0</Version>', '<Version>0.1.0.0</Versio>'),
    );
    const { errors } = await validateManifest(file, { pages: PAGES, xmllint: '/nonexistent/xmllint' });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('找不到 xmllint');
    expect(errors[1]).toMatch(/^manifest\.xml 不是格式正确的 XML：.*Version/);
  });

  test('without xmllint it fails and says how to install it', async () => {
    const { errors } = await validateManifest(path.join(repo, 'manifest.xml'), {
      pages: PAGES,
      xmllint: '/nonexistent/xmllint',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('找不到 xmllint');
    expect(errors[0]).toContain('apt-get install -y libxml2-utils');
  });
});

describe('validateManifest on a built manifest (dist/)', () => {
  test('the rewritten manifest validates against the files in dist/', async () => {
    const dist = distCopy('https://oa.example.gov.cn/party-day/');
    const built = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://oa.example.gov.cn/party-day/taskpane.html"/>',
    );
    expect(built).not.toMatch(/localhost/);
    const report = await validateManifest(path.join(dist, 'manifest.xml'), { distDir: dist });
    expect(report).toEqual({ errors: [], warnings: [] });
  });

  test('a localhost URL left in a production manifest fails', async () => {
    const dist = distCopy('https://oa.example.gov.cn/party-day/', (xml) =>
      xml.replace('</Permissions>', '</Permissions>\n  <!-- served from https://localhost:3000 -->'),
    );
    const { errors } = await validateManifest(path.join(dist, 'manifest.xml'), { distDir: dist });
    expect(errors).toEqual([
      expect.stringMatching(
        /^生产清单（第 \d+ 行）仍含有本机地址 "<!-- served from https:\/\/localhost:3000 -->"/,
      ),
    ]);
  });

  test('a page missing from dist/ fails', async () => {
    const dist = distCopy('https://oa.example.gov.cn/');
    fs.rmSync(path.join(dist, 'commands.html'));
    const { errors } = await validateManifest(path.join(dist, 'manifest.xml'), { distDir: dist });
    expect(errors).toEqual([
      expect.stringMatching(
        /^<bt:Url id="PartyDay\.Commands\.Url">（第 \d+ 行）引用的页面 commands\.html 不在 .+ 中。$/,
      ),
    ]);
  });
});

describe('npm run validate (the command line)', () => {
  const cli = path.join(repo, 'scripts', 'validate-manifest.js');

  test('exits 0 on a good manifest and 1, naming DisplayName, when it is removed', () => {
    const good = spawnSync('node', [cli, path.join(repo, 'manifest.xml')], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('通过检查');

    const file = manifestCopy((xml) => xml.replace(/<DisplayName[\s\S]*?<\/DisplayName>\s*/, ''));
    const bad = spawnSync('node', [cli, file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('发现 2 个问题');
    expect(bad.stderr).toContain('缺少 <DisplayName> 元素');
  });
});

describe('the test manifest of npm run test:excel', () => {
  const testManifest = path.join(repo, 'manifest.test-excel.xml');
  const testXml = fs.readFileSync(testManifest, 'utf8');
  const options = { baseUrl: 'https://localhost:3100/', webpackEnv: { testExcel: true } };

  test('passes every check, its page read from the test build (webpack --env testExcel)', async () => {
    const report = await validateManifest(testManifest, options);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  test('has an Id of its own (it sits beside the add-in) and loads testpane.html from port 3100', () => {
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(id(testXml)).toBe('b7b70968-a4d4-4a7a-95eb-0ad6e95f7449');
    expect(id(testXml)).not.toBe(id(manifestXml));
    expect(testXml).toContain('<SourceLocation DefaultValue="https://localhost:3100/testpane.html"/>');
    // No function file: a page with Office.onReady in the ribbon's runtime would run the test twice.
    expect(testXml).not.toContain('<FunctionFile');
  });

  test("a page the test build does not emit fails: the add-in's own build does not make testpane.html", async () => {
    const { errors } = await validateManifest(testManifest, { baseUrl: options.baseUrl });
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toContain('testpane.html 不会由构建生成');
  });

  test('npm run validate checks it with the test options', () => {
    const run = spawnSync('node', [path.join(repo, 'scripts', 'validate-manifest.js')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('manifest.test-excel.xml：通过检查');
  });
});
