/** The page's calls to the playground's server; every reply is JSON. */
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

export async function fetchView(): Promise<PlaygroundView> {
  const res = await fetch('/api/view');
  if (!res.ok) throw new Error(`/api/view: HTTP ${res.status}`);
  return (await res.json()) as PlaygroundView;
}

export const typeInCell = (sheet: string, a1: string, text: string): Promise<Drawn> =>
  post('/api/type', { sheet, a1, text });

export const runFunction = (functionName: string, args: readonly unknown[] = []): Promise<Reply> =>
  post('/api/run', { functionName, args });

export const activateSheet = (sheet: string): Promise<Drawn> => post('/api/activate', { sheet });

/** A new document, as the playground opened it (the demo workbook, or a blank one). */
export const resetDocument = (): Promise<Reply> => post('/api/reset', {});
