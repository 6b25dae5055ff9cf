/**
 * The sidebar as one self-contained page (dist/sidebar.html): HtmlService serves a single
 * file, and a sidebar that fetched its script or styles would depend on the network. The
 * TypeScript client is bundled by esbuild and inlined with its CSS into src/sidebar/shell.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src/sidebar');

/** The page must stay light: it is sent each time the sidebar opens. */
export const SIDEBAR_MAX_BYTES = 150 * 1024;

/**
 * The client runs in a browser: it may use the pure core, the contract and content words (the
 * examples), never the server's layers (a content module that reached them would show here).
 */
const CLIENT_LAYERS = /^src\/(core|contract|content|sidebar)\//;

export async function buildSidebarHtml(): Promise<string> {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ['src/sidebar/main.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    // The browsers Google Workspace supports; nothing older needs lowering for.
    target: ['chrome109', 'edge109', 'firefox115', 'safari15.6'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const strays = Object.keys(bundle.metafile.inputs).filter((f) => !CLIENT_LAYERS.test(f));
  if (strays.length > 0)
    throw new Error(`the sidebar client imports server code: ${strays.join(', ')}`);
  const js = bundle.outputFiles[0]?.text ?? '';
  // Inside <script>, "</script" would end the element early; "<\/script" means the same to JS.
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
  if (safeJs.includes('<!--')) throw new Error('the sidebar script contains "<!--"');

  const css = await transform(readFileSync(join(source, 'sidebar.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  const html = readFileSync(join(source, 'shell.html'), 'utf8')
    // Functions as replacements: "$&" and friends in the code must not be interpreted.
    .replace('/*@css*/', () => css.code.trim())
    .replace('/*@js*/', () => safeJs.trim());
  const bytes = Buffer.byteLength(html);
  if (bytes > SIDEBAR_MAX_BYTES)
    throw new Error(`dist/sidebar.html is ${bytes} bytes, over the ${SIDEBAR_MAX_BYTES} allowed`);
  return html;
}
