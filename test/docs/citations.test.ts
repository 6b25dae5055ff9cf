import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Comments cite docs/ by anchor (docs/method.md#key-result-score): each citation must lead to
 * a heading that exists, or a reader following it lands nowhere. The repository explains
 * itself, so no file cites a document that is not in it.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['src', 'test', 'bench', 'scripts', 'emulation', 'playground', 'export', 'docs'];
const SKIP = new Set(['node_modules', 'dist', 'artifacts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : files(path);
    return /\.(ts|md|html|css|sh)$/.test(e.name) ? [path] : [];
  });
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

const sources = [...FOLDERS.flatMap((f) => files(join(root, f))), join(root, 'README.md')];

describe('docs citations', () => {
  it('lead to a heading of a file in docs/', () => {
    const broken: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/docs\/([\w-]+\.md)#([\w-]+)/g)) {
        const [cited, doc = '', id = ''] = m;
        let headings: string[];
        try {
          headings = readFileSync(join(root, 'docs', doc), 'utf8')
            .split('\n')
            .flatMap((l) => (/^#{1,4} /.test(l) ? [anchor(l.replace(/^#+ /, ''))] : []));
        } catch {
          headings = [];
        }
        if (!headings.includes(id)) broken.push(`${relative(root, file)}: ${cited}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never name a document outside the repository', () => {
    const outside = sources.filter((f) => /PRODUCT\.md/.test(readFileSync(f, 'utf8')));
    expect(outside.map((f) => relative(root, f))).toEqual([]);
  });
});
