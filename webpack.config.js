/**
 * One page (taskpane.html) hosts both bundles: the shared runtime loads it once for the task pane,
 * the ribbon and the SALES custom functions. functions.json and functions.zh-CN.json (the
 * manifest's zh-CN override) are generated from the function table (src/functions/table.ts and
 * the catalogues' `functions` sections) by FunctionsMetadataPlugin below.
 *
 * office.js: production builds reference Microsoft's CDN; development builds use the local copy
 * from @microsoft/office-js (office.js, the Excel host scripts it loads, its string files and
 * telemetry, copied to dist/office/) so the pane and the tests run offline.
 *   --env offline  use the local copy in a production build too
 *   --env cdn      use the CDN in a development build
 *   --env typecheck  type-check in watch mode too (non-watch builds always type-check)
 */
const path = require('path');
const fs = require('fs');
const ts = require('typescript');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office/office.js';
const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const CERT_DIR = path.resolve(__dirname, '.certs');

const ENTRIES = {
  functions: './src/excel/functionsRuntime.ts',
  taskpane: './src/taskpane/index.tsx',
};

/**
 * ts-loader runs with transpileOnly (fast, per file), so the types are checked here, once per
 * build, over everything the entries import; any diagnostic is a compilation error and makes
 * `webpack` exit non-zero.
 */
class TypeCheckPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('TypeCheckPlugin', (compilation) => {
      if (compilation.compiler !== compiler) return; // child compilations (html-webpack-plugin)
      const configFile = ts.findConfigFile(__dirname, ts.sys.fileExists, 'tsconfig.json');
      const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(config, ts.sys, __dirname);
      const rootNames = Object.values(ENTRIES).map((f) => path.resolve(__dirname, f));
      const program = ts.createProgram({ rootNames, options: { ...parsed.options, noEmit: true } });
      const diagnostics = ts.getPreEmitDiagnostics(program);
      for (const d of diagnostics) {
        const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        let where = '';
        if (d.file && d.start !== undefined) {
          const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
          where = `${path.relative(__dirname, d.file.fileName)}:${line + 1}:${character + 1} `;
        }
        compilation.errors.push(new webpack.WebpackError(`${where}TS${d.code}: ${text}`));
      }
    });
  }
}

/**
 * Emits functions.json and functions.zh-CN.json from src/functions/metadata.ts, loaded through
 * ts-node (CommonJS, transpile only, as tsconfig's "ts-node" section says) afresh on every
 * compilation so watch mode follows edits to the table and the catalogues.
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node' } });
        const src = path.resolve(__dirname, 'src') + path.sep;
        for (const key of Object.keys(require.cache)) if (key.startsWith(src)) delete require.cache[key];
        try {
          const { functionsMetadata, METADATA_FILES } = require('./src/functions/metadata.ts');
          for (const [language, file] of Object.entries(METADATA_FILES)) {
            const json = JSON.stringify(functionsMetadata(language), null, 2);
            compilation.emitAsset(file, new webpack.sources.RawSource(json));
          }
        } catch (e) {
          compilation.errors.push(new webpack.WebpackError(`functions metadata: ${e && e.stack ? e.stack : e}`));
        }
      });
    });
  }
}

function httpsOptions() {
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const key = path.join(CERT_DIR, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    throw new Error(`Missing ${cert} / ${key}: run "node scripts/ensure-cert.mjs" (npm start does it).`);
  }
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const localOfficeJs = env.offline || env.OFFLINE ? true : env.cdn ? false : dev;
  const typecheck = !serving || Boolean(env.typecheck);

  return {
    mode,
    devtool: 'source-map',
    entry: ENTRIES,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJs: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...(localOfficeJs
            ? [
                {
                  // office.js with everything it may load for Excel: the Excel host scripts, the
                  // custom functions runtime, the O15 mapping table, strings, telemetry, webauth.
                  from: '**/*',
                  context: OFFICE_JS_DIST,
                  to: 'office/',
                  globOptions: {
                    ignore: [
                      '**/*.debug.js',
                      '**/*vsdoc*',
                      '**/*.d.ts',
                      '**/outlook_strings.js',
                      '**/{access,onenote,outlook,powerpoint,project,sway,visio,word}*.js',
                    ],
                  },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      ...(typecheck ? [new TypeCheckPlugin()] : []),
    ],
    optimization: {
      // Tree shaking: ts-loader emits ES modules (tsconfig module esnext), production mode marks
      // used exports and honours the packages' sideEffects flags.
      usedExports: true,
      sideEffects: true,
    },
    performance: {
      hints: dev ? false : 'warning',
      maxAssetSize: 1.5 * 1024 * 1024,
      maxEntrypointSize: 1.5 * 1024 * 1024,
      assetFilter: (file) => !file.startsWith('office/') && !file.endsWith('.map'),
    },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: httpsOptions() } : 'https',
      static: { directory: path.resolve(__dirname, 'dist') },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
