// rewriteManifestUrls: the production build's manifest points at ADDIN_BASE_URL and never at localhost.
import fs from 'node:fs';
import path from 'node:path';
import { DEV_BASE_URL, rewriteManifestUrls } from '../../scripts/manifest-urls';

const manifestXml = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');

describe('rewriteManifestUrls', () => {
  test('rewrites every dev URL to the base URL, adding the missing trailing slash', () => {
    const built = rewriteManifestUrls(manifestXml, 'https://oa.example.gov.cn/party-day', {
      production: true,
    });
    const devCount = manifestXml.split(DEV_BASE_URL).length - 1;
    expect(devCount).toBe(10); // 3 app-level URLs, SourceLocation, 3 ribbon icons, 3 bt:Url
    expect(built.split('https://oa.example.gov.cn/party-day/').length - 1).toBe(devCount);
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://oa.example.gov.cn/party-day/taskpane.html"/>',
    );
    expect(built).toContain(
      '<bt:Url id="PartyDay.Commands.Url" DefaultValue="https://oa.example.gov.cn/party-day/commands.html"/>',
    );
    expect(built).toContain(
      '<IconUrl DefaultValue="https://oa.example.gov.cn/party-day/assets/icon-32.png"/>',
    );
    expect(built).not.toMatch(/localhost/i);
  });

  test('leaves the manifest alone in development', () => {
    expect(rewriteManifestUrls(manifestXml, DEV_BASE_URL, { production: false })).toBe(manifestXml);
  });

  test.each([
    [undefined, /请设置环境变量 ADDIN_BASE_URL/],
    ['', /请设置环境变量 ADDIN_BASE_URL/],
    ['oa.example.gov.cn/party-day/', /ADDIN_BASE_URL 不是有效的网址/],
    ['http://oa.example.gov.cn/party-day/', /必须以 https:\/\/ 开头/],
    ['https://localhost:3000/', /指向本机 \(localhost\)/],
    ['https://127.0.0.1/', /指向本机 \(127\.0\.0\.1\)/],
  ])('refuses base URL %p in production', (baseUrl, message) => {
    expect(() => rewriteManifestUrls(manifestXml, baseUrl, { production: true })).toThrow(message);
  });

  test('refuses a manifest that would still name localhost after rewriting', () => {
    const xml = manifestXml.replace('</Permissions>', '</Permissions><!-- http://localhost:8080/ -->');
    expect(() => rewriteManifestUrls(xml, 'https://oa.example.gov.cn/', { production: true })).toThrow(
      /仍含有 localhost/,
    );
  });
});
