import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { diskSources, importCycles, repoRoot, type SourceFiles } from './importGraph';

/** Files in memory, for proving the checks catch what they are meant to catch. */
const memory = (files: Record<string, string>): SourceFiles => ({ files: Object.keys(files), read: (p) => files[p] });

describe('import cycles', () => {
  test('none between files or between layers of src/, type-only imports included (the catalogue’s excepted between layers)', () => {
    const found = importCycles(diskSources(repoRoot));
    expect(found.files).toEqual([]);
    // On failure this lists each knot with the imports that tie it.
    expect(found.layers).toEqual([]);
  });

  test('the check finds a cycle through a type import, a re-export or a dynamic import', () => {
    const found = importCycles(
      memory({
        'src/host/types.ts': "import type { SheetKind } from '../sheets/model';",
        'src/sheets/model.ts': "export type SheetKind = 'a';",
        'src/sheets/text.ts': "import { type Period } from '../host/types';",
        'src/core/a.ts': "export { b } from './b';",
        'src/core/b.ts': "export const b = () => import('./a');",
        'src/core/c.ts': "import type { C } from './c';",
        // The catalogue naming a layer's code types while that layer words its text through it: no knot.
        'src/i18n/catalogue.ts': "import type { SheetNotice } from '../data/notices';",
        'src/data/notices.ts': "export type SheetNotice = 'x';",
        'src/data/text.ts': "import { catalogue } from '../i18n/catalogue';",
      }),
    );
    expect(found.files).toEqual([['src/core/a.ts', 'src/core/b.ts'], ['src/core/c.ts']]);
    expect(found.layers).toEqual([
      { layers: ['host', 'sheets'], imports: ['src/host/types.ts → src/sheets/model.ts', 'src/sheets/text.ts → src/host/types.ts'] },
    ]);
    // A value import by the catalogue (which the lint rules forbid) would knot it.
    const knot = importCycles(memory({ 'src/i18n/x.ts': "import { y } from '../data/y';", 'src/data/y.ts': "import { x } from '../i18n/x';" }));
    expect(knot.layers.map((c) => c.layers)).toEqual([['data', 'i18n']]);
  });
});

interface Linted {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/** Lints snippets as files of the project with its real ESLint config (in a child process). */
function lint(snippets: { filePath: string; code: string }[]): Linted[] {
  const run = spawnSync(process.execPath, [join(__dirname, 'lintSnippets.mjs')], { cwd: repoRoot, input: JSON.stringify(snippets), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Linted[];
}

describe('layer rules (eslint.config.mjs)', () => {
  test('refuse imports against the layers, Office.js outside src/excel/ and React outside the pane; allow what the layers may do', () => {
    const cases: [string, string, string | null][] = [
      // [file, code, rule that must fire (null: none)]
      ['src/core/x.ts', "import { catalogue } from '../i18n';\nexport const x = catalogue;", 'no-restricted-imports'],
      ['src/core/plans/x.ts', "import { writeWorkbook } from '../../excel/writeWorkbook';\nexport const x = writeWorkbook;", 'no-restricted-imports'],
      ['src/core/x.ts', 'export const x = () => document.title;', 'no-restricted-globals'],
      ['src/i18n/x.ts', "import { SHEET_KINDS } from '../core/sheetKinds';\nexport const x = SHEET_KINDS;", 'no-restricted-imports'],
      ['src/i18n/x.ts', "import { Dec } from 'decimal.js';\nexport const x = Dec;", 'no-restricted-imports'],
      ['src/i18n/languages/en-US/x.ts', "import { hostProblem } from '../../../host/problems';\nexport const x = hostProblem;", 'no-restricted-imports'],
      ['src/sheets/x.ts', "import { createExcelHost } from '../excel/excelHost';\nexport const x = createExcelHost;", 'no-restricted-imports'],
      ['src/sheets/x.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'no-restricted-imports'],
      ['src/sheets/x.ts', "import { useState } from 'react';\nexport const x = useState;", 'no-restricted-imports'],
      ['src/templates/x.ts', "import { catalogue } from '../i18n';\nexport const x = catalogue;", 'no-restricted-imports'],
      ['src/xlsx/x.ts', 'export const x = () => Office.context;', 'no-restricted-globals'],
      ['src/taskpane/panels/X.tsx', "import { createExcelHost } from '../../excel/excelHost';\nexport const x = createExcelHost;", 'no-restricted-imports'],
      ['src/taskpane/App.tsx', 'export const x = () => Office.onReady();', 'no-restricted-globals'],
      ['src/preview/x.ts', "import { HyperFormula } from 'hyperformula';\nexport const x = HyperFormula;", 'no-restricted-imports'],
      // Allowed: types into the catalogue, a host's types in a component, the pane's own preview UI, Office.js in src/excel/.
      ['src/i18n/x.ts', "import type { SheetKind } from '../core/sheetKinds';\nexport type X = SheetKind;", null],
      ['src/taskpane/panels/X.tsx', "import type { PreviewControls } from '../../preview/types';\nexport type X = PreviewControls;", null],
      ['src/taskpane/panels/X.tsx', "import { SheetTables } from '../preview/SheetTables';\nexport const x = SheetTables;", null],
      ['src/taskpane/index.tsx', "import { officePlace } from '../excel/officeReady';\nexport const x = officePlace;", null],
      ['src/excel/x.ts', 'export const x = () => Office.context;', null],
      ['src/sheets/x.ts', "import { catalogue } from '../i18n';\nexport const x = catalogue;", null],
    ];
    const results = lint(cases.map(([filePath, code]) => ({ filePath, code })));
    const fired = results.map((r) => [r.filePath, [...new Set(r.messages.map((m) => m.ruleId))]]);
    expect(fired).toEqual(cases.map(([file, , rule]) => [file, rule === null ? [] : [rule]]));
    // The message says which way the layers point.
    expect(results[0].messages[0].message).toContain('src/core/ may import nothing outside itself: layers point one way.');
    expect(results[3].messages[0].message).toContain('src/i18n/ may import nothing outside itself (types: also');
  });
});
