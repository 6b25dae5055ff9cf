/**
 * npm start: the local playground. One emulated document runs the built add-on (dist/) and a
 * page that looks like Google Sheets edits it, offline, with no Google account. The server
 * listens on 127.0.0.1 only and makes no network access of its own.
 *
 *   npm start                    English (en_US); PORT=9000 npm start picks the port
 *   npm start -- --lang fr       French (fr_FR)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { buildPageAssets, type PageAssets, withShim } from './assets';
import { localesOf, parseArgs } from './options';
import { PlaygroundSession } from './session';

export interface PlaygroundStartOptions {
  /** 0 (default) picks a free port; a taken port falls back to a free one. */
  readonly port?: number;
  /** "en" (default), "fr", or a LANG-style locale such as "fr_FR". */
  readonly lang?: string;
  /** An empty spreadsheet instead of the lived-in demo workbook. */
  readonly blank?: boolean;
}

export interface Playground {
  readonly url: string;
  readonly session: PlaygroundSession;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

// Everything the page and the dialogs load comes from this server: an add-on page that links
// Google's stylesheet or anything else outside cannot reach the network from the playground.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
].join('; ');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startPlayground(options: PlaygroundStartOptions = {}): Promise<Playground> {
  const assets = await buildPageAssets();
  // Reset makes a new session, as the page's Reset control asks: the same language, demo or blank.
  const make = (): PlaygroundSession =>
    new PlaygroundSession(localesOf(options.lang ?? 'en'), { blank: options.blank ?? false });
  const current = { session: make() };
  const server = createServer((req, res) => {
    handle(req, res, current, make, assets).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      send(
        res,
        status,
        'application/json',
        JSON.stringify({ error: String((e as Error).message) }),
      );
    });
  });
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://${HOST}:${port}/`,
    get session() {
      return current.session;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Listens on the port asked for, or on a free one when it is taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE' && port !== 0) {
        console.warn(`Port ${port} is taken: using a free port instead.`);
        resolve(listen(server, 0));
      } else reject(e);
    };
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  current: { session: PlaygroundSession },
  make: () => PlaygroundSession,
  assets: PageAssets,
): Promise<void> {
  const { session } = current;
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const route = `${req.method} ${url.pathname}`;
  if (req.method === 'POST') checkOrigin(req);
  const dialog = /^\/dialog\/(\d+)$/.exec(url.pathname);
  if (req.method === 'GET' && dialog) {
    const content = session.dialogContent(Number(dialog[1]));
    if (content === undefined) throw new HttpError(404, 'No such dialog');
    return send(res, 200, 'text/html; charset=utf-8', withShim(content));
  }
  switch (route) {
    case 'GET /':
      return send(res, 200, 'text/html; charset=utf-8', assets.html);
    case 'GET /page.js':
      return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
    case 'GET /page.css':
      return send(res, 200, 'text/css; charset=utf-8', assets.css);
    case 'GET /script-run.js':
      return send(res, 200, 'text/javascript; charset=utf-8', assets.shim);
    case 'GET /api/view':
      return json(res, session.view(revision(url.searchParams.get('base'))));
    case 'GET /api/state':
      return json(res, session.handle.spreadsheet.exportState());
    case 'GET /api/ui':
      return json(res, session.uiRecords());
    case 'POST /api/type': {
      const body = await readJson(req);
      const reply = session.type(text(body, 'sheet'), text(body, 'a1'), text(body, 'text'));
      return json(res, { ...reply, view: session.view(revision(body.base)) });
    }
    case 'POST /api/run': {
      const body = await readJson(req);
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
      return json(res, session.run(text(body, 'functionName'), args));
    }
    case 'POST /api/reset':
      current.session = make();
      return json(res, { ok: true, ui: { alerts: [], toasts: [], dialogs: [] } });
    case 'POST /api/activate': {
      const body = await readJson(req);
      const reply = session.activate(text(body, 'sheet'));
      return json(res, { ...reply, view: session.view(revision(body.base)) });
    }
    default:
      throw new HttpError(404, `Not found: ${route}`);
  }
}

/** Another site open in the same browser must not drive the document. */
function checkOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`)
    throw new HttpError(403, 'Cross-origin request refused');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large');
    chunks.push(chunk as Buffer);
  }
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'Expected a JSON object');
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new HttpError(400, `"${key}" must be a string`);
  return value;
}

/** The revision of the view the page shows, which it may leave out (then it gets the whole sheet). */
function revision(value: unknown): number | undefined {
  const n = typeof value === 'string' && value !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : undefined;
}

function json(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

async function main(): Promise<void> {
  const { port, lang, blank } = parseArgs(process.argv.slice(2), process.env);
  const playground = await startPlayground({ port, lang, blank });
  const locale = playground.session.handle.emulation.doc.locale;
  console.log(`Okapi playground (${locale}): ${playground.url}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
