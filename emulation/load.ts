/**
 * Loads a built bundle (every *.js of dist/, alphabetical, one shared global scope) into a bare
 * vm context that holds only Apps Script-like globals, and returns a handle to run its
 * functions as executions and to inspect the document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { CallLog } from './calls';
import { DEFAULT_DIST, Emulation, type EmulationOptions } from './emulation';
import type { CustomFunctionError } from './engine';
import type { AuthMode } from './execution';
import type { Inspector } from './inspect';
import { contextRealm } from './realm';
import { Spreadsheet } from './spreadsheet';
import type { UiRecords } from './ui-records';

export interface LoadOptions extends EmulationOptions {
  /** Folder holding the built *.js files (default: the repo's dist/). */
  dist?: string;
  /** Auth mode the global code runs in (default FULL; see loadTimeCalls). */
  loadAuthMode?: AuthMode;
}

export interface BundleHandle {
  readonly context: vm.Context;
  readonly emulation: Emulation;
  /** Uncounted inspection of the document. */
  readonly spreadsheet: Inspector;
  readonly calls: CallLog;
  readonly ui: UiRecords;
  readonly logs: string[];
  /** Service calls the bundle made while loading (Okapi's must be 0). */
  readonly loadTimeCalls: number;
  /** Top-level function names found in the bundle. */
  readonly functions: string[];
  /** Calls a top-level function as one execution in AuthMode.FULL. */
  run(fnName: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as one execution in the given auth mode. */
  runAs(authMode: AuthMode, fnName: string, ...args: unknown[]): unknown;
  /** Fires a simple trigger (onOpen, onInstall, onEdit…) with an event object for that mode. */
  trigger(fnName: string, authMode?: AuthMode, event?: Record<string, unknown>): unknown;
  setNow(now: Date | number | undefined): void;
  /**
   * Runs the time-driven triggers due by now, each at its own time and as its user, with no UI
   * (emulation/triggers.ts); returns how many ran. Move the clock with setNow first.
   */
  fireTimeDriven(): number;
  /** Custom-function executions per function name (upper case). */
  customFunctionExecutions(): Record<string, number>;
  customFunctionErrors(): CustomFunctionError[];
}

/** Replaces the context's Date so `new Date()` and `Date.now()` follow the emulated clock. */
const CLOCK = `(function (now) {
  var RealDate = globalThis.Date;
  function Date() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target === Date ? RealDate : new.target);
  }
  Date.prototype = RealDate.prototype;
  Date.now = function () { return now(); };
  Date.UTC = RealDate.UTC;
  Date.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: Date, writable: true, configurable: true, enumerable: false });
})`;

export function loadBundle(options: LoadOptions = {}): BundleHandle {
  const dist = options.dist ?? DEFAULT_DIST;
  const emulation = new Emulation({ htmlDir: dist, ...options });
  const context = vm.createContext({});
  (vm.runInContext(CLOCK, context) as (now: () => number) => void)(() => emulation.doc.now());
  const realm = contextRealm(context);
  const gateway = emulation.gateway(realm);
  const globals = emulation.globals(gateway);
  for (const [name, service] of Object.entries(globals)) {
    Object.defineProperty(context, name, {
      value: service,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }

  const files = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const before = emulation.calls.total;
  emulation.run(options.loadAuthMode ?? 'FULL', () => {
    for (const file of files) {
      const path = join(dist, file);
      vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
    }
  });
  const loadTimeCalls = emulation.calls.total - before;

  const scope = context as Record<string, unknown>;
  const functions = Object.keys(scope).filter((k) => typeof scope[k] === 'function');
  // Apps Script hides functions whose name ends with "_" from the editor and from formulas.
  const callable = new Map(
    functions.filter((n) => !n.endsWith('_')).map((n) => [n.toUpperCase(), n]),
  );
  emulation.doc.engine.registerCustomFunctions([...callable.keys()], {
    invoke: (name, args) => {
      const fn = scope[callable.get(name) ?? ''];
      if (typeof fn !== 'function') throw new Error(`Unknown function: ${name}`);
      return emulation.run('CUSTOM_FUNCTION', () => fn(...args.map((a) => gateway.wrap(a))));
    },
  });

  const runAs = (authMode: AuthMode, fnName: string, ...args: unknown[]): unknown => {
    const fn = scope[fnName];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${fnName}`);
    return emulation.run(authMode, () => fn(...args.map((a) => gateway.wrap(a))));
  };

  return {
    context,
    emulation,
    spreadsheet: emulation.inspect,
    calls: emulation.calls,
    ui: emulation.doc.ui,
    logs: emulation.logs,
    loadTimeCalls,
    functions,
    run: (fnName, ...args) => runAs('FULL', fnName, ...args),
    runAs,
    trigger: (fnName, authMode = 'LIMITED', event = {}) => {
      // In AuthMode.NONE the event carries no document (e.source is absent).
      const source =
        authMode === 'NONE' ? {} : { source: gateway.expose(new Spreadsheet(emulation.doc)) };
      return runAs(authMode, fnName, { authMode, user: '', ...source, ...event });
    },
    setNow: (now) => emulation.setNow(now),
    fireTimeDriven: () =>
      emulation.triggers.fireDue((handler, event) => runAs('FULL', handler, event)),
    customFunctionExecutions: () => Object.fromEntries(emulation.doc.engine.executions),
    customFunctionErrors: () => emulation.doc.engine.customFunctionErrors(),
  };
}
