// ESLint 9 flat config: typescript-eslint's recommended rules over the TypeScript sources, tests,
// benchmarks and scripts.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The few Node globals the JavaScript files use (the `globals` package is not a direct dependency).
const node = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'globalThis'].map(
    (g) => [g, 'readonly'],
  ),
);

/*
 * Layers point one way (docs/rules.md does not cover code; the reasons are here): core ← i18n
 * (types only) ← host / data ← sheets ← sample ← writers (excel, xlsx) ← preview ← pane, with
 * functions on core and i18n. A layer may import the layers listed for it and nothing else; the
 * catalogue (src/i18n) may import types from anywhere, because the codes it words are declared by
 * the layers that emit them, and values from nowhere but itself. Cycles between layers are caught
 * by test/architecture/imports.test.ts, which also proves these rules fire.
 */
const LAYERS = ['core', 'i18n', 'host', 'data', 'sheets', 'sample', 'templates', 'functions', 'excel', 'xlsx', 'preview', 'taskpane'];
const MAY_IMPORT = {
  core: [],
  i18n: [],
  // The contract between pane and hosts, and the one function both hosts build a workbook with.
  host: ['core', 'data', 'sheets', 'sample'],
  data: ['core', 'i18n'],
  sheets: ['core', 'i18n', 'data'],
  sample: ['core', 'data', 'sheets'],
  // A template carries the column mappings of the team's tables (src/data/'s fields).
  templates: ['core', 'data', 'sheets'],
  functions: ['core', 'i18n'],
  excel: ['core', 'i18n', 'host', 'data', 'sheets', 'sample', 'templates'],
  xlsx: ['core', 'i18n', 'data', 'sheets', 'sample', 'templates'],
  preview: ['core', 'i18n', 'host', 'data', 'sheets', 'sample', 'templates', 'xlsx'],
  // Components may name the hosts' types; only the entry point (index.tsx) loads a host.
  taskpane: ['core', 'i18n', 'host', 'data', 'sheets', 'templates'],
};
/** Type-only imports a layer may make beyond MAY_IMPORT. */
const MAY_IMPORT_TYPES = { i18n: LAYERS.filter((l) => l !== 'i18n'), taskpane: ['excel', 'preview'] };
/** How deep a source file can sit below its layer folder (src/<layer>/a/b/c.ts is 3). */
const DEPTHS = [1, 2, 3, 4];

/**
 * An import of a file `depth` folders below src/<layer>/ that climbs back to src/ and into one
 * of `layers` (exact, so src/taskpane/preview/ is not src/preview/).
 */
const into = (layers, depth) => `^(\\.\\./){${depth}}(${layers.join('|')})(/|$)`;
const UI_PACKAGES = { regex: '^(react|react-dom)(/|$)|^@fluentui/', message: 'React and Fluent UI belong to the task pane (src/taskpane/); other layers hand it data.' };
const XLSX_PACKAGES = { regex: '^(exceljs|jszip)(/|$)', message: 'exceljs and jszip belong to the .xlsx writer (src/xlsx/) and the .xlsx reader (src/data/xlsx.ts).' };
const TEST_ONLY = { regex: '^hyperformula(/|$)', message: 'HyperFormula is GPL and test-only: never bundled.' };
const ANY_PACKAGE = { regex: '^[^.]', allowTypeImports: true, message: 'The catalogue imports nothing but types.' };
const list = (layers) => layers.map((l) => `src/${l}/`).join(', ') || 'nothing outside itself';

function layerPatterns(layer, depth, mayImport = MAY_IMPORT[layer], mayImportTypes = MAY_IMPORT_TYPES[layer] ?? [], xlsx = layer === 'xlsx') {
  const forbidden = LAYERS.filter((l) => l !== layer && !mayImport.includes(l));
  const typesOnly = forbidden.filter((l) => mayImportTypes.includes(l));
  const never = forbidden.filter((l) => !mayImportTypes.includes(l));
  const why = `src/${layer}/ may import ${list(mayImport)}${typesOnly.length > 0 ? ` (types: also ${list(typesOnly)})` : ''}: layers point one way.`;
  return [
    ...(never.length > 0 ? [{ regex: into(never, depth), message: why }] : []),
    ...(typesOnly.length > 0 ? [{ regex: into(typesOnly, depth), allowTypeImports: true, message: why }] : []),
    ...(layer === 'taskpane' ? [] : [UI_PACKAGES]),
    ...(xlsx ? [] : [XLSX_PACKAGES]),
    ...(layer === 'i18n' ? [ANY_PACKAGE] : []),
    TEST_ONLY,
  ];
}

const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Office.js stays in src/excel/ (the pane receives a WorkbookHost; src/excel/officeReady.ts says where the page runs).',
}));
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'FileReader'].map((name) => ({
  name,
  message: 'This layer is pure: no DOM. The pane and the hosts deal with the browser.',
}));

const commonjs = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-artifacts/**', '.certs/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Excel hands custom functions untyped cells; the adapters type them `any` and check them.
    files: ['src/functions/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Layer boundaries: per layer and per folder depth, so relative paths resolve exactly.
  ...LAYERS.flatMap((layer) =>
    DEPTHS.map((depth) => ({
      files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer, depth) }] },
    })),
  ),
  {
    // The functions bundle's entry: it associates the SALES functions with Excel through Office.js.
    files: ['src/excel/functionsRuntime.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('excel', 1, [...MAY_IMPORT.excel, 'functions'], []) }] },
  },
  {
    // The .xlsx reader of a team's files (loaded on demand, like the writer).
    files: ['src/data/xlsx.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('data', 1, MAY_IMPORT.data, [], true) }] },
  },
  {
    // The entry point picks a host and loads it on demand.
    files: ['src/taskpane/index.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('taskpane', 1, [...MAY_IMPORT.taskpane, 'excel', 'preview'], []) }] },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-globals': [
        'error',
        // Custom functions run in Office's shared runtime and may ask it for its display language.
        ...(['excel', 'functions'].includes(layer) ? [] : OFFICE_GLOBALS),
        ...(['core', 'i18n', 'sheets', 'data', 'sample'].includes(layer) ? DOM_GLOBALS : []),
      ],
    },
  })),
  {
    // CommonJS configuration files (webpack, jest).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...node, ...commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: node },
  },
);
