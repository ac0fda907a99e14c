// Validates an Office add-in manifest (manifest.xml, or the built dist/manifest.xml): the XML schema
// through xmllint, then what a schema cannot see — every resid resolves to a resource of the right
// kind, every URL is https, every icon exists with its declared pixel size, every page is emitted
// by the build, and a production manifest names no localhost.
const fs = require('node:fs');
const path = require('node:path');
const { DOMParser } = require('@xmldom/xmldom');
const { validateWithXmllint } = require('./manifest-xmllint');
const { readPngSize } = require('./png-size');
const { DEV_BASE_URL } = require('./manifest-urls');
const { messages } = require('./manifest-messages');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const PROJECT_DIR = path.resolve(__dirname, '..');

/** Resource collections under <Resources>, and how messages name them. */
const RESOURCE_KINDS = {
  Images: 'bt:Images',
  Urls: 'bt:Urls',
  ShortStrings: 'bt:ShortStrings',
  LongStrings: 'bt:LongStrings',
};

/** Which collection an element's resid must point into (by the element's local name). */
const RESID_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Pixel sizes Office uses for the add-in's own icons (the ribbon icons take theirs from size="…"). */
const APP_ICON_SIZES = { IconUrl: [32, 64], HighResolutionIconUrl: [64, 128] };

const REQUIRED_ELEMENTS = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];

const LOCALHOST = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i;

const elementChildren = (parent, ns, name) =>
  Array.from(parent ? parent.childNodes : []).filter(
    (n) => n.nodeType === 1 && n.namespaceURI === ns && n.localName === name,
  );
const firstChild = (parent, ns, name) => elementChildren(parent, ns, name)[0];
const allElements = (doc) => Array.from(doc.getElementsByTagName('*'));
const qualified = (el) => el.nodeName; // as written in the file, e.g. "bt:Image"

/**
 * @param {string} manifestPath
 * @param {{ distDir?: string, projectDir?: string, pages?: string[], baseUrl?: string, xmllint?: string, webpackEnv?: object }} [options]
 * @returns {Promise<{ errors: string[], warnings: string[] }>}
 */
async function validateManifest(manifestPath, options = {}) {
  const errors = [];
  const warnings = [];
  if (!fs.existsSync(manifestPath)) return { errors: [messages.fileMissing(manifestPath)], warnings };

  const lint = validateWithXmllint(manifestPath, { xmllint: options.xmllint });
  errors.push(...lint.errors);

  const xml = fs.readFileSync(manifestPath, 'utf8');
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    // xmllint has usually said the same, with a line number; say it once.
    if (!lint.malformed)
      errors.push(messages.parseError(undefined, error.message.replace(/^.*caused Error: /, '')));
    return { errors, warnings };
  }

  const production = Boolean(options.distDir);
  const root = doc.documentElement;
  checkStructure(root, errors);
  const resources = collectResources(doc, errors);
  checkResids(doc, resources, errors, warnings);

  const urls = collectUrls(root, resources);
  const baseUrl = options.baseUrl || (production ? inferBaseUrl(root) : DEV_BASE_URL);
  if (!baseUrl) {
    errors.push(messages.baseUrlUnknown());
    return { errors, warnings };
  }
  const pages = production ? undefined : await emittedPages(options, errors);
  const webRoot = production
    ? path.resolve(options.distDir)
    : path.resolve(options.projectDir || PROJECT_DIR);
  checkUrls(urls, { baseUrl, pages, webRoot, production, distDir: options.distDir }, errors, warnings);

  if (production) {
    xml.split(/\r?\n/).forEach((text, index) => {
      const match = LOCALHOST.exec(text);
      if (match) errors.push(messages.localhostInProduction(index + 1, text.trim()));
    });
  }
  return { errors, warnings };
}

function checkStructure(root, errors) {
  const type = root.getAttributeNS(NS.xsi, 'type');
  if (root.namespaceURI !== NS.app || root.localName !== 'OfficeApp' || type !== 'TaskPaneApp') {
    errors.push(messages.notTaskPaneApp(`<${root.nodeName}${type ? ` xsi:type="${type}"` : ''}>`));
    return;
  }
  for (const name of REQUIRED_ELEMENTS) {
    if (!firstChild(root, NS.app, name)) errors.push(messages.missingElement(name));
  }
  const settings = firstChild(root, NS.app, 'DefaultSettings');
  if (settings && !firstChild(settings, NS.app, 'SourceLocation'))
    errors.push(messages.missingElement('SourceLocation'));
  const hosts = elementChildren(firstChild(root, NS.app, 'Hosts'), NS.app, 'Host');
  if (!hosts.some((host) => host.getAttribute('Name') === 'Workbook'))
    errors.push(messages.missingWorkbookHost());
  const sets = firstChild(firstChild(root, NS.app, 'Requirements'), NS.app, 'Sets');
  if (!elementChildren(sets, NS.app, 'Set').some((set) => set.getAttribute('Name') === 'ExcelApi')) {
    errors.push(messages.missingExcelApi());
  }
}

/** id → { kind, element } for every resource under any <Resources>. */
function collectResources(doc, errors) {
  const resources = new Map();
  for (const el of allElements(doc)) {
    if (el.localName !== 'Resources') continue;
    for (const kind of Object.keys(RESOURCE_KINDS)) {
      for (const group of elementChildren(el, NS.bt, kind)) {
        for (const item of Array.from(group.childNodes).filter(
          (n) => n.nodeType === 1 && n.namespaceURI === NS.bt,
        )) {
          const id = item.getAttribute('id');
          if (resources.has(id)) errors.push(messages.duplicateResource(id, item.lineNumber));
          else resources.set(id, { kind, element: item });
        }
      }
    }
  }
  return resources;
}

function checkResids(doc, resources, errors, warnings) {
  const used = new Set();
  for (const el of allElements(doc)) {
    if (!el.hasAttribute('resid')) continue;
    const resid = el.getAttribute('resid');
    const expected = RESID_KIND[el.localName];
    const found = resources.get(resid);
    used.add(resid);
    if (!found) {
      const where = expected ? RESOURCE_KINDS[expected] : '<Resources>';
      errors.push(messages.residUnresolved(qualified(el), el.lineNumber, resid, where));
    } else if (expected && found.kind !== expected) {
      errors.push(
        messages.residWrongKind(
          qualified(el),
          el.lineNumber,
          resid,
          RESOURCE_KINDS[expected],
          RESOURCE_KINDS[found.kind],
        ),
      );
    }
  }
  for (const [id, { element }] of resources) {
    if (!used.has(id)) warnings.push(messages.unusedResource(id, element.lineNumber));
  }
}

/**
 * Every URL in the manifest with where it came from and what it must be.
 * @returns {{ where: string, line?: number, value: string, iconSizes: { sizes: number[], reason: string }[], isIcon: boolean, isDomain: boolean }[]}
 */
function collectUrls(root, resources) {
  const urls = [];
  const withOverrides = (el, ns, base) => {
    const values = [{ value: el.getAttribute('DefaultValue'), line: el.lineNumber }];
    for (const override of elementChildren(el, ns, 'Override'))
      values.push({ value: override.getAttribute('Value'), line: override.lineNumber });
    return values.filter((v) => v.value !== null && v.value !== '').map((v) => ({ ...base, ...v }));
  };

  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = firstChild(root, NS.app, name);
    if (!el) continue;
    const sizes = APP_ICON_SIZES[name];
    urls.push(
      ...withOverrides(el, NS.app, {
        where: name,
        isIcon: Boolean(sizes),
        iconSizes: sizes ? [{ sizes, reason: messages.sizeFromElement(name) }] : [],
      }),
    );
  }
  const source = firstChild(firstChild(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
  if (source)
    urls.push(...withOverrides(source, NS.app, { where: 'SourceLocation', isIcon: false, iconSizes: [] }));
  for (const domain of elementChildren(firstChild(root, NS.app, 'AppDomains'), NS.app, 'AppDomain')) {
    urls.push({
      where: 'AppDomain',
      line: domain.lineNumber,
      value: domain.textContent.trim(),
      isIcon: false,
      isDomain: true,
      iconSizes: [],
    });
  }

  // Ribbon icons: the size each one is used at, from <bt:Image size="16" resid="…"/>.
  const usageSizes = new Map();
  for (const el of Array.from(root.getElementsByTagNameNS(NS.bt, 'Image'))) {
    if (!el.hasAttribute('resid') || !el.hasAttribute('size')) continue;
    const list = usageSizes.get(el.getAttribute('resid')) || [];
    list.push(Number(el.getAttribute('size')));
    usageSizes.set(el.getAttribute('resid'), list);
  }
  for (const [id, { kind, element }] of resources) {
    if (kind !== 'Images' && kind !== 'Urls') continue;
    const iconSizes = [];
    if (kind === 'Images') {
      for (const size of new Set(usageSizes.get(id) || []))
        iconSizes.push({ sizes: [size], reason: messages.sizeFromUsage(size, 'bt:Image') });
      const fromId = /(\d+)(?:x\d+)?$/i.exec(id);
      if (fromId) iconSizes.push({ sizes: [Number(fromId[1])], reason: messages.sizeFromName(id) });
    }
    urls.push(
      ...withOverrides(element, NS.bt, {
        where: `${qualified(element)} id="${id}"`,
        isIcon: kind === 'Images',
        iconSizes,
      }),
    );
  }
  return urls;
}

function inferBaseUrl(root) {
  const source = firstChild(firstChild(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
  try {
    return new URL('.', source.getAttribute('DefaultValue')).href;
  } catch {
    return undefined;
  }
}

/** File names of the pages webpack.config.js emits (its HtmlWebpackPlugin instances), for `webpackEnv`. */
async function emittedPages(options, errors) {
  if (options.pages) return options.pages;
  const configPath = path.join(path.resolve(options.projectDir || PROJECT_DIR), 'webpack.config.js');
  try {
    const exported = require(configPath);
    const env = options.webpackEnv || {};
    const config = typeof exported === 'function' ? await exported(env, { mode: 'development' }) : exported;
    const configs = Array.isArray(config) ? config : [config];
    return configs
      .flatMap((c) => c.plugins || [])
      .filter((plugin) => plugin && plugin.constructor && plugin.constructor.name === 'HtmlWebpackPlugin')
      .map((plugin) => plugin.userOptions.filename || 'index.html')
      .filter((name) => typeof name === 'string');
  } catch (error) {
    errors.push(messages.webpackUnreadable(error.message));
    return [];
  }
}

function checkUrls(urls, context, errors, warnings) {
  const { baseUrl, pages, webRoot, production, distDir } = context;
  for (const entry of urls) {
    const { where, line, value } = entry;
    // An AppDomain may be written without a scheme; Office then assumes https.
    const text = entry.isDomain && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value;
    let url;
    try {
      url = new URL(text);
    } catch {
      errors.push(messages.urlInvalid(where, line, value));
      continue;
    }
    if (url.protocol !== 'https:') {
      errors.push(messages.urlNotHttps(where, line, value));
      continue;
    }
    if (entry.isDomain) continue;
    if (!url.href.startsWith(baseUrl)) {
      warnings.push(messages.urlOutsideBase(where, line, value, baseUrl));
      continue;
    }
    const relative = decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length));
    const file = path.join(webRoot, relative);
    if (/\.html?$/i.test(relative)) {
      if (production) {
        if (!fs.existsSync(file)) errors.push(messages.pageMissingInDist(where, line, relative, distDir));
      } else if (!pages.includes(relative)) {
        errors.push(messages.pageNotBuilt(where, line, relative));
      }
      continue;
    }
    if (!fs.existsSync(file)) {
      const message = entry.isIcon ? messages.iconMissing : messages.fileMissingUnderBase;
      errors.push(message(where, line, value, path.relative(process.cwd(), file) || file));
      continue;
    }
    if (entry.isIcon) checkIconSize(entry, file, errors);
  }
}

function checkIconSize(entry, file, errors) {
  const { where, line } = entry;
  const shown = path.relative(process.cwd(), file) || file;
  const size = readPngSize(file);
  if (!size) {
    errors.push(messages.iconNotPng(where, line, shown));
    return;
  }
  const expectations = [...entry.iconSizes];
  const fromName = /(\d+)(?:x\d+)?\.png$/i.exec(path.basename(file));
  if (fromName)
    expectations.push({ sizes: [Number(fromName[1])], reason: messages.sizeFromName(path.basename(file)) });
  for (const { sizes, reason } of expectations) {
    if (size.width !== size.height || !sizes.includes(size.width)) {
      errors.push(messages.iconWrongSize(where, line, shown, size, sizes, reason));
      return;
    }
  }
}

module.exports = { validateManifest, NS };
