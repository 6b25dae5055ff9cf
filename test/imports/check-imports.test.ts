import { describe, expect, it } from 'vitest';
import {
  checkImports,
  findImports,
  formatViolation,
  type Violation,
} from '../../scripts/check-imports';

/** The violations of a tiny tree, given as path → source. */
function violations(tree: Record<string, string>): Violation[] {
  return checkImports(new Map(Object.entries(tree))).violations;
}

/** Where each violation is and what it imports: enough to tell which rule fired. */
function places(tree: Record<string, string>): string[] {
  return violations(tree).map((v) => `${v.file}:${v.line} → ${v.target}`);
}

describe('findImports', () => {
  it('sees every form of import, a multi-line one at its first line', () => {
    const source = [
      "import { a } from './a';",
      'import {',
      '  b,',
      '  type C,',
      "} from './b';",
      "import './side-effect';",
      "export { d } from './d';",
      "export * from './e';",
      "const f = await import('./f');",
    ].join('\n');
    expect(findImports(source).map(({ specifier, line }) => `${line} ${specifier}`)).toEqual([
      '1 ./a',
      '2 ./b',
      '6 ./side-effect',
      '7 ./d',
      '8 ./e',
      '9 ./f',
    ]);
  });

  it('sees no import in comments, strings, templates or regular expressions', () => {
    const source = [
      "// import { a } from './a';",
      "/* export * from './b'; */",
      'const c = "import { c } from \'./c\'";',
      `const d = \`import { d } from './d' \${'x'}\`;`,
      "const e = /import '.\\/e'/;",
      'const meta = import.meta.url;',
      "import { real } from './real';",
    ].join('\n');
    expect(findImports(source)).toEqual([{ specifier: './real', line: 7, typeOnly: false }]);
  });

  it('counts { type A, type B } as type-only, but not { type A, B }', () => {
    const typeOnly = (source: string) => findImports(source).map((i) => i.typeOnly);
    expect(typeOnly("import { type A, type B } from './x';")).toEqual([true]);
    expect(typeOnly("import { type A, B } from './x';")).toEqual([false]);
    expect(typeOnly("import X, { type A } from './x';")).toEqual([false]);
    expect(typeOnly("import type { A, B } from './x';")).toEqual([true]);
    expect(typeOnly("export type { A } from './x';")).toEqual([true]);
    expect(typeOnly("export { type A } from './x';")).toEqual([true]);
  });
});

describe('checkImports', () => {
  it('passes a tree that keeps every rule', () => {
    const report = checkImports(
      new Map(
        Object.entries({
          'src/core/lang.ts': 'export type Lang = string;',
          'src/contract/api.ts': "import type { Lang } from '../core/lang';",
          'src/workbook/sheet.ts': "import { lang } from '../core/lang';",
          'src/content/words.ts': "import { sheet } from '../workbook/sheet';",
          'src/entry/menu.ts': "import type { Words } from '../content/words';",
          'src/sidebar/main.ts': "import { api } from '../contract/api';\nimport './sidebar.css';",
          'src/sidebar/sidebar.css': '',
          'test/support/world.ts': "import { sheet } from '../../src/workbook/sheet';",
          'bench/run.ts': "import { world } from '../test/support/world';",
        }),
      ),
    );
    expect(report).toEqual({ files: 8, imports: 8, violations: [] });
  });

  it('reports the core importing the workbook', () => {
    const tree = {
      'src/core/kr.ts': "import { layout } from '../workbook/layout';",
      'src/workbook/layout.ts': 'export const layout = 1;',
    };
    expect(violations(tree)).toEqual([
      {
        file: 'src/core/kr.ts',
        line: 1,
        target: 'src/workbook/layout.ts',
        rule: 'src/core/ (the pure core) may import only src/core/',
      },
    ]);
  });

  it('sees a multi-line import break a rule', () => {
    const tree = {
      'src/core/kr.ts': "const x = 1;\nimport {\n  a,\n  b,\n} from '../workbook/layout';",
      'src/workbook/layout.ts': '',
    };
    expect(places(tree)).toEqual(['src/core/kr.ts:2 → src/workbook/layout.ts']);
  });

  it('reports the workbook importing even the types of content', () => {
    const tree = {
      'src/workbook/sheet.ts': "import type { Words } from '../content/words';",
      'src/content/words.ts': 'export type Words = string[];',
    };
    const [violation] = violations(tree);
    expect(violation?.target).toBe('src/content/words.ts');
    expect(violation?.rule).toBe(
      'src/workbook/ (the workbook layer) never imports src/content/, not even its types',
    );
  });

  it("lets an entry import content's types, but not its values", () => {
    const content = { 'src/content/words.ts': 'export const words = [];' };
    expect(
      violations({ ...content, 'src/entry/menu.ts': "import type { W } from '../content/words';" }),
    ).toEqual([]);
    expect(
      violations({ ...content, 'src/entry/menu.ts': "import { words } from '../content/words';" }),
    ).toEqual([
      {
        file: 'src/entry/menu.ts',
        line: 1,
        target: 'src/content/words.ts',
        rule: 'src/entry/ (the thin entry points) may import src/content/ only with import type',
      },
    ]);
  });

  it('reports the sidebar reaching the workbook through content, with the chain', () => {
    const tree = {
      'src/sidebar/main.ts': "import { labels } from './labels';",
      'src/sidebar/labels.ts': "import type { Words } from '../content/words';",
      'src/content/words.ts': "export {};\nimport { SHEETS } from '../workbook/layout';",
      'src/workbook/layout.ts': 'export const SHEETS = [];',
    };
    const [violation, ...others] = violations(tree);
    expect(others).toEqual([]);
    expect(places(tree)).toEqual(['src/content/words.ts:2 → src/workbook/layout.ts']);
    expect(violation?.rule).toBe(
      'src/sidebar/ (the browser client) never reaches src/workbook/, not even through types',
    );
    expect(violation?.chain).toEqual([
      'src/sidebar/labels.ts',
      'src/content/words.ts',
      'src/workbook/layout.ts',
    ]);
  });

  it('reports a test importing bench, and test support importing a test', () => {
    const tree = {
      'bench/refresh.ts': 'export const calls = 1;',
      'test/workbook/refresh.test.ts': "import { calls } from '../../bench/refresh';",
      'test/support/world.ts': "import { x } from '../workbook/refresh.test';",
    };
    expect(places(tree)).toEqual([
      'test/support/world.ts:1 → test/workbook/refresh.test.ts',
      'test/workbook/refresh.test.ts:1 → bench/refresh.ts',
    ]);
    expect(violations(tree)[1]?.rule).toBe('test/ (the tests) never imports bench/');
  });

  it('reports Node and test-only packages in src, and an import that resolves to nothing', () => {
    const tree = {
      'src/core/a.ts': "import { readFileSync } from 'node:fs';\nimport 'fs';",
      'src/workbook/b.ts': "import HyperFormula from 'hyperformula';\nimport { c } from './c';",
    };
    expect(places(tree)).toEqual([
      'src/core/a.ts:1 → node:fs',
      'src/core/a.ts:2 → fs',
      'src/workbook/b.ts:1 → hyperformula',
      'src/workbook/b.ts:2 → src/workbook/c',
    ]);
  });

  it('reports a folder of src that has no rule, once', () => {
    const tree = { 'src/charts/a.ts': '', 'src/charts/b.ts': '', 'src/loose.ts': '' };
    expect(places(tree)).toEqual(['src/charts/:0 → ', 'src/loose.ts:0 → ']);
    expect(violations(tree)[0]?.rule).toBe('no rule for folder src/charts/');
  });
});

describe('formatViolation', () => {
  it('prints where, the rule, and the chain of a reach rule', () => {
    const violation: Violation = {
      file: 'src/content/words.ts',
      line: 2,
      target: 'src/workbook/layout.ts',
      rule: 'src/sidebar/ (the browser client) never reaches src/workbook/',
      chain: ['src/sidebar/main.ts', 'src/content/words.ts', 'src/workbook/layout.ts'],
    };
    expect(formatViolation(violation)).toBe(
      [
        'src/content/words.ts:2 → src/workbook/layout.ts',
        '  src/sidebar/ (the browser client) never reaches src/workbook/',
        '    via src/sidebar/main.ts → src/content/words.ts → src/workbook/layout.ts',
      ].join('\n'),
    );
    expect(formatViolation({ file: 'src/charts/', line: 0, target: '', rule: 'no rule' })).toBe(
      'src/charts/\n  no rule',
    );
  });
});
