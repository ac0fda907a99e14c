// Builds the task pane, the ribbon commands page and the manifest, after the Office React
// task-pane template. office.js is served from the @microsoft/office-js package under /office-js/
// so the pane never needs the internet; the production manifest points at ADDIN_BASE_URL.
// With `--env testExcel` it builds the test pane of `npm run test:excel` instead (see
// testExcelConfig below): a separate output, never part of the add-in's build.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls, DEV_BASE_URL } = require('./scripts/manifest-urls');
const { ContentSecurityPolicyPlugin } = require('./scripts/lib/csp');
const { ProductionBundleGuardPlugin } = require('./scripts/lib/bundleGuard');
const { version } = require('./package.json');

/** The development server's port, the one manifest.xml's localhost URLs name. */
const DEV_PORT = Number(new URL(DEV_BASE_URL).port);
const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

const moduleRules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
  },
  // chinese-days' ES build is not strict ESM; webpack must parse it as auto.
  {
    test: /\.m?js$/,
    include: /node_modules[\\/]chinese-days/,
    type: 'javascript/auto',
    resolve: { fullySpecified: false },
  },
];

/** The add-in's version in the bundle (src/version.ts), shown by the pane's 关于与诊断. */
const defineVersion = new webpack.DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(version) });

module.exports = async (env, argv) => {
  if (env.testExcel) return testExcelConfig(argv);
  const production = argv.mode === 'production';
  const baseUrl = production ? process.env.ADDIN_BASE_URL : DEV_BASE_URL;
  // Fail before compiling: a production manifest must never point at localhost.
  const rewriteManifest = (content) => rewriteManifestUrls(content.toString(), baseUrl, { production });
  if (production) rewriteManifest('<OfficeApp/>');

  const config = {
    // Not an eval-based source map in development: the pages' policy has no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: { rules: moduleRules },
    performance: { hints: false },
    plugins: [
      defineVersion,
      // The pane's template loads its bundle itself, and only outside Internet Explorer (see the template).
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
      }),
      // type="module": Internet Explorer skips the script instead of failing on modern syntax.
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'module',
      }),
      // The manifest's SupportUrl: a static help page, no scripts.
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/support/support.html',
        chunks: [],
        inject: false,
      }),
      // Every page above gets its Content-Security-Policy (scripts/lib/csp.js). The development
      // server's live reload talks over a WebSocket to the same host and port.
      new ContentSecurityPolicyPlugin(production ? {} : { connectSrc: [`wss://localhost:${DEV_PORT}`] }),
      // The production bundle holds no test or tool code: no dev dependency, nothing outside src/.
      ...(production ? [new ProductionBundleGuardPlugin({ root: __dirname })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: rewriteManifest },
          // Already minified by Microsoft: without this, terser would re-minify 86 MB of office.js files.
          ...(production ? [{ from: officeJsDist, to: 'office-js', info: { minimized: true } }] : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: [{ directory: officeJsDist, publicPath: '/office-js', watch: false }],
      server: {
        type: 'https',
        options: env.WEBPACK_SERVE ? await devHttpsOptions() : undefined,
      },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  return config;
};

/**
 * The test pane of `npm run test:excel` (src/testpane): the year and the probes run inside Excel,
 * and, with ?host=fake, on the strict fake of the Excel API (test/fakes/excel, a chunk loaded only
 * then). scripts/lib/testpane.js builds it into a folder of its own and serves it, with office.js
 * from the @microsoft/office-js package, from the receiver that collects the results.
 */
function testExcelConfig(argv) {
  return {
    mode: argv.mode || 'development',
    devtool: 'source-map',
    entry: { testpane: './src/testpane/index.ts' },
    output: {
      path: path.resolve(__dirname, 'dist-test-excel'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: moduleRules },
    performance: { hints: false },
    plugins: [
      defineVersion,
      // The fake measures requests with Buffer.byteLength; the browser has no Buffer.
      new webpack.ProvidePlugin({
        Buffer: [path.resolve(__dirname, 'src/testpane/bufferShim.ts'), 'Buffer'],
      }),
      new HtmlWebpackPlugin({ filename: 'testpane.html', template: './src/testpane/testpane.html' }),
      // The same policy as the add-in's pages (scripts/testpane-fake.js fails on a violation).
      new ContentSecurityPolicyPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.test-excel.xml', to: 'manifest.test-excel.xml' },
        ],
      }),
    ],
  };
}

/**
 * Certificates from office-addin-dev-certs. When its CA cannot be installed (Linux, no sudo) it
 * throws, but the certificates it generated are still usable (the browser warns once); only when
 * there are none does webpack fall back to a self-signed certificate of its own. scripts/start.js
 * has already tried the installation once and says so with DEV_CERTS_CHECKED, so it is not retried.
 */
async function devHttpsOptions() {
  if (!process.env.DEV_CERTS_CHECKED) {
    try {
      const devCerts = require('office-addin-dev-certs');
      const options = await devCerts.getHttpsServerOptions();
      return { key: options.key, cert: options.cert, ca: options.ca };
    } catch (error) {
      console.warn(`[dev-certs] ${error.message}`);
    }
  }
  const generated = readGeneratedDevCerts();
  if (generated) return generated;
  console.warn('[dev-certs] no developer certificates; serving with a self-signed certificate instead.');
  return undefined;
}

/** The files office-addin-dev-certs writes to ~/.office-addin-dev-certs, if they are all there. */
function readGeneratedDevCerts() {
  const fs = require('node:fs');
  const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
  try {
    return {
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
    };
  } catch {
    return undefined;
  }
}
