// The Content-Security-Policy of every page the add-in serves (taskpane.html, commands.html,
// support.html, and the test pane of `npm run test:excel`), written into each page as a <meta> by
// ContentSecurityPolicyPlugin when webpack emits it. A <meta> and not a response header, because
// the pages are static files that a secretary's intranet server (nginx, IIS) serves as they are.
//
// What the policy allows, and why:
//   default-src 'self'     scripts, office.js and its sibling files, images, fonts, fetches and
//                          frames only from the site that serves the pane: no CDN, no telemetry,
//                          no error-reporting service (office.js's telemetry frame and beacons
//                          are refused too).
//   script-src 'self' + a sha256 hash of each inline script of the page as built (the pane's
//                          Internet Explorer check and bundle loader, the test pane's office.js
//                          telemetry stop): no 'unsafe-inline', no 'unsafe-eval'.
//   style-src 'self' 'unsafe-inline'
//                          what Fluent UI needs: its style engine (Griffel) and FluentProvider's
//                          theme variables insert rules at run time into <style> elements they
//                          create, which a policy refuses unless 'unsafe-inline' or a nonce
//                          allows them. A nonce must be new for every response, which a static
//                          file cannot be, so a fixed one would only pretend; the pages' own
//                          inline CSS and style attributes ride on the same permission. Styles
//                          cannot reach another host: every url() is held to 'self' by default-src.
//   object-src 'none', base-uri 'self', form-action 'self'
//                          no plug-ins, no <base> pointing elsewhere, no form posting elsewhere.
// frame-ancestors cannot be set from a <meta> (Office's own frames host the pane anyway).
const crypto = require('node:crypto');

const POLICY_META = 'Content-Security-Policy';

/** The policy text for a page whose inline scripts have these sha256 hashes ('sha256-…'). */
function contentSecurityPolicy({ scriptHashes = [], connectSrc = [] } = {}) {
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ...(connectSrc.length > 0 ? [['connect-src', ["'self'", ...connectSrc]]] : []),
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The text of each inline <script> (one without src) in the page, as the browser hashes it. */
function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    scripts.push(match[2]);
  }
  return scripts;
}

/** 'sha256-…' of a script's text (UTF-8), the form a policy lists it in. */
function scriptHash(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page with its policy as the first element after <meta charset> (or first in <head>), so that
 * it governs every script, style and link that follows. Throws on a page without <head> or with a
 * policy already: every page must get exactly this one.
 */
function withPolicy(html, options = {}) {
  if (/http-equiv\s*=\s*["']?Content-Security-Policy/i.test(html))
    throw new Error('the page already has a Content-Security-Policy <meta>.');
  const policy = contentSecurityPolicy({ ...options, scriptHashes: inlineScripts(html).map(scriptHash) });
  const meta = `<meta http-equiv="${POLICY_META}" content="${policy}">`;
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return html.slice(0, end) + meta + html.slice(end);
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head> to put its Content-Security-Policy in.');
  const end = head.index + head[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}

/** The policy a built page carries in its <meta>, or null. */
function policyOf(html) {
  const match = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?\s+content\s*=\s*"([^"]*)"/i.exec(
    html,
  );
  return match ? match[1] : null;
}

/**
 * Adds the policy to every page of the build's top folder (the pages html-webpack-plugin emits, not
 * office.js's own files under office-js/), once they are final, so that each hash is of the script
 * text as served: after html-webpack-plugin has written and minified them (its stage,
 * OPTIMIZE_INLINE) and after webpack has put the real content hashes into the bundle names the
 * pane's inline loader lists (OPTIMIZE_HASH). `connectSrc` adds sources to connect-src (the
 * development server's live-reload socket).
 */
class ContentSecurityPolicyPlugin {
  constructor(options = {}) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const name = 'ContentSecurityPolicyPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH + 1 },
        (assets) => {
          for (const file of Object.keys(assets)) {
            if (!/^[^/\\]+\.html$/.test(file)) continue;
            const html = assets[file].source().toString();
            compilation.updateAsset(file, new sources.RawSource(withPolicy(html, this.options)));
          }
        },
      );
    });
  }
}

module.exports = {
  POLICY_META,
  contentSecurityPolicy,
  inlineScripts,
  scriptHash,
  withPolicy,
  policyOf,
  ContentSecurityPolicyPlugin,
};
