/**
 * The page's own files, built once when the server starts: its TypeScript bundled by esbuild
 * (no CDN, nothing fetched), its stylesheet, its HTML, and the google.script.run shim that
 * every dialog and sidebar frame gets before its own scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const pageDir = join(import.meta.dirname, 'page');

export interface PageAssets {
  readonly html: string;
  readonly css: string;
  readonly js: string;
  readonly shim: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(pageDir, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function buildPageAssets(): Promise<PageAssets> {
  const [js, shim] = await Promise.all([bundle('main.ts'), bundle('script-run.ts')]);
  return {
    html: readFileSync(join(pageDir, 'index.html'), 'utf8'),
    css: readFileSync(join(pageDir, 'page.css'), 'utf8'),
    js,
    shim,
  };
}

/** A dialog's page with the shim as its first script, so google.script exists when it runs. */
export function withShim(content: string): string {
  const tag = '<script src="/script-run.js"></script>';
  const head = /<head[^>]*>/i.exec(content);
  if (head) return content.replace(head[0], () => `${head[0]}${tag}`);
  return `${tag}${content}`;
}
