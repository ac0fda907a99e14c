// Builds the task pane, the ribbon commands page and the manifest, after the Office React
// task-pane template. office.js is served from the @microsoft/office-js package under /office-js/
// so the pane never needs the internet; the production manifest points at ADDIN_BASE_URL.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls, DEV_BASE_URL } = require('./scripts/manifest-urls');

const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? process.env.ADDIN_BASE_URL : DEV_BASE_URL;
  // Fail before compiling: a production manifest must never point at localhost.
  const rewriteManifest = (content) => rewriteManifestUrls(content.toString(), baseUrl, { production });
  if (production) rewriteManifest('<OfficeApp/>');

  const config = {
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
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
    module: {
      rules: [
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
      ],
    },
    performance: { hints: false },
    plugins: [
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
      port: 3000,
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
