/**
 * The import rules between the project's folders, checked by `tsx scripts/check-imports.ts`.
 * The layers only hold if nothing crosses them, and a type import crosses too: it ties the
 * importer to that module's shape, and the sidebar's bundler follows it. A careful scan of
 * the sources (comments, strings, templates and regular expressions skipped) rather than the
 * compiler keeps the check quick and free of dependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How a folder may use another: at all, only through `import type`, or not even that. */
export type Access = 'any' | 'type-only' | 'never';

export interface Rule {
  /** The files the rule governs: every path under this folder. */
  folder: string;
  /** What the folder is; printed with each violation so the reason travels with it. */
  what: string;
  /** Where its relative imports may lead, by folder; the longest matching folder decides. */
  imports: Readonly<Record<string, Access>>;
  /** For a relative import that no folder of `imports` matches. */
  otherwise: 'any' | 'never';
  /** Bare packages its files must not import; 'node:' stands for every Node built-in. */
  packages?: readonly string[];
  /** Folders that no chain of its imports, values or types, may reach. */
  neverReaches?: readonly string[];
  /** Each folder directly under this one must have a rule, so that a new room gets one. */
  roomsNeedRules?: boolean;
}

/**
 * The rules, most of them per folder. A file obeys every rule whose folder holds it; for
 * each import, the most specific rule it breaks is reported.
 */
export const RULES: readonly Rule[] = [
  {
    folder: 'src/',
    what: 'the product, run by Apps Script and the browser',
    imports: { 'src/': 'any' },
    otherwise: 'never',
    packages: [
      'node:',
      'hyperformula',
      'exceljs',
      'playwright-core',
      'vitest',
      'fast-check',
      'esbuild',
    ],
    roomsNeedRules: true,
  },
  {
    folder: 'src/core/',
    what: 'the pure core',
    imports: { 'src/core/': 'any' },
    otherwise: 'never',
  },
  {
    folder: 'src/contract/',
    what: "the sidebar's contract, shared by server and client",
    imports: { 'src/core/': 'any', 'src/contract/': 'any' },
    otherwise: 'never',
  },
  {
    folder: 'src/functions/',
    what: 'the custom functions',
    imports: { 'src/core/': 'any', 'src/functions/': 'any', 'src/workbook/': 'never' },
    otherwise: 'never',
  },
  {
    folder: 'src/workbook/',
    what: 'the workbook layer',
    imports: {
      'src/core/': 'any',
      'src/contract/': 'any',
      'src/workbook/': 'any',
      'src/content/': 'never',
      'src/functions/': 'never',
      'src/entry/': 'never',
      'src/sidebar/': 'never',
    },
    otherwise: 'never',
  },
  {
    folder: 'src/content/',
    what: 'words and build-time content, kept out of the server bundle',
    imports: {
      'src/core/': 'any',
      'src/workbook/': 'any',
      'src/content/': 'any',
      'src/contract/': 'any',
    },
    otherwise: 'never',
  },
  {
    folder: 'src/entry/',
    what: 'the thin entry points',
    imports: {
      'src/core/': 'any',
      'src/contract/': 'any',
      'src/functions/': 'any',
      'src/workbook/': 'any',
      'src/entry/': 'any',
      'src/content/': 'type-only',
    },
    otherwise: 'never',
  },
  {
    folder: 'src/sidebar/',
    what: 'the browser client',
    imports: {
      'src/sidebar/': 'any',
      'src/core/': 'any',
      'src/contract/': 'any',
      'src/content/': 'any',
    },
    otherwise: 'never',
    neverReaches: ['src/workbook/', 'src/functions/', 'src/entry/'],
  },
  {
    folder: 'test/support/',
    what: 'helpers shared by tests and bench',
    imports: { 'test/support/': 'any', 'test/': 'never', 'bench/': 'never' },
    otherwise: 'any',
  },
  {
    folder: 'test/',
    what: 'the tests',
    imports: { 'bench/': 'never' },
    otherwise: 'any',
  },
  {
    folder: 'bench/',
    what: 'the benchmarks',
    imports: {
      'src/': 'any',
      'emulation/': 'any',
      'export/': 'any',
      'playground/': 'any',
      'scripts/': 'any',
      'test/support/': 'any',
      'bench/': 'any',
      'test/': 'never',
    },
    otherwise: 'never',
  },
  {
    folder: 'emulation/',
    what: 'the Apps Script emulation, independent of the product',
    imports: { 'src/': 'never', 'test/': 'never', 'bench/': 'never', 'playground/': 'never' },
    otherwise: 'any',
  },
];

/** One import as written: where it starts, what it names, and whether it is erased. */
export interface Import {
  specifier: string;
  /** The line of the statement's first token: where a multi-line import starts. */
  line: number;
  /** `import type`, `export type … from`, or an import whose every name is marked `type`. */
  typeOnly: boolean;
}

export interface Violation {
  /** The importing file, or the folder when the rule is about the folder itself. */
  file: string;
  /** The import's first line; 0 when the violation is about the file or folder as a whole. */
  line: number;
  /** The imported file (or the path it would be), the package, or '' when there is none. */
  target: string;
  /** The rule broken, in words. */
  rule: string;
  /** For a rule about reach: the shortest chain of imports to the target, first file first. */
  chain?: readonly string[];
}

export interface Report {
  /** Source files scanned. */
  files: number;
  /** Imports found in them, relative or bare. */
  imports: number;
  violations: Violation[];
}

/** The files whose imports are read; any other file can only be imported. */
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/**
 * Checks every source file of `files` (repo-relative path → text) against RULES. Files of
 * other kinds (.html, .css, .json) may be given with empty text: they only need to exist
 * to be resolved.
 */
export function checkImports(files: ReadonlyMap<string, string>): Report {
  const violations: Violation[] = [];
  // One report per place: an import breaking a rule directly also breaks its reach rule.
  const reported = new Set<string>();
  const report = (violation: Violation): void => {
    const key = `${violation.file}:${violation.line}:${violation.target}`;
    if (reported.has(key)) return;
    reported.add(key);
    violations.push(violation);
  };
  const deepestFirst = [...RULES].sort((a, b) => b.folder.length - a.folder.length);
  const graph = new Map<string, Edge[]>();
  let scanned = 0;
  let imports = 0;

  for (const [file, source] of files) {
    if (!SOURCE.test(file)) continue;
    scanned++;
    const governing = deepestFirst.filter((rule) => file.startsWith(rule.folder));
    const edges: Edge[] = [];
    for (const { specifier, line, typeOnly } of findImports(source)) {
      imports++;
      if (!isRelative(specifier)) {
        const rule = governing.find((r) => bansPackage(r, specifier));
        if (rule)
          report({
            file,
            line,
            target: specifier,
            rule: `${who(rule)} never imports this package`,
          });
        continue;
      }
      const path = posix.join(posix.dirname(file), specifier);
      const found = resolveIn(files, path);
      if (found !== undefined) edges.push({ target: found, line });
      // An unresolved path still says where it points, so the folder rules apply to it.
      const target = found ?? path;
      const broken = governing.map((r) => breach(r, target, typeOnly)).find((b) => b);
      if (broken) report({ file, line, target, rule: broken });
      else if (found === undefined)
        report({ file, line, target, rule: 'resolves to no file (as-is, .ts, /index.ts)' });
    }
    graph.set(file, edges);
  }

  for (const rule of RULES) {
    if (rule.roomsNeedRules) checkRooms(rule, files, report);
    if (rule.neverReaches) checkReach(rule, rule.neverReaches, graph, report);
  }
  violations.sort((a, b) => compare(a.file, b.file) || a.line - b.line);
  return { files: scanned, imports, violations };
}

interface Edge {
  target: string;
  line: number;
}

function who(rule: Rule): string {
  return `${rule.folder} (${rule.what})`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRelative(specifier: string): boolean {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../')
  );
}

/** As the bundler and tsx resolve: the path itself, then as a .ts module, then a folder. */
function resolveIn(files: ReadonlyMap<string, string>, path: string): string | undefined {
  return [path, `${path}.ts`, `${path}/index.ts`].find((candidate) => files.has(candidate));
}

/** Why importing `target` breaks `rule`, or undefined when it does not. */
function breach(rule: Rule, target: string, typeOnly: boolean): string | undefined {
  let match: [string, Access] | undefined;
  for (const entry of Object.entries(rule.imports)) {
    if (target.startsWith(entry[0]) && entry[0].length > (match?.[0].length ?? -1)) match = entry;
  }
  if (match === undefined) {
    if (rule.otherwise === 'any') return undefined;
    const allowed = Object.entries(rule.imports)
      .filter(([, access]) => access !== 'never')
      .map(([folder, access]) => (access === 'type-only' ? `${folder} (types only)` : folder));
    return `${who(rule)} may import only ${allowed.join(', ')}`;
  }
  const [folder, access] = match;
  if (access === 'any' || (access === 'type-only' && typeOnly)) return undefined;
  if (access === 'type-only') return `${who(rule)} may import ${folder} only with import type`;
  return `${who(rule)} never imports ${folder}${typeOnly ? ', not even its types' : ''}`;
}

const BUILTINS = new Set(builtinModules);

function bansPackage(rule: Rule, specifier: string): boolean {
  const banned = rule.packages ?? [];
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  // A built-in is the same module with or without its prefix: 'fs' is 'node:fs'.
  const builtin = specifier.startsWith('node:') || BUILTINS.has(name);
  return banned.includes(name) || (builtin && banned.includes('node:'));
}

/** Every file under `rule.folder` sits in a folder ("room") that has a rule of its own. */
function checkRooms(
  rule: Rule,
  files: ReadonlyMap<string, string>,
  report: (violation: Violation) => void,
): void {
  for (const file of files.keys()) {
    if (!file.startsWith(rule.folder)) continue;
    const rest = file.slice(rule.folder.length);
    const slash = rest.indexOf('/');
    if (slash < 0) {
      const where = `directly in ${rule.folder}, outside every room`;
      report({ file, line: 0, target: '', rule: `${who(rule)}: no file may sit ${where}` });
      continue;
    }
    const room = rule.folder + rest.slice(0, slash + 1);
    if (!RULES.some((r) => r.folder === room))
      report({ file: room, line: 0, target: '', rule: `no rule for folder ${room}` });
  }
}

/**
 * Walks breadth first from every file of `rule.folder`, so that each chain printed is a
 * shortest one, and reports each import by which the walk enters a forbidden folder.
 */
function checkReach(
  rule: Rule,
  forbidden: readonly string[],
  graph: ReadonlyMap<string, readonly Edge[]>,
  report: (violation: Violation) => void,
): void {
  const starts = [...graph.keys()].filter((file) => file.startsWith(rule.folder)).sort(compare);
  const cameFrom = new Map<string, string | undefined>(starts.map((file) => [file, undefined]));
  const queue = [...starts];
  // The loop also visits the files pushed while it runs.
  for (const file of queue) {
    for (const { target, line } of graph.get(file) ?? []) {
      const folder = forbidden.find((f) => target.startsWith(f));
      if (folder !== undefined) {
        const chain = [file];
        for (let at = cameFrom.get(file); at !== undefined; at = cameFrom.get(at)) {
          chain.unshift(at);
        }
        chain.push(target);
        const broken = `${who(rule)} never reaches ${folder}, not even through types`;
        report({ file, line, target, rule: broken, chain });
      } else if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
}

/** The imports of a TypeScript or JavaScript source, in order. */
export function findImports(source: string): Import[] {
  const tokens = tokenize(source);
  const found: Import[] = [];
  tokens.forEach((token, at) => {
    // `x.import(…)` is a method, `import.meta` is no import (readClause rejects the '.').
    if (token.kind !== 'word' || isPunct(tokens[at - 1], '.')) return;
    const clause =
      token.text === 'import'
        ? readImport(tokens, at)
        : token.text === 'export'
          ? readExport(tokens, at + 1)
          : undefined;
    if (clause) found.push({ ...clause, line: token.line });
  });
  return found;
}

interface Token {
  kind: 'word' | 'string' | 'template' | 'regex' | 'punct';
  /** A word or punctuator as written; a string's value without its quotes. */
  text: string;
  line: number;
}

type Clause = Omit<Import, 'line'>;

function isWord(token: Token | undefined, text: string): boolean {
  return token?.kind === 'word' && token.text === text;
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token?.kind === 'punct' && token.text === text;
}

/** `tokens[at]` is `import`. */
function readImport(tokens: readonly Token[], at: number): Clause | undefined {
  const next = tokens[at + 1];
  if (isPunct(next, '(')) {
    const specifier = tokens[at + 2];
    const close = tokens[at + 3];
    if (specifier?.kind !== 'string' || !(isPunct(close, ')') || isPunct(close, ',')))
      return undefined;
    // `typeof import('…')` names the module's type; any other `import('…')` loads it.
    return { specifier: specifier.text, typeOnly: isWord(tokens[at - 1], 'typeof') };
  }
  if (next?.kind === 'string') return { specifier: next.text, typeOnly: false };
  return readClause(tokens, at + 1);
}

/** `tokens[at]` follows `export`: only `export {…} from` and `export * from` import. */
function readExport(tokens: readonly Token[], at: number): Clause | undefined {
  const first = tokens[at];
  const opensClause = (token: Token | undefined) => isPunct(token, '{') || isPunct(token, '*');
  // `export type { … } from` re-exports; `export type X = …` declares.
  if (isWord(first, 'type') ? opensClause(tokens[at + 1]) : opensClause(first))
    return readClause(tokens, at);
  return undefined;
}

/** Reads `[type] bindings from '…'` from `tokens[at]`; undefined when it is something else. */
function readClause(tokens: readonly Token[], at: number): Clause | undefined {
  let k = at;
  // `type` marks the whole clause, unless it is the default binding: `import type from '…'`.
  const marked =
    isWord(tokens[k], 'type') && !isWord(tokens[k + 1], 'from') && !isPunct(tokens[k + 1], ',');
  if (marked) k++;
  let bindsValue = false;
  const named: Token[][] = [];
  for (; !isWord(tokens[k], 'from'); k++) {
    const token = tokens[k];
    if (isPunct(token, '{')) {
      const end = readNamed(tokens, k + 1, named);
      if (end === undefined) return undefined;
      // Only `from` may follow the braces; else this was `export { a }` with no source.
      k = end + 1;
      break;
    }
    if (token?.kind === 'word' || isPunct(token, '*')) bindsValue = true;
    else if (!isPunct(token, ',')) return undefined;
  }
  const specifier = tokens[k + 1];
  if (!isWord(tokens[k], 'from') || specifier?.kind !== 'string') return undefined;
  const everyNameTyped = named.length > 0 && named.every(isTypeSpecifier);
  return { specifier: specifier.text, typeOnly: marked || (!bindsValue && everyNameTyped) };
}

/** Collects the specifiers of `{ … }` from `tokens[at]`; returns the index of the `}`. */
function readNamed(tokens: readonly Token[], at: number, named: Token[][]): number | undefined {
  let specifier: Token[] = [];
  for (let k = at; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === undefined) break;
    if (isPunct(token, '}') || isPunct(token, ',')) {
      // A trailing comma leaves an empty specifier, which names nothing.
      if (specifier.length > 0) named.push(specifier);
      specifier = [];
      if (token.text === '}') return k;
    } else if (token.kind === 'word' || token.kind === 'string') specifier.push(token);
    else return undefined;
  }
  return undefined;
}

/**
 * As TypeScript reads them: `type A`, `type A as B` and `type as` are erased, while `type`
 * alone and `type as B` bind a value named "type".
 */
function isTypeSpecifier(specifier: readonly Token[]): boolean {
  return (
    isWord(specifier[0], 'type') &&
    specifier.length > 1 &&
    !(specifier.length === 3 && isWord(specifier[1], 'as'))
  );
}

/** After these words a slash starts a regular expression; after any other word it divides. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

function startsRegex(previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  // After `)` or `]` a slash divides; after `}` it more often opens a statement.
  if (previous.kind === 'punct') return previous.text !== ')' && previous.text !== ']';
  return previous.kind === 'word' && BEFORE_REGEX.has(previous.text);
}

const WORD = /[\w$#\u0080-\uffff]/;

/**
 * Splits a source into the tokens that matter for imports. Comments vanish; strings,
 * templates and regular expressions become single tokens, so that no text inside them is
 * read as code. Strings and regular expressions end at a line's end, so a misread slash
 * cannot swallow more than one line.
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // What each open brace belongs to: code, or a `${` that returns to a template's text.
  const braces: ('code' | 'template')[] = [];
  let i = 0;
  let line = 1;

  /** Reads a template's text from `i` to its closing backtick or its next `${`. */
  const templateText = (): void => {
    const start = line;
    while (i < source.length) {
      const c = source.charAt(i);
      if (c === '\\') {
        if (source.charAt(i + 1) === '\n') line++;
        i += 2;
        continue;
      }
      i++;
      if (c === '\n') line++;
      else if (c === '`') break;
      else if (c === '$' && source.charAt(i) === '{') {
        i++;
        braces.push('template');
        break;
      }
    }
    tokens.push({ kind: 'template', text: '', line: start });
  };

  while (i < source.length) {
    const c = source.charAt(i);
    const next = source.charAt(i + 1);
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source.charAt(k) === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      let text = '';
      for (i++; i < source.length; i++) {
        const d = source.charAt(i);
        if (d === c || d === '\n') break;
        if (d === '\\') {
          i++;
          if (source.charAt(i) === '\n') line++;
          else text += source.charAt(i);
        } else text += d;
      }
      if (source.charAt(i) === c) i++;
      tokens.push({ kind: 'string', text, line });
    } else if (c === '`') {
      i++;
      templateText();
    } else if (c === '/' && startsRegex(tokens.at(-1))) {
      let inClass = false;
      for (i++; i < source.length; i++) {
        const d = source.charAt(i);
        if (d === '\n' || (d === '/' && !inClass)) break;
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
      }
      if (source.charAt(i) === '/') i++;
      while (WORD.test(source.charAt(i))) i++;
      tokens.push({ kind: 'regex', text: '', line });
    } else if (WORD.test(c)) {
      const start = i;
      while (i < source.length && WORD.test(source.charAt(i))) i++;
      tokens.push({ kind: 'word', text: source.slice(start, i), line });
    } else if (c === '}' && braces.at(-1) === 'template') {
      braces.pop();
      i++;
      templateText();
    } else {
      if (c === '{') braces.push('code');
      else if (c === '}') braces.pop();
      tokens.push({ kind: 'punct', text: c, line });
      i++;
    }
  }
  return tokens;
}

/** One violation as printed: where, what, the rule, and the chain for a reach rule. */
export function formatViolation(violation: Violation): string {
  const { file, line, target, rule, chain } = violation;
  const where = line > 0 ? `${file}:${line} → ${target}` : file;
  const via = chain ? `\n    via ${chain.join(' → ')}` : '';
  return `${where}\n  ${rule}${via}`;
}

/** Build output, tools' caches and installed packages are not the project's sources. */
const SKIPPED_AT_ROOT = new Set(['node_modules', 'dist', 'artifacts']);

function readTree(root: string, folder: string, files: Map<string, string>): void {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (folder === '' && SKIPPED_AT_ROOT.has(entry.name))) continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) readTree(root, path, files);
    else if (entry.isFile())
      files.set(path, SOURCE.test(path) ? readFileSync(join(root, path), 'utf8') : '');
  }
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = new Map<string, string>();
  readTree(root, '', files);
  const { files: scanned, imports, violations } = checkImports(files);
  if (violations.length === 0) {
    console.log(`imports: ${scanned} files, ${imports} imports, all rules hold`);
    return;
  }
  const count = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
  console.error(`imports: ${count} in ${scanned} files, ${imports} imports`);
  for (const violation of violations) console.error(formatViolation(violation));
  process.exitCode = 1;
}

// Run only as a program, not when a test imports the checker.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main();
