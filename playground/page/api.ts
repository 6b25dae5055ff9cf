/**
 * The page's calls to the playground's server; every reply is JSON. Those that answer with the
 * document take `base`, the revision of the view the page shows, to get only what changed.
 */
import type { Drawn, PlaygroundView, Reply } from '../view';

async function post<T = Reply>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(problem.error ?? `${path}: HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export async function fetchView(base?: number): Promise<PlaygroundView> {
  const res = await fetch(base === undefined ? '/api/view' : `/api/view?base=${base}`);
  if (!res.ok) throw new Error(`/api/view: HTTP ${res.status}`);
  return (await res.json()) as PlaygroundView;
}

export const typeInCell = (
  sheet: string,
  a1: string,
  text: string,
  base: number | undefined,
): Promise<Drawn> => post('/api/type', { sheet, a1, text, base });

export const runFunction = (functionName: string, args: readonly unknown[] = []): Promise<Reply> =>
  post('/api/run', { functionName, args });

export const activateSheet = (sheet: string, base: number | undefined): Promise<Drawn> =>
  post('/api/activate', { sheet, base });

/** A new document, as the playground opened it (the demo workbook, or a blank one). */
export const resetDocument = (): Promise<Reply> => post('/api/reset', {});
