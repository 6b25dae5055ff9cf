/**
 * google.script.run and google.script.host for the frames of dialogs and sidebars, as
 * HtmlService injects them in Sheets. Each call to a server function is one POST to the
 * playground, which runs it on the emulated document; the handlers are called asynchronously
 * with the result (and the user object), like the real runner. Afterwards the page is told, so
 * it redraws the grid and shows what the call made the UI show.
 */
import { AFTER_RUN, CLOSE_DIALOG, type Reply } from '../view';

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerState {
  readonly onSuccess?: Handler;
  readonly onFailure?: Handler;
  readonly userObject?: unknown;
}

/** Apps Script refuses these arguments rather than send a changed copy. */
function illegal(value: unknown, path: string): string | undefined {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))
    return undefined;
  if (typeof value === 'function') return path;
  if (value instanceof Date) return path;
  if (Array.isArray(value))
    return value.map((v, i) => illegal(v, `${path}[${i}]`)).find((p) => p !== undefined);
  if (typeof value === 'object')
    return Object.entries(value as object)
      .map(([k, v]) => illegal(v, `${path}.${k}`))
      .find((p) => p !== undefined);
  return path;
}

async function call(name: string, args: unknown[], state: RunnerState): Promise<void> {
  const problem = args.map((a, i) => illegal(a, `argument ${i + 1}`)).find((p) => p);
  if (problem) {
    fail(new Error(`Failed due to illegal value in ${problem}.`), name, state);
    return;
  }
  let reply: Reply;
  try {
    const res = await fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ functionName: name, args }),
    });
    if (!res.ok) throw new Error(`The playground answered HTTP ${res.status}`);
    reply = (await res.json()) as Reply;
  } catch (e) {
    fail(e instanceof Error ? e : new Error(String(e)), name, state);
    return;
  }
  window.parent.postMessage({ type: AFTER_RUN, ui: reply.ui }, window.location.origin);
  if (reply.ok) state.onSuccess?.(reply.value, state.userObject);
  else fail(new Error(reply.message), name, state);
}

function fail(error: Error, name: string, state: RunnerState): void {
  // With no failure handler, Apps Script leaves the error in the browser's console.
  if (state.onFailure) state.onFailure(error, state.userObject);
  else console.error(`google.script.run.${name}: ${error.message}`);
}

function runner(state: RunnerState): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        if (prop === 'withSuccessHandler')
          return (onSuccess: Handler) => runner({ ...state, onSuccess });
        if (prop === 'withFailureHandler')
          return (onFailure: Handler) => runner({ ...state, onFailure });
        if (prop === 'withUserObject')
          return (userObject: unknown) => runner({ ...state, userObject });
        return (...args: unknown[]) => {
          void call(prop, args, state);
        };
      },
    },
  );
}

const host = {
  close: () => window.parent.postMessage({ type: CLOSE_DIALOG }, window.location.origin),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => window.parent.focus() },
};

Object.defineProperty(window, 'google', {
  value: { script: { run: runner({}), host } },
  configurable: true,
});
