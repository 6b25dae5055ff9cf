/** The non-spreadsheet services: ScriptApp, LockService, PropertiesService, Session, Utilities, Logger. */
import { randomUUID } from 'node:crypto';
import { types } from 'node:util';
import { SERVICE } from './calls';
import type { LockState } from './document';
import type { Executions } from './execution';
import { formatSimpleDate } from './simple-date-format';
import { EVENT_TYPE, type Trigger, TriggerBuilder, type Triggers } from './triggers';

export const AUTH_MODE = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

export class ScriptApp {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = AUTH_MODE;
  readonly EventType = EVENT_TYPE;
  readonly #executions: Executions;
  readonly #triggers: Triggers;

  constructor(executions: Executions, triggers: Triggers) {
    this.#executions = executions;
    this.#triggers = triggers;
  }
  getAuthMode(): string {
    return this.#executions.current().authMode;
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.#triggers, functionName);
  }
  /** In an add-on, the current user's triggers of this project: those of the one document. */
  getProjectTriggers(): Trigger[] {
    return this.#triggers.own();
  }
  getUserTriggers(_spreadsheet: unknown): Trigger[] {
    return this.#triggers.own();
  }
  deleteTrigger(trigger: Trigger): void {
    this.#triggers.delete(trigger);
  }
}

/**
 * A lock in a single-threaded emulation: it is held by an execution. Another execution that
 * asks for it while it is held cannot wait for the holder to finish (nothing runs meanwhile),
 * so waitLock fails at once with Apps Script's timeout error and tryLock returns false.
 */
export class Lock {
  readonly [SERVICE] = 'Lock';
  readonly #state: LockState;
  readonly #owner: number;

  constructor(state: LockState, owner: number) {
    this.#state = state;
    this.#owner = owner;
  }
  tryLock(_timeoutInMillis: number): boolean {
    if (this.#state.holder !== undefined && this.#state.holder !== this.#owner) return false;
    this.#state.holder = this.#owner;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.#state.holder === this.#owner) this.#state.holder = undefined;
  }
  hasLock(): boolean {
    return this.#state.holder === this.#owner;
  }
}

export class LockService {
  readonly [SERVICE] = 'LockService';
  readonly #locks: { document: LockState; script: LockState; user: LockState };
  readonly #executions: Executions;

  constructor(
    locks: { document: LockState; script: LockState; user: LockState },
    executions: Executions,
  ) {
    this.#locks = locks;
    this.#executions = executions;
  }
  getDocumentLock(): Lock {
    return new Lock(this.#locks.document, this.#executions.current().id);
  }
  getScriptLock(): Lock {
    return new Lock(this.#locks.script, this.#executions.current().id);
  }
  getUserLock(): Lock {
    return new Lock(this.#locks.user, this.#executions.current().id);
  }
}

export class Properties {
  readonly [SERVICE] = 'Properties';
  readonly #map: Map<string, string>;

  constructor(map: Map<string, string>) {
    this.#map = map;
  }
  getProperty(key: string): string | null {
    return this.#map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): Properties {
    this.#map.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#map);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.#map.clear();
    for (const [k, v] of Object.entries(properties)) this.#map.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.#map.keys()];
  }
  deleteProperty(key: string): Properties {
    this.#map.delete(String(key));
    return this;
  }
  deleteAllProperties(): Properties {
    this.#map.clear();
    return this;
  }
}

export class PropertiesService {
  readonly [SERVICE] = 'PropertiesService';
  readonly #stores: {
    document: Map<string, string>;
    user: Map<string, string>;
    script: Map<string, string>;
  };

  constructor(stores: {
    document: Map<string, string>;
    user: Map<string, string>;
    script: Map<string, string>;
  }) {
    this.#stores = stores;
  }
  getDocumentProperties(): Properties {
    return new Properties(this.#stores.document);
  }
  getUserProperties(): Properties {
    return new Properties(this.#stores.user);
  }
  getScriptProperties(): Properties {
    return new Properties(this.#stores.script);
  }
}

export class User {
  readonly [SERVICE] = 'User';
  /** "" as for a consumer account that did not share its address with the add-on. */
  getEmail(): string {
    return '';
  }
}

export class Session {
  readonly [SERVICE] = 'Session';
  readonly #userLocale: () => string;
  readonly #timeZone: () => string;

  constructor(userLocale: () => string, timeZone: () => string) {
    this.#userLocale = userLocale;
    this.#timeZone = timeZone;
  }
  getActiveUserLocale(): string {
    return this.#userLocale();
  }
  getScriptTimeZone(): string {
    return this.#timeZone();
  }
  getActiveUser(): User {
    return new User();
  }
  getEffectiveUser(): User {
    return new User();
  }
  getTemporaryActiveUserKey(): string {
    return 'emulated-temporary-user-key';
  }
}

export class Utilities {
  readonly [SERVICE] = 'Utilities';

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!types.isDate(date))
      throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatSimpleDate(date.getTime(), String(timeZone), String(format));
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Time does not pass in the emulation; see README (lock model). */
  sleep(_milliseconds: number): void {}
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdif%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
}

export class Logger {
  readonly [SERVICE] = 'Logger';
  readonly #lines: string[];

  constructor(lines: string[]) {
    this.#lines = lines;
  }
  log(data: unknown, ...values: unknown[]): Logger {
    this.#lines.push(
      values.length ? new Utilities().formatString(String(data), ...values) : String(data),
    );
    return this;
  }
  getLog(): string {
    return this.#lines.join('\n');
  }
  clear(): void {
    this.#lines.length = 0;
  }
}
