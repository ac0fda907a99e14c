// The Content-Security-Policy every served page carries (scripts/lib/csp.js). The browser tests
// prove that the pages run within it and that it refuses what it must; these pin its text, the
// hashes (checked against `openssl dgst -sha256 -binary | base64`) and where the <meta> goes.
import fs from 'node:fs';
import path from 'node:path';
import {
  contentSecurityPolicy,
  inlineScripts,
  policyOf,
  scriptHash,
  withPolicy,
} from '../../scripts/lib/csp';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the policy', () => {
  test('allows only its own origin, hashed inline scripts and inline styles (Fluent UI)', () => {
    expect(contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  test('a page without inline scripts allows scripts from its own origin only', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  test('the development server adds its live-reload socket to connect-src only', () => {
    const policy = contentSecurityPolicy({ connectSrc: ['wss://localhost:3000'] });
    expect(policy).toContain("; connect-src 'self' wss://localhost:3000;");
    expect(policy).toContain("default-src 'self';");
  });
});

describe('inline scripts and their hashes', () => {
  test('hashes are sha256 of the UTF-8 text, base64, as openssl computes them', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('\n  var a = 1;\n')).toBe("'sha256-wYD6gJuOAPxlJHFvhr2Zk0r9F+gmt8nwaf1uW8o5LTY='");
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  test('finds scripts without src, whitespace kept, and skips those with src', () => {
    const html =
      '<head><script src="office-js/office.js"></script><script>alert(1)</script></head>' +
      '<body><script type="text/javascript">\n  var a = 1;\n</script><script defer src=a.js></script></body>';
    expect(inlineScripts(html)).toEqual(['alert(1)', '\n  var a = 1;\n']);
  });
});

describe('withPolicy', () => {
  test('puts the policy right after <meta charset>, before every script', () => {
    const html = '<!doctype html><html><head><meta charset=UTF-8><script>alert(1)</script></head></html>';
    expect(withPolicy(html)).toBe(
      '<!doctype html><html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" ' +
        `content="default-src 'self'; script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; ` +
        `style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'">` +
        '<script>alert(1)</script></head></html>',
    );
  });

  test('without <meta charset>, first in <head>; policyOf reads it back', () => {
    const built = withPolicy('<html><head lang="zh"><title>t</title></head></html>');
    expect(built.startsWith('<html><head lang="zh"><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(policyOf(built)).toBe(contentSecurityPolicy());
    // The form the production minifier leaves (attribute quotes dropped) is read too.
    expect(policyOf('<meta http-equiv=Content-Security-Policy content="default-src \'self\'">')).toBe(
      "default-src 'self'",
    );
  });

  test('refuses a page without <head> and a page that has a policy already', () => {
    expect(() => withPolicy('<p>no head</p>')).toThrow('no <head>');
    expect(() => withPolicy(withPolicy('<head></head>'))).toThrow('already has');
  });

  test('every page template the build serves gets a policy and has no inline event handler', () => {
    const templates = [
      'src/taskpane/taskpane.html',
      'src/commands/commands.html',
      'src/support/support.html',
      'src/testpane/testpane.html',
    ];
    for (const template of templates) {
      const html = fs.readFileSync(path.join(ROOT, template), 'utf8');
      expect(policyOf(withPolicy(html))).not.toBeNull();
      // A policy without 'unsafe-inline' for scripts refuses onclick="…" and javascript: links.
      expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
    }
  });

  test('webpack adds the plugin to the add-in and to the test pane', () => {
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(config.match(/new ContentSecurityPolicyPlugin\(/g)).toHaveLength(2);
    // No eval-based source map, which the policy (no 'unsafe-eval') would refuse in development.
    expect(config).not.toMatch(/devtool:[^\n]*eval/);
  });
});
