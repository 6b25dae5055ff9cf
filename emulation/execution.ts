/**
 * Executions and auth modes. Each run of a script function is an execution with an auth mode;
 * custom functions run nested, in CUSTOM_FUNCTION mode, while a write recalculates formulas.
 * The permission policy below is what the emulation enforces per mode (see README).
 */

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Execution {
  readonly id: number;
  readonly authMode: AuthMode;
}

/** Outside any run (unit tests driving the services directly) everything is allowed. */
const AMBIENT: Execution = { id: 0, authMode: 'FULL' };

export class Executions {
  readonly #stack: Execution[] = [];
  #next = 1;

  constructor(private readonly onEnd: (execution: Execution) => void) {}

  current(): Execution {
    return this.#stack[this.#stack.length - 1] ?? AMBIENT;
  }

  run<T>(authMode: AuthMode, fn: () => T): T {
    const execution = { id: this.#next++, authMode };
    this.#stack.push(execution);
    try {
      return fn();
    } finally {
      this.#stack.pop();
      // Apps Script releases an execution's locks when it ends.
      this.onEnd(execution);
    }
  }
}

/** What AuthMode.NONE allows: building the add-on menu, and services that touch no user data. */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Session.getActiveUserLocale',
]);
const NONE_SERVICES = new Set(['Menu', 'Logger', 'Utilities', 'ScriptApp', 'Charts']);

/** Services a custom function may not use at all. */
const CUSTOM_FUNCTION_DENIED = new Set([
  'Ui',
  'Menu',
  'LockService',
  'Lock',
  'HtmlService',
  'HtmlOutput',
]);
/** Document services on which a custom function may only read. */
const DOCUMENT_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'EmbeddedChart',
  'NamedRange',
  'Properties',
  'DeveloperMetadata',
  'DeveloperMetadataLocation',
]);
const READS = /^(get|is|has|can)[A-Z]/;
const CUSTOM_FUNCTION_ALLOWED = new Set([
  'SpreadsheetApp.flush',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newConditionalFormatRule',
  // Finders only read; DeveloperMetadataFinder itself is not a document service.
  'Spreadsheet.createDeveloperMetadataFinder',
  'Sheet.createDeveloperMetadataFinder',
  'Range.createDeveloperMetadataFinder',
]);

/** The message Sheets gives when the current auth mode forbids a call, or undefined. */
export function refusal(authMode: AuthMode, service: string, method: string): string | undefined {
  const name = `${service}.${method}`;
  const denied = `You do not have permission to call ${name}`;
  if (authMode === 'NONE') {
    return NONE_ALLOWED.has(name) || NONE_SERVICES.has(service) ? undefined : denied;
  }
  if (authMode === 'CUSTOM_FUNCTION') {
    if (CUSTOM_FUNCTION_DENIED.has(service) || name === 'SpreadsheetApp.getUi') return denied;
    if (DOCUMENT_SERVICES.has(service) && !READS.test(method) && !CUSTOM_FUNCTION_ALLOWED.has(name))
      return denied;
  }
  return undefined;
}
